// `knotenpunkt diff`: what changed between two states of a project (cli/commands.hpp).
#include <cstdio>
#include <string>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/support.hpp"
#include "diff/project_diff.hpp"
#include "embedded_data.hpp"
#include "io/input_limits.hpp"
#include "io/project_json.hpp"
#include "report/diff_report.hpp"
#include "report/progress_model.hpp"
#include "text/quoting.hpp"

namespace knp::app {
namespace {

// A state to compare: the file, or the embedded text without one. Its problems go to stderr as
// "FILE: ..."; nullopt when it cannot be read or is not a valid project (trouble, exit 2).
struct State {
  std::optional<Project> project;
  std::string label;  // the file as given, or the embedded example's name
};

State loadState(const std::optional<std::filesystem::path>& file, std::string_view embeddedText,
                std::string_view embeddedName) {
  State state{std::nullopt, file ? file->string() : std::string(embeddedName)};
  const Outcome<std::string> text =
      file ? readInput(*file, limits::kProjectFileBytes) : Outcome<std::string>(std::string(embeddedText));
  if (!text.ok()) return state;
  LoadResult loaded = parseProjectJson(text.value());
  for (const Problem& problem : loaded.problems) printLine(stderr, describe(problem, state.label));
  if (!loaded.project) printLine(stderr, "knotenpunkt: " + state.label + " has problems; nothing was compared.");
  state.project = std::move(loaded.project);
  return state;
}

}  // namespace

int runDiff(const DiffCommandOptions& options) {
  State before, after;
  DiffReportOptions report;
  report.language = options.language;
  if (options.since) {
    after = loadState(options.oldFile, embeddedExampleJson(), kEmbeddedExampleName);
    if (!after.project) return kExitError;
    // A year at or after the project's own state would compare the project with itself.
    if (const std::optional<int> year = stateYear(*after.project); year && *options.since >= *year) {
      printLine(stderr, fmt::format("knotenpunkt: --since {}: the project stands in {}; give an earlier year",
                                    *options.since, *year));
      return kExitError;
    }
    before = {projectAsOfYear(*after.project, *options.since),
              asOfLabel(after.label, *options.since, options.language)};
  } else {
    before = loadState(options.oldFile, embeddedExample2012Json(), kEmbeddedExample2012Name);
    if (!before.project) return kExitError;
    after = loadState(options.newFile, embeddedExampleJson(), kEmbeddedExampleName);
    if (!after.project) return kExitError;
  }
  report.beforeLabel = before.label;
  report.afterLabel = after.label;
  report.filter.statuses = options.statuses;
  report.filter.year = options.year;

  const ProjectDiff diff = diffProjects(*before.project, *after.project, DiffOptions{report.filter});
  std::string out;
  switch (options.format) {
    case AnalysisFormat::Json:
      out = diffToJson(*before.project, *after.project, diff, report).dump(2) + "\n";
      break;
    // Names come from the files: control characters in them must not reach the terminal.
    case AnalysisFormat::Text:
      out = printableLines(writeDiffReport(*before.project, *after.project, diff, DiffFormat::Text, report));
      break;
    case AnalysisFormat::Markdown:
      out = printableLines(writeDiffReport(*before.project, *after.project, diff, DiffFormat::Markdown, report));
      break;
  }
  if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
    std::fprintf(stderr, "knotenpunkt: could not write the comparison to standard output\n");
    return kExitError;
  }
  return diff.empty() ? kExitFine : kExitDifferences;
}

}  // namespace knp::app
