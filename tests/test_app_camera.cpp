#include <catch2/catch.hpp>

#include "core/camera.hpp"

using namespace knp;
using namespace knp::app;
using Catch::Matchers::WithinAbs;

TEST_CASE("fitting shows all points inside the canvas less its margins", "[app][camera]") {
  // Points span x 0..100, y 0..50; canvas 400×300 at (10, 20) with 50 px on the left.
  const std::vector<layouts::Point> points{{0, 0}, {100, 50}, {40, 10}};
  const ScreenRect canvas{10, 20, 400, 300};
  const Camera camera = fitCamera(points, canvas, Margins{50, 0, 0, 0});
  // Free area 350×300: scale = min(350/100, 300/50) = 3.5.
  CHECK_THAT(camera.scale, WithinAbs(3.5, 1e-12));
  const auto topLeft = camera.toScreen({0, 0}, canvas);
  const auto bottomRight = camera.toScreen({100, 50}, canvas);
  CHECK_THAT(topLeft.x, WithinAbs(60.0, 1e-9));       // canvas x 10 + margin 50
  CHECK_THAT(bottomRight.x, WithinAbs(410.0, 1e-9));  // canvas right edge
  CHECK_THAT((topLeft.y + bottomRight.y) / 2, WithinAbs(170.0, 1e-9));  // centred vertically
}

TEST_CASE("fitting degenerate point sets keeps a usable camera", "[app][camera]") {
  const ScreenRect canvas{0, 0, 200, 100};
  SECTION("no points") { CHECK_THAT(fitCamera({}, canvas, {}).scale, WithinAbs(100.0, 1e-12)); }
  SECTION("one point is centred") {
    const Camera c = fitCamera({{5, 7}}, canvas, {});
    const auto p = c.toScreen({5, 7}, canvas);
    CHECK_THAT(p.x, WithinAbs(100.0, 1e-9));
    CHECK_THAT(p.y, WithinAbs(50.0, 1e-9));
  }
  SECTION("points on a vertical line use the height") {
    const Camera c = fitCamera({{1, 0}, {1, 10}}, canvas, {});
    CHECK_THAT(c.scale, WithinAbs(10.0, 1e-12));
  }
}

TEST_CASE("zooming keeps the point under the cursor in place; panning moves by pixels", "[app][camera]") {
  const ScreenRect canvas{0, 0, 800, 600};
  Camera c;
  const layouts::Point anchor{123, 456};
  const auto before = c.toWorld(anchor, canvas);
  c.zoomAround(anchor, 2.5, canvas);
  const auto after = c.toWorld(anchor, canvas);
  CHECK_THAT(after.x, WithinAbs(before.x, 1e-9));
  CHECK_THAT(after.y, WithinAbs(before.y, 1e-9));
  CHECK_THAT(c.scale, WithinAbs(250.0, 1e-9));
  const auto screenBefore = c.toScreen({1, 1}, canvas);
  c.pan(30, -20);
  const auto screenAfter = c.toScreen({1, 1}, canvas);
  CHECK_THAT(screenAfter.x - screenBefore.x, WithinAbs(30.0, 1e-9));
  CHECK_THAT(screenAfter.y - screenBefore.y, WithinAbs(-20.0, 1e-9));
  c.zoomAround(anchor, 1e-30, canvas);
  CHECK(c.scale > 0);  // clamped, never zero
}
