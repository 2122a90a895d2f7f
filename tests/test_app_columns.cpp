// The window's body split into the left column, the map and the right column
// (core/columns.hpp): what a projector leaves for the map, and the user's choices kept.
#include <catch2/catch.hpp>

#include "core/columns.hpp"
#include "core/settings.hpp"
#include "fixtures.hpp"

using namespace knp;
using namespace knp::app;

namespace {

constexpr float kGap = 8.0f;

float share(const BodyLayout& b, const ScreenRect& body) { return b.canvas.width / body.width; }

}  // namespace

TEST_CASE("columns: a wide window shows both at their widths", "[app][columns]") {
  // 1600 px wide, font 17: 16 + 24 font sizes = 272 + 408 px, the map the rest.
  const ScreenRect body{8, 100, 1584, 800};
  const BodyLayout b = layoutBody(Columns{}, body, 17.0f, kGap);
  CHECK(b.leftShown);
  CHECK(b.rightShown);
  CHECK(b.left.x == Approx(8));
  CHECK(b.left.width == Approx(272));
  CHECK(b.canvas.x == Approx(8 + 272 + 8));
  CHECK(b.right.width == Approx(408));
  CHECK(b.right.x == Approx(8 + 1584 - 408));
  CHECK(b.canvas.width == Approx(1584 - 272 - 408 - 16));
}

TEST_CASE("columns: on a 1024-pixel projector at scale 1.5 the left gives way, the right shrinks", "[app][columns]") {
  // Font 25.5 px: the columns would want 408 + 612 px of 1008. The left hides (a 30.6 px
  // handle stays); the right shrinks until the map has half the width: 1008 − 30.6 − 8 − 8 − w
  // = 504 gives w = 457.4 (more than the 12-font minimum of 306).
  const ScreenRect body{8, 100, 1008, 600};
  const BodyLayout b = layoutBody(Columns{}, body, 25.5f, kGap);
  CHECK_FALSE(b.leftShown);
  CHECK(b.left.width == Approx(25.5f * kHandleFonts));
  CHECK(b.rightShown);
  CHECK(b.right.width == Approx(457.4f).margin(0.01));
  CHECK(share(b, body) == Approx(0.5f).margin(0.001));
}

TEST_CASE("columns: closed columns stay closed, opened ones stay open, Auto ones hide on narrow windows",
          "[app][columns]") {
  const ScreenRect narrow{0, 0, 400, 400};
  SECTION("Auto, 600 px at font 20: the left hides, the right shrinks to 260 px, the map has half") {
    // 600 − (24 + 8) − 8 − w = 300 gives w = 260 ≥ the minimum of 240.
    const BodyLayout b = layoutBody(Columns{}, ScreenRect{0, 0, 600, 400}, 20.0f, kGap);
    CHECK_FALSE(b.leftShown);
    CHECK(b.rightShown);
    CHECK(b.right.width == Approx(260));
    CHECK(b.canvas.width == Approx(300));
  }
  SECTION("Auto, 400 px: at its minimum the right would leave the map 120 px < 40 %: both hide") {
    const BodyLayout b = layoutBody(Columns{}, narrow, 20.0f, kGap);
    CHECK_FALSE(b.leftShown);
    CHECK_FALSE(b.rightShown);
    CHECK(b.canvas.width == Approx(400 - 2 * (20 * kHandleFonts + kGap)));
  }
  SECTION("opened by the user: shown, shrunk to the minimum, the map keeps the rest") {
    Columns c;
    c.right = ColumnMode::Open;
    const BodyLayout b = layoutBody(c, narrow, 20.0f, kGap);
    CHECK(b.rightShown);
    CHECK(b.right.width == Approx(kMinColumnFonts * 20));
    CHECK(b.canvas.width > 20.0f);
  }
  SECTION("closed by the user on a wide window") {
    Columns c;
    c.left = ColumnMode::Closed;
    const BodyLayout b = layoutBody(c, ScreenRect{0, 0, 2000, 800}, 17.0f, kGap);
    CHECK_FALSE(b.leftShown);
    CHECK(b.rightShown);
  }
}

TEST_CASE("columns: toggling collapses a shown column and restores it", "[app][columns]") {
  const ScreenRect body{0, 0, 1600, 900};
  Columns c;
  BodyLayout b = layoutBody(c, body, 17.0f, kGap);
  const float mapBefore = b.canvas.width;
  toggleColumn(c, Side::Left, b);
  CHECK(c.left == ColumnMode::Closed);
  b = layoutBody(c, body, 17.0f, kGap);
  CHECK_FALSE(b.leftShown);
  CHECK(b.canvas.width == Approx(mapBefore + 16 * 17 - 17 * kHandleFonts));
  toggleColumn(c, Side::Left, b);
  CHECK(c.left == ColumnMode::Open);
  b = layoutBody(c, body, 17.0f, kGap);
  CHECK(b.leftShown);
  CHECK(b.canvas.width == Approx(mapBefore));
}

TEST_CASE("columns: widths and modes are kept in the settings; bad values are reported", "[app][columns][settings]") {
  test::TempFolder folder;
  const auto path = folder / "settings.json";
  Settings s;
  s.columns = {ColumnMode::Closed, ColumnMode::Open, 20.5f, 30.0f};
  REQUIRE(saveSettings(path, s).ok());
  const SettingsLoad load = loadSettings(path);
  CHECK(load.problems.empty());
  CHECK(load.settings.columns == s.columns);

  test::writeText(path, R"({"columns": {"left": "zu", "right": "closed", "leftWidth": 3, "rightWidth": 40}})");
  const SettingsLoad bad = loadSettings(path);
  CHECK(bad.settings.columns.left == ColumnMode::Auto);
  CHECK(bad.settings.columns.right == ColumnMode::Closed);
  CHECK(bad.settings.columns.leftWidth == kDefaultLeftFonts);
  CHECK(bad.settings.columns.rightWidth == 40.0f);
  CHECK(bad.problems == std::vector<std::string>{
                            path.string() + ": \"columns.left\": expected \"auto\", \"open\" or \"closed\"",
                            path.string() + ": \"columns.leftWidth\": expected a number between 12 and 48 (font sizes)"});
}
