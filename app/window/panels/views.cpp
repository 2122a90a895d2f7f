#include "window/panels/views.hpp"

#include <imgui.h>

#include "core/map_views.hpp"
#include "core/ui_text.hpp"

namespace knp::app {

void ViewsPanel::draw(AppState& s, double pixelScale) {
  const Language lang = s.language;
  const auto& views = s.project.map.views;
  if (views.empty()) ImGui::TextDisabled("%s", uiText(UiText::NoViews, lang));
  for (std::size_t i = 0; i < views.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::SmallButton("×")) {
      deleteView(s, std::string(views[i].name));
      ImGui::PopID();
      break;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", uiText(UiText::Delete, lang));
    ImGui::SameLine();
    if (ImGui::Selectable(views[i].name.c_str())) applyView(s, views[i], pixelScale);
    ImGui::PopID();
  }
  ImGui::SetNextItemWidth(-1);
  const bool enter = ImGui::InputTextWithHint("##viewName", uiText(UiText::ViewName, lang), m_name, sizeof m_name,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::BeginDisabled(m_name[0] == '\0');
  if ((ImGui::Button(uiText(UiText::SaveView, lang)) || enter) && m_name[0] != '\0') {
    storeView(s, captureView(s, m_name, pixelScale));
    m_name[0] = '\0';
  }
  ImGui::EndDisabled();
}

}  // namespace knp::app
