#pragma once
// The map canvas: draws the map (map_renderer.hpp) and handles its input.
//   pan: drag the background, middle mouse, arrow keys; zoom: wheel (around the cursor), + and -;
//   Home: fit all; F: zoom to the selection;
//   click: select; shift-click: add or remove; shift-drag on the background: box-select;
//   drag a node: move it (it is pinned; unpin from its context menu); double-click: focus;
//   hover: tooltip, the node's connections emphasised;
//   Ctrl+drag from an actor: onto empty space a new activity, onto an actor a cooperation.
#include <optional>
#include <utility>

#include "core/app_state.hpp"
#include "core/camera.hpp"
#include "window/map_renderer.hpp"

namespace knp::app {

class MapCanvas {
 public:
  // Draws into the current ImGui window at `canvas` (screen pixels).
  RenderStats draw(AppState& state, const ScreenRect& canvas);

  const MapRenderer& renderer() const { return m_renderer; }

  // Pixels at the canvas's right edge that something floats over (the presentation's legend):
  // "Fit all" frames the map beside them. 0: none.
  void setFramingInset(float right) { m_framingInset = right; }

  // The item a quick-add created (or the existing cooperation it found), once: the main
  // window shows it in the inspector.
  std::optional<ItemRef> takeCreated() { return std::exchange(m_created, std::nullopt); }

 private:
  void handleInput(AppState& s, const ScreenRect& canvas);
  Vertex nodeAt(const AppState& s, ImVec2 mouse) const;
  void drawContextMenu(AppState& s);

  MapRenderer m_renderer;
  // Connect: Ctrl+drag from an actor (quick_add.hpp).
  enum class Drag { None, Pan, Node, Box, Connect } m_drag = Drag::None;
  Vertex m_dragVertex = kNoVertex;
  bool m_pausedLayout = false;  // the layout was running when the node drag began
  bool m_movedNode = false;
  std::size_t m_movedCount = 0;  // nodes moved by the drag
  ImVec2 m_boxStart{0, 0};
  Vertex m_contextVertex = kNoVertex;
  std::optional<ItemRef> m_created;
  float m_framingInset = 0;
};

}  // namespace knp::app
