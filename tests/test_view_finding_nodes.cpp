// The nodes an analysis finding is about.
#include <catch2/catch.hpp>

#include "project_builder.hpp"
#include "view/finding_nodes.hpp"

using namespace knp;

namespace {

Project findingProject() {
  return test::ProjectBuilder()
      .field("bildung")
      .phase("kita", 1)
      .phase("schule", 2)
      .concept_("ik")
      .goal("g1", "ik", {"bildung"})
      .goal("g2", "ik", {"bildung"})
      .actor("a")
      .actor("b")
      .activity("x", "a", {}, {"bildung"}, {"g1"}, {"kita"})
      .activity("y", "b", {}, {"bildung"}, {"g1"}, {"kita"})
      .build();
}

}  // namespace

TEST_CASE("findings name their nodes once each, unknown ids skipped", "[graph][view][findings]") {
  const Project p = findingProject();
  const ProjectGraph view = buildProjectGraph(p);
  const Vertex a = view.actorVertex[0], b = view.actorVertex[1], x = view.activityVertex[0],
               y = view.activityVertex[1], g1 = view.goalVertex[0], g2 = view.goalVertex[1],
               schule = view.phaseVertex[1];

  CoverageCell cell{FieldId("bildung"), LifePhaseId("kita"), {ActivityId("x"), ActivityId("y"), ActivityId("x")}, {}};
  CHECK(nodesOf(cell, p, view) == std::vector<Vertex>{x, y});

  Gap empty{GapKind::EmptyCell, std::nullopt, LifePhaseId("schule"), FieldId("bildung"), std::nullopt, 0};
  CHECK(nodesOf(empty, p, view) == std::vector<Vertex>{schule, g1, g2});  // the phase and the field's goals
  Gap unserved{GapKind::UnservedGoal, GoalId("g2"), std::nullopt, std::nullopt, std::nullopt, 0};
  CHECK(nodesOf(unserved, p, view) == std::vector<Vertex>{g2});
  Gap stale{GapKind::UnservedGoal, GoalId("gone"), std::nullopt, std::nullopt, std::nullopt, 0};
  CHECK(nodesOf(stale, p, view).empty());

  SupportChain chain;
  chain.goal = GoalId("g1");
  chain.links = {{LifePhaseId("kita"), LinkState::Covered, 2}, {LifePhaseId("schule"), LinkState::Break, 0}};
  CHECK(nodesOf(chain, p, view) == std::vector<Vertex>{g1, schule});

  Overlap overlap;
  overlap.first = ActorId("a"), overlap.second = ActorId("b");
  overlap.pairs.push_back({ActivityId("x"), ActivityId("y"), {}, {}, {}, 1.0});
  CHECK(nodesOf(overlap, p, view) == std::vector<Vertex>{a, b, x, y});

  CooperationSuggestion suggestion;
  suggestion.first = ActorId("b"), suggestion.second = ActorId("a");
  CHECK(nodesOf(suggestion, view) == std::vector<Vertex>{b, a});

  Broker broker;
  broker.actor = ActorId("a");
  CHECK(nodesOf(broker, view) == std::vector<Vertex>{a});
}
