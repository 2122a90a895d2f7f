#pragma once
// Quick-add from the map: Ctrl+drag from an actor onto empty space creates an activity led by
// it; onto another actor, a cooperation between the two. And quick capture during a
// conference (the presentation's form, N): an activity, a cooperation or an idea. Items made
// while a conference runs carry its mark (fromConference = conferenceMarkForNewItems). No UI
// calls.
#include <optional>
#include <string>

#include "core/app_state.hpp"
#include "edit/edit.hpp"

namespace knp::app {

struct QuickAdd {
  Edit edit;                      // empty when nothing is to be created
  std::optional<ItemRef> item;    // the created item, or the existing cooperation to show
};

// What a Ctrl+drag from vertex `from` dropped on `target` (kNoVertex: empty space) creates:
// - onto empty space: the activity "Neue Aktivität" (in the user's language) led by `from`,
//   status running;
// - onto another actor: a cooperation from → to of type cooperation; when the two already
//   cooperate (either direction), no edit and `item` names the existing cooperation;
// - anything else (not from an actor, onto itself or onto a non-actor): nothing.
QuickAdd quickAdd(const AppState& s, Vertex from, Vertex target);

// A running activity titled `title` (trimmed) led by `lead`, serving `goal` when given.
// Nothing for a blank title, an unknown lead or an unknown goal. O(items of the kind).
QuickAdd captureActivity(const AppState& s, std::string_view title, const ActorId& lead,
                         const std::optional<GoalId>& goal);

// A cooperation a → b, as quickAdd onto an actor: nothing for the same or an unknown actor;
// when the two already cooperate, no edit and `item` names the existing cooperation.
QuickAdd captureCooperation(const AppState& s, const ActorId& a, const ActorId& b);

// An idea (Comment of kind Idea) with `text` (trimmed) about the item `itemKey` (empty: the
// map) added to the chosen conference, dated `date`, as one step labelled AddComment. Empty
// edit without a chosen conference or for a blank text. O(comments).
Edit captureIdea(const AppState& s, std::string_view text, const std::string& itemKey, const std::string& date);

// What an idea captured now is about: the item key of the first selected node when it names
// an item, else "" (the map as a whole).
std::string ideaTarget(const AppState& s);

}  // namespace knp::app
