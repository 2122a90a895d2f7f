#pragma once
// How a node looks: shape by kind, colour by actor type / field / concept / phase, size in
// multiples of the font size. UI-free: the map scene (map_scene.hpp) decides with these, and
// the window (ImGui) and the print export (Cairo) only paint what it decided.
#include <cstdint>
#include <vector>

#include "core/app_state.hpp"
#include "core/palette.hpp"

namespace knp::app {

// Radius of a node of `kind` as a multiple of the font size.
float nodeRadiusFactor(NodeKind kind);

// Which labels win when labels would overlap: life phases (4), goals, actors, activities (1).
int labelPriority(NodeKind kind);

// How much nodes shrink when zoomed far out, so that they do not merge into one blob: 1 while
// nodes are spread about a font size apart or more (`spacingPixels`: typical distance between
// neighbouring nodes on screen), down to `minimum`.
double zoomShrink(double spacingPixels, double fontSize, double minimum);

// Radius of vertex `v` in pixels before zoom shrinking: its kind's factor times the font size,
// scaled by its size weight (0..1; 0.5 when the weights are not computed yet). O(1).
float nodeBaseRadius(const AppState& s, Vertex v, float fontSize);

// Every vertex's fill colour for `s.colourBy`: by kind (vertexColours), by the actor's group
// (groupColour; an actor without a group grey), or by its broker role on a ramp from pale
// yellow (none) to dark red (the largest betweenness); in the last two, other kinds are light
// grey. O(V).
std::vector<Rgba> nodeColours(const AppState& s);
// The broker ramp's colour at `share` (0..1), for the nodes and the legend. O(1).
Rgba brokerColour(float share);
inline constexpr Rgba kRecededNode = 0xFFDCDCDC;  // non-actors while colours show groups or brokers

// A colour as drawn for a node that does not match the filters or focus: alpha at most kFadedAlpha.
Rgba faded(Rgba colour);

// The shape of a node kind: circle (actor), diamond (activity), rounded square (goal), hexagon
// (life phase). Painters map each to their primitives; the geometry below is the one rule.
enum class NodeShape : std::uint8_t { Circle, Diamond, RoundedSquare, Hexagon };
NodeShape nodeShape(NodeKind kind);

struct ScenePoint {
  float x = 0, y = 0;
};

// The corners of a diamond (4: top, right, bottom, left; reaching 1.2 r) or a hexagon (6,
// starting at angle 0, clockwise on screen) around `centre`, written to `out`; returns how
// many. For the circle and the square the painter uses its own primitive: 0. O(1), no
// allocation (painters call it for every node of every frame).
int shapeCorners(NodeShape shape, ScenePoint centre, float radius, ScenePoint (&out)[6]);

// Corner rounding of the goal's square, as a fraction of the radius.
inline constexpr float kSquareRounding = 0.2f;

// The outline's line width in pixels for a node drawn with `radius` pixels.
float outlineWidth(float radius);

// The node's display name: an actor's or phase's name, an activity's or goal's title.
const std::string& nodeName(const AppState& state, Vertex v);

}  // namespace knp::app
