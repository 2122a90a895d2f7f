// knotenpunkt: opens a project (or the embedded Hattingen example) in a window, or renders a
// screenshot of it. Without a display it prints a text overview instead. The subcommands
// analyze, validate, centrality and layout work without any window (cli_commands.hpp).
#include <cstdio>
#include <string>

#include "app_state.hpp"
#include "cli_commands.hpp"
#include "command_line.hpp"
#include "embedded_data.hpp"
#include "io/project_json.hpp"
#include "report/overview.hpp"
#include "startup_state.hpp"
#include "window.hpp"

namespace {

using knp::app::kExitError;
using knp::app::kExitProjectProblems;

}  // namespace

int main(int argc, char** argv) {
  using namespace knp;
  auto parsed = app::parseCommandLine(argc, argv);
  if (auto* exitCode = std::get_if<int>(&parsed)) return *exitCode;
  if (auto* analyze = std::get_if<app::AnalyzeOptions>(&parsed)) return app::runAnalyze(*analyze);
  if (auto* validate = std::get_if<app::ValidateOptions>(&parsed)) return app::runValidate(*validate);
  if (auto* centrality = std::get_if<app::CentralityOptions>(&parsed)) return app::runCentrality(*centrality);
  if (auto* layout = std::get_if<app::LayoutOptions>(&parsed)) return app::runLayout(*layout);
  if (auto* import = std::get_if<app::ImportOptions>(&parsed)) return app::runImport(*import);
  if (auto* exportOptions = std::get_if<app::ExportOptions>(&parsed)) return app::runExport(*exportOptions);
  const app::Options& options = std::get<app::Options>(parsed);

  const std::string source = options.projectFile ? options.projectFile->string() : std::string(kEmbeddedExampleName);
  LoadResult loaded = options.projectFile ? loadProjectFile(*options.projectFile) : parseProjectJson(embeddedExampleJson());
  for (const Problem& problem : loaded.problems) std::fprintf(stderr, "%s\n", describe(problem, source).c_str());
  if (!loaded.project) {
    std::fprintf(stderr, "knotenpunkt: %s was not opened; the file is unchanged.\n", source.c_str());
    return kExitProjectProblems;
  }

  app::AppState state(std::move(*loaded.project), source, options.language);
  state.file = options.projectFile;
  if (auto error = app::applyStartupOptions(state, options)) {
    std::fprintf(stderr, "knotenpunkt: %s\n", error->c_str());
    return kExitError;
  }
  const app::WindowResult result = app::runWindow(state, options);
  switch (result.outcome) {
    case app::WindowOutcome::Closed:
    case app::WindowOutcome::ScreenshotSaved: return 0;
    case app::WindowOutcome::Failed:
      std::fprintf(stderr, "knotenpunkt: %s\n", result.message.c_str());
      return kExitError;
    case app::WindowOutcome::NoDisplay:
      if (options.screenshot) {
        std::fprintf(stderr, "knotenpunkt: cannot open a window for the screenshot (%s); try: xvfb-run -a knotenpunkt "
                             "--screenshot FILE.png\n", result.message.c_str());
        return kExitError;
      }
      std::fprintf(stderr, "knotenpunkt: no display available (%s); here is the text overview instead.\n",
                   result.message.c_str());
      std::fputs(formatOverview(state.project, options.language).c_str(), stdout);
      return 0;
  }
  return kExitError;
}
