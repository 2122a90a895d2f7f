#include "window/panels/history.hpp"

#include <string>

#include <imgui.h>

#include "core/document.hpp"
#include "core/edit_labels.hpp"
#include "core/ui_text.hpp"

namespace knp::app {

void drawHistoryPanel(AppState& s) {
  const Language lang = s.language;
  ImGui::TextDisabled("%s", uiText(UiText::HistoryHint, lang));
  const auto& steps = s.history.steps();
  const std::size_t position = s.history.position();
  std::optional<std::size_t> jump;
  // Entry k is the state after k steps; entry 0 the state as opened.
  for (std::size_t k = 0; k <= steps.size(); ++k) {
    ImGui::PushID(static_cast<int>(k));
    const std::string text = k == 0 ? uiText(UiText::HistoryStart, lang) : stepText(steps[k - 1].label, lang);
    const bool undone = k > position;
    if (undone) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    if (ImGui::Selectable(text.c_str(), k == position)) jump = k;
    if (undone) ImGui::PopStyleColor();
    if (k == position && ImGui::IsWindowAppearing()) ImGui::SetScrollHereY();
    ImGui::PopID();
  }
  if (jump) jumpToStep(s, *jump);
}

}  // namespace knp::app
