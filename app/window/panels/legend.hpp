#pragma once
// The legend: node shapes, the size measure, selection/highlight/faded marks, actor types,
// fields and concepts present in the project, edge styles and cooperation types. It is built
// from core/map_legend.hpp, the entries the poster's legend paints too.
#include "core/app_state.hpp"

namespace knp::app {

// Draws into the current ImGui window at the cursor.
void drawLegend(const AppState& state);

}  // namespace knp::app
