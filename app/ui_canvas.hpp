#pragma once
// The map: nodes and edges of the project with pan, zoom, hover tooltips and labels.
#include "app_state.hpp"
#include "camera.hpp"

namespace knp::app {

// Draws the map into the current ImGui window at `canvas` (screen pixels) and handles its
// input: drag with the left or middle mouse button pans, the wheel zooms around the cursor,
// + and - zoom around the centre, Home fits everything. Lays out and fits on first use.
void drawCanvas(AppState& state, const ScreenRect& canvas);

}  // namespace knp::app
