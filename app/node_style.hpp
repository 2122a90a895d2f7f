#pragma once
// How a node looks: shape by kind, colour by actor type / field / concept / phase, size in
// multiples of the font size. Shared by canvas and legend.
#include <imgui.h>

#include "app_state.hpp"
#include "palette.hpp"

namespace knp::app {

// Radius of a node of `kind` as a multiple of the font size.
float nodeRadiusFactor(NodeKind kind);

// Which labels win when labels would overlap: life phases (4), goals, actors, activities (1).
int labelPriority(NodeKind kind);

// How much nodes shrink when zoomed far out, so that they do not merge into one blob: 1 while
// nodes are spread about a font size apart or more (`spacingPixels`: typical distance between
// neighbouring nodes on screen), down to `minimum`.
double zoomShrink(double spacingPixels, double fontSize, double minimum);

// Circle (actor), diamond (activity), square (goal), hexagon (life phase), with an outline.
void drawNodeShape(ImDrawList* list, NodeKind kind, ImVec2 centre, float radius, Rgba fill,
                   Rgba outline = kNodeOutline);

// The node's display name: an actor's or phase's name, an activity's or goal's title.
const std::string& nodeName(const AppState& state, Vertex v);

}  // namespace knp::app
