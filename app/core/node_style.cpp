#include "core/node_style.hpp"

#include <algorithm>
#include <cmath>

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

float nodeBaseRadius(const AppState& s, Vertex v, float fontSize) {
  const float weight = v < s.sizeWeight.size() ? s.sizeWeight[v] : 0.5f;
  return nodeRadiusFactor(s.view.graph[v].kind) * fontSize * (0.65f + 0.7f * weight);
}

Rgba faded(Rgba c) {
  const auto alpha = static_cast<std::uint8_t>(c >> 24);
  return withAlpha(c, std::min(alpha, kFadedAlpha));
}

NodeShape nodeShape(NodeKind kind) {
  switch (kind) {
    case NodeKind::Actor: return NodeShape::Circle;
    case NodeKind::Activity: return NodeShape::Diamond;
    case NodeKind::Goal: return NodeShape::RoundedSquare;
    case NodeKind::LifePhase: return NodeShape::Hexagon;
  }
  return NodeShape::Circle;
}

int shapeCorners(NodeShape shape, ScenePoint c, float r, ScenePoint (&out)[6]) {
  switch (shape) {
    case NodeShape::Diamond: {
      const float d = r * 1.2f;
      out[0] = {c.x, c.y - d}, out[1] = {c.x + d, c.y}, out[2] = {c.x, c.y + d}, out[3] = {c.x - d, c.y};
      return 4;
    }
    case NodeShape::Hexagon: {
      // cos and sin of the six corners' angles, 0°, 60°, ... 300°.
      constexpr float kCos[6] = {1.0f, 0.5f, -0.5f, -1.0f, -0.5f, 0.5f};
      constexpr float kSin[6] = {0.0f, 0.8660254f, 0.8660254f, 0.0f, -0.8660254f, -0.8660254f};
      for (int i = 0; i < 6; ++i) out[i] = {c.x + r * kCos[i], c.y + r * kSin[i]};
      return 6;
    }
    case NodeShape::Circle:
    case NodeShape::RoundedSquare: break;
  }
  return 0;
}

float outlineWidth(float radius) { return radius > 5 ? 1.2f : 0.8f; }

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

Rgba brokerColour(float share) {
  const float t = std::clamp(share, 0.0f, 1.0f);
  auto mix = [t](float a, float b) { return static_cast<std::uint8_t>(a + (b - a) * t); };
  return rgba(mix(255, 165), mix(237, 15), mix(160, 21));  // #FFEDA0 to #A50F15
}

std::vector<Rgba> nodeColours(const AppState& s) {
  std::vector<Rgba> colours = vertexColours(s.project, s.view);
  if (s.colourBy == ColourBy::Kind) return colours;
  for (Vertex v = 0; v < colours.size(); ++v) {
    if (s.view.graph[v].kind != NodeKind::Actor) {
      colours[v] = kRecededNode;
    } else if (s.colourBy == ColourBy::Group) {
      const int group = v < s.group.size() ? s.group[v] : -1;
      colours[v] = group < 0 ? rgba(150, 150, 150) : groupColour(static_cast<std::size_t>(group));
    } else {
      colours[v] = brokerColour(v < s.brokerShare.size() ? s.brokerShare[v] : 0.0f);
    }
  }
  return colours;
}

}  // namespace knp::app
