// Adding, changing and deleting items, with the references a delete must take along.
#include <catch2/catch.hpp>

#include <algorithm>

#include "edit/item_edits.hpp"
#include "fixtures.hpp"
#include "io/project_json.hpp"
#include "model/validation.hpp"

using namespace knp;

namespace {

// Applies the step to a copy, checks that it validates without errors and that undoing it
// gives the original bytes back; returns the changed copy.
Project applyAndCheck(const Project& p, const Edit& edit) {
  Project q = p;
  applyEdit(q, edit, Direction::Forward);
  CHECK_FALSE(hasErrors(validateProject(q)));
  Project back = q;
  applyEdit(back, edit, Direction::Backward);
  CHECK(writeProjectJson(back) == writeProjectJson(p));
  return q;
}

bool hasRef(const DeletionPlan& plan, ItemKind kind, const char* id) {
  return std::find(plan.deleted.begin(), plan.deleted.end(), ItemRef{kind, id}) != plan.deleted.end();
}

}  // namespace

// smallProject():
//   body ─member─ a1 ══coop1══ a2
//                 │lead        │partner of act1, lead of act2
//                act1         act2
TEST_CASE("references to an actor name every activity, membership and cooperation", "[edit][references]") {
  const Project p = test::smallProject();
  const auto refsA2 = referencesTo(p, {ItemKind::Actor, "a2"});
  REQUIRE(refsA2.size() == 3);
  CHECK(refsA2[0] == Reference{{ItemKind::Activity, "act1"}, ReferenceRole::Partner, ReferenceEffect::Unlink});
  CHECK(refsA2[1] == Reference{{ItemKind::Activity, "act2"}, ReferenceRole::Lead, ReferenceEffect::Delete});
  CHECK(refsA2[2] == Reference{{ItemKind::Cooperation, "coop1"}, ReferenceRole::CooperationEnd, ReferenceEffect::Delete});
  const auto refsBody = referencesTo(p, {ItemKind::Actor, "body"});
  REQUIRE(refsBody.size() == 1);
  CHECK(refsBody[0].role == ReferenceRole::Membership);
  CHECK(referencesTo(p, {ItemKind::Actor, "nobody"}).empty());
  CHECK(referencesTo(p, {ItemKind::Activity, "act1"}).empty());
}

TEST_CASE("deleting an actor takes the activities it leads and its cooperations with it", "[edit][references]") {
  Project p = test::smallProject();
  p.map.positions["actor:a2"] = {1, 2, PinState::Free};
  p.map.positions["activity:act2"] = {3, 4, PinState::Free};
  p.map.positions["actor:a1"] = {5, 6, PinState::Free};
  SavedView view;
  view.name = "Schule";
  view.focus = "actor:a2";
  p.map.views.push_back(view);

  const DeletionPlan plan = planDeletion(p, {{ItemKind::Actor, "a2"}});
  CHECK(plan.targetCount == 1);
  REQUIRE(plan.deleted.size() == 3);  // a2, act2, coop1
  CHECK(hasRef(plan, ItemKind::Activity, "act2"));
  CHECK(hasRef(plan, ItemKind::Cooperation, "coop1"));
  REQUIRE(plan.unlinked.size() == 1);  // a2 as partner of act1
  CHECK(plan.unlinked[0].holder == ItemRef{ItemKind::Activity, "act1"});
  CHECK(plan.cascades());

  const Edit edit = deleteItemsEdit(p, plan);
  CHECK(edit.label.action == EditAction::Delete);
  CHECK(edit.label.name == "Schule Ö");
  const Project q = applyAndCheck(p, edit);
  CHECK(q.actors.size() == 2);
  CHECK(q.activities.size() == 1);
  CHECK(q.activities[0].partners.empty());
  CHECK(q.cooperations.empty());
  CHECK(q.map.positions.size() == 1);  // only a1's placement stays
  CHECK_FALSE(q.map.views[0].focus);
  CHECK(validateProject(q).empty());  // not even a warning about stale map state
}

TEST_CASE("deleting a concept deletes its goals and unlinks them everywhere", "[edit][references]") {
  const Project p = test::smallProject();
  const DeletionPlan plan = planDeletion(p, {{ItemKind::Concept, "c1"}});
  REQUIRE(plan.deleted.size() == 3);  // c1, g1, g2
  // g2's parent is g1, but g2 goes too: that reference is not listed.
  for (const Reference& r : plan.unlinked) CHECK(r.holder.kind != ItemKind::Goal);
  // act1 → g1, act2 → g1 and g2, i1 → g1: act2's two goal references are one entry.
  CHECK(plan.unlinked.size() == 3);
  const Project q = applyAndCheck(p, deleteItemsEdit(p, plan));
  CHECK(q.goals.empty());
  CHECK(q.activities[1].goals.empty());
  CHECK(q.indicators[0].goals.empty());
}

TEST_CASE("deleting a field or a goal clears optional references", "[edit][references]") {
  const Project p = test::smallProject();
  const Project noField = applyAndCheck(p, deleteItemsEdit(p, planDeletion(p, {{ItemKind::Field, "f1"}})));
  CHECK_FALSE(noField.indicators[0].field);
  CHECK(noField.goals[0].fields.empty());
  CHECK(noField.activities[1].fields == std::vector{FieldId("f2")});
  const Project noGoal = applyAndCheck(p, deleteItemsEdit(p, planDeletion(p, {{ItemKind::Goal, "g1"}})));
  REQUIRE(noGoal.goals.size() == 1);
  CHECK_FALSE(noGoal.goals[0].parent);  // g2 stays, without its parent
}

TEST_CASE("a deletion of nothing, of unknown items and of duplicates", "[edit][references]") {
  const Project p = test::smallProject();
  CHECK(deleteItemsEdit(p, planDeletion(p, {})).empty());
  CHECK(planDeletion(p, {{ItemKind::Actor, "ghost"}}).deleted.empty());
  const DeletionPlan twice = planDeletion(p, {{ItemKind::Activity, "act1"}, {ItemKind::Activity, "act1"}});
  CHECK(twice.deleted.size() == 1);
  CHECK_FALSE(twice.cascades());
  const DeletionPlan both = planDeletion(p, {{ItemKind::Actor, "a1"}, {ItemKind::Activity, "act1"}});
  CHECK(both.targetCount == 2);
  CHECK(both.deleted.size() == 3);  // a1, act1, coop1: act1 named once
  CHECK(deleteItemsEdit(p, both).label.count == 2);
  CHECK(deleteItemsEdit(Project{}, planDeletion(Project{}, {{ItemKind::Actor, "a"}})).empty());
}

TEST_CASE("new ids are readable and unique", "[edit]") {
  Project p = test::smallProject();
  CHECK(newItemId(p, ItemKind::Activity, "Sprachcafé für Ältere") == "sprachcafe-fuer-aeltere");
  CHECK(newItemId(p, ItemKind::Actor, "  AWO – Ortsverein!  ") == "awo-ortsverein");
  CHECK(newItemId(p, ItemKind::Actor, "—") == "neu");
  CHECK(newItemId(p, ItemKind::Activity, "act1") == "act1-2");
  CHECK(newItemId(p, ItemKind::Actor, "act1") == "act1");  // unique per kind
  CHECK(newItemId(p, ItemKind::Actor, std::string(60, 'x')).size() == 40);
}

TEST_CASE("adding and changing an item", "[edit]") {
  const Project p = test::smallProject();
  Activity a;
  a.id = ActivityId("neu");
  a.title = "Kochtreff";
  a.lead = ActorId("a1");
  const Edit add = addItemEdit(p, a);
  CHECK(add.label.action == EditAction::Add);
  CHECK(add.label.name == "Kochtreff");
  const Project q = applyAndCheck(p, add);
  CHECK(q.activities.back().title == "Kochtreff");
  CHECK_THROWS_AS(addItemEdit(q, a), std::invalid_argument);  // id taken
  a.id = ActivityId();
  CHECK_THROWS_AS(addItemEdit(q, a), std::invalid_argument);  // no id

  Actor renamed = p.actors[0];
  renamed.contact.phone = "0 23 24 / 1";
  const Project r = applyAndCheck(p, updateItemEdit(p, renamed));
  CHECK(r.actors[0].contact.phone == "0 23 24 / 1");
  CHECK(updateItemEdit(p, p.actors[0]).empty());
  Actor ghost;
  ghost.id = ActorId("ghost");
  CHECK_THROWS_AS(updateItemEdit(p, ghost), std::invalid_argument);
}

TEST_CASE("a life phase added to several activities at once is one step", "[edit]") {
  const Project p = test::smallProject();
  const std::vector<ActivityId> both{ActivityId("act1"), ActivityId("act2")};
  const Edit add = changeActivitiesEdit(p, both, {ItemKind::LifePhase, "p2"}, ListEdit::Add);
  CHECK(add.label.action == EditAction::AddReference);
  CHECK(add.label.count == 2);
  CHECK(add.label.otherName == "Alter (65+)");
  CHECK(add.changes.size() == 1);  // act2 has p2 already
  const Project q = applyAndCheck(p, add);
  CHECK(q.activities[0].lifePhases == std::vector{LifePhaseId("p1"), LifePhaseId("p2")});
  const Project r = applyAndCheck(q, changeActivitiesEdit(q, both, {ItemKind::LifePhase, "p1"}, ListEdit::Remove));
  CHECK(r.activities[0].lifePhases == std::vector{LifePhaseId("p2")});
  // A lead never becomes its own partner.
  const Project s = applyAndCheck(p, changeActivitiesEdit(p, both, {ItemKind::Actor, "a2"}, ListEdit::Add));
  CHECK(s.activities[1].partners.empty());
  CHECK_THROWS_AS(changeActivitiesEdit(p, both, {ItemKind::Concept, "c1"}, ListEdit::Add), std::invalid_argument);
  const Project t = applyAndCheck(p, setActivitiesStatusEdit(p, both, ActivityStatus::Planned));
  CHECK(t.activities[1].status == ActivityStatus::Planned);
}

TEST_CASE("moving a life phase swaps its order with its neighbour", "[edit]") {
  const Project p = test::smallProject();  // p1 order 1, p2 order 2
  const Project q = applyAndCheck(p, moveLifePhaseEdit(p, LifePhaseId("p2"), -1));
  CHECK(q.lifePhases[0].order == 2);
  CHECK(q.lifePhases[1].order == 1);
  CHECK(moveLifePhaseEdit(p, LifePhaseId("p1"), -1).empty());  // already first
  CHECK(moveLifePhaseEdit(p, LifePhaseId("p2"), +1).empty());  // already last
  CHECK(moveLifePhaseEdit(p, LifePhaseId("ghost"), +1).empty());
}
