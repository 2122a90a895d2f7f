// `knotenpunkt export [PROJECT.json] --to FORMAT --out FILE`: the project for spreadsheets
// (the Raster and the actors' grid as CSV German Excel opens) and for other network tools
// (GraphML, GEXF, DOT with the map's colours and the saved positions).
#include <cstdio>
#include <string_view>

#include "cli_commands.hpp"
#include "cli_support.hpp"
#include "io/file_access.hpp"
#include "io/graph_export.hpp"
#include "io/raster_export.hpp"
#include "palette.hpp"
#include "view/project_graph.hpp"

namespace knp::app {
namespace {

constexpr std::string_view kExportFormats = "csv, actors-csv, graphml, gexf, dot";

GraphExportOptions withMapColours(const Project& project) {
  const ProjectGraph view = buildProjectGraph(project);
  GraphExportOptions options;
  for (Rgba colour : vertexColours(project, view)) options.colours.push_back(toColour(colour));
  return options;
}

}  // namespace

int runExport(const ExportOptions& options) {
  std::string text;
  const auto graphFormat = graphFormatFromName(options.format);
  if (!graphFormat && options.format != "csv" && options.format != "actors-csv") {
    std::fprintf(stderr, "knotenpunkt: --to \"%s\": expected one of %s\n", options.format.c_str(),
                 std::string(kExportFormats).c_str());
    return kExitError;
  }
  int exitCode = kExitFine;
  const std::optional<Project> project = loadForCommand(options.projectFile, exitCode);
  if (!project) return exitCode;
  if (graphFormat)
    text = writeGraph(*project, *graphFormat, withMapColours(*project));
  else if (options.format == "csv")
    text = writeRasterCsv(*project);
  else
    text = writeActorGridCsv(*project);
  if (auto error = writeFileAtomically(options.outFile, text)) {
    std::fprintf(stderr, "knotenpunkt: %s\n", error->message.c_str());
    return kExitError;
  }
  std::fprintf(stderr, "%s written (%zu bytes)\n", options.outFile.string().c_str(), text.size());
  return kExitFine;
}

}  // namespace knp::app
