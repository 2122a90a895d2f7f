#pragma once
// When to write a recovery copy. No UI and no files here: the caller asks due() once per frame
// (or on a timer), writes the copy itself and reports success with written().
#include <chrono>
#include <cstdint>
#include <optional>

namespace knp::app {

// Decides when autosave is due, from a change counter the caller increments on every change
// to the document (it never goes back; an undo counts as a change too).
// Autosave is due when the document has changes not yet in a recovery copy (the counter
// differs from the one last passed to written() or reset()) and at least `interval` has
// passed since the first such change was seen, i.e. since the first due() call that saw the
// counter move. Later changes do not restart the wait, so steady editing still gets saved
// every `interval`. A new timer behaves as after reset(0).
class AutosaveTimer {
 public:
  using Clock = std::chrono::steady_clock;

  explicit AutosaveTimer(std::chrono::seconds interval = std::chrono::seconds(60));

  // True when a recovery copy should be written now. Keeps returning true until written()
  // or reset() is called; that is how a failed write gets retried.
  bool due(Clock::time_point now, std::uint64_t changeCount);

  // A recovery copy of the document at `changeCount` was written at `now`. Changes the
  // copy does not hold (due() already saw a larger counter) wait `interval` from `now`.
  void written(Clock::time_point now, std::uint64_t changeCount);

  // Nothing is pending at `changeCount`: after a normal save, or when a file was opened.
  void reset(std::uint64_t changeCount);

 private:
  std::chrono::seconds m_interval;
  std::uint64_t m_writtenCount = 0;  // the document as it is in the recovery copy (or file)
  std::uint64_t m_lastSeenCount = 0;
  std::optional<Clock::time_point> m_pendingSince;  // first sight of an unwritten change
};

// 60 seconds, unless the environment variable KNP_AUTOSAVE_SECONDS holds a positive whole
// number (digits only), which is then the interval; anything else is ignored. Lets tests of
// the real program autosave quickly.
std::chrono::seconds autosaveIntervalFromEnvironment();

}  // namespace knp::app
