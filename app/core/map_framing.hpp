#pragma once
// Which part of the map a canvas shows when it frames nodes ("Fit all", a search hit, an
// analysis entry). One rule for the window and the poster, so that both frame the map alike.
#include <vector>

#include "core/app_state.hpp"
#include "core/camera.hpp"

namespace knp::app {

// The camera that frames `vertices` (all non-hidden nodes when empty) in `canvas`, with room
// beside the outermost nodes for their labels, never closer than a few font sizes per node
// spacing; a single node is framed with its visible neighbours. Nodes all at one place keep
// `current`'s zoom and are centred; nothing to frame returns `current`. O(V).
Camera framingCamera(const AppState& s, const std::vector<Vertex>& vertices, const ScreenRect& canvas,
                     float fontSize, const Camera& current);

// s.camera = framingCamera(s, vertices, canvas, fontSize, s.camera).
void frameNodes(AppState& s, const std::vector<Vertex>& vertices, const ScreenRect& canvas, float fontSize);

}  // namespace knp::app
