#include "node_style.hpp"

#include <algorithm>

namespace knp::app {

float nodeRadiusFactor(NodeKind kind) {
  switch (kind) {
    case NodeKind::Actor: return 0.42f;
    case NodeKind::Activity: return 0.30f;
    case NodeKind::Goal: return 0.38f;
    case NodeKind::LifePhase: return 0.55f;
  }
  return 0.4f;
}

int labelPriority(NodeKind kind) {
  switch (kind) {
    case NodeKind::LifePhase: return 4;
    case NodeKind::Goal: return 3;
    case NodeKind::Actor: return 2;
    case NodeKind::Activity: return 1;
  }
  return 0;
}

double zoomShrink(double spacingPixels, double fontSize, double minimum) {
  return std::clamp(0.9 * spacingPixels / fontSize, minimum, 1.0);
}

void drawNodeShape(ImDrawList* list, NodeKind kind, ImVec2 c, float r, Rgba fill, Rgba outlineColour) {
  const float outline = r > 5 ? 1.2f : 0.8f;
  switch (kind) {
    case NodeKind::Actor:
      list->AddCircleFilled(c, r, fill);
      list->AddCircle(c, r, outlineColour, 0, outline);
      break;
    case NodeKind::Activity: {
      const ImVec2 top(c.x, c.y - r * 1.2f), right(c.x + r * 1.2f, c.y), bottom(c.x, c.y + r * 1.2f),
          left(c.x - r * 1.2f, c.y);
      list->AddQuadFilled(top, right, bottom, left, fill);
      list->AddQuad(top, right, bottom, left, outlineColour, outline);
      break;
    }
    case NodeKind::Goal:
      list->AddRectFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), fill, r * 0.2f);
      list->AddRect(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), outlineColour, r * 0.2f, 0, outline);
      break;
    case NodeKind::LifePhase:
      list->AddNgonFilled(c, r, fill, 6);
      list->AddNgon(c, r, outlineColour, 6, outline);
      break;
  }
}

const std::string& nodeName(const AppState& s, Vertex v) {
  const NodeProps& node = s.view.graph[v];
  switch (node.kind) {
    case NodeKind::Actor: return s.project.actors[node.index].name;
    case NodeKind::Activity: return s.project.activities[node.index].title;
    case NodeKind::Goal: return s.project.goals[node.index].title;
    case NodeKind::LifePhase: break;
  }
  return s.project.lifePhases[node.index].name;
}

}  // namespace knp::app
