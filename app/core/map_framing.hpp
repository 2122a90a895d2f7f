#pragma once
// Which part of the map a canvas shows when it frames nodes ("Fit all", a search hit, an
// analysis entry). One rule for the window and the poster, so that both frame the map alike.
#include <vector>

#include "core/app_state.hpp"
#include "core/camera.hpp"
#include "core/map_scene.hpp"

namespace knp::app {

// The camera that frames `vertices` (all non-hidden nodes when empty) in `canvas`, with room
// beside the outermost nodes for their labels, never closer than a few font sizes per node
// spacing; a single node is framed with its visible neighbours. Nodes all at one place keep
// `current`'s zoom and are centred; nothing to frame returns `current`.
// With `measure` ("Fit all" in the window and on the poster), the room is each label's own:
// the largest zoom at which every actor's, goal's and life phase's label (mapLabel, pointing
// outwards as the scene places it, at most 20 % of the canvas wide) and node lie inside the
// canvas, found by bisection on the zoom; without it, a fixed margin. O(V) label
// measurements plus O(V · 60) for the bisection.
Camera framingCamera(const AppState& s, const std::vector<Vertex>& vertices, const ScreenRect& canvas,
                     float fontSize, const Camera& current, const MeasureText& measure = {});

// s.camera = framingCamera(s, vertices, canvas, fontSize, s.camera, measure).
void frameNodes(AppState& s, const std::vector<Vertex>& vertices, const ScreenRect& canvas, float fontSize,
                const MeasureText& measure = {});

}  // namespace knp::app
