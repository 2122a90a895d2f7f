#include "ui_main_window.hpp"

#include <fmt/format.h>
#include <imgui.h>

#include "ui_canvas.hpp"
#include "ui_legend.hpp"
#include "ui_strings.hpp"

namespace knp::app {

void drawMainWindow(AppState& s, const Fonts& fonts, float width, float height) {
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(width, height));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::Begin("##main", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  const float font = ImGui::GetFontSize();
  const ImGuiStyle& style = ImGui::GetStyle();

  // Header: title, then the notice (e.g. "illustrative example") where everyone sees it.
  ImGui::PushFont(fonts.bold);
  ImGui::TextUnformatted(s.project.title.empty() ? s.sourceName.c_str() : s.project.title.c_str());
  ImGui::PopFont();
  if (!s.project.notice.empty()) {
    ImGui::PushTextWrapPos(width - style.WindowPadding.x);
    ImGui::TextDisabled("%s", s.project.notice.c_str());
    ImGui::PopTextWrapPos();
  }
  const float top = ImGui::GetCursorScreenPos().y + style.ItemSpacing.y;
  const float statusHeight = font + style.ItemSpacing.y * 2;
  const float legendWidth = font * 18.0f;
  const float bodyHeight = height - top - statusHeight - style.WindowPadding.y;
  const float left = style.WindowPadding.x;

  drawCanvas(s, ScreenRect{left, top, width - left * 2 - legendWidth - style.ItemSpacing.x, bodyHeight});
  drawLegend(s, ScreenRect{width - legendWidth - left, top, legendWidth, bodyHeight});

  ImGui::SetCursorScreenPos(ImVec2(left, top + bodyHeight + style.ItemSpacing.y));
  const std::string status =
      fmt::format(fmt::runtime(uiText(UiText::StatusLine, s.language)), s.project.actors.size(),
                  s.project.activities.size(), s.project.goals.size(), s.project.lifePhases.size(),
                  s.project.cooperations.size());
  ImGui::TextUnformatted(status.c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("   %s   %s", uiText(UiText::Hint, s.language), s.sourceName.c_str());
  ImGui::End();
}

}  // namespace knp::app
