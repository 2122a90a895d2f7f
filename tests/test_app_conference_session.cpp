// Running a conference in the program (app/core/conference_session.hpp): create, choose,
// start and end, with the items changed meanwhile recorded from the undo history.
#include <catch2/catch.hpp>

#include <memory>

#include "core/conference_session.hpp"
#include "core/document.hpp"
#include "edit/item_edits.hpp"
#include "fixtures.hpp"

using namespace knp;
using namespace knp::app;

namespace {

std::unique_ptr<AppState> opened() {
  auto s = std::make_unique<AppState>(test::smallProject(), "test", Language::German);
  finishLayout(*s);
  settleLayout(*s);
  return s;
}

}  // namespace

TEST_CASE("a conference is created as one step and chosen; undo takes it away", "[app][conference]") {
  auto s = opened();
  CHECK_FALSE(createConference(*s, "", "2014-11-19"));
  REQUIRE(createConference(*s, "Integrationskonferenz 2014", "2014-11-19"));
  REQUIRE(currentConference(*s));
  CHECK(currentConference(*s)->id.value == "integrationskonferenz-2014");
  CHECK(s->project.conferences.size() == 1);
  CHECK(s->history.steps().size() == 1);
  undo(*s);
  CHECK(s->project.conferences.empty());
  CHECK(currentConference(*s) == nullptr);  // chosen, but gone
}

TEST_CASE("what is added and changed while a conference runs is recorded at its end", "[app][conference]") {
  auto s = opened();
  REQUIRE(createConference(*s, "K 2014", "2014-11-19"));
  Goal before = s->project.goals[0];
  before.title = "vorher geändert";
  dispatch(*s, updateItemEdit(s->project, before));  // before the start: not recorded
  CHECK(conferenceMarkForNewItems(*s).empty());

  startConference(*s, "2014-11-19T09:00");
  REQUIRE(conferenceRunning(*s));
  CHECK(conferenceMarkForNewItems(*s) == ConferenceId("k-2014"));
  Activity added;
  added.id = ActivityId("neu");
  added.title = "Neu aus der Konferenz";
  added.lead = ActorId("a1");
  added.fromConference = conferenceMarkForNewItems(*s);
  dispatch(*s, addItemEdit(s->project, added));
  Actor a2 = s->project.actors[1];
  a2.selfDescription = "jetzt mit Ganztag";
  dispatch(*s, updateItemEdit(s->project, a2));
  endConference(*s, "2014-11-19T12:30");

  CHECK_FALSE(conferenceRunning(*s));
  const Conference& c = *currentConference(*s);
  CHECK(c.startedAt == "2014-11-19T09:00");
  CHECK(c.endedAt == "2014-11-19T12:30");
  CHECK(c.changed == std::vector<std::string>{"activity:neu", "actor:a2"});
  CHECK(s->project.activities.back().fromConference == ConferenceId("k-2014"));
  // The end is one step: undo takes the record back, the conference keeps running no more.
  undo(*s);
  CHECK(currentConference(*s)->changed.empty());
}

TEST_CASE("choosing another conference or opening a project ends the running one", "[app][conference]") {
  auto s = opened();
  REQUIRE(createConference(*s, "A", ""));
  const ConferenceId a = s->conference;
  startConference(*s, "2014-01-01T10:00");
  REQUIRE(createConference(*s, "B", ""));  // ends A first
  CHECK(findConference(s->project, a)->endedAt.size() == 16);
  CHECK_FALSE(conferenceRunning(*s));
  startConference(*s, "2014-01-01T11:00");
  replaceDocument(*s, test::smallProject(), std::nullopt, DiskState::Saved);
  CHECK(s->conference.empty());
  CHECK_FALSE(s->conferenceStartStep);
}
