#pragma once
// Files in the window: New, Open (the program's own file browser), recent files, Save, Save
// as; the question Save / Discard / Cancel before unsaved changes would be lost (quit, new,
// open); autosave, and the offer to restore a recovery copy after a crash.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/app_state.hpp"
#include "core/autosave_service.hpp"
#include "window/files/file_browser.hpp"
#include "core/ui_text.hpp"

namespace knp::app {

// The file browser's words in `language`, under the window title `title`.
FileBrowserText fileBrowserText(Language language, UiText title);

// Where a dialog's file field starts its browser: the folder of the path typed in `field`,
// else the open project file's folder, else the working folder. O(length).
std::filesystem::path browseStart(const char* field, const AppState& s);

// Puts `text` into a dialog's fixed-size text field, cut to fit and terminated. O(size).
template <std::size_t N>
void setField(char (&field)[N], const std::string& text) {
  const std::size_t n = std::min(text.size(), N - 1);
  text.copy(field, n);
  field[n] = '\0';
}

class FileFlow {
 public:
  // Turns on autosave (screenshots and tests run without it) and looks for a copy left by a
  // crash to offer (beside the open file, or of a never-saved project in `unsavedFolder`).
  void enableAutosave(AppState& s, std::filesystem::path unsavedFolder, long processId);

  void drawFileMenu(AppState& s);  // the entries of the "Datei" menu
  void handleShortcuts(AppState& s);  // Ctrl+N, Ctrl+O, Ctrl+S, Ctrl+Shift+S, Ctrl+Q
  void drawDialogs(AppState& s);   // file browser, unsaved-changes question, recovery offer, errors

  // The user closed the window: true when it may close now; otherwise asks first.
  bool requestQuit(AppState& s);
  bool quitConfirmed() const { return m_quitConfirmed; }

  // Once per frame: autosave when due. And how long the loop may sleep before it is due.
  void tick(AppState& s);
  std::optional<double> secondsUntilAutosave(const AppState& s) const;

  // Saves to the current file, or asks for a name first. Returns true when saved now.
  bool save(AppState& s);

  // Opens `file` in place of the current document (no question asked: callers ask first).
  // On problems, the current document stays and the problems are shown.
  bool openFile(AppState& s, const std::filesystem::path& file);

 private:
  enum class Pending { None, Quit, New, Browse, Recent };
  void request(AppState& s, Pending what, std::filesystem::path recent = {});
  void proceed(AppState& s);                    // the pending action, once nothing is at risk
  bool saveTo(AppState& s, const std::filesystem::path& file);
  void documentSettled(AppState& s, const std::optional<std::filesystem::path>& previous);
  void offerRecovery(AppState& s);
  void rememberRecent(AppState& s, const std::filesystem::path& file);
  std::filesystem::path browseFolder(const AppState& s) const;
  void drawUnsavedQuestion(AppState& s);
  void drawRecoveryOffer(AppState& s);
  void drawOpenProblems(AppState& s);

  std::optional<AutosaveService> m_autosave;
  std::filesystem::path m_unsavedFolder;
  FileBrowser m_browser;
  enum class BrowserFor { Open, SaveAs } m_browserFor = BrowserFor::Open;
  Pending m_pending = Pending::None;
  std::filesystem::path m_recentTarget;
  bool m_askUnsaved = false, m_quitConfirmed = false;
  std::optional<RecoveryCandidate> m_recovery;
  std::optional<std::filesystem::path> m_restoredFrom;  // the copy the document came from
  bool m_askRecovery = false;
  std::vector<std::string> m_openProblems;
  bool m_showOpenProblems = false;
};

}  // namespace knp::app
