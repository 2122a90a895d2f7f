#include "print/cairo_paint.hpp"

#include <algorithm>
#include <cmath>

#include "core/node_style.hpp"
#include "core/palette.hpp"
#include "text/fit_text.hpp"

namespace knp::app {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr const char* kFontFace = "DejaVu Sans";

// A node shape filled and outlined, as window/node_shape.cpp paints it.
void drawShape(cairo_t* cr, NodeShape shape, ScenePoint c, float r, Rgba fill, Rgba outline) {
  cairo_new_path(cr);
  switch (shape) {
    case NodeShape::Circle: cairo_arc(cr, c.x, c.y, r, 0, 2 * kPi); break;
    case NodeShape::RoundedSquare: {
      const double k = r * kSquareRounding;
      cairo_arc(cr, c.x + r - k, c.y - r + k, k, -kPi / 2, 0);
      cairo_arc(cr, c.x + r - k, c.y + r - k, k, 0, kPi / 2);
      cairo_arc(cr, c.x - r + k, c.y + r - k, k, kPi / 2, kPi);
      cairo_arc(cr, c.x - r + k, c.y - r + k, k, kPi, 3 * kPi / 2);
      break;
    }
    case NodeShape::Diamond:
    case NodeShape::Hexagon: {
      ScenePoint corners[6];
      const int count = shapeCorners(shape, c, r, corners);
      for (int i = 0; i < count; ++i)
        (i == 0 ? cairo_move_to : cairo_line_to)(cr, corners[i].x, corners[i].y);
      break;
    }
  }
  cairo_close_path(cr);
  setColour(cr, fill);
  cairo_fill_preserve(cr);
  setColour(cr, outline);
  cairo_set_line_width(cr, outlineWidth(r));
  cairo_stroke(cr);
}

void drawRing(cairo_t* cr, ScenePoint c, double radius, double thickness, Rgba colour) {
  cairo_new_path(cr);
  cairo_arc(cr, c.x, c.y, radius, 0, 2 * kPi);
  setColour(cr, colour);
  cairo_set_line_width(cr, thickness);
  cairo_stroke(cr);
}

// An entry's swatch around `c` with `r` points (core/map_legend.hpp decides its parts).
void drawSwatch(cairo_t* cr, const LegendEntry& e, ScenePoint c, float r) {
  const Swatch swatch = swatchOf(e, c, r);
  for (int i = 0; i < swatch.count; ++i) {
    const SwatchPart& p = swatch.parts[i];
    switch (p.kind) {
      case SwatchPart::Kind::Shape: drawShape(cr, p.shape, p.centre, p.radius, p.fill, p.outline); break;
      case SwatchPart::Kind::Ring: drawRing(cr, p.centre, p.radius, p.width, p.fill); break;
      case SwatchPart::Kind::Line:
        setColour(cr, p.fill);
        cairo_set_line_width(cr, p.width);
        cairo_move_to(cr, p.centre.x - p.radius, p.centre.y);
        cairo_line_to(cr, p.centre.x + p.radius, p.centre.y);
        cairo_stroke(cr);
        break;
    }
  }
}

}  // namespace

void setColour(cairo_t* cr, Rgba c) {
  cairo_set_source_rgba(cr, (c & 0xFF) / 255.0, ((c >> 8) & 0xFF) / 255.0, ((c >> 16) & 0xFF) / 255.0,
                        ((c >> 24) & 0xFF) / 255.0);
}

// Selects DejaVu Sans at `pixels` in the window's sense (ImGui's font size is the line height,
// ascent plus descent; Cairo's is the em), with unhinted metrics so that every format and the
// measuring context agree on widths.
void selectFont(cairo_t* cr, double pixels, cairo_font_weight_t weight) {
  cairo_select_font_face(cr, kFontFace, CAIRO_FONT_SLANT_NORMAL, weight);
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_set_font_options(cr, options);
  cairo_font_options_destroy(options);
  cairo_set_font_size(cr, 1.0);
  cairo_font_extents_t unit;
  cairo_font_extents(cr, &unit);
  const double lineHeight = unit.ascent + unit.descent;
  cairo_set_font_size(cr, lineHeight > 0 ? pixels / lineHeight : pixels);
}

double textWidth(cairo_t* cr, const std::string& text) {
  cairo_text_extents_t extents;
  cairo_text_extents(cr, text.c_str(), &extents);
  return extents.x_advance;
}

// Shows `text` with the top of its line box at (x, top).
void showText(cairo_t* cr, double x, double top, const std::string& text) {
  cairo_font_extents_t font;
  cairo_font_extents(cr, &font);
  cairo_move_to(cr, x, top + font.ascent);
  cairo_show_text(cr, text.c_str());
}

// The longest prefix of `text` (with "…") no wider than `width`.
std::string fitText(cairo_t* cr, const std::string& text, double width) {
  return fitWithEllipsis(text, width, [cr](const std::string& prefix) { return textWidth(cr, prefix); });
}



void roundedRectangle(cairo_t* cr, double x0, double y0, double x1, double y1, double r) {
  r = std::min({r, (x1 - x0) / 2, (y1 - y0) / 2});
  cairo_new_path(cr);
  cairo_arc(cr, x1 - r, y0 + r, r, -kPi / 2, 0);
  cairo_arc(cr, x1 - r, y1 - r, r, 0, kPi / 2);
  cairo_arc(cr, x0 + r, y1 - r, r, kPi / 2, kPi);
  cairo_arc(cr, x0 + r, y0 + r, r, kPi, 3 * kPi / 2);
  cairo_close_path(cr);
}

// Paints `scene` clipped to its canvas: the same order and primitives as the window.
void paintScene(cairo_t* cr, const MapScene& scene) {
  const ScreenRect& c = scene.canvas;
  cairo_save(cr);
  cairo_rectangle(cr, c.x, c.y, c.width, c.height);
  cairo_clip(cr);
  setColour(cr, scene.background);
  cairo_paint(cr);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  auto stroke = [cr](const SceneEdge& e) {
    setColour(cr, e.colour);
    cairo_set_line_width(cr, e.width);
    cairo_move_to(cr, e.a.x, e.a.y);
    cairo_line_to(cr, e.b.x, e.b.y);
    cairo_stroke(cr);
  };
  for (std::size_t i = 0; i < scene.edges.size(); ++i) stroke(scene.edge(i));
  for (const SceneEdge& e : scene.strongEdges) stroke(e);
  // A comparison's marks as the window draws them (window/map_renderer.cpp): cooperations
  // begun solid, ended ones and the removed items' ghosts dashed.
  for (const SceneEdge& e : scene.begunEdges) stroke(e);
  const double markDash = scene.fontSize * 0.5;
  cairo_set_dash(cr, &markDash, 1, 0);
  for (const SceneEdge& e : scene.endedEdges) stroke(e);
  for (const SceneGhost& ghost : scene.ghosts)
    drawShape(cr, ghost.shape, ghost.centre, ghost.radius, withAlpha(kGhostColour, 70), kGhostColour);
  cairo_set_dash(cr, nullptr, 0, 0);
  for (const SceneNode& node : scene.nodes) {
    if (node.dot) {
      setColour(cr, node.fill);
      cairo_rectangle(cr, node.centre.x - node.radius, node.centre.y - node.radius, 2 * node.radius, 2 * node.radius);
      cairo_fill(cr);
    } else {
      drawShape(cr, node.shape, node.centre, node.radius, node.fill, node.outline);
    }
  }
  for (const SceneRing& ring : scene.rings) drawRing(cr, ring.centre, ring.radius, ring.thickness, ring.colour);
  selectFont(cr, scene.fontSize);
  for (const SceneGap& gap : scene.gaps) {
    // The dashed ring and the badge, with the window's dash length (map_scene.hpp).
    const double dash = std::max(3.0, static_cast<double>(kGapDash * scene.fontSize));
    cairo_set_dash(cr, &dash, 1, 0);
    setColour(cr, kGapColour);
    cairo_set_line_width(cr, std::max(2.0, scene.fontSize * 0.12));
    cairo_new_sub_path(cr);
    cairo_arc(cr, gap.centre.x, gap.centre.y, gap.radius, 0, 2 * M_PI);
    cairo_stroke(cr);
    cairo_set_dash(cr, nullptr, 0, 0);
    if (!gap.hasBadge()) continue;
    roundedRectangle(cr, gap.x0, gap.y0, gap.x1, gap.y1, scene.fontSize * 0.25f);
    cairo_fill(cr);
    setColour(cr, 0xFFFFFFFF);
    showText(cr, gap.textAt.x, gap.textAt.y, scene.gapText);
  }
  // Conference badges as the window draws them (window/map_renderer.cpp): the dots in a disc
  // or pill, the comments in a speech bubble, each with a white rim.
  for (const SceneBadge& badge : scene.badges) {
    const double height = badge.y1 - badge.y0;
    const bool comments = badge.kind == BadgeKind::Comments;
    setColour(cr, badge.fill);
    if (comments) {
      const double tail = height * 0.3;
      cairo_move_to(cr, badge.x1 - tail * 2.2, badge.y1 - 1);
      cairo_line_to(cr, badge.x1 - tail * 0.6, badge.y1 - 1);
      cairo_line_to(cr, badge.x1 - tail * 0.4, badge.y1 + tail);
      cairo_close_path(cr);
      cairo_fill(cr);
    }
    roundedRectangle(cr, badge.x0, badge.y0, badge.x1, badge.y1, comments ? height * 0.25 : height * 0.5);
    cairo_fill_preserve(cr);
    setColour(cr, 0xFFFFFFFF);
    cairo_set_line_width(cr, 1.0);
    cairo_stroke(cr);
    setColour(cr, badge.colour);
    showText(cr, badge.textAt.x, badge.textAt.y, badge.text);
  }
  for (const SceneLabel& note : scene.gapNotes) {
    roundedRectangle(cr, note.x0, note.y0, note.x1, note.y1, note.rounding);
    setColour(cr, note.background);
    cairo_fill_preserve(cr);
    setColour(cr, kGapColour);
    cairo_set_line_width(cr, 1.5);
    cairo_stroke(cr);
    showText(cr, note.textAt.x, note.textAt.y, note.text);
  }
  for (const auto* labels : {&scene.labels, &scene.ghostLabels})
    for (const SceneLabel& label : *labels) {
      roundedRectangle(cr, label.x0, label.y0, label.x1, label.y1, label.rounding);
      setColour(cr, label.background);
      cairo_fill(cr);
      setColour(cr, label.colour);
      showText(cr, label.textAt.x, label.textAt.y, label.text);
    }
  cairo_restore(cr);
}


// The legend in one column at x..x+width from y down to `bottom`, in a font of `font` points
// or smaller: every row is shown, the font shrinks until they fit (an A4 page holds the
// example's 40 rows at 0.85 of the size).
void paintLegend(cairo_t* cr, const std::vector<LegendSection>& legend, double x, double y, double width,
                 double bottom, double font) {
  double rows = 0;  // in rows of 1.35 font sizes: headings, the gaps above them, entries
  for (std::size_t i = 0; i < legend.size(); ++i) rows += (i == 0 ? 1.0 : 1.4) + static_cast<double>(legend[i].entries.size());
  if (rows > 0 && y + rows * font * 1.35 > bottom) font = std::max(1.0, (bottom - y) / (rows * 1.35));
  const double row = font * 1.35;
  for (std::size_t i = 0; i < legend.size(); ++i) {
    if (y + row > bottom) return;
    y += i == 0 ? 0.0 : row * 0.4;
    selectFont(cr, font, i == 0 ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    setColour(cr, i == 0 ? kLabelText : 0xFF707070);
    showText(cr, x, y, fitText(cr, legend[i].heading, width));
    y += row;
    selectFont(cr, font);
    for (const LegendEntry& e : legend[i].entries) {
      if (y + row > bottom) return;
      drawSwatch(cr, e, {static_cast<float>(x + font * 0.6), static_cast<float>(y + font * 0.55)},
                 static_cast<float>(font * 0.38));
      setColour(cr, kLabelText);
      showText(cr, x + font * 1.4, y, fitText(cr, e.text, width - font * 1.4));
      y += row;
    }
  }
}

cairo_status_t appendBytes(void* target, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(target)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}


std::vector<std::string> wrapText(cairo_t* cr, const std::string& text, double width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find(' ', at);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(at, end - at);
    at = end + 1;
    if (word.empty()) continue;
    const std::string longer = line.empty() ? word : line + " " + word;
    if (line.empty() || textWidth(cr, longer) <= width) {
      line = longer;
    } else {
      lines.push_back(std::move(line));
      line = std::move(word);
    }
    // A word wider than the line on its own is cut, so that nothing runs off the page.
    if (textWidth(cr, line) > width) line = fitText(cr, line, width);
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

}  // namespace knp::app
