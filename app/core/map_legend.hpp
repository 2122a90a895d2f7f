#pragma once
// What the map's legend says, decided once: the window's legend panel and the poster's legend
// column paint these sections and entries, each with its own primitives.
#include <string>
#include <vector>

#include "core/app_state.hpp"
#include "core/node_style.hpp"
#include "core/palette.hpp"

namespace knp::app {

// How an entry's swatch is drawn.
enum class LegendSwatch {
  Shape,          // the node shape of `kind`, filled with `colour`
  SizeKey,        // a small and a large actor: size means the chosen measure
  SelectedRing,   // an actor inside the selection ring
  HighlightRing,  // an actor inside the highlight ring
  FadedShape,     // an actor as drawn when it does not match the filters
  Line,           // an edge of `colour`, `lineWidth` pixels wide at font size 13
  GapRing,        // a goal inside the gap's ring (kGapColour)
  ChangeRing,     // an actor inside a comparison's ring of `colour` (added, changed)
  Ghost,          // a removed item's ghost: the shape of `kind`, pale, outlined in `colour`
};

struct LegendEntry {
  LegendSwatch swatch = LegendSwatch::Shape;
  NodeKind kind = NodeKind::Actor;
  Rgba colour = 0;
  float lineWidth = 0;
  std::string text;
  bool operator==(const LegendEntry&) const = default;
};

struct LegendSection {
  std::string heading;      // the first section's heading is the legend's title
  bool twoColumns = false;  // short entries: two per row where the painter has room
  bool essential = false;   // what the colours mean and the gaps: the presentation's overlay shows only these
  std::vector<LegendEntry> entries;
  bool operator==(const LegendSection&) const = default;
};

// One primitive of a swatch, in pixels: a node shape (filled and outlined), a ring, or a
// horizontal line through `centre` reaching `radius` to either side.
struct SwatchPart {
  enum class Kind { Shape, Ring, Line } kind = Kind::Shape;
  NodeShape shape = NodeShape::Circle;
  ScenePoint centre;
  float radius = 0;
  Rgba fill = 0, outline = 0;  // Shape: both; Ring and Line: `fill` is the stroke's colour
  float width = 0;             // Ring and Line: the stroke's width
};
struct Swatch {
  SwatchPart parts[2];
  int count = 0;
};

// What `entry`'s swatch draws around `centre` in a row whose swatch has `radius` pixels: the
// geometry both legends (window and poster) paint. O(1), no allocation.
Swatch swatchOf(const LegendEntry& entry, ScenePoint centre, float radius);

// The legend of the map of `s` in its language: node kinds, the size key, selection,
// highlight and faded; what the colours mean (by kind: the actor types present, the fields,
// the concepts; by group: each group with its size; by broker role: the ramp); the gap mark
// when the map shows a gap; the edge kinds and the cooperation types present. O(actors + cooperations + fields + concepts).
std::vector<LegendSection> mapLegend(const AppState& s);

}  // namespace knp::app
