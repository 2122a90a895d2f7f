#pragma once
// The steps a conference is run with: conferences added, changed and deleted, scenes
// reordered, dots entered, an agreement taken over into the goals, the conference ended.
// Each returns an Edit for History::perform(); none modifies the project passed in. Small
// changes the panels make on a copy (a caption, a comment) go through changeConferenceEdit.
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "edit/edit.hpp"

namespace knp {

// A fresh conference id from the title, as newItemId makes item ids ("integrationskonferenz-2013"). O(conferences × tries).
std::string newConferenceId(const Project& project, std::string_view title);

// A fresh id within one list of a conference (scenes have none; polls "p1", options "o1",
// comments "c1", ...): `prefix` and the smallest number not taken. O(ids).
std::string nextLocalId(std::span<const std::string> taken, std::string_view prefix);
// The ids of `items` (polls, options or comments), for nextLocalId.
template <class T>
std::vector<std::string> idsOf(const std::vector<T>& items) {
  std::vector<std::string> ids;
  ids.reserve(items.size());
  for (const T& item : items) ids.push_back(item.id);
  return ids;
}

// Appends `conference`. Throws std::invalid_argument when its id is empty or taken.
Edit addConferenceEdit(const Project& project, Conference conference);

// Replaces the conference with `conference`'s id (an empty edit when nothing differs); the
// label names the step (EditAction::AddScene, ...; name: the conference's title is filled in
// when empty). Throws std::invalid_argument when there is no such conference.
Edit changeConferenceEdit(const Project& project, const Conference& conference, EditLabel label);

// Deletes the conference and clears the marks of items created during it (fromConference).
// Empty edit when there is none.
Edit deleteConferenceEdit(const Project& project, const ConferenceId& id);

// Moves scene `from` to position `to` (both < number of scenes; the others shift). Empty
// when from == to or out of range.
Edit moveSceneEdit(const Project& project, const ConferenceId& id, std::size_t from, std::size_t to);

// Sets the dots `table` placed on an option (count >= 0; 0 removes the entry). The table is
// added to the poll's tables when new. Empty when nothing changes or the poll or option does
// not exist.
Edit setDotsEdit(const Project& project, const ConferenceId& id, std::string_view pollId, std::string_view optionId,
                 const std::string& table, int count);

// An agreement taken over: each goal of agreedGoalIds(poll) gets `year` in priorityYears
// (kept ascending, once) and the poll is marked agreed. Throws std::invalid_argument when the
// poll does not exist or is not an agreement. O(goals × agreed).
Edit agreeEdit(const Project& project, const ConferenceId& id, std::string_view pollId, int year);

// Marks the conference as running from `startedAt` (clearing an earlier end; a run that was
// never ended keeps its start) / as ended at
// `endedAt` with the item keys changed while it ran (merged into `changed`, first-touched
// order, each once).
Edit startConferenceEdit(const Project& project, const ConferenceId& id, std::string startedAt);
Edit endConferenceEdit(const Project& project, const ConferenceId& id, std::string endedAt,
                       std::span<const std::string> changed);

// The item keys (item_kind.hpp itemKeyOf) of the items that `steps` add, change or delete, in
// the order first touched, each once; map state, views and conferences are not items, and a
// whole-project swap (items re-ordered) names none. O(changes).
std::vector<std::string> itemsChangedBy(std::span<const Edit> steps);

}  // namespace knp
