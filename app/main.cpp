// knotenpunkt: opens a project (or the embedded Hattingen example) in a window, or renders a
// screenshot of it. Without a display it prints a text overview instead. The subcommands
// analyze, validate, centrality and layout work without any window (cli/commands.hpp).
#include <csignal>
#include <cstdio>
#include <filesystem>

#include <fmt/format.h>
#include <string>

#include "core/app_state.hpp"
#include "cli/commands.hpp"
#include "cli/support.hpp"
#include "cli/command_line.hpp"
#include "embedded_data.hpp"
#include "io/project_json.hpp"
#include "report/overview.hpp"
#include "text/quoting.hpp"
#include "core/settings.hpp"
#include "core/ui_text.hpp"
#include "core/startup_state.hpp"
#include "window/window.hpp"

namespace {

using knp::app::kExitError;
using knp::app::kExitProjectProblems;

}  // namespace

int main(int argc, char** argv) {
  using namespace knp;
  // Writing past `ulimit -f` must fail the write (EFBIG, reported like a full disk), not kill
  // the program with SIGXFSZ halfway through a save.
  std::signal(SIGXFSZ, SIG_IGN);
  auto parsed = app::parseCommandLine(argc, argv);
  if (auto* exitCode = std::get_if<int>(&parsed)) return *exitCode;
  if (auto* analyze = std::get_if<app::AnalyzeOptions>(&parsed)) return app::runAnalyze(*analyze);
  if (auto* validate = std::get_if<app::ValidateOptions>(&parsed)) return app::runValidate(*validate);
  if (auto* centrality = std::get_if<app::CentralityOptions>(&parsed)) return app::runCentrality(*centrality);
  if (auto* layout = std::get_if<app::LayoutOptions>(&parsed)) return app::runLayout(*layout);
  if (auto* import = std::get_if<app::ImportOptions>(&parsed)) return app::runImport(*import);
  if (auto* exportOptions = std::get_if<app::ExportOptions>(&parsed)) return app::runExport(*exportOptions);
  if (auto* diff = std::get_if<app::DiffCommandOptions>(&parsed)) return app::runDiff(*diff);
  const app::Options& options = std::get<app::Options>(parsed);
  std::string settingsProblem;

  const std::string source = options.projectFile ? options.projectFile->string() : std::string(kEmbeddedExampleName);
  LoadResult loaded = options.projectFile ? loadProjectFile(*options.projectFile) : parseProjectJson(embeddedExampleJson());
  for (const Problem& problem : loaded.problems) app::printLine(stderr, describe(problem, source));
  if (!loaded.project) {
    app::printLine(stderr, "knotenpunkt: " + source + " was not opened; the file is unchanged.");
    return kExitProjectProblems;
  }

  // The window keeps the user's settings; a screenshot shows the defaults and the options.
  app::Options windowOptions = options;
  app::Settings settings;
  std::optional<std::filesystem::path> settingsFile;
  if (!options.screenshot) {
    settingsFile = app::settingsPath();
    app::SettingsLoad read = app::loadSettings(*settingsFile);
    for (const std::string& problem : read.problems) app::printLine(stderr, "knotenpunkt: settings: " + problem);
    settings = std::move(read.settings);
    if (!options.given.language) windowOptions.language = settings.language;
    if (!options.given.uiScale) windowOptions.uiScale = settings.uiScale;
    if (!options.given.size) windowOptions.size = {settings.windowWidth, settings.windowHeight};
    if (!read.problems.empty()) settingsProblem = read.problems.front();
  }

  app::AppState state(std::move(*loaded.project),
                      options.projectFile ? options.projectFile->filename().string() : source, windowOptions.language);
  state.file = options.projectFile;
  state.settings = std::move(settings);
  state.settingsFile = settingsFile;
  if (state.file) app::rememberRecentFile(state.settings, std::filesystem::absolute(*state.file));
  if (!settingsProblem.empty())
    state.message = fmt::format(fmt::runtime(app::uiText(app::UiText::SettingsProblem, state.language)), settingsProblem);
  if (auto error = app::applyStartupOptions(state, windowOptions)) {
    app::printLine(stderr, "knotenpunkt: " + *error);
    return kExitError;
  }
  const app::WindowResult result = app::runWindow(state, windowOptions);
  switch (result.outcome) {
    case app::WindowOutcome::Closed:
    case app::WindowOutcome::ScreenshotSaved: return 0;
    case app::WindowOutcome::Failed:
      app::printLine(stderr, "knotenpunkt: " + result.message);
      return kExitError;
    case app::WindowOutcome::NoDisplay:
      if (options.screenshot) {
        app::printLine(stderr, fmt::format("knotenpunkt: cannot open a window for the screenshot ({}); try: xvfb-run -a "
                                           "knotenpunkt --screenshot FILE.png",
                                           result.message));
        return kExitError;
      }
      app::printLine(stderr, fmt::format("knotenpunkt: no display available ({}); here is the text overview instead.",
                                         result.message));
      std::fputs(printableLines(formatOverview(state.project, options.language)).c_str(), stdout);
      return 0;
  }
  return kExitError;
}
