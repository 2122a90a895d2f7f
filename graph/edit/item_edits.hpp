#pragma once
// The steps the inspector, the map and the menus make: add, change and delete any item, and
// change several activities at once. Each returns an Edit for History::perform(); none of
// them modifies the project passed in.
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "edit/edit.hpp"
#include "edit/references.hpp"

namespace knp {

// The name as an id: lower-case ASCII (ä → ae, ß → ss, other letters without accents, runs
// of anything else → "-"), at most 40 characters; "neu" when nothing is left. O(length).
std::string slugOf(std::string_view name);

// A fresh id for a new item of `kind`, readable in the file: the name in lower-case ASCII
// (ä → ae, ß → ss, other letters without accents, runs of anything else → "-"), at most 40
// characters, else "neu"; made unique within the kind with "-2", "-3", ... O(items of the kind × tries).
std::string newItemId(const Project& project, ItemKind kind, std::string_view name);

// Adds `item` at the end of its list. Throws std::invalid_argument when its id is empty or
// already taken.
template <class T>
Edit addItemEdit(const Project& project, T item) {
  if (item.id.empty()) throw std::invalid_argument("new item without id");
  if (indexOfItem<T>(project, item.id) >= 0) throw std::invalid_argument("id \"" + item.id.value + "\" is taken");
  EditLabel label = makeLabel(EditAction::Add, ItemTraits<T>::kind, nameOf(project, item));
  return editProject(project, label, [&](Project& p) { ItemTraits<T>::items(p).push_back(std::move(item)); });
}

// Replaces the item with `item`'s id by `item` (an empty edit when nothing differs). Throws
// std::invalid_argument when no item has that id.
template <class T>
Edit updateItemEdit(const Project& project, const T& item) {
  const std::ptrdiff_t index = indexOfItem<T>(project, item.id);
  if (index < 0) throw std::invalid_argument("no item \"" + item.id.value + "\" to change");
  EditLabel label = makeLabel(EditAction::Update, ItemTraits<T>::kind, nameOf(project, item));
  return editProject(project, label, [&](Project& p) { ItemTraits<T>::items(p)[static_cast<std::size_t>(index)] = item; });
}

// Deletes what `plan` names (planDeletion) and removes every reference to it.
Edit deleteItemsEdit(const Project& project, const DeletionPlan& plan);

// Several activities at once: adds `value` (a field, goal, life phase or partner actor) to
// each of `activities` that lacks it, or removes it from each that has it. Unknown
// activities are skipped. Throws std::invalid_argument for any other kind of value.
enum class ListEdit { Add, Remove };
Edit changeActivitiesEdit(const Project& project, std::span<const ActivityId> activities, const ItemRef& value,
                          ListEdit edit);

// Sets the status of each of `activities`.
Edit setActivitiesStatusEdit(const Project& project, std::span<const ActivityId> activities, ActivityStatus status);

// Moves a life phase one place earlier (-1) or later (+1) in the sequence by swapping its
// `order` with its neighbour's; empty at either end.
Edit moveLifePhaseEdit(const Project& project, const LifePhaseId& phase, int step);

}  // namespace knp
