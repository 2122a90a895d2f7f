// The steps a conference is run with (graph/edit/conference_edits.hpp) and what deleting an
// item does to conferences (graph/edit/references.hpp): each step undoes exactly.
#include <catch2/catch.hpp>

#include "conference_fixture.hpp"
#include "edit/conference_edits.hpp"
#include "edit/history.hpp"
#include "edit/item_edits.hpp"
#include "edit/references.hpp"
#include "model/validation.hpp"

using namespace knp;

namespace {

const ConferenceId kIk("ik-2013");

// Performs `edit` on `p` through a history, checks that undo restores the project exactly
// and redo gives the result again; returns the result.
Project performAndCheckUndo(const Project& before, Edit edit) {
  Project p = before;
  History history;
  REQUIRE(history.perform(p, std::move(edit)));
  const Project after = p;
  REQUIRE(history.undo(p));
  CHECK(p == before);
  REQUIRE(history.redo(p));
  CHECK(p == after);
  return after;
}

const Comment& commentById(const Project& p, const std::string& id) {
  for (const Comment& c : p.conferences[0].comments)
    if (c.id == id) return c;
  FAIL("no comment " << id);
  throw;
}

}  // namespace

TEST_CASE("fresh ids: a conference's from its title, local ones by prefix and number", "[edit][conference]") {
  const Project p = test::projectWithConference();
  CHECK(newConferenceId(p, "Integrationskonferenz 2014") == "integrationskonferenz-2014");
  Project q = p;
  q.conferences[0].id = ConferenceId("integrationskonferenz-2014");
  CHECK(newConferenceId(q, "Integrationskonferenz 2014") == "integrationskonferenz-2014-2");
  const std::vector<std::string> taken{"c1", "c3"};
  CHECK(nextLocalId(taken, "c") == "c2");
  CHECK(nextLocalId({}, "p") == "p1");
  CHECK(idsOf(p.conferences[0].polls) == std::vector<std::string>{"p1", "p2"});
}

TEST_CASE("entering dots is one step per count; 0 removes the entry; a new table is added", "[edit][conference]") {
  const Project p = test::projectWithConference();
  Project after = performAndCheckUndo(p, setDotsEdit(p, kIk, "p1", "o2", "T2", 3));
  CHECK(after.conferences[0].polls[0].options[1].dots == std::map<std::string, int>{{"T1", 1}, {"T2", 3}});
  after = performAndCheckUndo(after, setDotsEdit(after, kIk, "p1", "o2", "T1", 0));
  CHECK(after.conferences[0].polls[0].options[1].dots == std::map<std::string, int>{{"T2", 3}});
  after = performAndCheckUndo(after, setDotsEdit(after, kIk, "p1", "o3", "Tisch 3", 1));
  CHECK(after.conferences[0].polls[0].tables == std::vector<std::string>{"T1", "T2", "Tisch 3"});
  // Nothing to do: the same count, a negative one, an unknown poll or option.
  CHECK(setDotsEdit(p, kIk, "p1", "o1", "T1", 2).empty());
  CHECK(setDotsEdit(p, kIk, "p1", "o1", "T1", -1).empty());
  CHECK(setDotsEdit(p, kIk, "p9", "o1", "T1", 1).empty());
  CHECK(setDotsEdit(p, kIk, "p1", "o9", "T1", 1).empty());
  const Edit vote = setDotsEdit(p, kIk, "p1", "o3", "T1", 1);
  CHECK(vote.label.action == EditAction::Vote);
  CHECK(vote.label.otherName == "Mehr Sprachkurse");
}

TEST_CASE("an agreement makes the top-ranked goals the year's priorities, ties included", "[edit][conference]") {
  const Project p = test::projectWithConference();
  // p2: g1 4, g2 4 (tied at rank 1, choose 1), suggestion 1 → g1 and g2 for 2014.
  Project after = performAndCheckUndo(p, agreeEdit(p, kIk, "p2", 2014));
  CHECK(after.goals[0].priorityYears == std::vector<int>{2014});
  CHECK(after.goals[1].priorityYears == std::vector<int>{2014});
  CHECK(after.conferences[0].polls[1].agreed);
  CHECK(agreeEdit(p, kIk, "p2", 2014).label.count == 2);
  // Again for an earlier year: kept ascending, each once.
  after = performAndCheckUndo(after, agreeEdit(after, kIk, "p2", 2013));
  CHECK(after.goals[0].priorityYears == std::vector<int>{2013, 2014});
  CHECK(agreeEdit(after, kIk, "p2", 2014).changes.empty());
  CHECK_THROWS_AS(agreeEdit(p, kIk, "p1", 2014), std::invalid_argument);  // a mood poll
  CHECK_THROWS_AS(agreeEdit(p, kIk, "p9", 2014), std::invalid_argument);
}

TEST_CASE("scenes move to a new position; the others shift", "[edit][conference]") {
  const Project p = test::projectWithConference();
  auto headings = [](const Project& q) {
    std::vector<std::string> out;
    for (const Scene& s : q.conferences[0].scenes) out.push_back(s.heading);
    return out;
  };
  CHECK(headings(performAndCheckUndo(p, moveSceneEdit(p, kIk, 2, 0))) ==
        std::vector<std::string>{"Schluss", "Überblick", "Kita"});
  CHECK(headings(performAndCheckUndo(p, moveSceneEdit(p, kIk, 0, 2))) ==
        std::vector<std::string>{"Kita", "Schluss", "Überblick"});
  CHECK(moveSceneEdit(p, kIk, 1, 1).empty());
  CHECK(moveSceneEdit(p, kIk, 3, 0).empty());
}

TEST_CASE("deleting a conference clears the marks of the items made during it", "[edit][conference]") {
  const Project p = test::projectWithConference();
  const Project after = performAndCheckUndo(p, deleteConferenceEdit(p, kIk));
  CHECK(after.conferences.empty());
  CHECK(after.activities[1].fromConference.empty());
  CHECK(validateProject(after).empty());
}

TEST_CASE("start and end: the end records the changed items once, in first-touched order", "[edit][conference]") {
  const Project p = test::projectWithConference();
  Project after = performAndCheckUndo(p, startConferenceEdit(p, kIk, "2014-11-19T09:00"));
  CHECK(after.conferences[0].startedAt == "2014-11-19T09:00");
  CHECK(after.conferences[0].endedAt.empty());
  const std::vector<std::string> changed{"goal:g1", "activity:act2", "actor:a1"};
  after = performAndCheckUndo(after, endConferenceEdit(after, kIk, "2014-11-19T12:00", changed));
  CHECK(after.conferences[0].endedAt == "2014-11-19T12:00");
  CHECK(after.conferences[0].changed == std::vector<std::string>{"activity:act2", "goal:g1", "actor:a1"});
}

TEST_CASE("the items a run of steps touched, each once, map state and conferences left out", "[edit][conference]") {
  const Project p = test::projectWithConference();
  History history;
  Project q = p;
  Activity added;
  added.id = ActivityId("neu");
  added.title = "Neu";
  added.lead = ActorId("a1");
  history.perform(q, addItemEdit(q, added));
  Goal g1 = q.goals[0];
  g1.title = "Anders";
  history.perform(q, updateItemEdit(q, g1));
  history.perform(q, setDotsEdit(q, kIk, "p1", "o3", "T1", 1));  // a conference: no item
  history.perform(q, editProject(q, makeLabel(EditAction::Move, ItemKind::Actor),
                                 [](Project& x) { x.map.positions["actor:a1"] = {1, 2, PinState::Free}; }));
  history.perform(q, updateItemEdit(q, added));  // unchanged: an empty step, not recorded
  Activity again = q.activities.back();
  again.description = "mehr";
  history.perform(q, updateItemEdit(q, again));
  CHECK(itemsChangedBy(history.steps()) == std::vector<std::string>{"activity:neu", "goal:g1"});
  // A deletion names the deleted item, those deleted with it (act2 it leads, its
  // cooperation) and those that lose a reference (act1 had a2 as partner).
  history.perform(q, deleteItemsEdit(q, planDeletion(q, {{ItemKind::Actor, "a2"}})));
  CHECK(itemsChangedBy(std::span(history.steps()).subspan(4)) ==
        std::vector<std::string>{"activity:neu", "actor:a2", "activity:act1", "activity:act2", "cooperation:coop1"});
}

TEST_CASE("deleting an item: its comments stay on the map, move, or go; undo restores them", "[edit][conference]") {
  const Project p = test::projectWithConference();
  DeletionPlan plan = planDeletion(p, {{ItemKind::Activity, "act1"}});
  CHECK(commentsAbout(p, plan.deleted) == 1);

  SECTION("kept on the map as a whole, naming the item") {
    const Project after = performAndCheckUndo(p, deleteItemsEdit(p, plan));
    const Comment& c1 = commentById(after, "c1");
    CHECK(c1.item.empty());
    CHECK(c1.formerItem == "Sprachcafé");
    CHECK(c1.text == "Läuft gut");
  }
  SECTION("moved to another item") {
    plan.commentFate = CommentFate::MoveTo;
    plan.commentsMoveTo = "activity:act2";
    const Project after = performAndCheckUndo(p, deleteItemsEdit(p, plan));
    CHECK(commentById(after, "c1").item == "activity:act2");
    CHECK(commentById(after, "c1").formerItem.empty());
  }
  SECTION("moved to an item deleted too: kept on the map") {
    plan = planDeletion(p, {{ItemKind::Activity, "act1"}, {ItemKind::Activity, "act2"}});
    plan.commentFate = CommentFate::MoveTo;
    plan.commentsMoveTo = "activity:act2";
    const Project after = performAndCheckUndo(p, deleteItemsEdit(p, plan));
    CHECK(commentById(after, "c1").item.empty());
    CHECK(commentById(after, "c1").formerItem == "Sprachcafé");
  }
  SECTION("removed") {
    plan.commentFate = CommentFate::Remove;
    const Project after = performAndCheckUndo(p, deleteItemsEdit(p, plan));
    CHECK(after.conferences[0].comments.size() == 2);
    CHECK(after.conferences[0].comments[0].id == "c2");
  }
}

TEST_CASE("deleting items a conference names: options become free text, scenes forget them", "[edit][conference]") {
  const Project p = test::projectWithConference();
  // a1 takes act1 (it leads it) and coop1 with it; g1 is named by two options.
  const DeletionPlan plan = planDeletion(p, {{ItemKind::Actor, "a1"}, {ItemKind::Goal, "g1"}, {ItemKind::Field, "f2"}});
  const Project after = performAndCheckUndo(p, deleteItemsEdit(p, plan));
  const Conference& c = after.conferences[0];
  CHECK(c.polls[0].options[0].item.empty());  // goal:g1
  CHECK(c.polls[0].options[0].text == "Mehrsprachigkeit");
  CHECK(c.polls[0].options[1].item.empty());  // gap:f2/p2
  CHECK(c.polls[1].options[1].item == "goal:g2");
  CHECK(c.polls[1].options[2].item.empty());  // suggestion:a1/a2
  CHECK(c.scenes[1].view.focus == std::nullopt);
  CHECK(c.scenes[1].highlight == std::vector<std::string>{"actor:a2"});
  CHECK(c.scenes[1].view.filters.fields == std::vector<FieldId>{FieldId("f1")});
  CHECK(validateProject(after).empty());
}
