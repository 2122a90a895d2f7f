#pragma once
// Paints a node's shape (core/node_style.hpp decides the geometry) into an ImGui draw list.
#include <imgui.h>

#include "core/node_style.hpp"

namespace knp::app {

// `shape` around `centre` with `radius` pixels, filled and outlined. O(1).
void drawNodeShape(ImDrawList* list, NodeShape shape, ImVec2 centre, float radius, Rgba fill,
                   Rgba outline = kNodeOutline);

}  // namespace knp::app
