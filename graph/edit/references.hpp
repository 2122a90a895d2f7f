#pragma once
// Who refers to an item, and what deleting items does to the rest of the project, so that a
// delete never leaves a dangling reference and the user is told beforehand what it touches.
#include <vector>

#include "edit/item_kind.hpp"

namespace knp {

enum class ReferenceRole {
  Lead,               // activity → its lead actor (required)
  Partner,            // activity → partner actor
  ActivityField,      // activity → field
  ActivityGoal,       // activity → goal
  ActivityLifePhase,  // activity → life phase
  Membership,         // actor → body it belongs to
  CooperationEnd,     // cooperation → one of its two actors (required)
  GoalConcept,        // goal → its concept (required)
  GoalParent,         // goal → parent goal
  GoalField,          // goal → field
  IndicatorField,     // indicator → field
  IndicatorGoal,      // indicator → goal
  IndicatorLifePhase, // indicator → life phase
};

// What happens to the referring item when the target is deleted: the reference is removed
// from it (Unlink), or the item cannot exist without it and is deleted too (Delete).
enum class ReferenceEffect { Unlink, Delete };

struct Reference {
  ItemRef holder;
  ReferenceRole role;
  ReferenceEffect effect;
  bool operator==(const Reference&) const = default;
};

// Every reference from another item to `target`, in project order (activities, actors,
// cooperations, goals, indicators). A target that does not exist has none. O(items + refs).
std::vector<Reference> referencesTo(const Project& project, const ItemRef& target);

// What happens to the comments of a conference on an item that is deleted: they stay, on
// the map as a whole (naming the item in Comment::formerItem), move to another item, or go.
enum class CommentFate { KeepOnMap, MoveTo, Remove };

struct DeletionPlan {
  std::vector<ItemRef> deleted;     // the targets, then the items deleted with them, each once
  std::vector<Reference> unlinked;  // references removed from items that stay
  bool cascades() const;            // whether it deletes more than the targets or unlinks anything
  std::size_t targetCount = 0;      // the first targetCount entries of `deleted` are the targets
  CommentFate commentFate = CommentFate::KeepOnMap;  // the caller asks the user when commentsAbout() > 0
  std::string commentsMoveTo;                        // MoveTo: the item key they move to
};

// How many comments of all conferences are about one of `items`. O(comments × log items).
std::size_t commentsAbout(const Project& project, const std::vector<ItemRef>& items);

// Follows references from `targets` until nothing more must go: an actor takes the
// activities it leads and its cooperations with it; a concept its goals (and so on, e.g. a
// concept → its goals → unlinked from activities). Targets that do not exist or repeat are
// ignored. O((items + refs) × rounds), rounds ≤ depth of the cascade (3).
DeletionPlan planDeletion(const Project& project, const std::vector<ItemRef>& targets);

// Removes the plan's items, the unlinked references, the deleted nodes' map placements and
// their mentions in saved views (focus, field/phase/concept filters) and in conferences:
// scenes lose them from focus, filters and highlight, poll options naming them become free
// text (their text stays), and their comments meet the plan's commentFate (a MoveTo target
// that is deleted too counts as KeepOnMap). O(items + refs + conference entries).
void applyDeletion(Project& project, const DeletionPlan& plan);

}  // namespace knp
