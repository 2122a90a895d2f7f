#pragma once
// The map's camera: which part of the world the canvas shows. Plain math, no UI calls.
#include <vector>

#include "layouts/point.hpp"

namespace knp::app {

struct ScreenRect {
  float x = 0, y = 0, width = 0, height = 0;
};

struct Camera {
  double centerX = 0.5, centerY = 0.5;  // world point at the centre of the canvas
  double scale = 100.0;                 // pixels per world unit; always > 0

  // World point to screen pixel, for a canvas occupying `canvas`.
  layouts::Point toScreen(layouts::Point world, const ScreenRect& canvas) const;
  layouts::Point toWorld(layouts::Point screen, const ScreenRect& canvas) const;

  // Zooms by `factor` keeping the world point under `screenAnchor` in place. The scale stays
  // within [1e-6, 1e7] so the view can always be recovered.
  void zoomAround(layouts::Point screenAnchor, double factor, const ScreenRect& canvas);

  // Moves the view by a screen-space drag of (dx, dy) pixels.
  void pan(double dx, double dy);
};

// Margins in pixels kept free around the fitted content (room for labels).
struct Margins {
  float left = 0, right = 0, top = 0, bottom = 0;
};

// A camera that shows all `points` inside `canvas` less `margins`, centred. No points: the
// unit square. All points equal (or the free area is degenerate): centred at scale 100.
Camera fitCamera(const std::vector<layouts::Point>& points, const ScreenRect& canvas, const Margins& margins);

}  // namespace knp::app
