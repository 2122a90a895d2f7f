#include "core/autosave.hpp"

#include <charconv>
#include <cstdlib>
#include <string_view>

namespace knp::app {

namespace {
constexpr std::chrono::seconds kDefaultInterval{60};
}

AutosaveTimer::AutosaveTimer(std::chrono::seconds interval) : m_interval(interval) {}

bool AutosaveTimer::due(Clock::time_point now, std::uint64_t changeCount) {
  m_lastSeenCount = changeCount;
  if (changeCount == m_writtenCount) {
    m_pendingSince.reset();
    return false;
  }
  if (!m_pendingSince) m_pendingSince = now;
  return now - *m_pendingSince >= m_interval;
}

void AutosaveTimer::written(Clock::time_point now, std::uint64_t changeCount) {
  m_writtenCount = changeCount;
  // We do not know when the changes after `changeCount` were first seen; counting from the
  // write keeps autosaves at least `interval` apart.
  m_pendingSince.reset();
  if (m_lastSeenCount != changeCount) m_pendingSince = now;
}

void AutosaveTimer::reset(std::uint64_t changeCount) {
  m_writtenCount = changeCount;
  m_lastSeenCount = changeCount;
  m_pendingSince.reset();
}

std::chrono::seconds autosaveIntervalFromEnvironment() {
  const char* value = std::getenv("KNP_AUTOSAVE_SECONDS");
  if (!value) return kDefaultInterval;
  const std::string_view text = value;
  long long seconds = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  const bool digitsOnly = !text.empty() && text.front() != '-' && end == text.data() + text.size();
  if (error != std::errc() || !digitsOnly || seconds <= 0) return kDefaultInterval;
  return std::chrono::seconds(seconds);
}

}  // namespace knp::app
