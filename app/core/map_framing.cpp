#include "core/map_framing.hpp"

#include <algorithm>
#include <cmath>

namespace knp::app {

Camera framingCamera(const AppState& s, const std::vector<Vertex>& vertices, const ScreenRect& canvas,
                     float fontSize, const Camera& current) {
  std::vector<layouts::Point> points;
  if (vertices.empty()) {
    for (Vertex v = 0; v < s.positions.size(); ++v)
      if (visibilityOf(s, v) != Visibility::Hidden) points.push_back(s.positions[v]);
    if (points.empty()) points = s.positions;
  } else {
    for (Vertex v : vertices)
      if (v < s.positions.size()) points.push_back(s.positions[v]);
    // One node is shown with its neighbours around it: that is the context a search asks for.
    if (vertices.size() == 1 && vertices[0] < s.positions.size())
      for (VertexIndex w : s.layoutGraph.graph.neighbours(static_cast<VertexIndex>(vertices[0])))
        if (visibilityOf(s, w) != Visibility::Hidden) points.push_back(s.positions[w]);
  }
  if (points.empty()) return current;
  const layouts::Box box = layouts::boundingBox(points);
  if (box.width() <= 0 && box.height() <= 0) {  // one place: centre it, keep the zoom
    Camera centred = current;
    centred.centerX = points[0].x;
    centred.centerY = points[0].y;
    return centred;
  }
  // Room beside the outermost nodes for their labels (which point outwards), at most a fifth
  // of the canvas on each side so that the map keeps most of it.
  const float margin = fontSize * 3.0f;
  const float side = std::min(fontSize * 9.0f, canvas.width * 0.18f);
  Camera camera = fitCamera(points, canvas, Margins{side, side, margin, margin});
  // Never closer than nodes a few font sizes apart on average: one node is shown in context.
  const layouts::Box all = layouts::boundingBox(s.positions);
  const double spacing =
      std::sqrt(std::max(all.width(), 1e-9) * std::max(all.height(), 1e-9) / static_cast<double>(s.positions.size()));
  const double maxScale = fontSize * 8.0 / std::max(spacing, 1e-12);
  if (camera.scale > maxScale) camera.scale = maxScale;
  return camera;
}

void frameNodes(AppState& s, const std::vector<Vertex>& vertices, const ScreenRect& canvas, float fontSize) {
  s.camera = framingCamera(s, vertices, canvas, fontSize, s.camera);
}

}  // namespace knp::app
