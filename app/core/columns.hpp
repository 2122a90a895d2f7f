#pragma once
// Where the map and the two side columns go in the window's body, decided without UI calls so
// that tests can check it: each column is shown, hidden, or left to the program (Auto), has a
// width in font sizes the user drags, and the settings remember all four.
//
// Auto: a column shows while the map keeps at least half the body's width; the left column
// (details, filters, views) gives way first, then the right one (analyses, legend) shrinks
// down to kMinColumnFonts and, if the map still had less than kMinMapShare, hides too. A
// column the user opened stays open (and shrinks likewise, never below kMinColumnFonts);
// one the user closed stays closed. A hidden column leaves a handle kHandleFonts wide that
// opens it again.
#include <cstdint>

#include "core/camera.hpp"

namespace knp::app {

enum class ColumnMode : std::uint8_t { Auto, Open, Closed };
enum class Side : std::uint8_t { Left, Right };

inline constexpr float kMinColumnFonts = 12.0f, kMaxColumnFonts = 48.0f;
inline constexpr float kDefaultLeftFonts = 16.0f, kDefaultRightFonts = 24.0f;
inline constexpr float kHandleFonts = 1.2f;
inline constexpr float kMinMapShare = 0.4f;  // of the body's width, before an Auto column hides

struct Columns {
  ColumnMode left = ColumnMode::Auto, right = ColumnMode::Auto;
  float leftWidth = kDefaultLeftFonts, rightWidth = kDefaultRightFonts;  // font sizes
  bool operator==(const Columns&) const = default;
};

struct BodyLayout {
  bool leftShown = false, rightShown = false;
  ScreenRect left, canvas, right;  // a hidden column's rectangle is its handle
};

// The body `body` split for `columns` with text of `font` pixels and `gap` pixels between the
// parts. Widths are clamped to [kMinColumnFonts, kMaxColumnFonts]; the canvas is never
// narrower than one font size. O(1).
BodyLayout layoutBody(const Columns& columns, ScreenRect body, float font, float gap);

// The key or menu toggle: a shown column is closed, a hidden one opened.
void toggleColumn(Columns& columns, Side side, const BodyLayout& now);

// `width` font sizes clamped to the allowed range.
float clampColumnWidth(float width);

}  // namespace knp::app
