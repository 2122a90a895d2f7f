// `knotenpunkt export [PROJECT.json] --to FORMAT --out FILE`: the project for spreadsheets
// (the Raster and the actors' grid as CSV German Excel opens), for other network tools
// (GraphML, GEXF, DOT with the map's colours and the saved positions) and for print (the map
// as SVG, PDF or PNG, optionally of a saved view) and the published report "Praktischer Teil"
// (HTML, Markdown).
#include <cstdio>
#include <string_view>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/support.hpp"
#include "io/file_access.hpp"
#include "io/graph_export.hpp"
#include "io/raster_export.hpp"
#include "io/raster_xlsx.hpp"
#include "print/map_export.hpp"
#include "report/practical_part.hpp"
#include "text/quoting.hpp"
#include "core/map_views.hpp"
#include "core/palette.hpp"
#include "view/project_graph.hpp"

namespace knp::app {
namespace {

constexpr std::string_view kExportFormats = "csv, actors-csv, xlsx, graphml, gexf, dot, svg, pdf, png, html, md";

GraphExportOptions withMapColours(const Project& project) {
  const ProjectGraph view = buildProjectGraph(project);
  GraphExportOptions options;
  for (Rgba colour : vertexColours(project, view)) options.colours.push_back(toColour(colour));
  return options;
}

// The map drawn as on the screen: laid out to the end, the view applied when given.
std::optional<std::string> mapImage(const Project& project, const ExportOptions& options, MapImageFormat format) {
  const auto size = parseMapImageSize(options.size);
  if (!size) {
    printLine(stderr, fmt::format("knotenpunkt: --size {}: expected A4, A3 or WIDTHxHEIGHT (100 to 20000 each)",
                                  quote(options.size)));
    return std::nullopt;
  }
  AppState state(project, "export", options.language);
  if (options.view) {
    const SavedView* view = findView(state.project, *options.view);
    if (!view) {
      printLine(stderr, fmt::format("knotenpunkt: --view {}: the project has no view of that name", quote(*options.view)));
      return std::nullopt;
    }
    applyView(state, *view, 1.0);
  }
  finishLayout(state);
  RenderedImage image = renderMapImage(state, format, *size);
  if (image.error) {
    printLine(stderr, fmt::format("knotenpunkt: drawing the map failed: {}", *image.error));
    return std::nullopt;
  }
  return std::move(image.bytes);
}

}  // namespace

int runExport(const ExportOptions& options) {
  std::string text;
  const auto graphFormat = graphFormatFromName(options.format);
  const auto imageFormat = mapImageFormatFromName(options.format);
  const bool report = options.format == "html" || options.format == "md";
  if (!graphFormat && !imageFormat && !report && options.format != "csv" && options.format != "actors-csv" &&
      options.format != "xlsx") {
    printLine(stderr, fmt::format("knotenpunkt: --to {}: expected one of {}", quote(options.format), kExportFormats));
    return kExitError;
  }
  int exitCode = kExitFine;
  const std::optional<Project> project = loadForCommand(options.projectFile, exitCode);
  if (!project) return exitCode;
  if (imageFormat) {
    auto image = mapImage(*project, options, *imageFormat);
    if (!image) return kExitError;
    text = std::move(*image);
  } else if (report) {
    PracticalPartOptions reportOptions;
    reportOptions.language = options.language;
    reportOptions.contacts = options.withoutContacts ? ContactData::Omit : ContactData::Include;
    text = writePracticalPart(*project, options.format == "html" ? PracticalPartFormat::Html
                                                                 : PracticalPartFormat::Markdown,
                              reportOptions);
  } else if (options.format == "xlsx") {
    XlsxWorkbook workbook = writeRasterXlsx(*project);
    if (workbook.error) {
      printLine(stderr, "knotenpunkt: " + *workbook.error);
      return kExitError;
    }
    text = std::move(workbook.bytes);
  } else if (graphFormat)
    text = writeGraph(*project, *graphFormat, withMapColours(*project));
  else if (options.format == "csv")
    text = writeRasterCsv(*project);
  else
    text = writeActorGridCsv(*project);
  if (!writeOutput(options.outFile, text)) return kExitError;
  printLine(stderr, fmt::format("{} written ({} bytes)", options.outFile.string(), text.size()));
  return kExitFine;
}

}  // namespace knp::app
