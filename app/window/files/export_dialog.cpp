#include "window/files/export_dialog.hpp"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>

#include "core/conference_session.hpp"
#include "core/ui_text.hpp"
#include "io/file_access.hpp"
#include "io/folder_listing.hpp"
#include "print/export_formats.hpp"
#include "report/progress_model.hpp"
#include "window/files/file_flow.hpp"

namespace knp::app {
namespace {

// The name a file of this project is suggested under: the project file's, or "knotenpunkt".
std::string suggestedStem(const AppState& s) { return s.file ? s.file->stem().string() : std::string("knotenpunkt"); }

bool validSinceYear(int year) { return year >= 1900 && year <= 2200; }

}  // namespace

bool ExportDialog::exportNow(AppState& s) {
  const Language lang = s.language;
  const ExportFormat& format = exportFormats()[m_format];
  Project project = s.project;
  project.map = liveMapState(s);  // the positions as on the screen
  ExportSettings settings{m_size, m_view.empty() ? std::nullopt : std::optional(m_view), m_language, m_withoutContacts,
                          s.conference};
  if (validSinceYear(m_sinceYear)) settings.sinceYear = m_sinceYear;
  if (const auto problem = checkExportSettings(project, format, settings)) {
    m_error = *problem == ExportProblem::Size   ? fmt::format(fmt::runtime(uiText(UiText::ExportBadSize, lang)), m_size)
              : *problem == ExportProblem::View ? fmt::format(fmt::runtime(uiText(UiText::ExportNoView, lang)), m_view)
              : *problem == ExportProblem::Since ? std::string(uiText(UiText::ExportNoSince, lang))
              : *problem == ExportProblem::SinceNotEarlier
                  ? fmt::format(fmt::runtime(uiText(UiText::ExportSinceNotEarlier, lang)), m_sinceYear,
                                stateYear(project).value_or(0))
                                                 : std::string(uiText(UiText::ExportNoConference, lang));
    return false;
  }
  const std::filesystem::path file = withDefaultExtension(m_path, format.extension);
  const ExportedFile exported = format.write(project, settings);
  if (exported.error) {
    m_error = fmt::format(fmt::runtime(uiText(UiText::ExportFailed, lang)), *exported.error);
    return false;
  }
  if (const Outcome<void> written = writeFileAtomically(file, exported.bytes, Backup::Keep); !written.ok()) {
    m_error = fmt::format(fmt::runtime(uiText(UiText::ExportFailed, lang)), describe(written.problem()));
    return false;
  }
  s.message = fmt::format(fmt::runtime(uiText(UiText::ExportWritten, lang)), file.string(), exported.bytes.size());
  return true;
}

void ExportDialog::open(std::string_view formatName) {
  m_open = true;
  const auto formats = exportFormats();
  // The first row of the name: several share one (the poster and the handout are both "pdf").
  for (std::size_t i = 0; i < formats.size(); ++i)
    if (formats[i].name == formatName) {
      m_format = i;
      break;
    }
}

void ExportDialog::draw(AppState& s) {
  const Language lang = s.language;
  if (m_open) {
    ImGui::OpenPopup("##export");
    m_open = false;
    m_error.clear();
    if (!m_languageChosen) m_language = lang;
    if (m_sinceYear == 0)  // the year before the project's state; the user may type another
      if (const std::optional<int> year = stateYear(s.project)) m_sinceYear = *year - 1;
  }
  if (!ImGui::BeginPopupModal("##export", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  const float font = ImGui::GetFontSize();
  const auto formats = exportFormats();
  const Conference* conference = currentConference(s);
  ImGui::TextUnformatted(uiText(UiText::ExportMenu, lang));
  ImGui::Separator();

  ImGui::SetNextItemWidth(font * 24);
  if (ImGui::BeginCombo(uiText(UiText::ExportFormat, lang), std::string(exportFormatTitle(formats[m_format], lang)).c_str())) {
    for (std::size_t i = 0; i < formats.size(); ++i)
      // A conference's protocol and handout are offered for the conference the Konferenz tab chose.
      if ((!(formats[i].options & kExportConference) || conference) &&
          ImGui::Selectable(std::string(exportFormatTitle(formats[i], lang)).c_str(), i == m_format)) {
        m_format = i;
        // The file name follows the format's extension.
        if (m_path[0] != '\0') {
          std::filesystem::path path(m_path);
          setField(m_path, path.replace_extension(std::string(formats[i].extension)).string());
        }
      }
    ImGui::EndCombo();
  }
  const ExportFormat& format = formats[m_format];
  const bool needsConference = (format.options & kExportConference) && !conference;
  const bool needsSince = (format.options & kExportSince) && !validSinceYear(m_sinceYear);
  if (format.options & kExportConference) {
    if (conference)
      ImGui::TextUnformatted(fmt::format(fmt::runtime(uiText(UiText::ExportConference, lang)), conference->title).c_str());
    else
      ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.1f, 1), "%s", uiText(UiText::ExportNoConference, lang));
  }
  if (format.options & kExportSince) {
    ImGui::SetNextItemWidth(font * 6);
    ImGui::InputInt(uiText(UiText::ExportSince, lang), &m_sinceYear, 0, 0);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", uiText(UiText::ExportSinceHint, lang));
    if (needsSince) ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.1f, 1), "%s", uiText(UiText::ExportNoSince, lang));
  }
  if (format.options & kExportSize) {
    ImGui::SetNextItemWidth(font * 10);
    ImGui::InputText(uiText(UiText::ExportSize, lang), m_size, sizeof m_size);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", uiText(UiText::ExportSizeHint, lang));
  }
  if (format.options & kExportView) {
    ImGui::SetNextItemWidth(font * 16);
    const char* wholeMap = uiText(UiText::ExportWholeMap, lang);
    if (ImGui::BeginCombo(uiText(UiText::ExportView, lang), m_view.empty() ? wholeMap : m_view.c_str())) {
      if (ImGui::Selectable(wholeMap, m_view.empty())) m_view.clear();
      for (const SavedView& view : s.project.map.views)
        if (ImGui::Selectable(view.name.c_str(), view.name == m_view)) m_view = view.name;
      ImGui::EndCombo();
    }
  }
  if (format.options & kExportLanguage) {
    ImGui::TextUnformatted(uiText(UiText::ExportLanguage, lang));
    ImGui::SameLine();
    if (ImGui::RadioButton("Deutsch", m_language == Language::German)) m_language = Language::German, m_languageChosen = true;
    ImGui::SameLine();
    if (ImGui::RadioButton("English", m_language == Language::English)) m_language = Language::English, m_languageChosen = true;
  }
  if (format.options & kExportContacts) ImGui::Checkbox(uiText(UiText::ExportWithoutContacts, lang), &m_withoutContacts);

  ImGui::SetNextItemWidth(font * 28);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();  // type the file name at once
  // The hint shows where an empty field's file would go by example: the project's name with
  // the format's extension.
  const std::string hint = suggestedStem(s) + std::string(format.extension);
  bool confirmed = ImGui::InputTextWithHint(uiText(UiText::ExportFile, lang), hint.c_str(), m_path, sizeof m_path,
                                            ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if (ImGui::Button(uiText(UiText::Browse, lang)))
    m_browser.open(FileBrowserMode::Save, browseStart(m_path, s), {std::string(format.extension)}, hint);
  if (auto chosen = m_browser.draw(fileBrowserText(lang, UiText::FbExportTitle))) {
    setField(m_path, chosen->string());
    confirmed = true;  // the browser asked about overwriting already
  }
  if (!m_error.empty()) ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.1f, 1), "%s", m_error.c_str());

  ImGui::Separator();
  bool done = false;
  ImGui::BeginDisabled(m_path[0] == '\0' || needsConference || needsSince);
  if ((ImGui::Button(uiText(UiText::ExportWrite, lang)) || confirmed) && m_path[0] != '\0' && !needsConference &&
      !needsSince)
    done = exportNow(s);
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(uiText(UiText::Cancel, lang)) || done) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

}  // namespace knp::app
