// `knotenpunkt export [PROJECT.json] --to FORMAT --out FILE`: the project for spreadsheets
// (the Raster and the actors' grid as CSV German Excel opens), for other network tools
// (GraphML, GEXF, DOT with the map's colours and the saved positions) and for print (the map
// as SVG, PDF or PNG, optionally of a saved view) and the published report "Praktischer Teil"
// (HTML, Markdown).
#include <cstdio>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/support.hpp"
#include "print/export_formats.hpp"
#include "text/quoting.hpp"

namespace knp::app {

int runExport(const ExportOptions& options) {
  const ExportFormat* format = findExportFormat(options.format);
  if (!format) {
    printLine(stderr, fmt::format("knotenpunkt: --to {}: expected one of {}", quote(options.format), exportFormatNames()));
    return kExitError;
  }
  int exitCode = kExitFine;
  const std::optional<Project> project = loadForCommand(options.projectFile, exitCode);
  if (!project) return exitCode;
  const ExportSettings settings{options.size, options.view, options.language, options.withoutContacts};
  if (const auto problem = checkExportSettings(*project, *format, settings)) {
    if (*problem == ExportProblem::Size)
      printLine(stderr, fmt::format("knotenpunkt: --size {}: expected A4, A3 or WIDTHxHEIGHT (100 to 20000 each)",
                                    quote(options.size)));
    else
      printLine(stderr, fmt::format("knotenpunkt: --view {}: the project has no view of that name", quote(*options.view)));
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
