#include "edit/conference_edits.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>
#include <type_traits>

#include "conference/poll_results.hpp"
#include "edit/item_edits.hpp"

namespace knp {
namespace {

std::ptrdiff_t indexOfConference(const Project& p, const ConferenceId& id) {
  for (std::size_t i = 0; i < p.conferences.size(); ++i)
    if (p.conferences[i].id == id) return static_cast<std::ptrdiff_t>(i);
  return -1;
}

template <class T>
T* findLocal(std::vector<T>& items, std::string_view id) {
  for (T& item : items)
    if (item.id == id) return &item;
  return nullptr;
}

EditLabel conferenceLabel(EditAction action, const Conference& c, std::string other = {}) {
  EditLabel label = makeLabel(action, ItemKind::Actor, c.title);
  label.otherName = std::move(other);
  return label;
}

// Edits the conference `id` of a copy of `project` with `change`; empty when there is none.
template <class Change>
Edit editConference(const Project& project, const ConferenceId& id, EditLabel label, Change change) {
  const std::ptrdiff_t index = indexOfConference(project, id);
  if (index < 0) return Edit{std::move(label), {}};
  return editProject(project, std::move(label),
                     [&](Project& p) { change(p, p.conferences[static_cast<std::size_t>(index)]); });
}

// Adds the keys of the items a ListChange<T> touches; other changes name no item.
template <class T>
void collectKeys(const ListChange<T>& c, std::vector<std::string>& keys) {
  if constexpr (!std::is_same_v<T, SavedView> && !std::is_same_v<T, Conference>) {  // the items' lists
    const T& item = c.after ? *c.after : *c.before;
    keys.push_back(itemKeyOf(refOf(item)));
  }
}
void collectKeys(const auto&, std::vector<std::string>&) {}

}  // namespace

std::string newConferenceId(const Project& project, std::string_view title) {
  const std::string base = slugOf(title);
  std::string id = base;
  for (int n = 2; findConference(project, ConferenceId(id)); ++n) id = base + "-" + std::to_string(n);
  return id;
}

std::string nextLocalId(std::span<const std::string> taken, std::string_view prefix) {
  const std::set<std::string> used(taken.begin(), taken.end());
  for (std::size_t n = 1;; ++n) {
    std::string id = std::string(prefix) + std::to_string(n);
    if (!used.contains(id)) return id;
  }
}

Edit addConferenceEdit(const Project& project, Conference conference) {
  if (conference.id.empty()) throw std::invalid_argument("new conference without id");
  if (findConference(project, conference.id))
    throw std::invalid_argument("conference id \"" + conference.id.value + "\" is taken");
  const EditLabel label = conferenceLabel(EditAction::AddConference, conference);
  return editProject(project, label, [&](Project& p) { p.conferences.push_back(std::move(conference)); });
}

Edit changeConferenceEdit(const Project& project, const Conference& conference, EditLabel label) {
  const std::ptrdiff_t index = indexOfConference(project, conference.id);
  if (index < 0) throw std::invalid_argument("no conference \"" + conference.id.value + "\" to change");
  if (label.name.empty()) label.name = conference.title;
  return editProject(project, std::move(label),
                     [&](Project& p) { p.conferences[static_cast<std::size_t>(index)] = conference; });
}

Edit deleteConferenceEdit(const Project& project, const ConferenceId& id) {
  const Conference* conference = findConference(project, id);
  if (!conference) return {};
  return editProject(project, conferenceLabel(EditAction::DeleteConference, *conference), [&](Project& p) {
    std::erase_if(p.conferences, [&](const Conference& c) { return c.id == id; });
    auto unmark = [&](auto& items) {
      for (auto& item : items)
        if (item.fromConference == id) item.fromConference = ConferenceId();
    };
    unmark(p.actors);
    unmark(p.activities);
    unmark(p.cooperations);
  });
}

Edit moveSceneEdit(const Project& project, const ConferenceId& id, std::size_t from, std::size_t to) {
  const Conference* conference = findConference(project, id);
  if (!conference || from == to || from >= conference->scenes.size() || to >= conference->scenes.size()) return {};
  const EditLabel label = conferenceLabel(EditAction::MoveScene, *conference, conference->scenes[from].heading);
  return editConference(project, id, label, [&](Project&, Conference& c) {
    Scene moved = std::move(c.scenes[from]);
    c.scenes.erase(c.scenes.begin() + static_cast<std::ptrdiff_t>(from));
    c.scenes.insert(c.scenes.begin() + static_cast<std::ptrdiff_t>(to), std::move(moved));
  });
}

Edit setDotsEdit(const Project& project, const ConferenceId& id, std::string_view pollId, std::string_view optionId,
                 const std::string& table, int count) {
  const Conference* conference = findConference(project, id);
  if (!conference || count < 0 || table.empty()) return {};
  Conference copy = *conference;
  Poll* poll = findLocal(copy.polls, pollId);
  PollOption* option = poll ? findLocal(poll->options, optionId) : nullptr;
  if (!option) return {};
  if (count == 0)
    option->dots.erase(table);
  else
    option->dots[table] = count;
  if (std::find(poll->tables.begin(), poll->tables.end(), table) == poll->tables.end()) poll->tables.push_back(table);
  return changeConferenceEdit(project, copy, conferenceLabel(EditAction::Vote, copy, option->text));
}

Edit agreeEdit(const Project& project, const ConferenceId& id, std::string_view pollId, int year) {
  const Conference* conference = findConference(project, id);
  const Poll* found = nullptr;
  if (conference)
    for (const Poll& poll : conference->polls)
      if (poll.id == pollId) found = &poll;
  if (!found) throw std::invalid_argument("no poll \"" + std::string(pollId) + "\" to agree on");
  if (found->kind != PollKind::Agreement) throw std::invalid_argument("the poll is not an agreement");
  const std::vector<std::string> goals = agreedGoalIds(*found);
  EditLabel label = conferenceLabel(EditAction::Agree, *conference, found->question);
  label.count = goals.size();
  return editConference(project, id, label, [&](Project& p, Conference& c) {
    findLocal(c.polls, pollId)->agreed = true;
    for (Goal& goal : p.goals) {
      if (std::find(goals.begin(), goals.end(), goal.id.value) == goals.end()) continue;
      auto& years = goal.priorityYears;
      if (std::find(years.begin(), years.end(), year) == years.end()) {
        years.push_back(year);
        std::sort(years.begin(), years.end());
      }
    }
  });
}

Edit startConferenceEdit(const Project& project, const ConferenceId& id, std::string startedAt) {
  const Conference* conference = findConference(project, id);
  if (!conference) return {};
  return editConference(project, id, conferenceLabel(EditAction::StartConference, *conference),
                        [&](Project&, Conference& c) {
                          // A run that was never ended (the program closed) goes on from its start.
                          if (c.startedAt.empty() || !c.endedAt.empty()) c.startedAt = startedAt;
                          c.endedAt.clear();
                        });
}

Edit endConferenceEdit(const Project& project, const ConferenceId& id, std::string endedAt,
                       std::span<const std::string> changed) {
  const Conference* conference = findConference(project, id);
  if (!conference) return {};
  return editConference(project, id, conferenceLabel(EditAction::EndConference, *conference),
                        [&](Project&, Conference& c) {
                          c.endedAt = endedAt;
                          for (const std::string& key : changed)
                            if (std::find(c.changed.begin(), c.changed.end(), key) == c.changed.end())
                              c.changed.push_back(key);
                        });
}

std::vector<std::string> itemsChangedBy(std::span<const Edit> steps) {
  std::vector<std::string> keys;
  for (const Edit& step : steps)
    for (const Change& change : step.changes) std::visit([&](const auto& c) { collectKeys(c, keys); }, change);
  std::vector<std::string> unique;
  std::set<std::string> seen;
  for (std::string& key : keys)
    if (seen.insert(key).second) unique.push_back(std::move(key));
  return unique;
}

}  // namespace knp
