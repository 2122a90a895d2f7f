#pragma once
// Draws the map into an ImDrawList: edges, nodes, selection and highlight rings, labels.
// Only what lies on the canvas is drawn; far out, nodes shrink to dots and edges to thin
// quads written straight into the vertex buffer, so 10,000 nodes and 50,000 edges draw in a
// few milliseconds (bench/bench_frame.cpp). Labels have a level of detail: a node's label
// shows when the node is drawn at readable size (selected, hovered and highlighted nodes
// always), in priority order, never on top of another label.
#include <cstdint>
#include <string>
#include <vector>

#include <imgui.h>

#include "core/app_state.hpp"
#include "core/palette.hpp"

namespace knp::app {

struct RenderStats {
  std::size_t nodes = 0, edges = 0, labels = 0;
};

class MapRenderer {
 public:
  // Draws `s` into `list`, clipped to `canvas`. Uses the current ImGui font for labels.
  // O(V + E) plus O(L log L) for L label candidates.
  RenderStats draw(ImDrawList* list, const AppState& s, const ScreenRect& canvas);

  // The radius in pixels vertex `v` was last drawn with (for hit-testing); 0 before drawing.
  float radiusOf(Vertex v) const { return v < m_radius.size() ? m_radius[v] : 0.0f; }
  // Screen position of `v` at the last draw.
  ImVec2 screenOf(Vertex v) const { return v < m_screen.size() ? m_screen[v] : ImVec2(0, 0); }

 private:
  void refreshCaches(const AppState& s, float fontSize);
  void drawEdges(ImDrawList* list, const AppState& s, const ScreenRect& canvas, RenderStats& stats);
  void drawNodes(ImDrawList* list, const AppState& s, const ScreenRect& canvas, RenderStats& stats);
  void drawLabels(ImDrawList* list, const AppState& s, const ScreenRect& canvas, RenderStats& stats);
  const std::string& shortLabel(const AppState& s, Vertex v);

  // The edges as flat arrays, valid for m_revision: walking Boost's edge list and looking up
  // each edge's style every frame cost half of a dense frame.
  struct EdgeStyle {
    Vertex a, b;
    Rgba colour;
    float width;
  };
  std::vector<EdgeStyle> m_edges;
  std::size_t m_edgesOnScreen = 0;  // last frame's count, picks smooth lines or quads

  // Per vertex, valid for m_revision and m_fontSize.
  std::uint64_t m_revision = UINT64_MAX;
  float m_fontSize = 0;
  std::vector<Rgba> m_colour;
  std::vector<std::string> m_label;  // the name cut to at most kMaxLabelWidth font sizes
  std::vector<float> m_labelWidth;   // < 0: not measured yet
  // Per vertex, this frame.
  std::vector<ImVec2> m_screen;
  std::vector<float> m_radius;
  std::vector<Visibility> m_visibility;
  std::vector<bool> m_onScreen;
  std::vector<bool> m_emphasised;  // hovered or selected, or a neighbour of one
  std::vector<bool> m_special;     // hovered, selected or highlighted
  std::vector<bool> m_selected;
  double m_spacingPixels = 0;      // typical node spacing on screen
  float m_centreX = 0;             // the drawing's centre on screen
};

}  // namespace knp::app
