#include "core/autosave_service.hpp"

#include "core/document.hpp"

namespace knp::app {

AutosaveService::AutosaveService(std::filesystem::path unsavedFolder, long processId, std::chrono::seconds interval)
    : m_unsavedFolder(std::move(unsavedFolder)), m_processId(processId), m_timer(interval), m_interval(interval) {
  m_timer.reset(0);
}

std::filesystem::path AutosaveService::recoveryPathOf(const AppState& s) const {
  return s.file ? recoveryPathFor(*s.file) : unsavedRecoveryPath(m_unsavedFolder, m_processId);
}

Outcome<void> AutosaveService::tick(const AppState& s, AutosaveTimer::Clock::time_point now) {
  const std::uint64_t changes = s.history.changeCount();
  if (!hasUnsavedChanges(s)) {
    // Undone back to the file: a copy would only offer what is on disk already.
    if (m_written) removeRecovery(*m_written), m_written.reset();
    m_timer.reset(changes);
    m_pendingSince.reset();
    return Done{};
  }
  if (!m_pendingSince) m_pendingSince = now;
  if (!m_timer.due(now, changes)) return Done{};
  const std::filesystem::path target = recoveryPathOf(s);
  m_timer.written(now, changes);  // a failed write is tried again an interval later, not every frame
  m_pendingSince = now;
  if (Outcome<void> written = writeRecovery(s.project, target); !written.ok()) return written;
  if (m_written && *m_written != target) removeRecovery(*m_written);  // saved under a new name meanwhile
  m_written = target;
  return Done{};
}

std::optional<double> AutosaveService::secondsUntilDue(const AppState& s, AutosaveTimer::Clock::time_point now) const {
  if (!hasUnsavedChanges(s)) return std::nullopt;
  if (!m_pendingSince) return 0.0;
  const auto left = *m_pendingSince + m_interval - now;
  return std::max(0.0, std::chrono::duration<double>(left).count());
}

void AutosaveService::settled(const AppState& s, const std::optional<std::filesystem::path>& previousFile) {
  if (m_written) removeRecovery(*m_written), m_written.reset();
  removeRecovery(previousFile ? recoveryPathFor(*previousFile) : unsavedRecoveryPath(m_unsavedFolder, m_processId));
  removeRecovery(recoveryPathOf(s));
  m_timer.reset(s.history.changeCount());
  m_pendingSince.reset();
}

void AutosaveService::restart(const AppState& s) {
  m_written.reset();
  m_timer.reset(s.history.changeCount());
  m_pendingSince.reset();
}

std::optional<RecoveryCandidate> recoveryToOffer(const std::optional<std::filesystem::path>& file,
                                                 const std::filesystem::path& unsavedFolder) {
  if (file) return findRecoveryFor(*file);
  auto unsaved = findUnsavedRecoveries(unsavedFolder);
  if (unsaved.empty()) return std::nullopt;
  return unsaved.front();
}

}  // namespace knp::app
