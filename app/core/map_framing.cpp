#include "core/map_framing.hpp"

#include <algorithm>
#include <cmath>

#include "core/node_style.hpp"

namespace knp::app {

namespace {

// One node's extent on screen around its centre, in pixels: its disc and, on the side the
// scene puts it, its label.
struct Extent {
  layouts::Point at;
  float left, right, up, down;
};

// The largest zoom at which every extent fits `canvas` (at most `cap`), and the camera that
// centres them at that zoom. Each axis's span max(x·σ + right) − min(x·σ − left) grows with σ
// (piecewise linearly), so bisection finds the largest σ that fits. O(n · 60).
Camera fitExtents(const std::vector<Extent>& extents, const ScreenRect& canvas, double cap) {
  auto span = [&](double sigma, bool horizontal, double& low) {
    double lo = 1e300, hi = -1e300;
    for (const Extent& e : extents) {
      const double p = (horizontal ? e.at.x : e.at.y) * sigma;
      lo = std::min(lo, p - (horizontal ? e.left : e.up));
      hi = std::max(hi, p + (horizontal ? e.right : e.down));
    }
    low = lo;
    return hi - lo;
  };
  auto fits = [&](double sigma) {
    double low = 0;
    return span(sigma, true, low) <= canvas.width && span(sigma, false, low) <= canvas.height;
  };
  double lo = 0, hi = cap;
  if (fits(hi)) {
    lo = hi;
  } else {
    for (int i = 0; i < 60; ++i) {
      const double mid = 0.5 * (lo + hi);
      (fits(mid) ? lo : hi) = mid;
    }
  }
  const double sigma = std::max(lo, 1e-6);
  double left = 0, top = 0;
  const double width = span(sigma, true, left), height = span(sigma, false, top);
  Camera camera;
  camera.scale = sigma;
  // The extents' middle at the canvas's middle.
  camera.centerX = (left + width * 0.5) / sigma;
  camera.centerY = (top + height * 0.5) / sigma;
  return camera;
}

}  // namespace

Camera framingCamera(const AppState& s, const std::vector<Vertex>& vertices, const ScreenRect& canvas,
                     float fontSize, const Camera& current, const MeasureText& measure) {
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
  // Never closer than nodes a few font sizes apart on average: one node is shown in context.
  const layouts::Box all = layouts::boundingBox(s.positions);
  const double spacing =
      std::sqrt(std::max(all.width(), 1e-9) * std::max(all.height(), 1e-9) / static_cast<double>(s.positions.size()));
  const double maxScale = fontSize * 8.0 / std::max(spacing, 1e-12);
  if (vertices.empty() && measure) {
    // Each label's own room, on the side the scene puts it: outwards from the drawing's centre.
    const double centreX = box.centre().x;
    const float pad = fontSize * 0.6f, half = fontSize * 0.7f, widest = canvas.width * 0.2f;
    std::vector<Extent> extents;
    for (Vertex v = 0; v < s.positions.size(); ++v) {
      if (visibilityOf(s, v) == Visibility::Hidden) continue;
      const float r = nodeBaseRadius(s, v, fontSize) * 1.2f;
      Extent e{s.positions[v], r, r, std::max(r, half), std::max(r, half)};
      if (s.view.graph[v].kind != NodeKind::Activity) {
        const float label = std::min(widest, measure(mapLabel(s, v, fontSize, measure)) + pad);
        (s.positions[v].x < centreX ? e.left : e.right) += label;
      }
      extents.push_back(e);
    }
    const float margin = fontSize * 0.5f;
    const ScreenRect inner{canvas.x + margin, canvas.y + margin, std::max(1.0f, canvas.width - 2 * margin),
                           std::max(1.0f, canvas.height - 2 * margin)};
    return fitExtents(extents, inner, maxScale);
  }
  // Room beside the outermost nodes for their labels (which point outwards), at most a fifth
  // of the canvas on each side so that the map keeps most of it.
  const float margin = fontSize * 3.0f;
  const float side = std::min(fontSize * 9.0f, canvas.width * 0.18f);
  Camera camera = fitCamera(points, canvas, Margins{side, side, margin, margin});
  if (camera.scale > maxScale) camera.scale = maxScale;
  return camera;
}

void frameNodes(AppState& s, const std::vector<Vertex>& vertices, const ScreenRect& canvas, float fontSize,
                const MeasureText& measure) {
  s.camera = framingCamera(s, vertices, canvas, fontSize, s.camera, measure);
}

}  // namespace knp::app
