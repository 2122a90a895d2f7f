// Why a coverage cell is empty (report/empty_cell.hpp), the activities behind a chain link
// (report/chain_cells.hpp) and their vertices (view/finding_nodes.hpp: nodesOfItems).
#include <catch2/catch.hpp>

#include "analysis/coverage.hpp"
#include "analysis/support_chains.hpp"
#include "project_builder.hpp"
#include "report/chain_cells.hpp"
#include "report/empty_cell.hpp"
#include "view/abstraction.hpp"
#include "view/finding_nodes.hpp"
#include "view/project_graph.hpp"

using namespace knp;
using Indices = std::vector<std::size_t>;

namespace {

// Actors A B C D E F (indices 0–5; F does nothing); activities a1–a5 (indices 0–4):
//
//               kind    jugend   erwachsene   alter
//   bildung     a1      a1       a2 a3        ·        a1: A          a2: A + B   a3: C
//   gesundheit  ·       ·        a4           a4 a5    a4: D          a5: E + A
//   wohnen      ·       ·        ·            ·        (no activity at all)
Project town() {
  return test::ProjectBuilder()
      .field("bildung")
      .field("gesundheit")
      .field("wohnen")
      .phase("kind", 1)
      .phase("jugend", 2)
      .phase("erwachsene", 3)
      .phase("alter", 4)
      .concept_("k")
      .goal("g", "k", {"bildung"})
      .actor("A")
      .actor("B")
      .actor("C")
      .actor("D")
      .actor("E")
      .actor("F")
      .activity("a1", "A", {}, {"bildung"}, {"g"}, {"kind", "jugend"})
      .activity("a2", "A", {"B"}, {"bildung"}, {"g"}, {"erwachsene"})
      .activity("a3", "C", {}, {"bildung"}, {"g"}, {"erwachsene"})
      .activity("a4", "D", {}, {"gesundheit"}, {}, {"erwachsene", "alter"})
      .activity("a5", "E", {"A"}, {"gesundheit"}, {}, {"alter"})
      .build();
}

}  // namespace

TEST_CASE("An empty cell in the last phase: one neighbour, other fields in the same phase", "[report][empty_cell]") {
  const Project p = town();
  const Coverage c = computeCoverage(p);
  const EmptyCellExplanation de = explainEmptyCell(p, c, 0, 3, Language::German);
  CHECK(de.text ==
        "Im Handlungsfeld bildung arbeitet niemand für alter. Nebenan: 2 Aktivitäten in erwachsene. "
        "Im selben Lebensabschnitt: 2 Aktivitäten in gesundheit.");
  CHECK(de.activities == Indices{1, 2, 3, 4});  // a2 a3 next door, a4 a5 in the same phase
  CHECK(de.actors == Indices{0, 1, 2, 3, 4});   // A B C D E, not F
  const EmptyCellExplanation en = explainEmptyCell(p, c, 0, 3, Language::English);
  CHECK(en.text ==
        "In the field bildung, nobody works for alter. Next door: 2 activities in erwachsene. "
        "In the same life phase: 2 activities in gesundheit.");
  CHECK(en.activities == de.activities);
  CHECK(en.actors == de.actors);
}

TEST_CASE("An empty cell in the first phase has one neighbour, here without work", "[report][empty_cell]") {
  const Project p = town();
  const Coverage c = computeCoverage(p);
  const EmptyCellExplanation de = explainEmptyCell(p, c, 1, 0, Language::German);
  CHECK(de.text ==
        "Im Handlungsfeld gesundheit arbeitet niemand für kind. Auch nebenan (jugend) arbeitet in diesem Feld "
        "niemand. Im selben Lebensabschnitt: 1 Aktivität in bildung.");
  CHECK(de.activities == Indices{0});
  CHECK(de.actors == Indices{0});
  CHECK(explainEmptyCell(p, c, 1, 0, Language::English).text ==
        "In the field gesundheit, nobody works for kind. Nobody in this field works next door (jugend) either. "
        "In the same life phase: 1 activity in bildung.");
}

TEST_CASE("An empty cell between two phases names the neighbour with work first", "[report][empty_cell]") {
  const Project p = town();
  const Coverage c = computeCoverage(p);
  const EmptyCellExplanation de = explainEmptyCell(p, c, 1, 1, Language::German);
  CHECK(de.text ==
        "Im Handlungsfeld gesundheit arbeitet niemand für jugend. Nebenan: 1 Aktivität in erwachsene und keine in "
        "kind. Im selben Lebensabschnitt: 1 Aktivität in bildung.");
  CHECK(de.activities == Indices{0, 3});  // a1 (bildung, jugend), a4 (gesundheit, erwachsene)
  CHECK(de.actors == Indices{0, 3});      // A, D
  CHECK(explainEmptyCell(p, c, 1, 1, Language::English).text ==
        "In the field gesundheit, nobody works for jugend. Next door: 1 activity in erwachsene and none in kind. "
        "In the same life phase: 1 activity in bildung.");
}

TEST_CASE("A field without any activity says so instead of listing empty neighbours", "[report][empty_cell]") {
  const Project p = town();
  const Coverage c = computeCoverage(p);
  const EmptyCellExplanation de = explainEmptyCell(p, c, 2, 2, Language::German);
  CHECK(de.text ==
        "Im Handlungsfeld wohnen arbeitet niemand für erwachsene. In diesem Feld gibt es in keiner Lebensphase "
        "eine Aktivität. Im selben Lebensabschnitt: 2 Aktivitäten in bildung und 1 Aktivität in gesundheit.");
  CHECK(de.activities == Indices{1, 2, 3});
  CHECK(de.actors == Indices{0, 1, 2, 3});
  CHECK(explainEmptyCell(p, c, 2, 2, Language::English).text ==
        "In the field wohnen, nobody works for erwachsene. This field has no activity in any life phase. "
        "In the same life phase: 2 activities in bildung and 1 activity in gesundheit.");
}

TEST_CASE("Cells with activities and cells out of range are not explained", "[report][empty_cell]") {
  const Project p = town();
  const Coverage c = computeCoverage(p);
  CHECK(explainEmptyCell(p, c, 0, 0, Language::German).text.empty());
  CHECK(explainEmptyCell(p, c, 3, 0, Language::German).text.empty());
  CHECK(explainEmptyCell(p, c, 0, 4, Language::German).text.empty());
  const Project empty;
  CHECK(explainEmptyCell(empty, computeCoverage(empty), 0, 0, Language::German).text.empty());
}

// x and y, one phase p; nobody works anywhere:
//        p
//   x    ·
//   y    ·
TEST_CASE("A project with one phase has no neighbours to name", "[report][empty_cell]") {
  const Project p = test::ProjectBuilder().field("x").field("y").phase("p", 1).actor("A").build();
  const Coverage c = computeCoverage(p);
  const EmptyCellExplanation de = explainEmptyCell(p, c, 0, 0, Language::German);
  CHECK(de.text ==
        "Im Handlungsfeld x arbeitet niemand für p. In diesem Feld gibt es in keiner Lebensphase eine Aktivität. "
        "Auch in den anderen Handlungsfeldern arbeitet niemand für p.");
  CHECK(de.activities.empty());
  CHECK(de.actors.empty());
  CHECK(explainEmptyCell(p, c, 0, 0, Language::English).text ==
        "In the field x, nobody works for p. This field has no activity in any life phase. No other field works "
        "for p either.");
  // One field alone: nothing to compare with.
  const Project single = test::ProjectBuilder().field("x").phase("p", 1).build();
  CHECK(explainEmptyCell(single, computeCoverage(single), 0, 0, Language::English).text ==
        "In the field x, nobody works for p. This field has no activity in any life phase.");
}

TEST_CASE("The highlight set maps to the view's vertices", "[report][empty_cell]") {
  const Project p = town();
  const ProjectGraph view = buildProjectGraph(p);
  const EmptyCellExplanation e = explainEmptyCell(p, computeCoverage(p), 0, 3, Language::German);
  const std::vector<Vertex> nodes = nodesOfItems(e.activities, e.actors, p, view);
  CHECK(nodes == std::vector<Vertex>{view.activityVertex[1], view.activityVertex[2], view.activityVertex[3],
                                     view.activityVertex[4], view.actorVertex[0], view.actorVertex[1],
                                     view.actorVertex[2], view.actorVertex[3], view.actorVertex[4]});
  CHECK(nodesOfItems({99}, {0, 0, 42}, p, view) == std::vector<Vertex>{view.actorVertex[0]});
  // The actor network has no activities: a2 (A, B), a3 (C), a4 (D), a5 (E, A) stand for their actors.
  const ProjectGraph actors = buildProjectGraph(p, Abstraction::ActorNetwork);
  CHECK(nodesOfItems(e.activities, {}, p, actors) ==
        std::vector<Vertex>{actors.actorVertex[0], actors.actorVertex[1], actors.actorVertex[2], actors.actorVertex[3],
                            actors.actorVertex[4]});
}

TEST_CASE("A chain link's activities serve the goal in that phase", "[report][chain_cells]") {
  const Project p = town();
  const Coverage c = computeCoverage(p);
  const SupportChains chains = computeSupportChains(p);
  REQUIRE(chains.goals.size() == 1);
  const SupportChain& g = chains.goals.front();
  CHECK(chainLinkActivities(p, c, g, LifePhaseId{"kind"}) == Indices{0});
  CHECK(chainLinkActivities(p, c, g, LifePhaseId{"erwachsene"}) == Indices{1, 2});
  CHECK(chainLinkActivities(p, c, g, LifePhaseId{"alter"}).empty());
  for (const ChainLink& link : g.links)
    CHECK(chainLinkActivities(p, c, g, link.phase).size() == link.activities);
  const SupportChain& field = chains.fields[1];  // gesundheit
  CHECK(chainLinkActivities(p, c, field, LifePhaseId{"alter"}) == Indices{3, 4});
}
