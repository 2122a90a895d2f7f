#pragma once
// The legend: node shapes, the colours in use (actor types, fields, concepts, life phases) and
// edge styles, drawn with the same functions as the canvas so it always matches the map.
#include "app_state.hpp"
#include "camera.hpp"

namespace knp::app {

// Draws the legend inside `area` of the current window (a side panel).
void drawLegend(const AppState& state, const ScreenRect& area);

}  // namespace knp::app
