#include "core/camera.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace knp::app {

layouts::Point Camera::toScreen(layouts::Point w, const ScreenRect& c) const {
  return {c.x + c.width * 0.5 + (w.x - centerX) * scale, c.y + c.height * 0.5 + (w.y - centerY) * scale};
}

layouts::Point Camera::toWorld(layouts::Point s, const ScreenRect& c) const {
  return {centerX + (s.x - c.x - c.width * 0.5) / scale, centerY + (s.y - c.y - c.height * 0.5) / scale};
}

void Camera::zoomAround(layouts::Point anchor, double factor, const ScreenRect& canvas) {
  const layouts::Point before = toWorld(anchor, canvas);
  scale = std::clamp(scale * factor, 1e-6, 1e7);
  const layouts::Point after = toWorld(anchor, canvas);
  centerX += before.x - after.x;
  centerY += before.y - after.y;
}

void Camera::pan(double dx, double dy) {
  centerX -= dx / scale;
  centerY -= dy / scale;
}

double easeInOut(double t) {
  if (!(t > 0)) return 0;  // also NaN
  if (t >= 1) return 1;
  return t * t * (3 - 2 * t);
}

Camera glideCamera(const Camera& from, const Camera& to, double t) {
  const double e = easeInOut(t);
  if (e <= 0) return from;
  if (e >= 1) return to;  // exactly, not up to rounding: the scene's camera is the saved one
  Camera c;
  c.centerX = from.centerX + e * (to.centerX - from.centerX);
  c.centerY = from.centerY + e * (to.centerY - from.centerY);
  const double a = std::log(std::max(from.scale, 1e-6)), b = std::log(std::max(to.scale, 1e-6));
  c.scale = std::exp(a + e * (b - a));
  return c;
}

Camera fitCamera(const std::vector<layouts::Point>& points, const ScreenRect& canvas, const Margins& m) {
  Camera camera;
  if (points.empty()) return camera;
  const layouts::Box box = layouts::boundingBox(points);
  const double freeWidth = canvas.width - m.left - m.right, freeHeight = canvas.height - m.top - m.bottom;
  const double spanX = box.width(), spanY = box.height();
  double scale = 100.0;
  if (freeWidth > 1 && freeHeight > 1 && (spanX > 0 || spanY > 0)) {
    const double sx = spanX > 0 ? freeWidth / spanX : std::numeric_limits<double>::max();
    const double sy = spanY > 0 ? freeHeight / spanY : std::numeric_limits<double>::max();
    scale = std::min(sx, sy);
  }
  camera.scale = std::clamp(scale, 1e-6, 1e7);
  // Centre the content in the free area, which is offset from the canvas centre by the margins.
  camera.centerX = box.centre().x - (m.left - m.right) * 0.5 / camera.scale;
  camera.centerY = box.centre().y - (m.top - m.bottom) * 0.5 / camera.scale;
  return camera;
}

}  // namespace knp::app
