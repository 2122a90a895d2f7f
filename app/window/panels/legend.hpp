#pragma once
// The legend: node shapes, the size measure, selection/highlight/faded marks, actor types,
// fields and concepts present in the project, edge styles and cooperation types. It is built
// from core/map_legend.hpp, the entries the poster's legend paints too.
#include "core/app_state.hpp"

namespace knp::app {

// Draws into the current ImGui window at the cursor.
// Where the legend is drawn: the right column (every section, short ones in two columns, cut
// rows with their tooltip) or the presentation's overlay (only the essential sections, one
// entry per row, never cut: the overlay grows to fit).
enum class LegendPlace { Column, Overlay };
void drawLegend(const AppState& state, LegendPlace place = LegendPlace::Column);

}  // namespace knp::app
