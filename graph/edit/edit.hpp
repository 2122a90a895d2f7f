#pragma once
// One undoable step: a label for the menu ("Rückgängig: Aktivität 'Sprachcafé' löschen") and
// the exact changes it makes to a Project, each of which can be applied forward and backward.
//
// Every step is made by editProject(): the caller describes the wanted project, and the step
// holds only what differs (an item replaced, inserted or erased at its position in the list,
// a node placement, the title, ...). Applying a step backward restores the earlier project
// exactly, order of items included, so its saved form is byte for byte the same.
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "edit/item_kind.hpp"
#include "model/project.hpp"

namespace knp {

// One list entry replaced (both set), inserted at `index` (no `before`) or erased from it
// (no `after`).
template <class T>
struct ListChange {
  std::size_t index = 0;
  std::optional<T> before;
  std::optional<T> after;
};

// A node's stored placement set, added (no `before`) or removed (no `after`).
struct PlacementChange {
  std::string graph;  // the abstraction's name (map.graphPositions); empty: the full graph (map.positions)
  std::string key;
  std::optional<NodePlacement> before;
  std::optional<NodePlacement> after;
};

enum class ProjectText { Title, Notice, Layout, MapGraph };  // Layout, MapGraph: map.layout, map.graph
struct TextChange {
  ProjectText which = ProjectText::Title;
  std::string before;
  std::string after;
};

// The whole project swapped: only when the lists cannot be compared item by item.
struct WholeProjectChange {
  std::shared_ptr<const Project> before;
  std::shared_ptr<const Project> after;
};

using Change = std::variant<ListChange<Field>, ListChange<LifePhase>, ListChange<Concept>, ListChange<Goal>,
                            ListChange<Actor>, ListChange<Activity>, ListChange<Cooperation>, ListChange<Indicator>,
                            ListChange<SavedView>, ListChange<Conference>, PlacementChange, TextChange,
                            WholeProjectChange>;

// What a step did, for menus and the history list; the app words it in the user's language.
enum class EditAction {
  Add,            // "Aktivität 'X' anlegen"
  Update,         // "Akteur 'X' ändern"
  Delete,         // "Aktivität 'X' löschen" / "3 Elemente löschen"
  AddReference,   // "Lebensphase 'Kita' zu 5 Aktivitäten hinzufügen" (other: the phase)
  RemoveReference,
  Move,           // "Knoten 'X' verschieben"
  Pin,
  Unpin,
  Arrange,        // "Anordnen: Kräfte" (name: the layout's name)
  Import,         // "Import: raster.csv" (name: the file name)
  SaveView,       // name: the view's name
  DeleteView,
  ChangeProject,  // title or notice
  Reorder,        // life phases' order
  // Conferences (name: the conference's title, or what EditLabel::otherName says).
  AddConference,
  ChangeConference,   // title or date
  DeleteConference,
  AddScene,           // otherName: the scene's heading
  ChangeScene,
  DeleteScene,
  MoveScene,
  AddPoll,            // otherName: the poll's question
  ChangePoll,         // question, kind, tables, options
  DeletePoll,
  Vote,               // dots entered; otherName: the option's text
  Agree,              // priorities taken over; count: how many goals
  AddComment,         // otherName: the start of the comment
  ChangeComment,
  DeleteComment,
  StartConference,
  EndConference,
};

struct EditLabel {
  EditAction action = EditAction::Update;
  ItemKind kind = ItemKind::Actor;  // what the step is about
  std::string name;                 // its name; unused when count > 1
  std::size_t count = 1;            // how many items of `kind`
  ItemKind otherKind = ItemKind::Actor;  // AddReference/RemoveReference: what was added or removed
  std::string otherName;
  bool operator==(const EditLabel&) const = default;
};

inline EditLabel makeLabel(EditAction action, ItemKind kind, std::string name = {}) {
  EditLabel label;
  label.action = action;
  label.kind = kind;
  label.name = std::move(name);
  return label;
}

struct Edit {
  EditLabel label;
  std::vector<Change> changes;
  bool empty() const { return changes.empty(); }
};

enum class Direction { Forward, Backward };

// Applies the changes in order (Forward) or undoes them in reverse order (Backward).
// Precondition: `project` is the state the edit was made from (Forward) or leads to
// (Backward); a change that does not fit (index out of range, item not as recorded) throws
// std::logic_error before anything is modified by that change. O(size of the changes +
// positions shifted in the lists).
void applyEdit(Project& project, const Edit& edit, Direction direction);

// The step that turns `before` into `after`. Lists are compared by id (views by name):
// changed items are replaced in place, removed ones erased, new ones inserted where they are
// in `after`. When the items both hold appear in a different order, the step swaps the whole
// project instead. Equal projects give an empty edit. O(total items) with hashing.
Edit diffEdit(const Project& before, const Project& after, EditLabel label);

// Copies `project`, lets `change` modify the copy and returns the step between the two.
// Convenience for building steps: editProject(p, label, [](Project& q) { ... }).
Edit editProject(const Project& project, EditLabel label, const std::function<void(Project&)>& change);

}  // namespace knp
