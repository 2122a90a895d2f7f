#include "print/export_formats.hpp"

#include <array>

#include "core/app_state.hpp"
#include "core/map_views.hpp"
#include "core/palette.hpp"
#include "io/graph_export.hpp"
#include "io/raster_export.hpp"
#include "io/raster_xlsx.hpp"
#include "print/map_export.hpp"
#include "report/practical_part.hpp"
#include "view/project_graph.hpp"

namespace knp::app {
namespace {

ExportedFile text(std::string bytes) { return {std::move(bytes), std::nullopt}; }

ExportedFile rasterCsv(const Project& p, const ExportSettings&) { return text(writeRasterCsv(p)); }
ExportedFile actorsCsv(const Project& p, const ExportSettings&) { return text(writeActorGridCsv(p)); }

ExportedFile workbook(const Project& p, const ExportSettings&) {
  XlsxWorkbook book = writeRasterXlsx(p);
  return {std::move(book.bytes), std::move(book.error)};
}

// Networks carry the map's colours, so that Gephi and Graphviz show the same picture.
template <GraphFormat format>
ExportedFile network(const Project& p, const ExportSettings&) {
  const ProjectGraph view = buildProjectGraph(p);
  GraphExportOptions options;
  for (Rgba colour : vertexColours(p, view)) options.colours.push_back(toColour(colour));
  return text(writeGraph(p, format, options));
}

// The map drawn as on the screen: laid out to the end, the view applied when given.
template <MapImageFormat format>
ExportedFile mapImage(const Project& p, const ExportSettings& settings) {
  const auto size = parseMapImageSize(settings.size);
  if (!size) return {{}, "the size " + settings.size + " is not A4, A3 or WIDTHxHEIGHT"};
  AppState state(p, "export", settings.language);
  if (settings.view) {
    const SavedView* view = findView(state.project, *settings.view);
    if (!view) return {{}, "the project has no view " + *settings.view};
    applyView(state, *view, 1.0);
  }
  finishLayout(state);
  // The gaps are drawn on the poster as on the screen: from the analyses, run to their end.
  state.analyses.request(state.project, state.dataRevision, analysisFilterOf(state.filters));
  state.analyses.wait();
  refreshFromAnalyses(state);
  RenderedImage image = renderMapImage(state, format, *size);
  return {std::move(image.bytes), std::move(image.error)};
}

template <PracticalPartFormat format>
ExportedFile report(const Project& p, const ExportSettings& settings) {
  PracticalPartOptions options;
  options.language = settings.language;
  options.contacts = settings.withoutContacts ? ContactData::Omit : ContactData::Include;
  return text(writePracticalPart(p, format, options));
}

constexpr unsigned kMapOptions = kExportSize | kExportView | kExportLanguage;
constexpr unsigned kReportOptions = kExportLanguage | kExportContacts;

const std::array<ExportFormat, 11> kFormats{{
    {"csv", ".csv", "the activities' Raster (CSV for German Excel)",
     {"Raster der Aktivitäten (CSV)", "Activities' Raster (CSV)"}, 0, rasterCsv},
    {"actors-csv", ".csv", "the actors' grid: self-description, addresses (CSV)",
     {"Akteursraster (CSV)", "Actors' grid (CSV)"}, 0, actorsCsv},
    {"xlsx", ".xlsx", "both grids with drop-down lists (Excel workbook)",
     {"Beide Raster mit Auswahllisten (Excel)", "Both grids with drop-down lists (Excel)"}, 0, workbook},
    {"graphml", ".graphml", "the network for yEd, Gephi, networkx (GraphML)",
     {"Netzwerk (GraphML)", "Network (GraphML)"}, 0, network<GraphFormat::GraphML>},
    {"gexf", ".gexf", "the network for Gephi (GEXF)", {"Netzwerk für Gephi (GEXF)", "Network for Gephi (GEXF)"}, 0,
     network<GraphFormat::Gexf>},
    {"dot", ".dot", "the network for Graphviz (DOT)", {"Netzwerk für Graphviz (DOT)", "Network for Graphviz (DOT)"}, 0,
     network<GraphFormat::Dot>},
    {"svg", ".svg", "the map as a poster (SVG)", {"Karte als Plakat (SVG)", "Map as a poster (SVG)"}, kMapOptions,
     mapImage<MapImageFormat::Svg>},
    {"pdf", ".pdf", "the map as a poster (PDF)", {"Karte als Plakat (PDF)", "Map as a poster (PDF)"}, kMapOptions,
     mapImage<MapImageFormat::Pdf>},
    {"png", ".png", "the map as a picture (PNG)", {"Karte als Bild (PNG)", "Map as a picture (PNG)"}, kMapOptions,
     mapImage<MapImageFormat::Png>},
    {"html", ".html", "the report \"Praktischer Teil\" as a web page (HTML)",
     {"Bericht „Praktischer Teil“ (HTML)", "Report \"Praktischer Teil\" (HTML)"}, kReportOptions,
     report<PracticalPartFormat::Html>},
    {"md", ".md", "the report \"Praktischer Teil\" as Markdown",
     {"Bericht „Praktischer Teil“ (Markdown)", "Report \"Praktischer Teil\" (Markdown)"}, kReportOptions,
     report<PracticalPartFormat::Markdown>},
}};

}  // namespace

std::span<const ExportFormat> exportFormats() { return kFormats; }

const ExportFormat* findExportFormat(std::string_view name) {
  for (const ExportFormat& f : kFormats)
    if (f.name == name) return &f;
  return nullptr;
}

std::string exportFormatNames() {
  std::string names;
  for (const ExportFormat& f : kFormats) names += (names.empty() ? "" : ", ") + std::string(f.name);
  return names;
}

std::string_view exportFormatTitle(const ExportFormat& format, Language language) {
  return format.title[language == Language::English ? 1 : 0];
}

std::optional<ExportProblem> checkExportSettings(const Project& project, const ExportFormat& format,
                                                 const ExportSettings& settings) {
  if ((format.options & kExportSize) && !parseMapImageSize(settings.size)) return ExportProblem::Size;
  if ((format.options & kExportView) && settings.view && !findView(project, *settings.view)) return ExportProblem::View;
  return std::nullopt;
}

}  // namespace knp::app
