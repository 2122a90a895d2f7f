// `knotenpunkt export [PROJECT.json] --to FORMAT --out FILE`: the project for spreadsheets
// (the Raster and the actors' grid as CSV German Excel opens), for other network tools
// (GraphML, GEXF, DOT with the map's colours and the saved positions) and for print (the map
// as SVG, PDF or PNG, optionally of a saved view), the published report "Praktischer Teil"
// (HTML, Markdown), a conference's protocol (HTML, Markdown, PDF) and handout (PDF), and the
// progress report since an earlier state (`--to progress --since OLD.json|YEAR`).
#include <cstdio>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/support.hpp"
#include "print/export_formats.hpp"
#include "report/progress_model.hpp"
#include "text/quoting.hpp"

namespace knp::app {

namespace {

// "k2013, k2014" or a sentence that there are none, for messages about --conference.
std::string knownConferences(const Project& project) {
  if (project.conferences.empty()) return "the project has no conferences";
  std::string ids;
  for (const Conference& c : project.conferences) ids += (ids.empty() ? "" : ", ") + quote(c.id.value);
  return "the project's conferences: " + ids;
}

}  // namespace

int runExport(const ExportOptions& options) {
  const FormatChoice choice = chooseExportFormat(options.format, options.outFile, options.conference.has_value());
  if (choice.problem == FormatChoiceProblem::UnknownName) {
    printLine(stderr, fmt::format("knotenpunkt: --to {}: expected one of {}", quote(options.format), exportFormatNames()));
    return kExitError;
  }
  int exitCode = kExitFine;
  const std::optional<Project> project = loadForCommand(options.projectFile, exitCode);
  if (!project) return exitCode;
  if (choice.problem == FormatChoiceProblem::ConferenceRequired) {
    printLine(stderr, fmt::format("knotenpunkt: --to {} needs --conference ID; {}", options.format,
                                  knownConferences(*project)));
    return kExitError;
  }
  if (!choice.format) {  // the command line refused the other problems already
    printLine(stderr, fmt::format("knotenpunkt: --to {}: cannot write {}", quote(options.format), options.outFile.string()));
    return kExitError;
  }
  const ExportFormat* format = choice.format;
  ExportSettings settings{options.size, options.view, options.language, options.withoutContacts,
                          ConferenceId(options.conference.value_or(""))};
  settings.sinceYear = options.sinceYear;
  if (options.sinceFile) {  // its problems are reported as the project's are, with its name
    std::optional<Project> earlier = loadForCommand(options.sinceFile, exitCode);
    if (!earlier) return exitCode;
    settings.sinceProject = std::move(earlier);
  }
  if (const auto problem = checkExportSettings(*project, *format, settings)) {
    if (*problem == ExportProblem::Size)
      printLine(stderr, fmt::format("knotenpunkt: --size {}: expected A4, A3 or WIDTHxHEIGHT (100 to 20000 each)",
                                    quote(options.size)));
    else if (*problem == ExportProblem::View)
      printLine(stderr, fmt::format("knotenpunkt: --view {}: the project has no view of that name", quote(*options.view)));
    else if (*problem == ExportProblem::Since)
      printLine(stderr, fmt::format("knotenpunkt: --to {} needs --since OLD.json or --since YEAR", options.format));
    else if (*problem == ExportProblem::SinceNotEarlier)
      printLine(stderr, fmt::format("knotenpunkt: --since {}: the project stands in {}; give an earlier year",
                                    options.sinceYear.value_or(0), stateYear(*project).value_or(0)));
    else
      printLine(stderr, fmt::format("knotenpunkt: --conference {}: the project has no conference of that id; {}",
                                    quote(options.conference.value_or("")), knownConferences(*project)));
    return kExitError;
  }
  const ExportedFile file = format->write(*project, settings);
  if (file.error) {
    printLine(stderr, fmt::format("knotenpunkt: writing {} failed: {}", format->name, *file.error));
    return kExitError;
  }
  if (!writeOutput(options.outFile, file.bytes)) return kExitError;
  printLine(stderr, fmt::format("{} written ({} bytes)", options.outFile.string(), file.bytes.size()));
  return kExitFine;
}

}  // namespace knp::app
