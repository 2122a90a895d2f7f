// The map's abstractions in the program: switching keeps each one's arrangement, views and the
// command line choose one, and the choice is saved with the map.
#include <catch2/catch.hpp>

#include <cmath>
#include <memory>

#include "core/app_state.hpp"
#include "core/document.hpp"
#include "core/map_views.hpp"
#include "core/startup_state.hpp"
#include "fixtures.hpp"

using namespace knp;
using namespace knp::app;

namespace {

// The small project (tests/fixtures.cpp): actors a1, a2 and the body; two activities; goals
// g1, g2; phases p1, p2. Its actor network: a1 — a2 (they cooperate and share act1),
// a1 — body (membership).
std::unique_ptr<AppState> small() {
  auto s = std::make_unique<AppState>(test::smallProject(), "test", Language::German);
  finishLayout(*s);
  settleLayout(*s);
  return s;
}

}  // namespace

TEST_CASE("abstraction: the actor network shows the three actors and their two links", "[app][abstraction]") {
  auto s = small();
  REQUIRE(s->graph == Abstraction::Full);
  CHECK(s->positions.size() == 9);
  select(*s, *s->view.vertexOf(NodeKind::Actor, "a2"));
  setAbstraction(*s, Abstraction::ActorNetwork);
  CHECK(s->graph == Abstraction::ActorNetwork);
  CHECK(s->positions.size() == 3);
  CHECK(s->selection == std::vector<Vertex>{*s->view.vertexOf(NodeKind::Actor, "a2")});  // still selected
  CHECK(boost::num_edges(s->view.graph) == 2);
  CHECK(s->gapMark.size() == 3);
  CHECK(s->match.size() == 3);
  CHECK(s->fitPending);
  // Fields × phases starts with the sectors layout.
  setAbstraction(*s, Abstraction::FieldsByPhases);
  CHECK(s->algorithm == layouts::Algorithm::Sectors);
  CHECK(s->positions.size() == 5);  // three actors, two phases
}

TEST_CASE("abstraction: each keeps its arrangement; the choice is saved with the map", "[app][abstraction]") {
  auto s = small();
  const std::vector<layouts::Point> full = s->positions;
  setAbstraction(*s, Abstraction::ActorNetwork);
  finishLayout(*s);
  s->positions[0] = {7.0, 8.0};  // the user moves a1 in the actor network
  setAbstraction(*s, Abstraction::Full);
  finishLayout(*s);
  for (std::size_t v = 0; v < full.size(); ++v) {
    CHECK(s->positions[v].x == Approx(full[v].x));
    CHECK(s->positions[v].y == Approx(full[v].y));
  }
  setAbstraction(*s, Abstraction::ActorNetwork);
  CHECK(s->positions[0].x == Approx(7.0));
  CHECK(s->positions[0].y == Approx(8.0));
  commitPlacements(*s);
  CHECK(s->project.map.graph == "actors");
  REQUIRE(s->project.map.graphPositions.count("actors") == 1);
  CHECK(s->project.map.graphPositions.at("actors").at("actor:a1").x == Approx(7.0));
}

TEST_CASE("abstraction: a saved view remembers it; --graph chooses one or names the choices", "[app][abstraction]") {
  auto s = small();
  setAbstraction(*s, Abstraction::ActorsAndGoals);
  const SavedView view = captureView(*s, "Ziele", 1.0);
  CHECK(view.graph == "actors-goals");
  setAbstraction(*s, Abstraction::Full);
  applyView(*s, view, 1.0);
  CHECK(s->graph == Abstraction::ActorsAndGoals);

  Options options;
  options.graph = "actors";
  CHECK_FALSE(applyStartupOptions(*s, options));
  CHECK(s->graph == Abstraction::ActorNetwork);
  options.graph = "akteure";
  const auto refused = applyStartupOptions(*s, options);
  REQUIRE(refused);
  CHECK(*refused == "--graph \"akteure\": expected one of actors, actors-goals, fields-phases, full");
  CHECK(s->graph == Abstraction::ActorNetwork);  // nothing else changed
}

TEST_CASE("abstraction: a move in the actor network is one placement step; undo puts it back", "[app][abstraction]") {
  auto s = small();
  setAbstraction(*s, Abstraction::ActorNetwork);
  finishLayout(*s);
  commitPlacements(*s, makeLabel(EditAction::Arrange, ItemKind::Actor, "test"));  // the network's arrangement
  const layouts::Point before = s->positions[0];
  s->positions[0] = {before.x + 1.0, before.y};
  commitPlacements(*s, makeLabel(EditAction::Move, ItemKind::Actor, "a1"));
  const Edit& step = s->history.steps().back();
  // One node moved in the abstraction's positions: no copy of the whole project in the history.
  REQUIRE(step.changes.size() == 1);
  const auto* moved = std::get_if<PlacementChange>(&step.changes[0]);
  REQUIRE(moved);
  CHECK(moved->graph == "actors");
  CHECK(moved->key == "actor:a1");
  REQUIRE(undo(*s));
  CHECK(s->positions[0].x == Approx(before.x));
  CHECK(s->graph == Abstraction::ActorNetwork);
  REQUIRE(redo(*s));
  CHECK(s->positions[0].x == Approx(before.x + 1.0));
}

TEST_CASE("abstraction: sizes by number of activities count in the project, whatever the map shows", "[app][abstraction]") {
  // act1: a1 leads, a2 partner; act2: a2 leads. So a1 1, a2 2, the body 0; sizes are
  // √(count / largest) within the kind.
  auto s = small();
  setAbstraction(*s, Abstraction::ActorNetwork);
  s->sizeMeasure = SizeMeasure::Activities;
  refreshSizes(*s);
  CHECK(s->sizeWeight[*s->view.vertexOf(NodeKind::Actor, "a1")] == Approx(std::sqrt(0.5)));
  CHECK(s->sizeWeight[*s->view.vertexOf(NodeKind::Actor, "a2")] == Approx(1.0));
  CHECK(s->sizeWeight[*s->view.vertexOf(NodeKind::Actor, "body")] == Approx(0.0));
  // Goals: g1 is served by both, g2 by act2: √(1/2) for g2.
  setAbstraction(*s, Abstraction::ActorsAndGoals);
  refreshSizes(*s);
  CHECK(s->sizeWeight[*s->view.vertexOf(NodeKind::Goal, "g1")] == Approx(1.0));
  CHECK(s->sizeWeight[*s->view.vertexOf(NodeKind::Goal, "g2")] == Approx(std::sqrt(0.5)));
}
