#include "window/node_shape.hpp"

namespace knp::app {

void drawNodeShape(ImDrawList* list, NodeShape shape, ImVec2 c, float r, Rgba fill, Rgba outlineColour) {
  const float outline = outlineWidth(r);
  switch (shape) {
    case NodeShape::Circle:
      list->AddCircleFilled(c, r, fill);
      list->AddCircle(c, r, outlineColour, 0, outline);
      return;
    case NodeShape::RoundedSquare:
      list->AddRectFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), fill, r * kSquareRounding);
      list->AddRect(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), outlineColour, r * kSquareRounding, 0, outline);
      return;
    case NodeShape::Diamond:
    case NodeShape::Hexagon: break;
  }
  ScenePoint corners[6];
  const int count = shapeCorners(shape, {c.x, c.y}, r, corners);
  ImVec2 points[6];
  for (int i = 0; i < count; ++i) points[i] = ImVec2(corners[i].x, corners[i].y);
  list->AddConvexPolyFilled(points, count, fill);
  list->AddPolyline(points, count, outlineColour, ImDrawFlags_Closed, outline);
}

}  // namespace knp::app
