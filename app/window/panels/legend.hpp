#pragma once
// The legend: node shapes, the size measure, selection/highlight/faded marks, actor types,
// fields and concepts present in the project, edge styles and cooperation types. It is built
// from the same palette and shape functions as the map, so it always matches what is drawn.
#include "core/app_state.hpp"

namespace knp::app {

// Draws into the current ImGui window at the cursor.
void drawLegend(const AppState& state);

}  // namespace knp::app
