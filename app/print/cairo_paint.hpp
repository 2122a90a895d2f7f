#pragma once
// What the printed pages share: text in DejaVu Sans measured and set as the window does, the
// map scene and its legend painted with Cairo. Used by the poster (map_export.hpp), the
// conference handout (handout_pdf.hpp) and the protocol (protocol_pdf.hpp); inside knp_print
// only (it includes cairo.h).
#include <cairo.h>

#include <string>
#include <vector>

#include "core/map_legend.hpp"
#include "core/map_scene.hpp"
#include "core/palette.hpp"

namespace knp::app {

void setColour(cairo_t* cr, Rgba c);

// Selects DejaVu Sans at `pixels` in the window's sense (ImGui's font size is the line height,
// ascent plus descent; Cairo's is the em), with unhinted metrics so that every format and the
// measuring context agree on widths.
void selectFont(cairo_t* cr, double pixels, cairo_font_weight_t weight = CAIRO_FONT_WEIGHT_NORMAL);

// The advance of `text` in the selected font.
double textWidth(cairo_t* cr, const std::string& text);

// Shows `text` with the top of its line box at (x, top).
void showText(cairo_t* cr, double x, double top, const std::string& text);

// The longest prefix of `text` (with "…") no wider than `width`.
std::string fitText(cairo_t* cr, const std::string& text, double width);

// `text` broken at spaces into lines no wider than `width` in the selected font; a single
// word wider than that is cut with "…". Empty text: no lines. O(words × line length).
std::vector<std::string> wrapText(cairo_t* cr, const std::string& text, double width);

// A path of a rectangle with corners rounded by `r` (at most half a side).
void roundedRectangle(cairo_t* cr, double x0, double y0, double x1, double y1, double r);

// Paints `scene` clipped to its canvas: the same order and primitives as the window.
void paintScene(cairo_t* cr, const MapScene& scene);

// The legend in one column at x..x+width from y down to `bottom`, in a font of `font` points
// or smaller: every row is shown, the font shrinks until they fit.
void paintLegend(cairo_t* cr, const std::vector<LegendSection>& legend, double x, double y, double width, double bottom,
                 double font);

// A cairo write function appending to the std::string at `target`.
cairo_status_t appendBytes(void* target, const unsigned char* data, unsigned int length);

}  // namespace knp::app
