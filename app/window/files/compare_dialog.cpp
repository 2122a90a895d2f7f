#include "window/files/compare_dialog.hpp"

#include <imgui.h>

#include "core/comparison_state.hpp"
#include "core/ui_text.hpp"
#include "report/progress_model.hpp"
#include "window/files/file_flow.hpp"

namespace knp::app {

void CompareDialog::draw(AppState& s) {
  const Language lang = s.language;
  if (m_open) {
    ImGui::OpenPopup("##compare");
    m_open = false;
    m_error.clear();
    m_details.clear();
    // The year before the open project's state (another project may be open since last
    // time); the user may type another.
    const std::optional<int> year = stateYear(s.project);
    m_year = year ? *year - 1 : 0;
  }
  m_showing = ImGui::BeginPopupModal("##compare", nullptr, ImGuiWindowFlags_AlwaysAutoResize);
  if (!m_showing) return;
  const float font = ImGui::GetFontSize();
  ImGui::TextUnformatted(uiText(UiText::CompareMenu, lang));
  ImGui::Separator();
  ImGui::TextUnformatted(uiText(UiText::CompareIntro, lang));
  if (ImGui::RadioButton(uiText(UiText::CompareWithYear, lang), !m_withFile)) m_withFile = false;
  ImGui::SameLine();
  ImGui::SetNextItemWidth(font * 5);
  if (ImGui::IsWindowAppearing() && !m_withFile) ImGui::SetKeyboardFocusHere();  // type the year at once
  ImGui::InputInt("##year", &m_year, 0, 0);
  if (ImGui::IsItemActivated()) m_withFile = false;
  // Enter in the year field compares. (InputInt reports Enter only when the number changed.)
  const bool yearConfirmed =
      ImGui::IsItemDeactivated() && (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
                                     ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false));
  ImGui::SameLine();
  ImGui::TextDisabled("(%s)", uiText(UiText::CompareYearHint, lang));
  if (ImGui::RadioButton(uiText(UiText::CompareWithFile, lang), m_withFile)) m_withFile = true;
  ImGui::Indent();
  ImGui::SetNextItemWidth(font * 26);
  bool confirmed = ImGui::InputText(uiText(UiText::CompareFile, lang), m_path, sizeof m_path,
                                    ImGuiInputTextFlags_EnterReturnsTrue);
  if (ImGui::IsItemActivated()) m_withFile = true;
  ImGui::SameLine();
  if (ImGui::Button(uiText(UiText::Browse, lang))) m_browser.open(FileBrowserMode::Open, browseStart(m_path, s), {".json"});
  if (auto chosen = m_browser.draw(fileBrowserText(lang, UiText::CompareBrowseTitle))) {
    setField(m_path, chosen->string());
    m_withFile = true;
    confirmed = true;
  }
  ImGui::Unindent();
  if (!m_error.empty()) {
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + font * 36);
    ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.1f, 1), "%s", m_error.c_str());
    for (const std::string& detail : m_details) ImGui::BulletText("%s", detail.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::Separator();
  bool done = false;
  const bool ready = !m_withFile || m_path[0] != '\0';
  ImGui::BeginDisabled(!ready);
  if ((ImGui::Button(uiText(UiText::CompareStart, lang)) || (confirmed && m_withFile) || (yearConfirmed && !m_withFile)) &&
      ready) {
    const ComparisonSource source = m_withFile ? ComparisonSource{std::filesystem::path(m_path), std::nullopt}
                                               : ComparisonSource{std::nullopt, m_year};
    if (const std::optional<ComparisonRefusal> refused = startComparison(s, source)) {
      m_error = refused->message;
      m_details = refused->details;
    } else {
      s.rightTab = RightTab::Comparison;
      done = true;
    }
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(uiText(UiText::Cancel, lang)) || done) {
    ImGui::CloseCurrentPopup();
    m_showing = false;
  }
  ImGui::EndPopup();
}

}  // namespace knp::app
