#pragma once
// The inspector: creates, edits and deletes every kind of item, and the project's title and
// notice. Every change goes through dispatch() (document.hpp), one undo step each.
//
// At the top an item chooser (kind, searchable list, "Neu"); below it the form of the current
// item (ui_inspector_forms.hpp), or a form for several selected activities at once. The
// inspector follows the map: when the selection changes to one node, that node's item becomes
// current; to several, the multi-edit form. Items are held by ItemRef (kind and id), never by
// index or vertex across frames; when the current item no longer exists (deleted, undone) the
// panel says so.
#include <optional>
#include <string>
#include <vector>

#include "core/app_state.hpp"
#include "edit/item_edits.hpp"
#include "window/inspector/forms.hpp"
#include "window/inspector/item_picker.hpp"
#include "core/ui_text.hpp"

namespace knp::app {

class Inspector {
 public:
  // The panel's content; the caller has begun a child window for it.
  void draw(AppState& s);

  // Edits `item` next (after a quick-add on the map): it becomes current and its name field
  // gets the keyboard.
  void show(const ItemRef& item);
  // Edits the project's title and notice next.
  void showProject();

  // What the Delete key does: asks (drawDialogs()) to delete the selected nodes when several
  // are selected, else the current item. Nothing when there is nothing to delete.
  void requestDelete(AppState& s);

  // The delete question as a modal popup; call outside child windows, once per frame.
  void drawDialogs(AppState& s);

  // What the open delete question is about; empty when none is asked.
  const std::vector<ItemRef>& deleteTargets() const { return m_deleteTargets; }
  // Answers the delete question with "delete": deletes the targets with everything
  // planDeletion() takes along and removes every reference to them, as one step. Plans anew
  // from the current project. Comments of conferences about the targets meet the fate chosen
  // in the question (commentFate()). False when nothing was deleted.
  bool confirmDelete(AppState& s);
  // What happens to the targets' comments (asked when there are any): kept on the map as a
  // whole (the default for every new question), moved to `moveTo` (an item; MoveTo without
  // one keeps them on the map), or deleted.
  void setCommentFate(CommentFate fate, std::optional<ItemRef> moveTo = std::nullopt);
  CommentFate commentFate() const { return m_commentFate; }
  void cancelDelete() { m_deleteTargets.clear(); }

  // What the panel shows.
  enum class Subject { Item, Project, Selection };
  Subject subject() const { return m_subject; }
  // The item edited (Subject::Item), which need not exist any more.
  const std::optional<ItemRef>& current() const { return m_current; }
  // Why the form refused the last change (shown in red above it); none after an accepted one.
  std::optional<UiText> problem() const { return m_form.problem; }

 private:
  enum class SelectOnMap { No, Yes };
  void followSelection(AppState& s);
  void makeCurrent(AppState& s, const ItemRef& item, SelectOnMap selectOnMap);
  void askToDelete(std::vector<ItemRef> targets);

  void drawChooser(AppState& s);
  void drawKindCombo(AppState& s);
  void drawItemList(AppState& s, ItemKind kind);
  void createItem(AppState& s, ItemKind kind);
  void drawCurrentItem(AppState& s);
  void drawItemForm(AppState& s, const ItemRef& item);
  void drawPhaseOrder(AppState& s, const LifePhaseId& phase);
  void drawProjectForm(AppState& s);
  void drawSelectionForm(AppState& s);
  void drawActivitiesForm(AppState& s, const std::vector<ActivityId>& activities);
  void drawDeleteQuestion(AppState& s);
  void drawCommentFate(AppState& s, const DeletionPlan& plan);

  Subject m_subject = Subject::Item;
  std::optional<ItemRef> m_current;
  std::optional<ItemKind> m_listKind = ItemKind::Actor;  // the chooser's kind; none: the project
  std::vector<std::string> m_seenSelection;              // node keys of the selection last followed
  bool m_adoptSelection = false;                         // show() wins over the selection of that frame
  FormState m_form;

  std::string m_listFilter;
  struct ListCache {  // the chooser's items, made anew when the data or the kind change
    std::uint64_t revision = 0;
    std::optional<ItemKind> kind;
    std::vector<Choice> choices;
  } m_list;
  std::optional<UiText> m_newProblem;  // why "Neu" could not make an item

  std::vector<ItemRef> m_deleteTargets;
  bool m_openDelete = false;
  CommentFate m_commentFate = CommentFate::KeepOnMap;
  ItemKind m_moveKind = ItemKind::Goal;  // the kind the comments' new item is picked from
  std::string m_moveTo;                  // its id; empty: none picked yet
};

// --- Without UI (tested) ---

// The item a map node shows.
ItemRef itemOfVertex(const AppState& s, Vertex v);
// The node of an item drawn on the map (actor, activity, goal, life phase), if it has one.
std::optional<Vertex> vertexOfItem(const AppState& s, const ItemRef& item);

// The step "Neu" makes: a new item of `kind` with the default name in the user's language
// (NewActorName, ...), a fresh id (newItemId) and what it needs: an activity the selected
// actor as lead (else the first actor), a goal the first concept, a cooperation the first two
// selected actors (else the first actors), a field the next colour of the palette, a life
// phase the place after the last. When it cannot be made yet, `edit` is empty and `problem`
// says why (NewNeedsActor, NewNeedsConcept, NewNeedsTwoActors).
struct NewItem {
  Edit edit;
  ItemRef item;
  std::optional<UiText> problem;
};
NewItem newItemStep(const AppState& s, ItemKind kind);

// The selected activities, in selection order, when every selected node is an activity;
// empty otherwise.
std::vector<ActivityId> selectedActivities(const AppState& s);

// Adds `value` (a field, goal, life phase or partner actor) to every selected activity, or
// removes it from each, as one step: what the multi-edit's pickers do. False when nothing
// changed.
bool changeSelectedActivities(AppState& s, const ItemRef& value, ListEdit edit);

}  // namespace knp::app
