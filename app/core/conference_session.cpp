#include "core/conference_session.hpp"

#include <ctime>
#include <span>

#include "core/document.hpp"
#include "edit/conference_edits.hpp"

namespace knp::app {
namespace {

std::string formatLocal(const char* pattern) {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[32];
  std::strftime(text, sizeof text, pattern, &local);
  return text;
}

}  // namespace

const Conference* currentConference(const AppState& s) {
  return s.conference.empty() ? nullptr : findConference(s.project, s.conference);
}

bool createConference(AppState& s, const std::string& title, const std::string& date) {
  if (title.empty()) return false;
  Conference conference;
  conference.id = ConferenceId(newConferenceId(s.project, title));
  conference.title = title;
  conference.date = date;
  const ConferenceId id = conference.id;
  endConference(s, localNow());
  dispatch(s, addConferenceEdit(s.project, std::move(conference)));
  s.conference = id;
  return true;
}

void chooseConference(AppState& s, const ConferenceId& id) {
  if (id == s.conference) return;
  endConference(s, localNow());
  s.conference = findConference(s.project, id) ? id : ConferenceId();
}

bool conferenceRunning(const AppState& s) { return s.conferenceStartStep.has_value() && currentConference(s); }

void startConference(AppState& s, const std::string& now) {
  if (!currentConference(s) || conferenceRunning(s)) return;
  dispatch(s, startConferenceEdit(s.project, s.conference, now));
  s.conferenceStartStep = s.history.position();
}

void endConference(AppState& s, const std::string& now) {
  if (!conferenceRunning(s)) {
    s.conferenceStartStep.reset();
    return;
  }
  // Steps undone past the start count from where the history stands now.
  const std::size_t from = std::min(*s.conferenceStartStep, s.history.position());
  const std::span<const Edit> steps(s.history.steps().data() + from, s.history.position() - from);
  const std::vector<std::string> changed = itemsChangedBy(steps);
  s.conferenceStartStep.reset();
  dispatch(s, endConferenceEdit(s.project, s.conference, now, changed));
}

ConferenceId conferenceMarkForNewItems(const AppState& s) {
  return conferenceRunning(s) ? s.conference : ConferenceId();
}

std::string localNow() { return formatLocal("%Y-%m-%dT%H:%M"); }
std::string localToday() { return formatLocal("%Y-%m-%d"); }

}  // namespace knp::app
