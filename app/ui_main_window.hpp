#pragma once
// The one full-screen window: header (title, notice), map, legend panel, status line.
#include "app_state.hpp"
#include "fonts.hpp"

namespace knp::app {

// Builds one frame's UI for a display of `width` × `height` pixels.
void drawMainWindow(AppState& state, const Fonts& fonts, float width, float height);

}  // namespace knp::app
