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

// The camera moving from one scene's view to the next (core/scene_player.hpp): the centre
// travels and the zoom changes together, eased at both ends, the scale interpolated in log
// space so that zooming in by 4 takes as long as zooming out by 4 and every frame changes
// the picture by the same factor.
struct CameraGlide {
  Camera from, to;
  double duration = 0.6;  // seconds
  double elapsed = 0;     // seconds since the start
  bool clockStarted = false;  // the first frame's time is not counted (see advanceGlide)
  bool done() const { return elapsed >= duration; }
};

// Cubic ease in and out (3t² − 2t³) of t clamped to [0, 1]: 0 at 0, 1/2 at 1/2, 1 at 1, flat
// at both ends. NaN gives 0.
double easeInOut(double t);

// The camera a share `t` (clamped to [0, 1]) along the way from `from` to `to`: with
// e = easeInOut(t), the centre is from + e·(to − from) and the scale
// exp(log from.scale + e·(log to.scale − log from.scale)), so the midpoint's scale is the
// geometric mean. t = 0 gives `from`, t = 1 gives `to` exactly. O(1).
Camera glideCamera(const Camera& from, const Camera& to, double t);

// Margins in pixels kept free around the fitted content (room for labels).
struct Margins {
  float left = 0, right = 0, top = 0, bottom = 0;
};

// A camera that shows all `points` inside `canvas` less `margins`, centred. No points: the
// unit square. All points equal (or the free area is degenerate): centred at scale 100.
Camera fitCamera(const std::vector<layouts::Point>& points, const ScreenRect& canvas, const Margins& margins);

}  // namespace knp::app
