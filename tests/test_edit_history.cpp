// Steps and the undo history: every step applied backward gives back the project it was made
// from, byte for byte in its saved form.
#include <catch2/catch.hpp>

#include "edit/history.hpp"
#include "edit/item_edits.hpp"
#include "fixtures.hpp"
#include "io/project_json.hpp"

using namespace knp;

namespace {

Actor actorNamed(const char* id, const char* name) {
  Actor a;
  a.id = ActorId(id);
  a.name = name;
  return a;
}

}  // namespace

TEST_CASE("a step between equal projects is empty", "[edit]") {
  const Project p = test::smallProject();
  CHECK(diffEdit(p, p, makeLabel(EditAction::Update, ItemKind::Actor)).empty());
  CHECK(diffEdit(Project{}, Project{}, makeLabel(EditAction::Update, ItemKind::Actor)).empty());
}

TEST_CASE("a replaced, an inserted and an erased item are exact list changes", "[edit]") {
  const Project before = test::smallProject();
  Project after = before;
  after.actors[1].name = "Schule Ö (neu)";                              // replaced at 1
  after.actors.erase(after.actors.begin() + 2);                          // body erased at 2
  after.actors.insert(after.actors.begin(), actorNamed("a0", "Erster"));  // inserted at 0
  const Edit edit = diffEdit(before, after, makeLabel(EditAction::Update, ItemKind::Actor));
  REQUIRE(edit.changes.size() == 3);
  const auto& replaced = std::get<ListChange<Actor>>(edit.changes[0]);
  CHECK(replaced.index == 1);
  CHECK(replaced.before->name == "Schule Ö");
  CHECK(replaced.after->name == "Schule Ö (neu)");
  const auto& erased = std::get<ListChange<Actor>>(edit.changes[1]);
  CHECK(erased.index == 2);
  CHECK_FALSE(erased.after);
  const auto& inserted = std::get<ListChange<Actor>>(edit.changes[2]);
  CHECK(inserted.index == 0);
  CHECK_FALSE(inserted.before);

  Project p = before;
  applyEdit(p, edit, Direction::Forward);
  CHECK(p == after);
  applyEdit(p, edit, Direction::Backward);
  CHECK(writeProjectJson(p) == writeProjectJson(before));
}

TEST_CASE("title, layout, placements and views are steps too", "[edit]") {
  const Project before = test::smallProject();
  Project after = before;
  after.title = "Neuer Titel";
  after.map.layout = "circle";
  after.map.positions["actor:a1"] = {1.5, -2.0, PinState::Pinned};
  SavedView view;
  view.name = "Kita";
  after.map.views.push_back(view);
  const Edit edit = diffEdit(before, after, makeLabel(EditAction::Move, ItemKind::Actor));
  CHECK(edit.changes.size() == 4);
  Project p = before;
  applyEdit(p, edit, Direction::Forward);
  CHECK(p == after);
  applyEdit(p, edit, Direction::Backward);
  CHECK(writeProjectJson(p) == writeProjectJson(before));
}

TEST_CASE("items in a new order are swapped as a whole project", "[edit]") {
  const Project before = test::smallProject();
  Project after = before;
  std::swap(after.actors[0], after.actors[2]);
  const Edit edit = diffEdit(before, after, makeLabel(EditAction::Update, ItemKind::Actor));
  REQUIRE(edit.changes.size() == 1);
  CHECK(std::holds_alternative<WholeProjectChange>(edit.changes[0]));
  Project p = before;
  applyEdit(p, edit, Direction::Forward);
  CHECK(p == after);
  applyEdit(p, edit, Direction::Backward);
  CHECK(p == before);
}

TEST_CASE("a step that does not fit throws and leaves the project as it was", "[edit]") {
  const Project before = test::smallProject();
  Project after = before;
  after.title = "T";
  after.actors[0].name = "X";
  const Edit edit = diffEdit(before, after, makeLabel(EditAction::Update, ItemKind::Actor));
  Project other = before;
  other.actors[0].name = "Jemand anderes";  // the title change fits, the actor change does not
  const Project untouched = other;
  CHECK_THROWS_AS(applyEdit(other, edit, Direction::Forward), std::logic_error);
  CHECK(other == untouched);
}

TEST_CASE("the history undoes, redoes, jumps and drops the redo list on a new step", "[edit][history]") {
  Project p = test::smallProject();
  const std::string original = writeProjectJson(p);
  History history;
  CHECK_FALSE(history.canUndo());
  CHECK_FALSE(history.undo(p));
  CHECK_FALSE(history.perform(p, Edit{}));  // empty: nothing recorded
  CHECK(history.steps().empty());

  REQUIRE(history.perform(p, addItemEdit(p, actorNamed("a9", "Neuer Verein"))));
  const std::string afterOne = writeProjectJson(p);
  REQUIRE(history.perform(p, deleteItemsEdit(p, planDeletion(p, {{ItemKind::Activity, "act1"}}))));
  CHECK(history.nextUndo()->action == EditAction::Delete);
  CHECK(history.nextUndo()->name == "Sprachcafé");
  CHECK(history.position() == 2);

  REQUIRE(history.undo(p));
  CHECK(writeProjectJson(p) == afterOne);
  CHECK(history.nextRedo()->name == "Sprachcafé");
  REQUIRE(history.redo(p));
  CHECK(p.activities.size() == 1);

  history.jumpTo(p, 0);
  CHECK(writeProjectJson(p) == original);
  CHECK(history.position() == 0);
  history.jumpTo(p, 99);  // clamped
  CHECK(history.position() == 2);

  history.jumpTo(p, 1);
  REQUIRE(history.perform(p, updateItemEdit(p, actorNamed("a9", "Umbenannt"))));
  CHECK(history.steps().size() == 2);  // the undone delete is gone
  CHECK_FALSE(history.canRedo());
  // 3 performs + undo + redo + 2 undos (jump to 0) + 2 redos (jump to 99) + 1 undo (jump to 1)
  CHECK(history.changeCount() == 10);
}

TEST_CASE("the saved state is known after undo, redo and a new step", "[edit][history]") {
  Project p = test::smallProject();
  History history;
  CHECK(history.atSavedState());
  history.perform(p, addItemEdit(p, actorNamed("x", "X")));
  CHECK_FALSE(history.atSavedState());
  history.undo(p);
  CHECK(history.atSavedState());  // back to what is on disk
  history.redo(p);
  history.markSaved();
  history.undo(p);
  CHECK_FALSE(history.atSavedState());
  history.perform(p, addItemEdit(p, actorNamed("y", "Y")));  // the saved state can never come back
  history.undo(p);
  CHECK_FALSE(history.atSavedState());
}
