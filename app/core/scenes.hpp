#pragma once
// A conference's scenes (model/conference.hpp) taken from and shown on the map: the saved
// view (filters, focus, abstraction, camera, layout) plus the highlighted analysis result.
// No UI calls; the presentation glides the camera between scenes on top of applyScene.
#include <string>

#include "core/app_state.hpp"

namespace knp::app {

// The map as it is now as a scene with `heading` and `caption`: captureView (without a name)
// and the highlighted nodes by node key with the highlight's label. `pixelScale` as for
// captureView. O(V + highlight).
Scene captureScene(const AppState& s, std::string heading, std::string caption, double pixelScale);

// Shows `scene`: applyView (abstraction, filters, focus, camera or fit all, layout), then
// highlights the scene's nodes that exist in this abstraction, with its label. Nodes gone
// since are skipped. O(V + E + highlight).
void applyScene(AppState& s, const Scene& scene, double pixelScale);

}  // namespace knp::app
