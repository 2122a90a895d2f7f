#include "window/panels/map_canvas.hpp"

#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "core/document.hpp"
#include "core/map_framing.hpp"
#include "core/node_style.hpp"
#include "core/quick_add.hpp"
#include "core/ui_text.hpp"
#include "window/node_tooltip.hpp"

namespace knp::app {
namespace {

constexpr double kWheelZoomStep = 1.15;
constexpr double kArrowPanFraction = 0.1;  // of the canvas per key press

layouts::Point toPoint(ImVec2 p) { return {p.x, p.y}; }

}  // namespace

Vertex MapCanvas::nodeAt(const AppState& s, ImVec2 mouse) const {
  Vertex best = kNoVertex;
  float bestDistance = 0;
  const float slack = ImGui::GetFontSize() * 0.25f;
  for (Vertex v = 0; v < s.positions.size(); ++v) {
    if (visibilityOf(s, v) == Visibility::Hidden) continue;
    const ImVec2 p = m_renderer.screenOf(v);
    const float d = std::hypot(p.x - mouse.x, p.y - mouse.y);
    if (d <= m_renderer.radiusOf(v) * 1.2f + slack && (best == kNoVertex || d < bestDistance)) best = v, bestDistance = d;
  }
  return best;
}

void MapCanvas::handleInput(AppState& s, const ScreenRect& canvas) {
  ImGuiIO& io = ImGui::GetIO();
  const bool hovered = ImGui::IsItemHovered();
  const ImVec2 mouse = io.MousePos;
  s.hovered = hovered && m_drag == Drag::None ? nodeAt(s, mouse) : (m_drag == Drag::Node ? m_dragVertex : kNoVertex);

  // Left button: click selects, drag moves a node, pans the background, shift-drag box-selects.
  if (ImGui::IsItemActivated() && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    const Vertex under = nodeAt(s, mouse);
    if (under != kNoVertex && io.KeyCtrl && s.view.graph[under].kind == NodeKind::Actor) {
      m_drag = Drag::Connect, m_dragVertex = under;
    } else if (under != kNoVertex) {
      m_drag = Drag::Node, m_dragVertex = under;
      // A running layout would pull the node back: it waits while the node is held.
      m_pausedLayout = s.layout.state() == LayoutRunner::State::Running;
      s.layout.pause();
      commitPlacements(s);  // what the layout did so far is its own step, not part of the move
      m_movedNode = false;
      if (io.KeyShift)
        toggleSelected(s, under);
      else if (!isSelected(s, under))
        select(s, under);
    } else if (io.KeyShift) {
      m_drag = Drag::Box, m_boxStart = mouse;
    } else {
      m_drag = Drag::Pan;
    }
  }
  if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Middle, 0.0f)) {
    s.camera.pan(io.MouseDelta.x, io.MouseDelta.y);
    s.followLayout = false;
  }
  if (ImGui::IsItemActive() && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    if (m_drag == Drag::Pan && (io.MouseDelta.x != 0 || io.MouseDelta.y != 0)) {
      s.camera.pan(io.MouseDelta.x, io.MouseDelta.y);
      s.followLayout = false;
    }
    if (m_drag == Drag::Node && ImGui::IsMouseDragging(ImGuiMouseButton_Left) &&
        (io.MouseDelta.x != 0 || io.MouseDelta.y != 0)) {
      // Move the dragged node and, if it is selected, the whole selection; moved nodes stay put.
      const double dx = io.MouseDelta.x / s.camera.scale, dy = io.MouseDelta.y / s.camera.scale;
      std::vector<Vertex> moved = isSelected(s, m_dragVertex) ? s.selection : std::vector<Vertex>{m_dragVertex};
      for (Vertex v : moved) {
        s.positions[v].x += dx, s.positions[v].y += dy;
        s.pins[v] = PinState::Pinned;  // committed with the move when the button is released
      }
      m_movedNode = true;
      m_movedCount = moved.size();
    }
  }
  if (m_drag == Drag::Box) {
    const ImVec2 a(std::min(m_boxStart.x, mouse.x), std::min(m_boxStart.y, mouse.y));
    const ImVec2 b(std::max(m_boxStart.x, mouse.x), std::max(m_boxStart.y, mouse.y));
    if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
      for (Vertex v = 0; v < s.positions.size(); ++v) {
        const ImVec2 p = m_renderer.screenOf(v);
        if (p.x >= a.x && p.x <= b.x && p.y >= a.y && p.y <= b.y && visibilityOf(s, v) != Visibility::Hidden &&
            !isSelected(s, v))
          s.selection.push_back(v);
      }
    }
  }
  if (m_drag == Drag::Connect && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    const Vertex target = nodeAt(s, mouse);
    if (target != m_dragVertex) {
      const QuickAdd added = quickAdd(s, m_dragVertex, target);
      const layouts::Point world = s.camera.toWorld(toPoint(mouse), canvas);
      if (!added.edit.empty()) dispatch(s, added.edit, MapPoint{world.x, world.y});
      if (added.item) {
        m_created = added.item;
        if (auto v = s.view.vertexOf(NodeKind::Activity, added.item->id);
            v && added.item->kind == ItemKind::Activity)
          select(s, *v);
      }
    }
    m_drag = Drag::None;
  }
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    // A click on the background (not a pan) clears the selection.
    const float threshold = io.MouseDragThreshold;
    if (m_drag == Drag::Pan && io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] < threshold * threshold)
      s.selection.clear();
    if (m_drag == Drag::Node && m_movedNode) {
      // One drag is one step, however many frames it took.
      EditLabel label = makeLabel(EditAction::Move, ItemKind::Actor, nodeName(s, m_dragVertex));
      label.count = m_movedCount;
      commitPlacements(s, label);
    }
    if (m_drag == Drag::Node && m_pausedLayout) {
      if (m_movedNode)
        startLayout(s, s.algorithm, LayoutStart::Resume);  // the moved ones pinned
      else
        s.layout.resume();
    } else if (m_drag == Drag::Node && m_movedNode && s.layout.state() == LayoutRunner::State::Paused) {
      s.layout.cancel();  // stopped by the user: "continue" would put the moved nodes back
    }
    m_pausedLayout = false;
    m_drag = Drag::None;
  }

  if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
    const Vertex under = nodeAt(s, mouse);
    if (under != kNoVertex)
      s.focus = under, select(s, under);
    else
      s.focus.reset();
    refreshFocus(s);
  }
  if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Right)) {
    m_contextVertex = nodeAt(s, mouse);
    if (m_contextVertex != kNoVertex) ImGui::OpenPopup("##nodeMenu");
  }
  if (hovered && io.MouseWheel != 0.0f) {
    s.camera.zoomAround(toPoint(mouse), std::pow(kWheelZoomStep, io.MouseWheel), canvas);
    s.followLayout = false;
  }

  if (io.WantTextInput || !(ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) || hovered)) return;
  const layouts::Point centre{canvas.x + canvas.width * 0.5, canvas.y + canvas.height * 0.5};
  for (ImWchar c : io.InputQueueCharacters) {
    if (c == '+') s.camera.zoomAround(centre, kWheelZoomStep * kWheelZoomStep, canvas), s.followLayout = false;
    if (c == '-') s.camera.zoomAround(centre, 1.0 / (kWheelZoomStep * kWheelZoomStep), canvas), s.followLayout = false;
    if ((c == 'f' || c == 'F') && !io.KeyCtrl) s.frameRequest = s.selection;
  }
  auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); };
  const double step = kArrowPanFraction;
  if (s.sceneShow) return;  // presenting scenes, → and ← step through them (main_window.cpp)
  if (pressed(ImGuiKey_LeftArrow)) s.camera.pan(canvas.width * step, 0);
  if (pressed(ImGuiKey_RightArrow)) s.camera.pan(-canvas.width * step, 0);
  if (pressed(ImGuiKey_UpArrow)) s.camera.pan(0, canvas.height * step);
  if (pressed(ImGuiKey_DownArrow)) s.camera.pan(0, -canvas.height * step);
  if (pressed(ImGuiKey_Home)) s.fitPending = true, s.followLayout = true;
  if (pressed(ImGuiKey_Escape) && !s.presenting) {  // presenting, Esc returns (main_window.cpp)
    if (!s.highlight.empty())
      setHighlight(s, {}, {});
    else if (s.focus)
      s.focus.reset(), refreshFocus(s);
    else
      s.selection.clear();
  }
}

void MapCanvas::drawContextMenu(AppState& s) {
  if (!ImGui::BeginPopup("##nodeMenu")) return;
  const Language lang = s.language;
  const Vertex v = m_contextVertex;
  if (v < s.positions.size()) {
    if (s.pins[v] == PinState::Pinned) {
      if (ImGui::MenuItem(uiText(UiText::Unpin, lang))) setPin(s, v, PinState::Free);
    } else if (ImGui::MenuItem(uiText(UiText::Pin, lang))) {
      setPin(s, v, PinState::Pinned);
    }
    if (ImGui::MenuItem(uiText(UiText::FocusHere, lang))) {
      s.focus = v;
      select(s, v);
      refreshFocus(s);
    }
    if (ImGui::MenuItem(uiText(UiText::SelectNeighbours, lang))) {
      select(s, v);
      for (VertexIndex w : s.layoutGraph.graph.neighbours(static_cast<VertexIndex>(v)))
        if (!isSelected(s, w) && visibilityOf(s, w) != Visibility::Hidden) s.selection.push_back(w);
    }
  }
  ImGui::EndPopup();
}

RenderStats MapCanvas::draw(AppState& s, const ScreenRect& canvas) {
  if (canvas.width < 2 || canvas.height < 2) return {};
  const float fontSize = ImGui::GetFontSize();
  if (s.fitPending || (s.followLayout && s.layout.state() == LayoutRunner::State::Running)) {
    const ScreenRect free{canvas.x, canvas.y, std::max(canvas.width * 0.5f, canvas.width - m_framingInset), canvas.height};
    frameNodes(s, {}, free, fontSize, [](const std::string& text) {
      return ImGui::CalcTextSize(text.c_str(), text.c_str() + text.size()).x;
    });
    s.camera.centerX += (canvas.width - free.width) * 0.5 / s.camera.scale;  // framed for `free`, seen on `canvas`
    s.fitPending = false;
  }
  if (!s.frameRequest.empty()) {
    frameNodes(s, s.frameRequest, canvas, fontSize);
    s.frameRequest.clear();
    s.followLayout = false;
  }
  ImGui::SetCursorScreenPos(ImVec2(canvas.x, canvas.y));
  ImGui::InvisibleButton("##canvas", ImVec2(canvas.width, canvas.height),
                         ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonMiddle |
                             ImGuiButtonFlags_MouseButtonRight);
  handleInput(s, canvas);
  ImDrawList* list = ImGui::GetWindowDrawList();
  const RenderStats stats = m_renderer.draw(list, s, canvas);
  if (m_drag == Drag::Connect && m_dragVertex < s.positions.size()) {
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    list->AddLine(m_renderer.screenOf(m_dragVertex), mouse, 0xC0D07000, ImGui::GetFontSize() * 0.15f);
    ImGui::SetTooltip("%s", uiText(UiText::QuickAddHint, s.language));
  }
  if (m_drag == Drag::Box) {
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const ImVec2 a(std::min(m_boxStart.x, mouse.x), std::min(m_boxStart.y, mouse.y));
    const ImVec2 b(std::max(m_boxStart.x, mouse.x), std::max(m_boxStart.y, mouse.y));
    list->AddRectFilled(a, b, 0x30D07000);
    list->AddRect(a, b, 0xC0D07000);
  }
  drawContextMenu(s);
  if (s.hovered != kNoVertex && m_drag == Drag::None) drawNodeTooltip(s, s.hovered);
  // A gap note cut with "…" shows its whole text under the mouse.
  if (m_drag == Drag::None && ImGui::IsWindowHovered() &&
      ImGui::IsMouseHoveringRect(ImVec2(canvas.x, canvas.y), ImVec2(canvas.x + canvas.width, canvas.y + canvas.height))) {
    const MapScene& scene = m_renderer.scene();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (std::size_t i = 0; i < scene.gapNotes.size() && i < scene.gapNoteTexts.size(); ++i) {
      const SceneLabel& note = scene.gapNotes[i];
      if (mouse.x >= note.x0 && mouse.x <= note.x1 && mouse.y >= note.y0 && mouse.y <= note.y1)
        ImGui::SetTooltip("%s", scene.gapNoteTexts[i].c_str());
    }
  }
  return stats;
}

}  // namespace knp::app
