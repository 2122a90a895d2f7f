#pragma once
// Quick-add from the map: Ctrl+drag from an actor onto empty space creates an activity led by
// it; onto another actor, a cooperation between the two. No UI calls.
#include <optional>

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

}  // namespace knp::app
