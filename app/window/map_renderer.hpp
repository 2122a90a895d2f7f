#pragma once
// Paints the map scene (core/map_scene.hpp) into an ImDrawList: edges, nodes, rings, gaps,
// conference badges, labels.
// The scene decides what is drawn; this file only maps it to ImGui primitives. Far out, dots
// and (with many edges on screen) edges are written straight into the vertex buffer as plain
// quads, so 10,000 nodes and 50,000 edges draw in a few milliseconds (bench/bench_frame.cpp).
#include <imgui.h>

#include "core/app_state.hpp"
#include "core/map_scene.hpp"

namespace knp::app {

struct RenderStats {
  std::size_t nodes = 0, edges = 0, labels = 0;
};

class MapRenderer {
 public:
  // Builds the scene of `s` through s.camera on `canvas` with the current ImGui font and
  // paints it into `list`, clipped to `canvas`. O(V + E) plus O(L log L) for L label candidates.
  RenderStats draw(ImDrawList* list, const AppState& s, const ScreenRect& canvas);

  // The scene last drawn.
  const MapScene& scene() const { return m_builder.scene(); }
  // The radius in pixels vertex `v` was last drawn with (for hit-testing); 0 before drawing.
  float radiusOf(Vertex v) const { return m_builder.radiusOf(v); }
  // Screen position of `v` at the last draw.
  ImVec2 screenOf(Vertex v) const {
    const ScenePoint p = m_builder.screenOf(v);
    return {p.x, p.y};
  }

 private:
  MapSceneBuilder m_builder;
};

// Paints `scene` into `list` (no clipping; the caller clips). O(size of the scene).
void paintMapScene(ImDrawList* list, const MapScene& scene);

}  // namespace knp::app
