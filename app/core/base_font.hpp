#pragma once
// The window's text size, shared by what stores cameras (views and scenes keep them at UI
// scale 1, i.e. for this font) and what replays them elsewhere (the handout's pages).

namespace knp::app {

// Base text size in pixels at content scale 1: readable on a projector.
inline constexpr float kBaseFontPixels = 17.0f;

}  // namespace knp::app
