#include "window/panels/search.hpp"

#include <imgui.h>

#include "core/node_style.hpp"
#include "text/search.hpp"
#include "core/ui_text.hpp"

namespace knp::app {

void SearchBox::draw(AppState& s, float x, float y, float width) {
  if (!m_open) return;
  if (m_revision != s.dataRevision) {
    m_names.clear();
    for (Vertex v = 0; v < s.positions.size(); ++v) m_names.push_back(nodeName(s, v));
    m_revision = s.dataRevision;
  }
  ImGui::SetNextWindowPos(ImVec2(x, y));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::SetNextWindowBgAlpha(0.96f);
  bool open = true;
  if (!ImGui::Begin(uiText(UiText::Search, s.language), &open,
                    ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::End();
    return;
  }
  if (m_focusInput) ImGui::SetKeyboardFocusHere(), m_focusInput = false;
  ImGui::SetNextItemWidth(-1);
  const bool enter = ImGui::InputTextWithHint("##query", uiText(UiText::SearchHint, s.language), m_query,
                                              sizeof m_query, ImGuiInputTextFlags_EnterReturnsTrue);
  const auto matches = searchNames(m_names, m_query, 12);
  auto choose = [&](Vertex v) {
    select(s, v);
    s.frameRequest = {v};
    open = false;
  };
  if (m_query[0] != '\0' && matches.empty()) ImGui::TextDisabled("%s", uiText(UiText::NoMatches, s.language));
  for (std::size_t i = 0; i < matches.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    const Vertex v = matches[i];
    if (ImGui::Selectable(m_names[v].c_str(), i == 0)) choose(v);
    ImGui::PopID();
  }
  if (enter && !matches.empty()) choose(matches.front());
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) open = false;
  ImGui::End();
  if (!open) m_open = false;
}

}  // namespace knp::app
