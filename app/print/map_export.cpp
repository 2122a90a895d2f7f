#include "print/map_export.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>

#include "core/node_style.hpp"
#include "core/palette.hpp"
#include "text/fit_text.hpp"
#include "text/labels.hpp"
#include "core/ui_text.hpp"

namespace knp::app {
namespace {

constexpr double kPi = 3.14159265358979323846;

void setColour(cairo_t* cr, Rgba c, double alphaFactor = 1.0) {
  cairo_set_source_rgba(cr, (c & 0xFF) / 255.0, ((c >> 8) & 0xFF) / 255.0, ((c >> 16) & 0xFF) / 255.0,
                        ((c >> 24) & 0xFF) / 255.0 * alphaFactor);
}

// The node's outline path: circle (actor), diamond (activity), rounded square (goal), hexagon
// (life phase), as on the screen (node_style.cpp).
void nodePath(cairo_t* cr, NodeKind kind, double x, double y, double r) {
  cairo_new_path(cr);
  switch (kind) {
    case NodeKind::Actor: cairo_arc(cr, x, y, r, 0, 2 * kPi); break;
    case NodeKind::Activity:
      cairo_move_to(cr, x, y - r * 1.2);
      cairo_line_to(cr, x + r * 1.2, y);
      cairo_line_to(cr, x, y + r * 1.2);
      cairo_line_to(cr, x - r * 1.2, y);
      break;
    case NodeKind::Goal: cairo_rectangle(cr, x - r, y - r, 2 * r, 2 * r); break;
    case NodeKind::LifePhase:
      for (int i = 0; i < 6; ++i) {
        const double a = 2 * kPi * i / 6;
        (i == 0 ? cairo_move_to : cairo_line_to)(cr, x + r * std::cos(a), y + r * std::sin(a));
      }
      break;
  }
  cairo_close_path(cr);
}

void drawNode(cairo_t* cr, NodeKind kind, double x, double y, double r, Rgba fill, double alphaFactor) {
  nodePath(cr, kind, x, y, r);
  setColour(cr, fill, alphaFactor);
  cairo_fill_preserve(cr);
  setColour(cr, kNodeOutline, alphaFactor);
  cairo_set_line_width(cr, std::max(0.4, r * 0.12));
  cairo_stroke(cr);
}

double textWidth(cairo_t* cr, const std::string& text) {
  cairo_text_extents_t extents;
  cairo_text_extents(cr, text.c_str(), &extents);
  return extents.x_advance;
}

// The longest prefix of `text` (with "…") no wider than `width`.
std::string fitText(cairo_t* cr, const std::string& text, double width) {
  return fitWithEllipsis(text, width, [cr](const std::string& prefix) { return textWidth(cr, prefix); });
}

struct Box {
  double x0, y0, x1, y1;
  bool overlaps(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

// The legend in the column at x..x+width from y down: the same entries as the window's legend.
void drawLegend(cairo_t* cr, const AppState& s, double x, double y, double width, double font) {
  const Language lang = s.language;
  const double row = font * 1.35, swatch = font * 0.42;
  auto heading = [&](const char* text) {
    y += row * 0.4;
    cairo_set_font_size(cr, font * 0.95);
    setColour(cr, 0xFF707070);
    cairo_move_to(cr, x, y + font);
    cairo_show_text(cr, fitText(cr, text, width).c_str());
    y += row;
  };
  auto entry = [&](const std::string& text, auto drawSwatch) {
    drawSwatch(x + swatch * 1.2, y + row * 0.45);
    cairo_set_font_size(cr, font);
    setColour(cr, kLabelText);
    cairo_move_to(cr, x + swatch * 3.2, y + font * 0.95);
    cairo_show_text(cr, fitText(cr, text, width - swatch * 3.2).c_str());
    y += row;
  };
  heading(uiText(UiText::Legend, lang));
  for (auto [kind, text] : {std::pair{NodeKind::Actor, UiText::Actor}, std::pair{NodeKind::Activity, UiText::Activity},
                            std::pair{NodeKind::Goal, UiText::Goal}, std::pair{NodeKind::LifePhase, UiText::LifePhase}})
    entry(uiText(text, lang), [&](double cx, double cy) { drawNode(cr, kind, cx, cy, swatch, 0xFFDDDDDD, 1.0); });
  heading(uiText(UiText::Actor, lang));
  std::set<ActorType> types;
  for (const Actor& a : s.project.actors) types.insert(a.type);
  for (ActorType type : types)
    entry(std::string(label(type, lang)),
          [&](double cx, double cy) { drawNode(cr, NodeKind::Actor, cx, cy, swatch, actorTypeColour(type), 1.0); });
  heading(uiText(UiText::Fields, lang));
  for (const Field& f : s.project.fields)
    entry(f.name, [&](double cx, double cy) { drawNode(cr, NodeKind::Activity, cx, cy, swatch, rgba(f.colour), 1.0); });
  heading(uiText(UiText::Goal, lang));
  for (std::size_t i = 0; i < s.project.concepts.size(); ++i)
    entry(s.project.concepts[i].name,
          [&](double cx, double cy) { drawNode(cr, NodeKind::Goal, cx, cy, swatch, conceptColour(i), 1.0); });
  heading(uiText(UiText::Edges, lang));
  auto line = [&](Rgba colour, float w) {
    return [&, colour, w](double cx, double cy) {
      setColour(cr, withAlpha(colour, 230));
      cairo_set_line_width(cr, w * font / 12.0);
      cairo_move_to(cr, cx - swatch * 1.4, cy);
      cairo_line_to(cr, cx + swatch * 1.4, cy);
      cairo_stroke(cr);
    };
  };
  for (auto [kind, text] : {std::pair{EdgeKind::Lead, UiText::EdgeLead}, std::pair{EdgeKind::Partner, UiText::EdgePartner},
                            std::pair{EdgeKind::ServesGoal, UiText::EdgeGoal},
                            std::pair{EdgeKind::TargetsPhase, UiText::EdgePhase},
                            std::pair{EdgeKind::Membership, UiText::EdgeMembership}})
    entry(uiText(text, lang), line(edgeColour(kind), edgeWidth(kind) * 1.5f));
  std::set<CooperationType> cooperations;
  for (const Cooperation& c : s.project.cooperations) cooperations.insert(c.type);
  for (CooperationType type : cooperations)
    entry(std::string(label(type, lang)), line(cooperationColour(type), edgeWidth(EdgeKind::Cooperation) * 1.5f));
}

void drawMap(cairo_t* cr, const AppState& s, double width, double height) {
  const double font = std::max(6.0, std::min(width, height * 1.41) / 90.0);
  cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  setColour(cr, kCanvasBackground);
  cairo_paint(cr);

  // Title and notice.
  const double margin = font * 2;
  cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  cairo_set_font_size(cr, font * 1.8);
  setColour(cr, kLabelText);
  cairo_move_to(cr, margin, margin + font * 1.5);
  cairo_show_text(cr, fitText(cr, s.project.title.empty() ? s.sourceName : s.project.title, width - 2 * margin).c_str());
  cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, font * 0.9);
  setColour(cr, 0xFF707070);
  cairo_move_to(cr, margin, margin + font * 3.0);
  cairo_show_text(cr, fitText(cr, s.project.notice, width - 2 * margin).c_str());

  // The map fills the area left of the legend, framed on the nodes that are not hidden.
  const double legendWidth = font * 16;
  const double top = margin + font * 4.5;
  const double mapX0 = margin + font * 8, mapX1 = width - margin - legendWidth - font * 8;
  const double mapY0 = top + font, mapY1 = height - margin - font;
  layouts::Box box;
  const std::size_t n = s.positions.size();
  std::vector<Visibility> visibility(n);
  for (Vertex v = 0; v < n; ++v) {
    visibility[v] = visibilityOf(s, v);
    if (visibility[v] != Visibility::Hidden) box.include(s.positions[v]);
  }
  const double spanX = std::max(box.width(), 1e-9), spanY = std::max(box.height(), 1e-9);
  const double scale = n == 0 ? 1.0 : std::min((mapX1 - mapX0) / spanX, (mapY1 - mapY0) / spanY);
  const double offX = (mapX0 + mapX1) / 2 - box.centre().x * scale, offY = (mapY0 + mapY1) / 2 - box.centre().y * scale;
  auto at = [&](Vertex v) { return std::pair{offX + s.positions[v].x * scale, offY + s.positions[v].y * scale}; };
  const double spacing = n < 2 ? font * 10 : std::sqrt(spanX * spanY / static_cast<double>(n)) * scale;
  const double shrink = zoomShrink(spacing, font, 0.15);

  const std::vector<Rgba> colours = vertexColours(s.project, s.view);
  const Graph& g = s.view.graph;
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    const Vertex a = boost::source(*e, g), b = boost::target(*e, g);
    if (a == b || visibility[a] == Visibility::Hidden || visibility[b] == Visibility::Hidden) continue;
    const EdgeProps& edge = g[*e];
    const Rgba colour = edgeColour(s.project, edge);
    const bool faded = visibility[a] == Visibility::Faded || visibility[b] == Visibility::Faded;
    setColour(cr, colour, faded ? 0.25 : 1.0);
    cairo_set_line_width(cr, edgeWidth(edge.kind) * font / 14.0);
    auto [ax, ay] = at(a);
    auto [bx, by] = at(b);
    cairo_move_to(cr, ax, ay);
    cairo_line_to(cr, bx, by);
    cairo_stroke(cr);
  }
  std::vector<double> radius(n);
  for (const Visibility pass : {Visibility::Faded, Visibility::Normal})
    for (Vertex v = 0; v < n; ++v) {
      if (visibility[v] != pass) continue;
      radius[v] = nodeBaseRadius(s, v, static_cast<float>(font)) * shrink;
      auto [x, y] = at(v);
      drawNode(cr, g[v].kind, x, y, radius[v], colours[v], pass == Visibility::Faded ? 0.2 : 1.0);
    }

  // Labels: life phases, goals, actors, then activities, larger first; never overlapping.
  std::vector<Vertex> order;
  for (Vertex v = 0; v < n; ++v)
    if (visibility[v] == Visibility::Normal) order.push_back(v);
  std::stable_sort(order.begin(), order.end(), [&](Vertex a, Vertex b) {
    const int pa = labelPriority(g[a].kind), pb = labelPriority(g[b].kind);
    return pa != pb ? pa > pb : s.sizeWeight[a] > s.sizeWeight[b];
  });
  cairo_set_font_size(cr, font * 0.85);
  std::vector<Box> placed;  // node discs block labels too
  for (Vertex v : order) {
    auto [x, y] = at(v);
    placed.push_back({x - radius[v], y - radius[v], x + radius[v], y + radius[v]});
  }
  for (Vertex v : order) {
    const std::string text = fitText(cr, nodeName(s, v), font * 12);
    const double w = textWidth(cr, text), h = font * 0.85;
    auto [x, y] = at(v);
    const double gap = radius[v] * 1.2 + font * 0.3;
    const Box right{x + gap, y - h * 0.6, x + gap + w, y + h * 0.5}, left{x - gap - w, y - h * 0.6, x - gap, y + h * 0.5};
    const Box* chosen = nullptr;
    for (const Box* candidate : {x >= (mapX0 + mapX1) / 2 ? &right : &left, x >= (mapX0 + mapX1) / 2 ? &left : &right}) {
      if (candidate->x0 < margin || candidate->x1 > width - margin - legendWidth) continue;
      const bool free = std::none_of(placed.begin(), placed.end(), [&](const Box& o) {
        // Its own node disc is not in the way of its label.
        return o.overlaps(*candidate) && !(o.x0 == x - radius[v] && o.y0 == y - radius[v]);
      });
      if (free) {
        chosen = candidate;
        break;
      }
    }
    if (!chosen) continue;
    placed.push_back(*chosen);
    cairo_set_source_rgba(cr, 1, 1, 1, 0.8);
    cairo_rectangle(cr, chosen->x0 - font * 0.15, chosen->y0 - font * 0.1, chosen->x1 - chosen->x0 + font * 0.3,
                    chosen->y1 - chosen->y0 + font * 0.2);
    cairo_fill(cr);
    setColour(cr, kLabelText);
    cairo_move_to(cr, chosen->x0, y + h * 0.35);
    cairo_show_text(cr, text.c_str());
  }
  drawLegend(cr, s, width - margin - legendWidth + font, top, legendWidth - font, font * 0.9);
}

cairo_status_t appendBytes(void* target, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(target)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

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
  drawMap(cr, s, size.width, size.height);
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
