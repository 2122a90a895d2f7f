#include "print/map_export.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>

#include "print/cairo_paint.hpp"
#include "core/map_framing.hpp"
#include "core/map_legend.hpp"
#include "core/node_style.hpp"
#include "core/palette.hpp"
#include "text/fit_text.hpp"

namespace knp::app {
namespace {

void drawPoster(cairo_t* cr, const AppState& s, MapImageSize size) {
  const PosterLayout layout = posterLayout(size);
  setColour(cr, kCanvasBackground);
  cairo_paint(cr);
  const double textWidthLeft = size.width - 2 * layout.margin;
  selectFont(cr, layout.font * 1.8, CAIRO_FONT_WEIGHT_BOLD);
  setColour(cr, kLabelText);
  showText(cr, layout.margin, layout.margin,
           fitText(cr, s.project.title.empty() ? s.sourceName : s.project.title, textWidthLeft));
  selectFont(cr, layout.font * 0.9);
  setColour(cr, 0xFF707070);
  showText(cr, layout.margin, layout.margin + layout.font * 2.2, fitText(cr, s.project.notice, textWidthLeft));
  MapSceneBuilder builder;
  paintScene(cr, posterScene(s, size, builder));
  paintLegend(cr, mapLegend(s), layout.legendX, layout.legendY, layout.legendWidth, size.height - layout.margin,
              layout.font * 0.9);
}

}  // namespace

PosterLayout posterLayout(MapImageSize size) {
  PosterLayout layout;
  layout.font = std::max(6.0, std::min(size.width, size.height * 1.41) / 90.0);
  layout.mapFont = layout.font * 0.85;
  layout.margin = layout.font * 2;
  const double top = layout.margin + layout.font * 4.5;
  layout.legendWidth = layout.font * 15;
  layout.legendX = size.width - layout.margin - layout.legendWidth;
  layout.legendY = top;
  const double mapRight = layout.legendX - layout.font;
  layout.map = {static_cast<float>(layout.margin), static_cast<float>(top),
                static_cast<float>(std::max(1.0, mapRight - layout.margin)),
                static_cast<float>(std::max(1.0, size.height - layout.margin - top))};
  return layout;
}

const MapScene& printedScene(const AppState& s, const ScreenRect& area, float font, PrintFraming framing,
                             MapSceneBuilder& builder) {
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t* cr = cairo_create(surface);
  selectFont(cr, font);
  const MeasureText measure = [cr](const std::string& text) { return static_cast<float>(textWidth(cr, text)); };
  const Camera camera = framing == PrintFraming::StateCamera && !s.fitPending
                            ? s.camera
                            : framingCamera(s, {}, area, font, s.camera, measure);
  const MapScene& scene = builder.build(s, camera, area, font, measure);
  cairo_destroy(cr);
  cairo_surface_destroy(surface);
  return scene;
}

const MapScene& posterScene(const AppState& s, MapImageSize size, MapSceneBuilder& builder) {
  const PosterLayout layout = posterLayout(size);
  return printedScene(s, layout.map, static_cast<float>(layout.mapFont), PrintFraming::FitAll, builder);
}

std::optional<MapImageSize> parseMapImageSize(std::string_view text) {
  std::string t(text);
  std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  if (t == "A4") return MapImageSize{842.0, 595.0};
  if (t == "A3") return MapImageSize{1191.0, 842.0};
  int w = 0, h = 0;
  char rest = 0;
  if (std::sscanf(t.c_str(), "%dX%d%c", &w, &h, &rest) != 2 || w < 100 || h < 100 || w > 20000 || h > 20000)
    return std::nullopt;
  return MapImageSize{static_cast<double>(w), static_cast<double>(h)};
}

std::optional<MapImageFormat> mapImageFormatFromName(std::string_view name) {
  if (name == "svg") return MapImageFormat::Svg;
  if (name == "pdf") return MapImageFormat::Pdf;
  if (name == "png") return MapImageFormat::Png;
  return std::nullopt;
}

RenderedImage renderMapImage(const AppState& s, MapImageFormat format, MapImageSize size) {
  RenderedImage image;
  cairo_surface_t* surface = nullptr;
  switch (format) {
    case MapImageFormat::Svg:
      surface = cairo_svg_surface_create_for_stream(appendBytes, &image.bytes, size.width, size.height);
      break;
    case MapImageFormat::Pdf:
      surface = cairo_pdf_surface_create_for_stream(appendBytes, &image.bytes, size.width, size.height);
      break;
    case MapImageFormat::Png:
      surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, static_cast<int>(size.width), static_cast<int>(size.height));
      break;
  }
  cairo_t* cr = cairo_create(surface);
  drawPoster(cr, s, size);
  cairo_status_t status = cairo_status(cr);
  cairo_destroy(cr);
  if (format == MapImageFormat::Png && status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream(surface, appendBytes, &image.bytes);
  cairo_surface_finish(surface);  // SVG and PDF write their last bytes here
  if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) image.error = cairo_status_to_string(status);
  return image;
}

}  // namespace knp::app
