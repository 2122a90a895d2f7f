#include "print/handout_pdf.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <fmt/format.h>

#include <algorithm>

#include "core/analysis_runner.hpp"
#include "core/base_font.hpp"
#include "core/map_legend.hpp"
#include "core/scenes.hpp"
#include "print/cairo_paint.hpp"
#include "report/report_markup.hpp"

namespace knp::app {
namespace {

// A scene's camera is stored at UI scale 1 for the window's base font (core/base_font.hpp),
// so on the page it is scaled by the map's font over it and shows the same part of the map
// relative to the labels.
constexpr std::size_t kMaxCaptionLines = 5;

std::string plain(const std::string& text) { return trimSpaces(cleanReportText(text)); }

struct Words {
  std::string_view sceneOf, highlighted, noScenes;
};
constexpr Words kGerman{"{} · Szene {} von {}", "Hervorgehoben: {}", "Diese Konferenz hat keine Szenen."};
constexpr Words kEnglish{"{} · scene {} of {}", "Highlighted: {}", "This conference has no scenes."};

// Where a page puts things: the poster's font and margins, the heading band on top, the
// caption band at the bottom, the legend in a column on the right, the map in the rest.
struct PageLayout {
  double font = 0, margin = 0;
  double headingTop = 0, captionTop = 0;
  ScreenRect map;
  double legendX = 0, legendWidth = 0;
};

PageLayout pageLayout(MapImageSize size, std::size_t captionLines) {
  const PosterLayout poster = posterLayout(size);
  PageLayout layout;
  layout.font = poster.font;
  layout.margin = poster.margin;
  layout.headingTop = layout.margin + layout.font * 1.4;
  const double mapTop = layout.headingTop + layout.font * 2.6;
  const double captionHeight = static_cast<double>(captionLines) * layout.font * 1.15 * 1.35;
  layout.captionTop = size.height - layout.margin - captionHeight;
  layout.legendX = poster.legendX;
  layout.legendWidth = poster.legendWidth;
  const double mapBottom = layout.captionTop - (captionLines > 0 ? layout.font : 0.0);
  layout.map = {static_cast<float>(layout.margin), static_cast<float>(mapTop),
                static_cast<float>(std::max(1.0, layout.legendX - layout.font - layout.margin)),
                static_cast<float>(std::max(1.0, mapBottom - mapTop))};
  return layout;
}

// The caption and the highlight's label as lines of the caption band's width.
std::vector<std::string> captionLines(cairo_t* cr, const Scene& scene, double font, double width, const Words& w) {
  selectFont(cr, font * 1.15);
  std::vector<std::string> lines = wrapText(cr, plain(scene.caption), width);
  if (!scene.highlightLabel.empty() && !scene.highlight.empty())
    for (std::string& line : wrapText(cr, fmt::format(fmt::runtime(w.highlighted), plain(scene.highlightLabel)), width))
      lines.push_back(std::move(line));
  if (lines.size() > kMaxCaptionLines) {
    lines.resize(kMaxCaptionLines);
    lines.back() = fitText(cr, lines.back() + " …", width);
  }
  return lines;
}

void drawScenePage(cairo_t* cr, const Project& project, const Conference& conference, std::size_t index,
                   Language language, MapImageSize size) {
  const Words& w = language == Language::English ? kEnglish : kGerman;
  const Scene& scene = conference.scenes[index];
  const double textWidthAll = size.width - 2 * posterLayout(size).margin;
  const std::vector<std::string> caption = captionLines(cr, scene, posterLayout(size).font, textWidthAll, w);
  const PageLayout layout = pageLayout(size, caption.size());

  AppState state(project, "handout", language);
  state.conference = conference.id;  // its comments show as badges, as in the window
  const auto mapFont = static_cast<float>(posterLayout(size).mapFont);
  applyScene(state, scene, mapFont / kBaseFontPixels);
  finishLayout(state);
  // The gaps are drawn as on the poster: from the analyses of the scene's filters, run to their end.
  state.analyses.request(state.project, state.dataRevision, analysisFilterOf(state.filters));
  state.analyses.wait();
  refreshFromAnalyses(state);

  setColour(cr, kCanvasBackground);
  cairo_paint(cr);
  selectFont(cr, layout.font * 0.9);
  setColour(cr, 0xFF707070);
  showText(
      cr, layout.margin, layout.margin,
      fitText(cr, fmt::format(fmt::runtime(w.sceneOf), plain(conference.title), index + 1, conference.scenes.size()),
              textWidthAll));
  selectFont(cr, layout.font * 1.8, CAIRO_FONT_WEIGHT_BOLD);
  setColour(cr, kLabelText);
  showText(cr, layout.margin, layout.headingTop, fitText(cr, plain(scene.heading), textWidthAll));
  MapSceneBuilder builder;
  paintScene(cr, printedScene(state, layout.map, mapFont, PrintFraming::StateCamera, builder));
  paintLegend(cr, mapLegend(state), layout.legendX, layout.map.y, layout.legendWidth, layout.map.y + layout.map.height,
              layout.font * 0.9);
  selectFont(cr, layout.font * 1.15);
  setColour(cr, kLabelText);
  for (std::size_t i = 0; i < caption.size(); ++i)
    showText(cr, layout.margin, layout.captionTop + static_cast<double>(i) * layout.font * 1.15 * 1.35, caption[i]);
}

void drawEmptyPage(cairo_t* cr, const Conference& conference, Language language, MapImageSize size) {
  const Words& w = language == Language::English ? kEnglish : kGerman;
  const PosterLayout layout = posterLayout(size);
  setColour(cr, kCanvasBackground);
  cairo_paint(cr);
  selectFont(cr, layout.font * 1.8, CAIRO_FONT_WEIGHT_BOLD);
  setColour(cr, kLabelText);
  showText(cr, layout.margin, layout.margin, fitText(cr, plain(conference.title), size.width - 2 * layout.margin));
  selectFont(cr, layout.font * 1.15);
  showText(cr, layout.margin, layout.margin + layout.font * 3, std::string(w.noScenes));
}

}  // namespace

RenderedImage renderHandoutPdf(const Project& project, const Conference& conference, Language language,
                               MapImageSize size) {
  RenderedImage image;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(appendBytes, &image.bytes, size.width, size.height);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, plain(conference.title).c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Knotenpunkt");
  cairo_t* cr = cairo_create(surface);
  if (conference.scenes.empty()) {
    drawEmptyPage(cr, conference, language, size);
    cairo_show_page(cr);
  }
  for (std::size_t i = 0; i < conference.scenes.size(); ++i) {
    drawScenePage(cr, project, conference, i, language, size);
    cairo_show_page(cr);
  }
  cairo_status_t status = cairo_status(cr);
  cairo_destroy(cr);
  cairo_surface_finish(surface);  // writes the trailer
  if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) {
    image.bytes.clear();
    image.error = cairo_status_to_string(status);
  }
  return image;
}

}  // namespace knp::app
