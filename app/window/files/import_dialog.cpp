#include "window/files/import_dialog.hpp"

#include <fmt/format.h>
#include <imgui.h>

#include "core/document.hpp"
#include "io/grid_file.hpp"
#include "window/files/file_flow.hpp"
#include "core/ui_text.hpp"

namespace knp::app {

void ImportDialog::draw(AppState& s) {
  const Language lang = s.language;
  if (m_open) {
    ImGui::OpenPopup("##import");
    m_open = false;
  }
  if (!ImGui::BeginPopupModal("##import", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  const float font = ImGui::GetFontSize();
  ImGui::TextUnformatted(uiText(UiText::ImportGrid, lang));
  ImGui::SetNextItemWidth(font * 28);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  bool enter = ImGui::InputText(uiText(UiText::ImportFile, lang), m_path, sizeof m_path,
                                ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if (ImGui::Button(uiText(UiText::Browse, lang))) {
    std::error_code ec;
    const std::filesystem::path typed(m_path);
    m_browser.open(FileBrowserMode::Open,
                   m_path[0] ? typed.parent_path() : (s.file ? s.file->parent_path() : std::filesystem::current_path(ec)),
                   {".xlsx", ".csv", ".graphml", ".gexf"});
  }
  if (auto chosen = m_browser.draw(fileBrowserText(lang, UiText::FbImportTitle))) {
    setField(m_path, chosen->string());
    enter = true;  // preview at once
  }
  if ((ImGui::Button(uiText(UiText::ImportPreview, lang)) || enter) && m_path[0] != '\0') {
    m_preview.reset();
    m_error.clear();
    commitPlacements(s);  // the preview works on the project as it is now, positions included
    Outcome<RasterImport> result = importGridFile(s.project, m_path);
    if (!result.ok())
      m_error = describe(result.problem());
    else
      m_preview = std::move(result).value();
    m_previewOf = m_path;
  }
  if (!m_error.empty()) ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.1f, 1), "%s", m_error.c_str());

  bool applied = false;
  if (m_preview) {
    const RasterImport& r = *m_preview;
    ImGui::Separator();
    ImGui::TextUnformatted(fmt::format(fmt::runtime(uiText(UiText::ImportSummary, lang)), r.rows, r.activitiesCreated,
                                       r.activitiesUpdated, r.actorsCreated, r.actorsUpdated, r.rejectedRows)
                               .c_str());
    if (!r.problems.empty()) {
      ImGui::BeginChild("##problems", ImVec2(font * 40, font * 12), true);
      for (const RasterProblem& problem : r.problems) {
        const std::string line = describe(problem, m_previewOf);
        if (problem.severity == Severity::Error)
          ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.1f, 1), "%s", line.c_str());
        else
          ImGui::TextDisabled("%s", line.c_str());
      }
      ImGui::EndChild();
    }
    if (r.rejectedRows > 0) ImGui::Checkbox(uiText(UiText::ImportSkipInvalid, lang), &m_skipInvalid);
    // Any change counts, cooperations and memberships from a network file included.
    const bool changes = r.project != s.project;
    const bool allowed = !r.fatal && changes && (r.rejectedRows == 0 || m_skipInvalid);
    if (!changes && !r.fatal) ImGui::TextDisabled("%s", uiText(UiText::ImportNothing, lang));
    if (r.rejectedRows > 0 && !m_skipInvalid) ImGui::TextDisabled("%s", uiText(UiText::ImportBlocked, lang));
    ImGui::BeginDisabled(!allowed);
    if (ImGui::Button(uiText(UiText::ImportApply, lang))) {
      commitPlacements(s);
      dispatch(s, importEdit(s.project, r.project, std::filesystem::path(m_previewOf).filename().string()));
      s.message = fmt::format(fmt::runtime(uiText(UiText::ImportApplied, lang)), m_previewOf);
      applied = true;
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
  }
  if (ImGui::Button(uiText(UiText::Cancel, lang)) || applied) {
    m_preview.reset();
    m_error.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace knp::app
