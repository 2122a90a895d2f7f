#include "window/files/file_flow.hpp"

#include <chrono>
#include <ctime>

#include <fmt/format.h>
#include <imgui.h>

#include "core/conference_session.hpp"
#include "core/document.hpp"
#include "io/project_json.hpp"
#include "core/map_views.hpp"
#include "core/ui_text.hpp"

namespace knp::app {
namespace {

const ImVec4 kErrorColour(0.7f, 0.1f, 0.1f, 1);

}  // namespace

std::filesystem::path browseStart(const char* field, const AppState& s) {
  if (field[0] != '\0') return std::filesystem::path(field).parent_path();
  if (s.file) return s.file->parent_path();
  std::error_code ec;
  return std::filesystem::current_path(ec);
}

FileBrowserText fileBrowserText(Language lang, UiText title) {
  auto t = [&](UiText id) { return std::string_view(uiText(id, lang)); };
  return {t(title),          t(UiText::FbFolder),     t(UiText::FbName),  t(UiText::FbSize),
          t(UiText::FbModified), t(UiText::FbPath),   t(UiText::FbFilter), t(UiText::FbAllFiles),
          t(UiText::FbShowHidden), t(UiText::FbUp),   t(UiText::FbOpen),   t(UiText::Save),
          t(UiText::Cancel),     t(UiText::FbOverwrite), t(UiText::FbReplace), t(UiText::FbNotAFolder)};
}

namespace {

// "25.11.2026 14:03" for a file time, in local time.
std::string localTime(std::filesystem::file_time_type written) {
  const auto system = std::chrono::time_point_cast<std::chrono::seconds>(
      written - std::filesystem::file_time_type::clock::now() + std::chrono::system_clock::now());
  const std::time_t t = std::chrono::system_clock::to_time_t(system);
  std::tm local{};
  localtime_r(&t, &local);
  char text[32];
  std::strftime(text, sizeof text, "%d.%m.%Y %H:%M", &local);
  return text;
}

bool enterPressed() {
  return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
         ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
}

}  // namespace

void FileFlow::enableAutosave(AppState& s, std::filesystem::path unsavedFolder, long processId) {
  m_unsavedFolder = unsavedFolder;
  m_autosave.emplace(std::move(unsavedFolder), processId);
  offerRecovery(s);
}

void FileFlow::offerRecovery(AppState& s) {
  if (!m_autosave) return;
  m_recovery = recoveryToOffer(s.file, m_unsavedFolder);
  m_askRecovery = m_recovery.has_value();
}

std::filesystem::path FileFlow::browseFolder(const AppState& s) const {
  if (s.file) return std::filesystem::absolute(*s.file).parent_path();
  if (!s.settings.recentFiles.empty()) return s.settings.recentFiles.front().parent_path();
  std::error_code ec;
  return std::filesystem::current_path(ec);
}

void FileFlow::rememberRecent(AppState& s, const std::filesystem::path& file) {
  rememberRecentFile(s.settings, file);
  if (s.settingsFile) (void)saveSettings(*s.settingsFile, s.settings);  // a failure shows when saved on quit
}

void FileFlow::documentSettled(AppState& s, const std::optional<std::filesystem::path>& previous) {
  if (m_autosave) m_autosave->settled(s, previous);
  // A restored copy of a never-saved project carries the crashed process's number.
  if (m_restoredFrom) removeRecovery(*m_restoredFrom), m_restoredFrom.reset();
}

bool FileFlow::saveTo(AppState& s, const std::filesystem::path& file) {
  const auto previous = s.file;
  std::string notice;  // set when the file's owner could not be kept
  if (const Outcome<void> saved = saveProject(s, file, &notice); !saved.ok()) {
    s.message = fmt::format(fmt::runtime(uiText(UiText::SaveFailed, s.language)), describe(saved.problem()));
    return false;
  }
  s.message = fmt::format(fmt::runtime(uiText(notice.empty() ? UiText::Saved : UiText::SavedOwnerChanged, s.language)),
                          file.string());
  documentSettled(s, previous);
  rememberRecent(s, file);
  return true;
}

bool FileFlow::save(AppState& s) {
  if (!s.file) {
    m_browserFor = BrowserFor::SaveAs;
    m_browser.open(FileBrowserMode::Save, browseFolder(s), {".json"}, "projekt.json");
    return false;
  }
  return saveTo(s, *s.file);
}

bool FileFlow::openFile(AppState& s, const std::filesystem::path& file) {
  LoadResult loaded = loadProjectFile(file);
  if (!loaded.project) {
    m_openProblems.clear();
    for (const Problem& problem : loaded.problems) m_openProblems.push_back(describe(problem, file.string()));
    m_showOpenProblems = true;
    s.message = fmt::format(fmt::runtime(uiText(UiText::OpenFailed, s.language)), file.string());
    return false;
  }
  const auto previous = s.file;
  documentSettled(s, previous);  // the old document's changes were saved or discarded by now
  replaceDocument(s, std::move(*loaded.project), file, DiskState::Saved);
  if (m_autosave) m_autosave->restart(s);
  s.message = fmt::format(fmt::runtime(uiText(UiText::Opened, s.language)), file.string());
  rememberRecent(s, file);
  offerRecovery(s);
  return true;
}

void FileFlow::request(AppState& s, Pending what, std::filesystem::path recent) {
  // A conference still running ends here, so that what changed during it is recorded (one
  // step, which the question about unsaved changes then offers to save).
  endConference(s, localNow());
  m_pending = what;
  m_recentTarget = std::move(recent);
  if (hasUnsavedChanges(s))
    m_askUnsaved = true;
  else
    proceed(s);
}

void FileFlow::proceed(AppState& s) {
  const Pending what = std::exchange(m_pending, Pending::None);
  switch (what) {
    case Pending::None: break;
    case Pending::Quit:
      documentSettled(s, s.file);
      m_quitConfirmed = true;
      break;
    case Pending::New:
      documentSettled(s, s.file);
      replaceDocument(s, newProjectFramework(), std::nullopt, DiskState::Saved);
      if (m_autosave) m_autosave->restart(s);
      break;
    case Pending::Browse:
      m_browserFor = BrowserFor::Open;
      m_browser.open(FileBrowserMode::Open, browseFolder(s), {".json"});
      break;
    case Pending::Recent: openFile(s, m_recentTarget); break;
  }
}

bool FileFlow::requestQuit(AppState& s) {
  if (m_quitConfirmed) return true;
  request(s, Pending::Quit);
  return m_quitConfirmed;
}

void FileFlow::drawFileMenu(AppState& s) {
  const Language lang = s.language;
  if (ImGui::MenuItem(uiText(UiText::NewProject, lang), "Ctrl+N")) request(s, Pending::New);
  if (ImGui::MenuItem(uiText(UiText::OpenProject, lang), "Ctrl+O")) request(s, Pending::Browse);
  if (ImGui::BeginMenu(uiText(UiText::RecentFiles, lang))) {
    if (s.settings.recentFiles.empty()) ImGui::TextDisabled("%s", uiText(UiText::NoRecentFiles, lang));
    std::optional<std::filesystem::path> chosen;
    for (const auto& file : s.settings.recentFiles) {
      const bool exists = std::filesystem::exists(file);
      if (ImGui::MenuItem(file.filename().string().c_str(), nullptr, false, exists)) chosen = file;
      if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", file.string().c_str());
    }
    if (!s.settings.recentFiles.empty()) {
      ImGui::Separator();
      if (ImGui::MenuItem(uiText(UiText::ClearRecent, lang))) {
        s.settings.recentFiles.clear();
        if (s.settingsFile) (void)saveSettings(*s.settingsFile, s.settings);  // as in rememberRecent
      }
    }
    ImGui::EndMenu();
    if (chosen) request(s, Pending::Recent, *chosen);
  }
  ImGui::Separator();
  if (ImGui::MenuItem(uiText(UiText::Save, lang), "Ctrl+S")) save(s);
  if (ImGui::MenuItem(uiText(UiText::SaveAs, lang), "Ctrl+Shift+S")) {
    m_browserFor = BrowserFor::SaveAs;
    m_browser.open(FileBrowserMode::Save, browseFolder(s), {".json"},
                   s.file ? s.file->filename().string() : std::string("projekt.json"));
  }
}

void FileFlow::handleShortcuts(AppState& s) {
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.KeyCtrl || m_browser.isOpen()) return;
  // ImGui 1.86 names only a few letter keys; the GLFW backend indexes keys by GLFW's codes,
  // which are the upper-case ASCII letters.
  if (ImGui::IsKeyPressed('N', false)) request(s, Pending::New);
  if (ImGui::IsKeyPressed('O', false)) request(s, Pending::Browse);
  if (ImGui::IsKeyPressed('Q', false)) request(s, Pending::Quit);
  if (ImGui::IsKeyPressed('S', false)) {
    if (io.KeyShift) {
      m_browserFor = BrowserFor::SaveAs;
      m_browser.open(FileBrowserMode::Save, browseFolder(s), {".json"},
                     s.file ? s.file->filename().string() : std::string("projekt.json"));
    } else {
      save(s);
    }
  }
}

void FileFlow::tick(AppState& s) {
  if (!m_autosave) return;
  if (const Outcome<void> written = m_autosave->tick(s, AutosaveTimer::Clock::now()); !written.ok())
    s.message = fmt::format(fmt::runtime(uiText(UiText::AutosaveFailed, s.language)), describe(written.problem()));
}

std::optional<double> FileFlow::secondsUntilAutosave(const AppState& s) const {
  if (!m_autosave) return std::nullopt;
  return m_autosave->secondsUntilDue(s, AutosaveTimer::Clock::now());
}

void FileFlow::drawUnsavedQuestion(AppState& s) {
  const Language lang = s.language;
  if (m_askUnsaved) ImGui::OpenPopup("##unsaved"), m_askUnsaved = false;
  if (!ImGui::BeginPopupModal("##unsaved", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  ImGui::TextUnformatted(uiText(UiText::UnsavedTitle, lang));
  ImGui::TextUnformatted(uiText(UiText::UnsavedText, lang));
  if (ImGui::Button(uiText(UiText::Save, lang)) || enterPressed()) {
    ImGui::CloseCurrentPopup();
    if (save(s)) proceed(s);  // without a file, the browser asks for a name and proceeds after saving
  }
  ImGui::SameLine();
  if (ImGui::Button(uiText(UiText::Discard, lang))) {
    ImGui::CloseCurrentPopup();
    proceed(s);
  }
  ImGui::SameLine();
  if (ImGui::Button(uiText(UiText::Cancel, lang)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
    m_pending = Pending::None;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void FileFlow::drawRecoveryOffer(AppState& s) {
  const Language lang = s.language;
  if (m_askRecovery) ImGui::OpenPopup("##recovery"), m_askRecovery = false;
  if (!ImGui::BeginPopupModal("##recovery", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  if (!m_recovery) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  const std::string what = m_recovery->original ? m_recovery->original->filename().string()
                                                : std::string(uiText(UiText::RecoveryUnsavedProject, lang));
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
  ImGui::TextWrapped("%s", fmt::format(fmt::runtime(uiText(UiText::RecoveryText, lang)),
                                       localTime(m_recovery->written), what).c_str());
  ImGui::TextDisabled("%s", m_recovery->recoveryPath.string().c_str());
  ImGui::PopTextWrapPos();
  if (ImGui::Button(uiText(UiText::RecoveryRestore, lang)) || enterPressed()) {
    LoadResult loaded = loadRecovery(*m_recovery);
    if (loaded.project) {
      replaceDocument(s, std::move(*loaded.project), m_recovery->original, DiskState::Unsaved);
      if (m_autosave) m_autosave->restart(s);
      m_restoredFrom = m_recovery->recoveryPath;
      s.message = fmt::format(fmt::runtime(uiText(UiText::Restored, lang)), m_recovery->recoveryPath.string());
    } else {
      m_openProblems.clear();
      for (const Problem& problem : loaded.problems)
        m_openProblems.push_back(describe(problem, m_recovery->recoveryPath.string()));
      m_showOpenProblems = true;
    }
    m_recovery.reset();
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button(uiText(UiText::RecoveryDiscard, lang))) {
    removeRecovery(m_recovery->recoveryPath);
    m_recovery.reset();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void FileFlow::drawOpenProblems(AppState& s) {
  if (m_showOpenProblems) ImGui::OpenPopup("##openProblems"), m_showOpenProblems = false;
  if (!ImGui::BeginPopupModal("##openProblems", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  const float font = ImGui::GetFontSize();
  ImGui::TextUnformatted(s.message.c_str());
  ImGui::BeginChild("##problems", ImVec2(font * 40, font * 12), true);
  for (const std::string& line : m_openProblems) ImGui::TextColored(kErrorColour, "%s", line.c_str());
  ImGui::EndChild();
  if (ImGui::Button("OK") || enterPressed() || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
    ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void FileFlow::drawDialogs(AppState& s) {
  drawUnsavedQuestion(s);
  drawRecoveryOffer(s);
  drawOpenProblems(s);
  const UiText title = m_browserFor == BrowserFor::Open ? UiText::FbOpenTitle : UiText::FbSaveTitle;
  const bool wasOpen = m_browser.isOpen();
  if (auto chosen = m_browser.draw(fileBrowserText(s.language, title))) {
    if (m_browserFor == BrowserFor::Open) {
      openFile(s, *chosen);
    } else if (saveTo(s, *chosen)) {
      proceed(s);  // a quit or open that waited for this save
    } else {
      m_pending = Pending::None;
    }
  } else if (wasOpen && !m_browser.isOpen()) {
    m_pending = Pending::None;  // cancelled: whatever waited for it does not happen
  }
}

}  // namespace knp::app
