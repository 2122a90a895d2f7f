#pragma once
// The conference the window works on: choosing and creating one, and running it (start and
// end), so that what was added or changed while it ran is remembered with it. No UI calls.
#include <string>

#include "core/app_state.hpp"

namespace knp::app {

// The chosen conference (AppState::conference), or nullptr when none is chosen or it is gone.
const Conference* currentConference(const AppState& s);

// Creates a conference titled `title` on `date` (YYYY-MM-DD or empty) as one step and
// chooses it. Returns false (nothing done) for an empty title.
bool createConference(AppState& s, const std::string& title, const std::string& date);

// Chooses the conference `id` (none when it does not exist); ends a running one first.
void chooseConference(AppState& s, const ConferenceId& id);

// Starts the chosen conference at `now` ("YYYY-MM-DDTHH:MM", localNow()) as one step;
// items created until its end are marked with it (markFromConference). Nothing without a
// chosen conference or when it already runs.
void startConference(AppState& s, const std::string& now);

// Ends the running conference at `now` as one step that records the items added or changed
// since its start (from the undo history). Nothing when none runs.
void endConference(AppState& s, const std::string& now);

// Whether the chosen conference runs in the program now.
bool conferenceRunning(const AppState& s);

// The running conference's id for a new item's `fromConference`; empty when none runs.
ConferenceId conferenceMarkForNewItems(const AppState& s);

// The local time as "YYYY-MM-DDTHH:MM" / the local date as "YYYY-MM-DD".
std::string localNow();
std::string localToday();

}  // namespace knp::app
