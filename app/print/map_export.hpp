#pragma once
// The map as a picture for print and the web: SVG, PDF and PNG, painted with Cairo from the
// same map scene and legend as the window (core/map_scene.hpp, core/map_legend.hpp), with the
// project's title: the poster for the conference wall.
#include <optional>
#include <string>
#include <string_view>

#include "core/app_state.hpp"
#include "core/camera.hpp"
#include "core/map_scene.hpp"

namespace knp::app {

enum class MapImageFormat { Svg, Pdf, Png };

// Page or picture size: points (1/72 inch) for SVG and PDF, pixels for PNG.
struct MapImageSize {
  double width = 1191.0, height = 842.0;  // A3 landscape
};

// "A4" / "A3" (landscape), or "WIDTHxHEIGHT"; nullopt for anything else or sizes outside 100..20000.
std::optional<MapImageSize> parseMapImageSize(std::string_view text);

// "svg", "pdf", "png"; nullopt otherwise.
std::optional<MapImageFormat> mapImageFormatFromName(std::string_view name);

struct RenderedImage {
  std::string bytes;                 // the file's content when there is no error
  std::optional<std::string> error;  // what Cairo reported
};

// Where the poster puts things on a page of `size`: title and notice on top, the legend in a
// column on the right, the map in the rest. `font` is the title's and legend's size, the map
// scene's font (labels, node sizes) is `mapFont`. Pure arithmetic, O(1).
struct PosterLayout {
  double font = 0, mapFont = 0, margin = 0;
  ScreenRect map;
  double legendX = 0, legendY = 0, legendWidth = 0;
};
PosterLayout posterLayout(MapImageSize size);

// The scene the poster of `s` at `size` paints: every node that is not hidden, framed in the
// map area as the window frames "Fit all" (core/map_framing.hpp), labels measured in Cairo's
// DejaVu Sans. Built by and valid as long as `builder`. O(V + E + L log L).
const MapScene& posterScene(const AppState& s, MapImageSize size, MapSceneBuilder& builder);

// How a printed map is framed: every node that is not hidden, as the window's "Fit all", or
// with the state's camera (set by a view or scene that has one: s.fitPending is false; else
// as FitAll), its centre in the middle of the area.
enum class PrintFraming { FitAll, StateCamera };

// The scene of `s` in `area` with `font` as the map's font (labels, node sizes), labels
// measured in Cairo's DejaVu Sans. Built by and valid as long as `builder`. O(V + E + L log L).
const MapScene& printedScene(const AppState& s, const ScreenRect& area, float font, PrintFraming framing,
                             MapSceneBuilder& builder);

// Draws the poster of `s`: node positions are s.positions (lay the map out first). O(V + E + L log L).
RenderedImage renderMapImage(const AppState& s, MapImageFormat format, MapImageSize size);

}  // namespace knp::app
