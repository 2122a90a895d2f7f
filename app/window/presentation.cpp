// Presentation: what a room sees on the projector. The map fills the window under one slim
// bar (the title, the active filters, the legend switch, the way back); the legend floats
// over the map's lower right corner while it is switched on. Everything else of the window
// (menus, columns, status line) is out of the way until Esc or F11.
//
// Presenting a conference's scenes (F5, core/scene_player.hpp), the scene's heading and
// caption stand large in a band under the map with the scene counter; the camera glides from
// scene to scene; B blanks the screen.
#include <imgui.h>

#include <algorithm>
#include <cfloat>

#include <fmt/format.h>

#include "core/document.hpp"
#include "core/scene_player.hpp"
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

// The scene's text in type readable from the back of a room: the heading at 1.6 and the
// caption at 1.25 times the text size, wrapped. Where a long caption would need more than
// kSceneBandShare of the height, both shrink in steps down to the text size itself; then the
// band grows as far as the text needs: the text is never cut.
constexpr float kHeadingScale = 1.6f, kCaptionScale = 1.25f, kSmallestScale = 1.0f / kCaptionScale;
constexpr float kSceneBandShare = 0.4f;

struct SceneText {
  float heading = 0, caption = 0;  // font sizes in pixels
  float height = 0;                // of the band
  float wrap = 0;                  // the text's width
};

SceneText fitSceneText(const Scene& scene, const Fonts& fonts, const std::string& counter, float width, float room) {
  const float font = ImGui::GetFontSize(), pad = font * 0.6f;
  SceneText t;
  t.wrap = width - 2 * pad;
  const float counterWidth = ImGui::CalcTextSize(counter.c_str()).x + font;
  for (float f = 1.0f;; f = std::max(kSmallestScale, f * 0.9f)) {
    t.heading = font * kHeadingScale * f, t.caption = font * kCaptionScale * f;
    const float headingHeight =
        fonts.bold->CalcTextSizeA(t.heading, FLT_MAX, t.wrap - counterWidth, scene.heading.c_str()).y;
    const float captionHeight =
        scene.caption.empty() ? 0.0f
                              : fonts.regular->CalcTextSizeA(t.caption, FLT_MAX, t.wrap, scene.caption.c_str()).y +
                                    font * 0.3f;
    t.height = headingHeight + captionHeight + 2 * pad;
    if (t.height <= room * kSceneBandShare || f <= kSmallestScale) return t;
  }
}

void drawSceneText(const Scene& scene, const Fonts& fonts, const SceneText& t, const std::string& counter,
                   const ScreenRect& band) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float font = ImGui::GetFontSize(), pad = font * 0.6f;
  const ImVec2 a(band.x, band.y), b(band.x + band.width, band.y + band.height);
  list->AddRectFilled(a, b, IM_COL32(255, 255, 255, 245));
  list->AddLine(a, ImVec2(b.x, a.y), IM_COL32(200, 112, 0, 255), std::max(2.0f, font * 0.12f));
  const ImU32 ink = IM_COL32(25, 25, 25, 255);
  const float counterWidth = ImGui::CalcTextSize(counter.c_str()).x;
  list->AddText(ImVec2(b.x - pad - counterWidth, a.y + pad), IM_COL32(110, 110, 110, 255), counter.c_str());
  const float headingWrap = t.wrap - counterWidth - font;
  list->AddText(fonts.bold, t.heading, ImVec2(a.x + pad, a.y + pad), ink, scene.heading.c_str(), nullptr, headingWrap);
  if (scene.caption.empty()) return;
  const float below =
      fonts.bold->CalcTextSizeA(t.heading, FLT_MAX, headingWrap, scene.heading.c_str()).y + font * 0.3f;
  list->AddText(fonts.regular, t.caption, ImVec2(a.x + pad, a.y + pad + below), ink, scene.caption.c_str(), nullptr,
                t.wrap);
}

// The screen blanked (B): black, with a faint note on how the picture comes back.
void drawBlank(const char* hint, float width, float height) {
  ImDrawList* list = ImGui::GetForegroundDrawList();
  list->AddRectFilled(ImVec2(0, 0), ImVec2(width, height), IM_COL32(0, 0, 0, 255));
  const float font = ImGui::GetFontSize();
  list->AddText(ImVec2(font, height - font * 1.5f), IM_COL32(70, 70, 70, 255), hint);
}

}  // namespace

void MainWindow::drawPresentation(AppState& s, const Fonts& fonts, float width, float height) {
  const Language lang = s.language;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float font = ImGui::GetFontSize();

  // The bar: the way back and the legend switch on the right, the title and filters before them.
  const std::string back = uiText(UiText::PresentationExit, lang);
  const std::string legend = uiText(UiText::PresentationLegend, lang);
  const std::string capture = uiText(UiText::CaptureOpen, lang);
  const float buttons = ImGui::CalcTextSize(back.c_str()).x + ImGui::CalcTextSize(legend.c_str()).x +
                        ImGui::CalcTextSize(capture.c_str()).x + style.FramePadding.x * 6 + style.ItemSpacing.x * 3;
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
  if (ImGui::Button(capture.c_str())) m_capture.open();
  ImGui::SameLine();
  if (ImGui::Button(legend.c_str())) s.presentationLegend = !s.presentationLegend, s.fitPending = !sceneHasCamera(s);
  ImGui::SameLine();
  if (ImGui::Button(back.c_str())) stopScenes(s), s.presenting = false, s.fitPending = true;

  const float top = ImGui::GetItemRectMax().y + style.ItemSpacing.y;
  // A scene's heading and caption take a band under the map, so that they hide none of it.
  const Scene* scene = shownScene(s);
  const std::string counter =
      scene ? fmt::format(fmt::runtime(uiText(UiText::SceneCounter, lang)), s.sceneShow->index + 1, shownSceneCount(s))
            : std::string();
  const SceneText text = scene ? fitSceneText(*scene, fonts, counter, width, height - top) : SceneText{};
  const float band = std::min(text.height, (height - top) * 0.9f);
  advanceGlide(s, ImGui::GetIO().DeltaTime);
  m_canvasRect = ScreenRect{0, top, width, height - top - band};
  // "Fit all" keeps the map beside the legend; its width is the last frame's.
  m_canvas.setFramingInset(s.presentationLegend ? m_legendWidth + font : 0.0f);
  m_canvas.draw(s, m_canvasRect);
  if (auto created = m_canvas.takeCreated()) m_inspector.show(*created), s.rightTab = RightTab::Inspector, m_selectTab = true;
  const float legendWidth = s.presentationLegend ? drawLegendOverlay(s, m_canvasRect) : 0.0f;
  // First seen: frame beside it (not over a scene's own camera).
  if (legendWidth != m_legendWidth && m_legendWidth == 0 && !sceneHasCamera(s)) s.fitPending = true;
  m_legendWidth = legendWidth;
  if (scene) drawSceneText(*scene, fonts, text, counter, ScreenRect{0, height - band, width, band});
  if (s.sceneShow && s.sceneShow->blank) drawBlank(uiText(UiText::SceneBlankHint, lang), width, height);
  // Esc returns; the map, drawn above, ignored it while presenting.
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.WantTextInput && !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId) &&
      ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
    stopScenes(s), s.presenting = false, s.fitPending = true;
}

}  // namespace knp::app
