#include "window/map_renderer.hpp"

#include <algorithm>
#include <cmath>

#include "window/node_shape.hpp"

namespace knp::app {
namespace {

// Vertices per PrimReserve chunk: below ImGui's 16-bit index range.
constexpr int kQuadsPerChunk = 8192;

ImVec2 toImVec(ScenePoint p) { return {p.x, p.y}; }

// Writes quads straight into a draw list, reserving room in chunks.
class QuadWriter {
 public:
  explicit QuadWriter(ImDrawList* list) : m_list(list), m_uv(ImGui::GetFontTexUvWhitePixel()) {}
  ~QuadWriter() { flush(); }

  void line(ScenePoint a, ScenePoint b, float halfWidth, Rgba colour) {
    const float dx = b.x - a.x, dy = b.y - a.y;
    const float length2 = dx * dx + dy * dy;
    if (length2 < 0.01f) return;
    const float k = halfWidth / std::sqrt(length2);
    const float nx = -dy * k, ny = dx * k;
    quad(ImVec2(a.x + nx, a.y + ny), ImVec2(b.x + nx, b.y + ny), ImVec2(b.x - nx, b.y - ny), ImVec2(a.x - nx, a.y - ny),
         colour);
  }

  void square(ScenePoint c, float r, Rgba colour) {
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

// A gap: the dashed ring (dashes and spaces kGapDash font sizes long) and the badge.
void paintGap(ImDrawList* list, const SceneGap& gap, const MapScene& scene) {
  constexpr float kPi = 3.14159265f;
  const float dash = std::max(3.0f, kGapDash * scene.fontSize);
  const int dashes = std::max(6, static_cast<int>(2 * kPi * gap.radius / (2 * dash)));
  const float step = 2 * kPi / static_cast<float>(dashes), thickness = std::max(2.0f, scene.fontSize * 0.12f);
  for (int i = 0; i < dashes; ++i) {
    list->PathArcTo(toImVec(gap.centre), gap.radius, step * static_cast<float>(i), step * (static_cast<float>(i) + 0.5f));
    list->PathStroke(kGapColour, 0, thickness);
  }
  if (!gap.hasBadge()) return;
  list->AddRectFilled(ImVec2(gap.x0, gap.y0), ImVec2(gap.x1, gap.y1), kGapColour, scene.fontSize * 0.25f);
  list->AddText(toImVec(gap.textAt), 0xFFFFFFFF, scene.gapText.c_str());
}

// An edge in dashes `dash` pixels long with gaps as long.
void paintDashedLine(ImDrawList* list, const SceneEdge& e, float dash) {
  const float dx = e.b.x - e.a.x, dy = e.b.y - e.a.y;
  const float length = std::sqrt(dx * dx + dy * dy);
  if (length < 1e-3f || dash <= 0) return;
  const int pieces = std::min(2000, static_cast<int>(length / (2 * dash)) + 1);
  for (int i = 0; i < pieces; ++i) {
    const float t0 = static_cast<float>(2 * i) * dash / length;
    const float t1 = std::min(1.0f, t0 + dash / length);
    if (t0 >= 1.0f) break;
    list->AddLine(ImVec2(e.a.x + dx * t0, e.a.y + dy * t0), ImVec2(e.a.x + dx * t1, e.a.y + dy * t1), e.colour, e.width);
  }
}

// A removed item's ghost: its shape's outline in dashes over a pale fill, so that edges behind
// it show through. A circle is a 24-gon whose every other side is drawn; the other shapes'
// sides are cut into three dashes each.
void paintGhost(ImDrawList* list, const SceneGhost& ghost, const MapScene& scene) {
  constexpr int kCircleSteps = 24;
  const float thickness = std::max(2.0f, scene.fontSize * 0.14f);
  const float r = ghost.radius;
  const ScenePoint c = ghost.centre;
  ImVec2 outline[kCircleSteps];
  int count = 0;
  switch (ghost.shape) {
    case NodeShape::Circle:
      for (; count < kCircleSteps; ++count) {
        const float a = 6.2831853f * static_cast<float>(count) / kCircleSteps;
        outline[count] = ImVec2(c.x + r * std::cos(a), c.y + r * std::sin(a));
      }
      break;
    case NodeShape::RoundedSquare:
      outline[0] = ImVec2(c.x - r, c.y - r), outline[1] = ImVec2(c.x + r, c.y - r);
      outline[2] = ImVec2(c.x + r, c.y + r), outline[3] = ImVec2(c.x - r, c.y + r);
      count = 4;
      break;
    case NodeShape::Diamond:
    case NodeShape::Hexagon: {
      ScenePoint corners[6];
      count = shapeCorners(ghost.shape, c, r, corners);
      for (int i = 0; i < count; ++i) outline[i] = ImVec2(corners[i].x, corners[i].y);
      break;
    }
  }
  if (count < 3) return;
  list->AddConvexPolyFilled(outline, count, withAlpha(kGhostColour, 70));
  const bool circle = ghost.shape == NodeShape::Circle;
  const int pieces = circle ? 1 : 3;
  for (int i = 0; i < count; ++i) {
    if (circle && i % 2 == 1) continue;
    const ImVec2 a = outline[i], b = outline[(i + 1) % count];
    for (int k = 0; k < pieces; ++k) {
      const float t0 = static_cast<float>(k) / static_cast<float>(pieces);
      const float t1 = (static_cast<float>(k) + 0.5f) / static_cast<float>(pieces);
      list->AddLine(ImVec2(a.x + (b.x - a.x) * t0, a.y + (b.y - a.y) * t0),
                    ImVec2(a.x + (b.x - a.x) * t1, a.y + (b.y - a.y) * t1), kGhostColour, thickness);
    }
  }
}

// A conference badge: the dots' count in a disc (a pill when wider), the comments' count in
// a bubble whose tail points down to the node.
void paintBadge(ImDrawList* list, const SceneBadge& badge) {
  const float height = badge.y1 - badge.y0;
  if (badge.kind == BadgeKind::Comments) {
    const float tail = height * 0.3f;
    list->AddTriangleFilled(ImVec2(badge.x1 - tail * 2.2f, badge.y1 - 1), ImVec2(badge.x1 - tail * 0.6f, badge.y1 - 1),
                            ImVec2(badge.x1 - tail * 0.4f, badge.y1 + tail), badge.fill);
    list->AddRectFilled(ImVec2(badge.x0, badge.y0), ImVec2(badge.x1, badge.y1), badge.fill, height * 0.25f);
  } else {
    list->AddRectFilled(ImVec2(badge.x0, badge.y0), ImVec2(badge.x1, badge.y1), badge.fill, height * 0.5f);
  }
  list->AddRect(ImVec2(badge.x0, badge.y0), ImVec2(badge.x1, badge.y1), 0xFFFFFFFF,
                badge.kind == BadgeKind::Comments ? height * 0.25f : height * 0.5f, 0, 1.0f);
  list->AddText(toImVec(badge.textAt), badge.colour, badge.text.c_str());
}

}  // namespace

void paintMapScene(ImDrawList* list, const MapScene& scene) {
  const ScreenRect& c = scene.canvas;
  list->AddRectFilled(ImVec2(c.x, c.y), ImVec2(c.x + c.width, c.y + c.height), scene.background);
  if (scene.manyEdges) {
    QuadWriter quads(list);
    for (std::size_t i = 0; i < scene.edges.size(); ++i) {
      const SceneEdge e = scene.edge(i);
      quads.line(e.a, e.b, e.width * 0.5f, e.colour);
    }
  } else {
    for (std::size_t i = 0; i < scene.edges.size(); ++i) {
      const SceneEdge e = scene.edge(i);
      list->AddLine(toImVec(e.a), toImVec(e.b), e.colour, e.width);
    }
  }
  for (const SceneEdge& e : scene.strongEdges) list->AddLine(toImVec(e.a), toImVec(e.b), e.colour, e.width);
  for (const SceneEdge& e : scene.begunEdges) list->AddLine(toImVec(e.a), toImVec(e.b), e.colour, e.width);
  for (const SceneEdge& e : scene.endedEdges) paintDashedLine(list, e, scene.fontSize * 0.5f);
  for (const SceneGhost& ghost : scene.ghosts) paintGhost(list, ghost, scene);
  {
    QuadWriter quads(list);
    for (const SceneNode& node : scene.nodes) {
      if (node.dot) {
        quads.square(node.centre, node.radius, node.fill);
      } else {
        quads.flush();
        drawNodeShape(list, node.shape, toImVec(node.centre), node.radius, node.fill, node.outline);
      }
    }
  }
  for (const SceneRing& ring : scene.rings) list->AddCircle(toImVec(ring.centre), ring.radius, ring.colour, 0, ring.thickness);
  for (const SceneGap& gap : scene.gaps) paintGap(list, gap, scene);
  for (const SceneBadge& badge : scene.badges) paintBadge(list, badge);
  for (const SceneLabel& note : scene.gapNotes) {
    list->AddRectFilled(ImVec2(note.x0, note.y0), ImVec2(note.x1, note.y1), note.background, note.rounding);
    list->AddRect(ImVec2(note.x0, note.y0), ImVec2(note.x1, note.y1), kGapColour, note.rounding, 0, 1.5f);
    list->AddText(toImVec(note.textAt), note.colour, note.text.c_str());
  }
  for (const auto* labels : {&scene.labels, &scene.ghostLabels})
    for (const SceneLabel& label : *labels) {
      list->AddRectFilled(ImVec2(label.x0, label.y0), ImVec2(label.x1, label.y1), label.background, label.rounding);
      list->AddText(toImVec(label.textAt), label.colour, label.text.c_str());
    }
}

RenderStats MapRenderer::draw(ImDrawList* list, const AppState& s, const ScreenRect& canvas) {
  const float fontSize = ImGui::GetFontSize();
  const MapScene& scene = m_builder.build(s, s.camera, canvas, fontSize, [](const std::string& text) {
    return ImGui::CalcTextSize(text.c_str(), text.c_str() + text.size()).x;
  });
  list->PushClipRect(ImVec2(canvas.x, canvas.y), ImVec2(canvas.x + canvas.width, canvas.y + canvas.height), true);
  paintMapScene(list, scene);
  list->PopClipRect();
  return {scene.nodes.size(), scene.edges.size() + scene.strongEdges.size(), scene.labels.size()};
}

}  // namespace knp::app
