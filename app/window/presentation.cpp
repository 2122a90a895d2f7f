// Presentation: what a room sees on the projector. The map fills the window under one slim
// bar (the title, the active filters, the legend switch, the way back); the legend floats
// over the map's lower right corner while it is switched on. Everything else of the window
// (menus, columns, status line) is out of the way until Esc or F11.
#include <imgui.h>

#include <algorithm>

#include "core/document.hpp"
#include "core/ui_text.hpp"
#include "window/main_window.hpp"
#include "window/panels/filters.hpp"
#include "window/panels/legend.hpp"

namespace knp::app {
namespace {

// The legend's share of the map it floats over, at most.
constexpr float kLegendWidthShare = 0.5f, kLegendHeightShare = 0.9f;
constexpr float kLegendFontScale = 0.8f;

// The legend as a window over the map's lower right corner: as small as its rows allow,
// scrolling when the map is too short for all of them. Returns its width.
float drawLegendOverlay(const AppState& s, const ScreenRect& canvas) {
  const float font = ImGui::GetFontSize();
  const float maxWidth = std::max(font * 10, canvas.width * kLegendWidthShare);
  const float maxHeight = canvas.height * kLegendHeightShare;
  ImGui::SetNextWindowPos(ImVec2(canvas.x + canvas.width - font * 0.5f, canvas.y + canvas.height - font * 0.5f),
                          ImGuiCond_Always, ImVec2(1, 1));
  ImGui::SetNextWindowSizeConstraints(ImVec2(font * 8, 0), ImVec2(maxWidth, maxHeight));
  ImGui::SetNextWindowBgAlpha(0.88f);
  ImGui::Begin("##presentationLegend", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove);
  // A little smaller than the map's labels: the map is what the room reads.
  ImGui::SetWindowFontScale(kLegendFontScale);
  drawLegend(s, LegendPlace::Overlay);
  const float width = ImGui::GetWindowWidth();
  ImGui::End();
  return width;
}

}  // namespace

void MainWindow::drawPresentation(AppState& s, const Fonts& fonts, float width, float height) {
  const Language lang = s.language;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float font = ImGui::GetFontSize();

  // The bar: the way back and the legend switch on the right, the title and filters before them.
  const std::string back = uiText(UiText::PresentationExit, lang);
  const std::string legend = uiText(UiText::PresentationLegend, lang);
  const float buttons = ImGui::CalcTextSize(back.c_str()).x + ImGui::CalcTextSize(legend.c_str()).x +
                        style.FramePadding.x * 4 + style.ItemSpacing.x * 2;
  const float bar = buttons + font * 12 + style.ItemSpacing.x;  // and the abstraction's choice
  const float right = width - style.WindowPadding.x;
  const char* title = s.project.title.empty() ? s.sourceName.c_str() : s.project.title.c_str();
  ImGui::AlignTextToFramePadding();
  ImGui::PushFont(fonts.bold);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float titleRoom = std::max(font * 6, (right - bar - at.x) * 0.45f);
  ImGui::PushClipRect(at, ImVec2(at.x + titleRoom, at.y + font * 2), true);
  ImGui::TextUnformatted(title);
  ImGui::PopClipRect();
  ImGui::PopFont();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", title);
  ImGui::SameLine(at.x + std::min(titleRoom, ImGui::GetItemRectSize().x) + font - ImGui::GetWindowPos().x);
  // The filters, focus and highlight in force, so that the room knows what it is looking at.
  const ImVec2 chips = ImGui::GetCursorScreenPos();
  const float chipsEnd = right - bar - font * 0.5f;
  ImGui::PushClipRect(chips, ImVec2(chipsEnd, chips.y + font * 2), true);
  ImGui::BeginGroup();
  drawFilterBar(s);
  ImGui::EndGroup();
  ImGui::PopClipRect();
  // Chips cut by the bar's room are all shown, whole, under the mouse.
  if (ImGui::GetItemRectMax().x > chipsEnd && ImGui::IsMouseHoveringRect(chips, ImVec2(chipsEnd, chips.y + font * 2))) {
    ImGui::BeginTooltip();
    drawFilterBar(s);
    ImGui::EndTooltip();
  }
  ImGui::SameLine();
  ImGui::SetCursorScreenPos(ImVec2(right - buttons - font * 12 - style.ItemSpacing.x, chips.y));
  drawAbstractionChoice(s);
  ImGui::SameLine();
  if (ImGui::Button(legend.c_str())) s.presentationLegend = !s.presentationLegend, s.fitPending = true;
  ImGui::SameLine();
  if (ImGui::Button(back.c_str())) s.presenting = false, s.fitPending = true;

  const float top = ImGui::GetItemRectMax().y + style.ItemSpacing.y;
  m_canvasRect = ScreenRect{0, top, width, height - top};
  // "Fit all" keeps the map beside the legend; its width is the last frame's.
  m_canvas.setFramingInset(s.presentationLegend ? m_legendWidth + font : 0.0f);
  m_canvas.draw(s, m_canvasRect);
  if (auto created = m_canvas.takeCreated()) m_inspector.show(*created), s.rightTab = RightTab::Inspector, m_selectTab = true;
  const float legendWidth = s.presentationLegend ? drawLegendOverlay(s, m_canvasRect) : 0.0f;
  if (legendWidth != m_legendWidth && m_legendWidth == 0) s.fitPending = true;  // first seen: frame beside it
  m_legendWidth = legendWidth;
  // Esc returns; the map, drawn above, ignored it while presenting.
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.WantTextInput && !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId) &&
      ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
    s.presenting = false, s.fitPending = true;
}

}  // namespace knp::app
