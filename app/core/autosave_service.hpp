#pragma once
// Autosave and crash recovery for the window's document: every interval (60 s) of unsaved
// changes a recovery copy is written beside the project file (io/recovery.hpp), or in the
// user's data folder for a project never saved; a normal save, discarding the changes or
// quitting cleanly removes it. At the next start, a copy left behind by a crash is offered.
// No UI calls: the window asks and shows the answers.
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

#include "core/app_state.hpp"
#include "core/autosave.hpp"
#include "io/outcome.hpp"
#include "io/recovery.hpp"

namespace knp::app {

class AutosaveService {
 public:
  // `unsavedFolder`: where copies of never-saved projects go (settings.hpp userDataFolder()
  // / "recovery"). `processId` names such copies, so two running windows never share one.
  AutosaveService(std::filesystem::path unsavedFolder, long processId,
                  std::chrono::seconds interval = autosaveIntervalFromEnvironment());

  // Call once per frame: writes the copy when due; removes it again when undo led back to
  // the saved state. Returns writeRecovery's problem when a write failed (then retries an
  // interval later), Done otherwise. O(project size) when writing, O(1) otherwise.
  Outcome<void> tick(const AppState& s, AutosaveTimer::Clock::time_point now);

  // Seconds until the next write may be due while changes are pending; none when nothing is
  // pending (the window may sleep until the next event).
  std::optional<double> secondsUntilDue(const AppState& s, AutosaveTimer::Clock::time_point now) const;

  // The document now equals its file (saved, opened, or its changes discarded): nothing is
  // pending, and the copy written for it (under `previousFile` when it was saved under a new
  // name, or as never saved) is removed.
  void settled(const AppState& s, const std::optional<std::filesystem::path>& previousFile);

  // Another document replaced the one in `s` (opened, new, restored): nothing of it is
  // pending yet; copies on disk stay (one beside an opened file is offered, not deleted).
  void restart(const AppState& s);

  // Where the copy of the document in `s` goes.
  std::filesystem::path recoveryPathOf(const AppState& s) const;

 private:
  std::filesystem::path m_unsavedFolder;
  long m_processId;
  AutosaveTimer m_timer;
  std::chrono::seconds m_interval;
  std::optional<std::filesystem::path> m_written;  // the copy this window wrote and still owns
  std::optional<AutosaveTimer::Clock::time_point> m_pendingSince;
};

// The copy to offer at start: the one beside `file`, or, for no file (the embedded example),
// the newest copy of a never-saved project in `unsavedFolder`. None when there is none.
std::optional<RecoveryCandidate> recoveryToOffer(const std::optional<std::filesystem::path>& file,
                                                 const std::filesystem::path& unsavedFolder);

}  // namespace knp::app
