#include "window/map_renderer.hpp"

#include <algorithm>
#include <cmath>

#include "window/node_shape.hpp"
#include "text/fit_text.hpp"

namespace knp::app {
namespace {

// Labels longer than this many font sizes are cut with "…" (the tooltip shows them whole).
constexpr float kMaxLabelWidth = 15.0f;
// Typical node spacing, in font sizes, from which labels of actors and goals (resp. activities)
// are drawn; life phases are always labelled.
constexpr float kSpacingForLabels = 1.2f;
constexpr float kSpacingForActivityLabels = 3.5f;
// Edges drawn antialiased through ImGui when at most this many are on screen; beyond, as
// plain quads (an order of magnitude cheaper, indistinguishable in a dense picture).
constexpr std::size_t kSmoothEdgeLimit = 3000;
// Nodes with a smaller radius (pixels) are drawn as plain squares.
constexpr float kDotRadius = 2.5f;
// Vertices per PrimReserve chunk: below ImGui's 16-bit index range.
constexpr int kQuadsPerChunk = 8192;

std::uint8_t alphaOf(Rgba c) { return static_cast<std::uint8_t>(c >> 24); }

// Writes quads straight into a draw list, reserving room in chunks.
class QuadWriter {
 public:
  explicit QuadWriter(ImDrawList* list) : m_list(list), m_uv(ImGui::GetFontTexUvWhitePixel()) {}
  ~QuadWriter() { flush(); }

  void line(ImVec2 a, ImVec2 b, float halfWidth, Rgba colour) {
    const float dx = b.x - a.x, dy = b.y - a.y;
    const float length2 = dx * dx + dy * dy;
    if (length2 < 0.01f) return;
    const float k = halfWidth / std::sqrt(length2);
    const float nx = -dy * k, ny = dx * k;
    quad(ImVec2(a.x + nx, a.y + ny), ImVec2(b.x + nx, b.y + ny), ImVec2(b.x - nx, b.y - ny), ImVec2(a.x - nx, a.y - ny),
         colour);
  }

  void square(ImVec2 c, float r, Rgba colour) {
    quad(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y - r), ImVec2(c.x + r, c.y + r), ImVec2(c.x - r, c.y + r), colour);
  }

  void flush() {
    if (m_left > 0) m_list->PrimUnreserve(m_left * 6, m_left * 4);
    m_left = 0;
  }

 private:
  void quad(ImVec2 p0, ImVec2 p1, ImVec2 p2, ImVec2 p3, Rgba colour) {
    if (m_left == 0) {
      m_list->PrimReserve(kQuadsPerChunk * 6, kQuadsPerChunk * 4);
      m_left = kQuadsPerChunk;
    }
    const auto i = static_cast<ImDrawIdx>(m_list->_VtxCurrentIdx);
    m_list->PrimWriteIdx(i);
    m_list->PrimWriteIdx(static_cast<ImDrawIdx>(i + 1));
    m_list->PrimWriteIdx(static_cast<ImDrawIdx>(i + 2));
    m_list->PrimWriteIdx(i);
    m_list->PrimWriteIdx(static_cast<ImDrawIdx>(i + 2));
    m_list->PrimWriteIdx(static_cast<ImDrawIdx>(i + 3));
    m_list->PrimWriteVtx(p0, m_uv, colour);
    m_list->PrimWriteVtx(p1, m_uv, colour);
    m_list->PrimWriteVtx(p2, m_uv, colour);
    m_list->PrimWriteVtx(p3, m_uv, colour);
    --m_left;
  }

  ImDrawList* m_list;
  ImVec2 m_uv;
  int m_left = 0;
};

bool segmentMayCross(ImVec2 a, ImVec2 b, const ScreenRect& c) {
  return std::max(a.x, b.x) >= c.x && std::min(a.x, b.x) <= c.x + c.width && std::max(a.y, b.y) >= c.y &&
         std::min(a.y, b.y) <= c.y + c.height;
}

// Typical distance between neighbouring nodes in world units: the side of the bounding box's
// share per node. O(1).
double typicalSpacing(const layouts::Box& box, std::size_t count) {
  if (count < 2) return 1.0;
  const double area = std::max(box.width(), 1e-12) * std::max(box.height(), box.width() * 0.05 + 1e-12);
  return std::sqrt(area / static_cast<double>(count));
}

}  // namespace

void MapRenderer::refreshCaches(const AppState& s, float fontSize) {
  const std::size_t n = s.positions.size();
  if (m_revision != s.dataRevision || m_colour.size() != n) {
    m_colour = vertexColours(s.project, s.view);
    m_label.assign(n, {});
    m_labelWidth.assign(n, -1.0f);
    m_edges.clear();
    m_edges.reserve(boost::num_edges(s.view.graph));
    for (auto [e, end] = boost::edges(s.view.graph); e != end; ++e) {
      const Vertex a = boost::source(*e, s.view.graph), b = boost::target(*e, s.view.graph);
      if (a != b) m_edges.push_back({a, b, edgeColour(s.project, s.view.graph[*e]), edgeWidth(s.view.graph[*e].kind)});
    }
    m_revision = s.dataRevision;
  }
  if (m_fontSize != fontSize) {
    std::fill(m_labelWidth.begin(), m_labelWidth.end(), -1.0f);
    m_fontSize = fontSize;
  }
}

const std::string& MapRenderer::shortLabel(const AppState& s, Vertex v) {
  if (m_labelWidth[v] < 0) {
    const std::string& name = nodeName(s, v);
    const float maxWidth = kMaxLabelWidth * m_fontSize;
    m_label[v] = fitWithEllipsis(name, maxWidth, [](const std::string& prefix) {
      return static_cast<double>(ImGui::CalcTextSize(prefix.c_str()).x);
    });
    m_labelWidth[v] = ImGui::CalcTextSize(m_label[v].c_str()).x;
  }
  return m_label[v];
}

RenderStats MapRenderer::draw(ImDrawList* list, const AppState& s, const ScreenRect& canvas) {
  RenderStats stats;
  const float fontSize = ImGui::GetFontSize();
  refreshCaches(s, fontSize);
  const std::size_t n = s.positions.size();

  // Far out, nodes shrink with the zoom so that they do not merge into one blob.
  const layouts::Box box = layouts::boundingBox(s.positions);
  m_spacingPixels = typicalSpacing(box, n) * s.camera.scale;
  m_centreX = static_cast<float>(s.camera.toScreen(box.centre(), canvas).x);
  const float shrink = static_cast<float>(zoomShrink(m_spacingPixels, fontSize, 0.12));

  m_screen.resize(n);
  m_radius.resize(n);
  m_visibility.resize(n);
  m_onScreen.assign(n, false);
  m_emphasised.assign(n, false);
  m_selected.assign(n, false);
  for (Vertex v : s.selection)
    if (v < n) m_selected[v] = true;
  m_special = m_selected;
  if (s.hovered < n) m_special[s.hovered] = true;
  // World to screen as one float multiply-add per coordinate (Camera::toScreen, inlined).
  const layouts::Point origin = s.camera.toScreen({0.0, 0.0}, canvas);
  const auto scale = static_cast<float>(s.camera.scale);
  const auto ox = static_cast<float>(origin.x), oy = static_cast<float>(origin.y);
  for (Vertex v = 0; v < n; ++v) {
    m_screen[v] = ImVec2(ox + static_cast<float>(s.positions[v].x) * scale, oy + static_cast<float>(s.positions[v].y) * scale);
    m_visibility[v] = visibilityOf(s, v);
    if (s.highlightMask[v]) m_special[v] = true;
    const bool special = m_special[v];
    m_radius[v] = std::max(1.2f, nodeBaseRadius(s, v, fontSize) * (special ? std::max(shrink, 0.5f) : shrink));
    const float r = m_radius[v] * 1.3f;
    m_onScreen[v] = m_visibility[v] != Visibility::Hidden && m_screen[v].x + r >= canvas.x &&
                    m_screen[v].x - r <= canvas.x + canvas.width && m_screen[v].y + r >= canvas.y &&
                    m_screen[v].y - r <= canvas.y + canvas.height;
  }
  auto emphasise = [&](Vertex v) {
    if (v >= n) return;
    m_emphasised[v] = true;
    for (VertexIndex w : s.layoutGraph.graph.neighbours(static_cast<VertexIndex>(v))) m_emphasised[w] = true;
  };
  emphasise(s.hovered);
  for (Vertex v : s.selection) emphasise(v);

  list->PushClipRect(ImVec2(canvas.x, canvas.y), ImVec2(canvas.x + canvas.width, canvas.y + canvas.height), true);
  list->AddRectFilled(ImVec2(canvas.x, canvas.y), ImVec2(canvas.x + canvas.width, canvas.y + canvas.height),
                      kCanvasBackground);
  drawEdges(list, s, canvas, stats);
  drawNodes(list, s, canvas, stats);
  drawLabels(list, s, canvas, stats);
  list->PopClipRect();
  return stats;
}

void MapRenderer::drawEdges(ImDrawList* list, const AppState& s, const ScreenRect& canvas, RenderStats& stats) {
  const Graph& g = s.view.graph;
  const bool anyEmphasis = s.hovered != kNoVertex || !s.selection.empty();
  // Smooth lines when last frame had few edges on screen (the count changes slowly).
  const bool smooth = m_edgesOnScreen <= kSmoothEdgeLimit;
  std::size_t onScreen = 0;
  {
    QuadWriter quads(list);
    for (const EdgeStyle& edge : m_edges) {
      const Visibility va = m_visibility[edge.a], vb = m_visibility[edge.b];
      if (va == Visibility::Hidden || vb == Visibility::Hidden) continue;
      const ImVec2 pa = m_screen[edge.a], pb = m_screen[edge.b];
      if (!segmentMayCross(pa, pb, canvas)) continue;
      ++onScreen;
      if (anyEmphasis && (m_special[edge.a] || m_special[edge.b]) &&
          (edge.a == s.hovered || edge.b == s.hovered || m_selected[edge.a] || m_selected[edge.b]))
        continue;  // drawn strong below
      Rgba colour = edge.colour;
      if (va == Visibility::Faded || vb == Visibility::Faded)
        colour = withAlpha(colour, static_cast<std::uint8_t>(alphaOf(colour) / 4));
      if (smooth)
        list->AddLine(pa, pb, colour, edge.width);
      else
        quads.line(pa, pb, edge.width * 0.5f, colour);
      ++stats.edges;
    }
  }
  m_edgesOnScreen = onScreen;
  // The hovered and selected nodes' edges on top, strong.
  if (!anyEmphasis) return;
  auto drawHot = [&](Vertex v) {
    if (v >= s.positions.size() || m_visibility[v] == Visibility::Hidden) return;
    for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
      const Vertex w = boost::target(*e, g);
      if (m_visibility[w] == Visibility::Hidden || w == v) continue;
      list->AddLine(m_screen[v], m_screen[w], withAlpha(edgeColour(s.project, s.view.graph[*e]), 235), edgeWidth(g[*e].kind) * 2.0f);
      ++stats.edges;
    }
  };
  drawHot(s.hovered);
  for (Vertex v : s.selection) drawHot(v);
}

void MapRenderer::drawNodes(ImDrawList* list, const AppState& s, const ScreenRect&, RenderStats& stats) {
  const Graph& g = s.view.graph;
  const std::size_t n = s.positions.size();
  // Faded nodes first, so that matching ones are drawn over them.
  for (const Visibility pass : {Visibility::Faded, Visibility::Normal}) {
    QuadWriter quads(list);
    for (Vertex v = 0; v < n; ++v) {
      if (!m_onScreen[v] || m_visibility[v] != pass) continue;
      const Rgba colour = pass == Visibility::Faded ? faded(m_colour[v]) : m_colour[v];
      if (m_radius[v] < kDotRadius) {
        quads.square(m_screen[v], m_radius[v], colour);
      } else {
        quads.flush();
        drawNodeShape(list, g[v].kind, m_screen[v], m_radius[v], colour,
                      pass == Visibility::Faded ? faded(kNodeOutline) : kNodeOutline);
      }
      ++stats.nodes;
    }
  }
  // Rings: highlighted nodes (an analysis entry), then the selection.
  const float ring = std::max(2.0f, m_fontSize * 0.14f);
  for (Vertex v : s.highlight)
    if (m_onScreen[v]) list->AddCircle(m_screen[v], m_radius[v] * 1.45f + ring, kHighlight, 0, ring);
  for (Vertex v : s.selection)
    if (v < n && m_onScreen[v]) list->AddCircle(m_screen[v], m_radius[v] * 1.45f + ring * 1.5f, kSelection, 0, ring);
  if (s.focus && *s.focus < n && m_onScreen[*s.focus])
    list->AddCircle(m_screen[*s.focus], m_radius[*s.focus] * 1.45f + ring * 3.0f, withAlpha(kSelection, 120), 0, ring);
}

void MapRenderer::drawLabels(ImDrawList* list, const AppState& s, const ScreenRect& canvas, RenderStats& stats) {
  const Graph& g = s.view.graph;
  const std::size_t n = s.positions.size();
  struct Candidate {
    Vertex v;
    float priority;
  };
  // A label shows when its node is drawn at a readable size, or the node matters now.
  // Activities are the most numerous and have the longest titles: their labels wait until the
  // zoom spreads the nodes apart, so that at "fit all" actors, goals and phases stay legible.
  const float spacing = static_cast<float>(m_spacingPixels) / m_fontSize;
  auto kindShown = [&](NodeKind kind) {
    switch (kind) {
      case NodeKind::LifePhase: return true;
      case NodeKind::Goal:
      case NodeKind::Actor: return spacing >= kSpacingForLabels;
      case NodeKind::Activity: return spacing >= kSpacingForActivityLabels;
    }
    return true;
  };
  std::vector<Candidate> candidates;
  const float readable = m_fontSize * 0.22f;
  for (Vertex v = 0; v < n; ++v) {
    if (!m_onScreen[v]) continue;
    const bool special = m_special[v];
    if (!special && !m_emphasised[v] &&
        (m_radius[v] < readable || m_visibility[v] == Visibility::Faded || !kindShown(s.view.graph[v].kind)))
      continue;
    float priority = static_cast<float>(labelPriority(g[v].kind)) + s.sizeWeight[v];
    if (m_emphasised[v]) priority += 10;
    if (s.highlightMask[v]) priority += 20;
    if (special) priority += 40;
    candidates.push_back({v, priority});
  }
  constexpr std::size_t kMaxCandidates = 1500;  // more never fit on a screen
  auto byPriority = [](const Candidate& a, const Candidate& b) {
    return a.priority != b.priority ? a.priority > b.priority : a.v < b.v;
  };
  if (candidates.size() > kMaxCandidates) {
    std::partial_sort(candidates.begin(), candidates.begin() + kMaxCandidates, candidates.end(), byPriority);
    candidates.resize(kMaxCandidates);
  } else {
    std::sort(candidates.begin(), candidates.end(), byPriority);
  }

  // Placed label boxes, bucketed by a coarse screen grid for the overlap test.
  const float cell = m_fontSize * 6.0f;
  const int columns = std::max(1, static_cast<int>(canvas.width / cell) + 1);
  const int rows = std::max(1, static_cast<int>(canvas.height / cell) + 1);
  std::vector<std::vector<ImVec4>> grid(static_cast<std::size_t>(columns * rows));
  auto cellRange = [&](const ImVec4& box, auto&& visit) {
    const int x0 = std::clamp(static_cast<int>((box.x - canvas.x) / cell), 0, columns - 1);
    const int x1 = std::clamp(static_cast<int>((box.z - canvas.x) / cell), 0, columns - 1);
    const int y0 = std::clamp(static_cast<int>((box.y - canvas.y) / cell), 0, rows - 1);
    const int y1 = std::clamp(static_cast<int>((box.w - canvas.y) / cell), 0, rows - 1);
    for (int y = y0; y <= y1; ++y)
      for (int x = x0; x <= x1; ++x)
        if (visit(grid[static_cast<std::size_t>(y * columns + x)])) return true;
    return false;
  };
  auto collides = [&](const ImVec4& box) {
    return cellRange(box, [&](const std::vector<ImVec4>& placed) {
      return std::any_of(placed.begin(), placed.end(), [&](const ImVec4& o) {
        return box.x < o.z && o.x < box.z && box.y < o.w && o.y < box.w;
      });
    });
  };
  const float centreX = m_centreX;
  const float pad = m_fontSize * 0.2f;
  const float tolerance = m_fontSize * 0.15f;  // DejaVu's line box has room below the baseline
  for (const Candidate& c : candidates) {
    const std::string& text = shortLabel(s, c.v);
    const float width = m_labelWidth[c.v], height = m_fontSize;
    const ImVec2 p = m_screen[c.v];
    const float r = m_radius[c.v] * 1.2f + pad * 2;
    const float top = p.y - height * 0.5f - pad * 0.5f, bottom = p.y + height * 0.5f + pad * 0.5f;
    const ImVec4 right(p.x + r - pad, top, p.x + r + width + pad, bottom);
    const ImVec4 left(p.x - r - width - pad, top, p.x - r + pad, bottom);
    const ImVec4 shrunk[2] = {{right.x, right.y + tolerance, right.z, right.w - tolerance},
                              {left.x, left.y + tolerance, left.z, left.w - tolerance}};
    // Outward first: left of the drawing's centre the label goes left, so that the outer
    // columns and rims of a layout keep their labels inside the canvas margins.
    int first = p.x < centreX ? 1 : 0;
    const ImVec4& preferred = first == 1 ? left : right;
    if (preferred.x < canvas.x || preferred.z > canvas.x + canvas.width) first = 1 - first;  // would be cut
    int side = -1;
    for (int i : {first, 1 - first})
      if (side < 0 && !collides(shrunk[i])) side = i;
    if (side < 0) continue;
    const ImVec4& box = side == 0 ? right : left;
    cellRange(shrunk[side], [&](std::vector<ImVec4>& placed) {
      placed.push_back(shrunk[side]);
      return false;
    });
    const bool strong = m_emphasised[c.v] || s.highlightMask[c.v];
    list->AddRectFilled(ImVec2(box.x, box.y), ImVec2(box.z, box.w), strong ? 0xF0FFFFFF : kLabelBackground, pad);
    list->AddText(ImVec2(box.x + pad, box.y + pad * 0.5f), kLabelText, text.c_str());
    ++stats.labels;
  }
}

}  // namespace knp::app
