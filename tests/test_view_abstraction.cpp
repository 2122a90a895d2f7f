// The abstract views of a project: actor network, actors and goals, fields by phases.
#include <catch2/catch.hpp>

#include <cmath>
#include <tuple>
#include <utility>

#include "layouts/kind_columns.hpp"
#include "layouts/project_layout_graph.hpp"
#include "project_builder.hpp"
#include "view/abstraction.hpp"
#include "view/finding_nodes.hpp"
#include "view/map_filter.hpp"
#include "view/new_node_placement.hpp"

using namespace knp;
using Catch::Matchers::WithinAbs;

namespace {

// Five actors, three activities, two goals, two life phases, two fields:
//
//        coop a→b, coop b→a, coop a→a (self)                 coop c→b
//   a ═══════════════════════════════════ b ─────────────────────── c
//   │ member of r                         │                         │
//   r (body)                              │                         │
//                                                                    e (no activity, no link)
//   x: lead a, partners b, a  (a is lead AND partner)  field f1  goal g1      phase p1
//   y: lead b, partner c                               field f2  goals g1 g2  phases p1 p2
//   z: lead a, partner b                               field f1  goal g2      phase p2
//
//   goals: g1 (field f1), g2 (field f2), both of concept k.
//
// Actor network (vertices a0 b1 c2 r3 e4):
//   a—b: cooperations 2 (a→b, b→a) + shared activities 2 (x, z) = 4
//   a—r: cooperations 1 (membership)                             = 1
//   b—c: cooperations 1 (c→b)      + shared activities 1 (y)    = 2
//   a→a: no edge; e: no edge.
// Actors and goals (a0 b1 c2 r3 e4, g1 5, g2 6): a—g1 1 (x once), a—g2 1 (z), b—g1 2 (x, y),
//   b—g2 2 (y, z), c—g1 1, c—g2 1; plus 4 cooperation edges (one a self-loop) and 1 membership.
// Fields by phases (a0 b1 c2 r3 e4, p1 5, p2 6): a—p1 1 (x), a—p2 1 (z), b—p1 2 (x, y),
//   b—p2 2 (y, z), c—p1 1, c—p2 1.
Project abstractionProject() {
  return test::ProjectBuilder()
      .field("f1")
      .field("f2")
      .phase("p1", 1)
      .phase("p2", 2)
      .concept_("k")
      .goal("g1", "k", {"f1"})
      .goal("g2", "k", {"f2"})
      .actor("a", ActorType::Association, {"r"})
      .actor("b", ActorType::School)
      .actor("c")
      .actor("r", ActorType::Body)
      .actor("e")
      .activity("x", "a", {"b", "a"}, {"f1"}, {"g1"}, {"p1"})
      .activity("y", "b", {"c"}, {"f2"}, {"g1", "g2"}, {"p1", "p2"})
      .activity("z", "a", {"b"}, {"f1"}, {"g2"}, {"p2"})
      .cooperation("a", "b")
      .cooperation("b", "a")
      .cooperation("a", "a")
      .cooperation("c", "b")
      .build();
}

struct EdgeSeen {
  Vertex a, b;
  EdgeKind kind;
  double weight;
};

std::vector<EdgeSeen> edgesOf(const ProjectGraph& view) {
  std::vector<EdgeSeen> out;
  for (auto [e, end] = boost::edges(view.graph); e != end; ++e)
    out.push_back({boost::source(*e, view.graph), boost::target(*e, view.graph), view.graph[*e].kind,
                   view.graph[*e].weight});
  return out;
}

const EdgeProps* edgeBetween(const ProjectGraph& view, Vertex a, Vertex b, EdgeKind kind) {
  for (auto [e, end] = boost::out_edges(a, view.graph); e != end; ++e)
    if (boost::target(*e, view.graph) == b && view.graph[*e].kind == kind) return &view.graph[*e];
  return nullptr;
}

int edgesOfKind(const ProjectGraph& view, EdgeKind kind) {
  int n = 0;
  for (const EdgeSeen& e : edgesOf(view)) n += e.kind == kind ? 1 : 0;
  return n;
}

constexpr Vertex kAbsent = ProjectGraph::kAbsent;

}  // namespace

TEST_CASE("abstractions have one table of names", "[graph][view][abstraction]") {
  REQUIRE(abstractionList().size() == 4);
  for (const AbstractionInfo& info : abstractionList()) {
    CHECK(abstractionFromName(info.name) == info.id);
    CHECK(toString(info.id) == info.name);
    CHECK_FALSE(info.description.empty());
  }
  CHECK(abstractionFromName("actors") == Abstraction::ActorNetwork);
  CHECK(abstractionFromName("actors-goals") == Abstraction::ActorsAndGoals);
  CHECK(abstractionFromName("fields-phases") == Abstraction::FieldsByPhases);
  CHECK(abstractionFromName("full") == Abstraction::Full);
  CHECK_FALSE(abstractionFromName("Actors"));
  CHECK_FALSE(abstractionFromName(""));
  CHECK(toString(EdgeKind::ActorLink) == "actorLink");
  CHECK(toString(EdgeKind::ActorGoal) == "actorGoal");
  CHECK(toString(EdgeKind::ActorPhase) == "actorPhase");
}

TEST_CASE("the actor network counts cooperations and shared activities", "[graph][view][abstraction]") {
  const Project p = abstractionProject();
  const ProjectGraph view = buildProjectGraph(p, Abstraction::ActorNetwork);
  REQUIRE(boost::num_vertices(view.graph) == 5);
  CHECK(view.actorVertex == std::vector<Vertex>{0, 1, 2, 3, 4});
  CHECK(view.activityVertex == std::vector<Vertex>{kAbsent, kAbsent, kAbsent});
  CHECK(view.goalVertex == std::vector<Vertex>{kAbsent, kAbsent});
  CHECK(view.phaseVertex == std::vector<Vertex>{kAbsent, kAbsent});
  CHECK(view.shows(NodeKind::Actor));
  CHECK_FALSE(view.shows(NodeKind::Activity));
  CHECK_FALSE(view.shows(NodeKind::Goal));
  CHECK_FALSE(view.shows(NodeKind::LifePhase));
  CHECK_FALSE(view.vertexOf(NodeKind::Activity, "x"));
  CHECK_FALSE(vertexOfKey(view, "goal:g1"));
  CHECK(vertexOfKey(view, "actor:e") == Vertex{4});
  CHECK(nodeKey(p, view, 3) == "actor:r");

  // In ascending order of the ends: a—b, a—r, b—c; no self-loop for a→a.
  const auto edges = edgesOf(view);
  REQUIRE(edges.size() == 3);
  CHECK(std::tie(edges[0].a, edges[0].b) == std::tuple{Vertex{0}, Vertex{1}});
  CHECK(std::tie(edges[1].a, edges[1].b) == std::tuple{Vertex{0}, Vertex{3}});
  CHECK(std::tie(edges[2].a, edges[2].b) == std::tuple{Vertex{1}, Vertex{2}});
  CHECK(edgesOfKind(view, EdgeKind::ActorLink) == 3);

  const EdgeProps* ab = edgeBetween(view, 0, 1, EdgeKind::ActorLink);
  REQUIRE(ab);
  CHECK(ab->cooperations == 2);      // a→b and b→a add up
  CHECK(ab->sharedActivities == 2);  // x (a lead and partner: once) and z
  CHECK_THAT(ab->weight, WithinAbs(4.0, 1e-12));
  CHECK(ab->index == 0);
  const EdgeProps* ar = edgeBetween(view, 0, 3, EdgeKind::ActorLink);
  REQUIRE(ar);
  CHECK(ar->cooperations == 1);  // the membership
  CHECK(ar->sharedActivities == 0);
  CHECK_THAT(ar->weight, WithinAbs(1.0, 1e-12));
  const EdgeProps* bc = edgeBetween(view, 1, 2, EdgeKind::ActorLink);
  REQUIRE(bc);
  CHECK(bc->cooperations == 1);
  CHECK(bc->sharedActivities == 1);
  CHECK_THAT(bc->weight, WithinAbs(2.0, 1e-12));
  CHECK_FALSE(boost::edge(0, 0, view.graph).second);
  CHECK(boost::degree(4, view.graph) == 0);
}

TEST_CASE("actors and goals collapse activities into weighted links", "[graph][view][abstraction]") {
  const Project p = abstractionProject();
  const ProjectGraph view = buildProjectGraph(p, Abstraction::ActorsAndGoals);
  REQUIRE(boost::num_vertices(view.graph) == 7);
  CHECK(view.actorVertex == std::vector<Vertex>{0, 1, 2, 3, 4});
  CHECK(view.goalVertex == std::vector<Vertex>{5, 6});
  CHECK(view.activityVertex == std::vector<Vertex>{kAbsent, kAbsent, kAbsent});
  CHECK(view.phaseVertex == std::vector<Vertex>{kAbsent, kAbsent});
  CHECK(view.shows(NodeKind::Goal));
  CHECK_FALSE(view.shows(NodeKind::LifePhase));
  CHECK(view.graph[5].kind == NodeKind::Goal);
  CHECK(view.graph[5].index == 0);
  CHECK(nodeKey(p, view, 6) == "goal:g2");

  CHECK(edgesOfKind(view, EdgeKind::ActorGoal) == 6);
  CHECK(edgesOfKind(view, EdgeKind::Cooperation) == 4);  // a self-loop included, as in the full graph
  CHECK(edgesOfKind(view, EdgeKind::Membership) == 1);
  CHECK(boost::num_edges(view.graph) == 11);
  auto weight = [&](Vertex actor, Vertex goal) {
    const EdgeProps* e = edgeBetween(view, actor, goal, EdgeKind::ActorGoal);
    return e ? e->weight : 0.0;
  };
  CHECK_THAT(weight(0, 5), WithinAbs(1.0, 1e-12));  // a—g1: x, counted once though a is lead and partner
  CHECK_THAT(weight(0, 6), WithinAbs(1.0, 1e-12));  // a—g2: z
  CHECK_THAT(weight(1, 5), WithinAbs(2.0, 1e-12));  // b—g1: x, y
  CHECK_THAT(weight(1, 6), WithinAbs(2.0, 1e-12));  // b—g2: y, z
  CHECK_THAT(weight(2, 5), WithinAbs(1.0, 1e-12));
  CHECK_THAT(weight(2, 6), WithinAbs(1.0, 1e-12));
  CHECK_THAT(weight(3, 5), WithinAbs(0.0, 1e-12));  // r has no activity
  // Derived edges first, in ascending order of their ends.
  const auto edges = edgesOf(view);
  CHECK(std::tie(edges[0].a, edges[0].b, edges[0].kind) == std::tuple{Vertex{0}, Vertex{5}, EdgeKind::ActorGoal});
  CHECK(std::tie(edges[5].a, edges[5].b, edges[5].kind) == std::tuple{Vertex{2}, Vertex{6}, EdgeKind::ActorGoal});
  CHECK(edges[6].kind == EdgeKind::Cooperation);
}

TEST_CASE("fields by phases links actors to the phases their activities target", "[graph][view][abstraction]") {
  const Project p = abstractionProject();
  const ProjectGraph view = buildProjectGraph(p, Abstraction::FieldsByPhases);
  REQUIRE(boost::num_vertices(view.graph) == 7);
  CHECK(view.actorVertex == std::vector<Vertex>{0, 1, 2, 3, 4});
  CHECK(view.phaseVertex == std::vector<Vertex>{5, 6});
  CHECK(view.goalVertex == std::vector<Vertex>{kAbsent, kAbsent});
  CHECK(view.vertexOf(NodeKind::LifePhase, "p2") == Vertex{6});
  CHECK(boost::num_edges(view.graph) == 6);
  CHECK(edgesOfKind(view, EdgeKind::ActorPhase) == 6);
  auto weight = [&](Vertex actor, Vertex phase) {
    const EdgeProps* e = edgeBetween(view, actor, phase, EdgeKind::ActorPhase);
    return e ? e->weight : 0.0;
  };
  CHECK_THAT(weight(0, 5), WithinAbs(1.0, 1e-12));
  CHECK_THAT(weight(0, 6), WithinAbs(1.0, 1e-12));
  CHECK_THAT(weight(1, 5), WithinAbs(2.0, 1e-12));
  CHECK_THAT(weight(1, 6), WithinAbs(2.0, 1e-12));
  CHECK_THAT(weight(2, 5), WithinAbs(1.0, 1e-12));
  CHECK_THAT(weight(2, 6), WithinAbs(1.0, 1e-12));
}

TEST_CASE("the full abstraction is exactly the full graph", "[graph][view][abstraction]") {
  const Project p = abstractionProject();
  const ProjectGraph full = buildProjectGraph(p), same = buildProjectGraph(p, Abstraction::Full);
  CHECK(same.actorVertex == full.actorVertex);
  CHECK(same.activityVertex == full.activityVertex);
  CHECK(same.goalVertex == full.goalVertex);
  CHECK(same.phaseVertex == full.phaseVertex);
  CHECK(same.shownKinds == std::array<bool, 4>{true, true, true, true});
  REQUIRE(boost::num_edges(same.graph) == boost::num_edges(full.graph));
  const auto a = edgesOf(full), b = edgesOf(same);
  for (std::size_t i = 0; i < a.size(); ++i) {
    CHECK(std::tie(a[i].a, a[i].b, a[i].kind) == std::tie(b[i].a, b[i].b, b[i].kind));
    CHECK_THAT(b[i].weight, WithinAbs(1.0, 1e-12));
  }
}

TEST_CASE("filters match on abstract views through the project's references", "[graph][view][abstraction]") {
  const Project p = abstractionProject();
  using M = FilterMatch;
  SECTION("actor network, field f2: only y matches, so its actors b and c") {
    const ProjectGraph view = buildProjectGraph(p, Abstraction::ActorNetwork);
    MapFilters f;
    f.fields = {FieldId("f2")};
    CHECK(matchFilters(p, view, f) == std::vector<M>{M::NoMatch, M::Match, M::Match, M::NoMatch, M::NoMatch});
    f.fields = {FieldId("f1")};  // x, z: a and b
    CHECK(matchFilters(p, view, f) == std::vector<M>{M::Match, M::Match, M::NoMatch, M::NoMatch, M::NoMatch});
    f = {};
    f.actorTypes = {ActorType::Body};  // types only: r matches by its type
    CHECK(matchFilters(p, view, f) == std::vector<M>{M::NoMatch, M::NoMatch, M::NoMatch, M::Match, M::NoMatch});
  }
  SECTION("actors and goals, field f2: goal g2 lists f2, g1 is served by y") {
    const ProjectGraph view = buildProjectGraph(p, Abstraction::ActorsAndGoals);
    MapFilters f;
    f.fields = {FieldId("f2")};
    CHECK(matchFilters(p, view, f) ==
          std::vector<M>{M::NoMatch, M::Match, M::Match, M::NoMatch, M::NoMatch, M::Match, M::Match});
    f.statuses = {ActivityStatus::Planned};  // no activity is planned; g2 still lists f2
    CHECK(matchFilters(p, view, f) ==
          std::vector<M>{M::NoMatch, M::NoMatch, M::NoMatch, M::NoMatch, M::NoMatch, M::NoMatch, M::Match});
  }
  SECTION("fields by phases, phase p2: y and z match") {
    const ProjectGraph view = buildProjectGraph(p, Abstraction::FieldsByPhases);
    MapFilters f;
    f.lifePhases = {LifePhaseId("p2")};
    CHECK(matchFilters(p, view, f) ==
          std::vector<M>{M::Match, M::Match, M::Match, M::NoMatch, M::NoMatch, M::NoMatch, M::Match});
    f.lifePhases.clear();
    f.fields = {FieldId("f1")};  // x (p1), z (p2)
    CHECK(matchFilters(p, view, f) ==
          std::vector<M>{M::Match, M::Match, M::NoMatch, M::NoMatch, M::NoMatch, M::Match, M::Match});
  }
  SECTION("the full view filters as before") {
    const ProjectGraph view = buildProjectGraph(p);
    MapFilters f;
    f.fields = {FieldId("f2")};
    const auto match = matchFilters(p, view, f);
    CHECK(match[view.activityVertex[1]] == M::Match);
    CHECK(match[view.activityVertex[0]] == M::NoMatch);
    CHECK(match[view.actorVertex[2]] == M::Match);
    CHECK(match[view.actorVertex[0]] == M::NoMatch);
  }
}

TEST_CASE("findings about an absent activity name the shown items it links", "[graph][view][abstraction]") {
  const Project p = abstractionProject();
  const CoverageCell cell{FieldId("f2"), LifePhaseId("p1"), {ActivityId("y"), ActivityId("ghost")}, {}};
  // y: lead b (1), partner c (2), goals g1 g2, phases p1 p2.
  CHECK(nodesOf(cell, p, buildProjectGraph(p, Abstraction::ActorNetwork)) == std::vector<Vertex>{1, 2});
  CHECK(nodesOf(cell, p, buildProjectGraph(p, Abstraction::ActorsAndGoals)) == std::vector<Vertex>{1, 2, 5, 6});
  CHECK(nodesOf(cell, p, buildProjectGraph(p, Abstraction::FieldsByPhases)) == std::vector<Vertex>{1, 2, 5, 6});
  const ProjectGraph full = buildProjectGraph(p);
  CHECK(nodesOf(cell, p, full) == std::vector<Vertex>{full.activityVertex[1]});

  Overlap overlap;
  overlap.first = ActorId("a"), overlap.second = ActorId("b");
  overlap.pairs.push_back({ActivityId("x"), ActivityId("z"), {}, {}, {}, 1.0});
  // x and z stand for a and b again: no duplicates.
  CHECK(nodesOf(overlap, p, buildProjectGraph(p, Abstraction::ActorNetwork)) == std::vector<Vertex>{0, 1});
  // A goal the actor network does not show is skipped.
  Gap unserved{GapKind::UnservedGoal, GoalId("g2"), std::nullopt, std::nullopt, std::nullopt, 0};
  CHECK(nodesOf(unserved, p, buildProjectGraph(p, Abstraction::ActorNetwork)).empty());
  CHECK(nodesOf(unserved, p, buildProjectGraph(p, Abstraction::ActorsAndGoals)) == std::vector<Vertex>{6});
}

TEST_CASE("layout graphs of abstractions carry weights, sectors, rings and columns", "[graph][view][abstraction][layouts]") {
  const Project p = abstractionProject();
  constexpr std::size_t kNo = layouts::kNoSector;
  SECTION("actor network") {
    const ProjectGraph view = buildProjectGraph(p, Abstraction::ActorNetwork);
    const layouts::LayoutGraph g = layouts::layoutGraphOf(p, view);
    REQUIRE(g.graph.edgeCount() == 3);
    REQUIRE(g.weight.size() == 3);  // (a,b), (a,r), (b,c)
    CHECK_THAT(g.weight[0], WithinAbs(4.0, 1e-12));
    CHECK_THAT(g.weight[1], WithinAbs(1.0, 1e-12));
    CHECK_THAT(g.weight[2], WithinAbs(2.0, 1e-12));
    // Main field: a f1 (x, z), b f1 (x, z against y), c f2 (y), r and e none.
    CHECK(g.sector == std::vector<std::size_t>{0, 0, 1, kNo, kNo});
    CHECK(g.ring == std::vector<std::size_t>(5, 0));
    CHECK(g.column == std::vector<std::size_t>(5, 0));
  }
  SECTION("actors and goals") {
    const ProjectGraph view = buildProjectGraph(p, Abstraction::ActorsAndGoals);
    const layouts::LayoutGraph g = layouts::layoutGraphOf(p, view);
    // (a,b) 2 cooperations, (a,r) membership, (a,g1), (a,g2), (b,c) cooperation, (b,g1) 2,
    // (b,g2) 2, (c,g1), (c,g2); the self-loop a→a is dropped.
    REQUIRE(g.graph.edgeCount() == 9);
    REQUIRE(g.weight.size() == 9);
    const std::vector<double> expected{2, 1, 1, 1, 1, 2, 2, 1, 1};
    for (std::size_t i = 0; i < expected.size(); ++i) CHECK_THAT(g.weight[i], WithinAbs(expected[i], 1e-12));
    CHECK(g.column == std::vector<std::size_t>{0, 0, 0, 0, 0, 1, 1});
    CHECK(g.ring == std::vector<std::size_t>{1, 1, 1, 1, 1, 0, 0});
    CHECK(g.sector == std::vector<std::size_t>{0, 0, 1, kNo, kNo, 0, 1});  // goals by their first field
  }
  SECTION("fields by phases") {
    const ProjectGraph view = buildProjectGraph(p, Abstraction::FieldsByPhases);
    const layouts::LayoutGraph g = layouts::layoutGraphOf(p, view);
    REQUIRE(g.weight.size() == 6);
    const std::vector<double> expected{1, 1, 2, 2, 1, 1};
    for (std::size_t i = 0; i < expected.size(); ++i) CHECK_THAT(g.weight[i], WithinAbs(expected[i], 1e-12));
    CHECK(g.column == std::vector<std::size_t>{0, 0, 0, 0, 0, 1, 1});
    CHECK(g.ring == std::vector<std::size_t>{1, 1, 1, 1, 1, 0, 0});
    CHECK(g.sector == std::vector<std::size_t>{0, 0, 1, kNo, kNo, kNo, kNo});
  }
  SECTION("full: no weights, four columns and rings") {
    const ProjectGraph view = buildProjectGraph(p);
    const layouts::LayoutGraph g = layouts::layoutGraphOf(p, view);
    CHECK(g.weight.empty());
    CHECK(g.column[view.phaseVertex[0]] == 3);
    CHECK(g.ring[view.actorVertex[0]] == 3);
    CHECK(g.ring[view.activityVertex[0]] == 2);
  }
  SECTION("every abstraction runs through a weighted force layout and kind columns") {
    for (const AbstractionInfo& info : abstractionList()) {
      const ProjectGraph view = buildProjectGraph(p, info.id);
      const layouts::LayoutGraph g = layouts::layoutGraphOf(p, view);
      layouts::LayoutRequest request;
      request.iterations = 20;
      for (const layouts::Point& q : layouts::runLayout(layouts::Algorithm::ForceDirected, g, request))
        CHECK((std::isfinite(q.x) && std::isfinite(q.y)));
      const auto columns = layouts::kindColumns(p, view, 100.0, 10.0);
      REQUIRE(columns.size() == boost::num_vertices(view.graph));
      for (const layouts::Point& q : columns) CHECK((q.x >= 0 && q.x <= 100 && q.y >= 0 && q.y <= 10));
    }
  }
  SECTION("kind columns of an abstract view spread its kinds over the width") {
    const ProjectGraph goals = buildProjectGraph(p, Abstraction::ActorsAndGoals);
    const auto pos = layouts::kindColumns(p, goals, 100.0, 10.0);
    CHECK_THAT(pos[0].x, WithinAbs(0.0, 1e-12));
    CHECK_THAT(pos[5].x, WithinAbs(100.0, 1e-12));
    const ProjectGraph actors = buildProjectGraph(p, Abstraction::ActorNetwork);
    CHECK_THAT(layouts::kindColumns(p, actors, 100.0, 10.0)[0].x, WithinAbs(50.0, 1e-12));
  }
}

TEST_CASE("new nodes of an abstract view are placed in that view's positions", "[graph][view][abstraction]") {
  Project p = abstractionProject();
  placeNewNodes(p, std::nullopt, Abstraction::ActorsAndGoals);
  CHECK(p.map.positions.empty());
  REQUIRE(p.map.graphPositions.contains("actors-goals"));
  const auto& placed = p.map.graphPositions.at("actors-goals");
  CHECK(placed.size() == 7);
  CHECK(placed.contains("actor:a"));
  CHECK(placed.contains("goal:g2"));
  CHECK_FALSE(placed.contains("activity:x"));
  for (const auto& [key, at] : placed) CHECK((std::isfinite(at.x) && std::isfinite(at.y)));
  const MapState& map = p.map;
  CHECK(placementsOf(map, Abstraction::ActorsAndGoals) == &placed);
  CHECK(placementsOf(map, Abstraction::FieldsByPhases) == nullptr);
  CHECK(placementsOf(map, Abstraction::Full) == &p.map.positions);

  Project empty;
  placeNewNodes(empty, std::nullopt, Abstraction::ActorNetwork);
  CHECK(empty.map.empty());  // nothing to place, no empty entry
}

TEST_CASE("abstractions survive the degenerate battery", "[graph][view][abstraction]") {
  auto checkAll = [](const Project& p) {
    for (const AbstractionInfo& info : abstractionList()) {
      INFO(info.name);
      const ProjectGraph view = buildProjectGraph(p, info.id);
      CHECK(view.actorVertex.size() == p.actors.size());
      CHECK(view.activityVertex.size() == p.activities.size());
      CHECK(view.goalVertex.size() == p.goals.size());
      CHECK(view.phaseVertex.size() == p.lifePhases.size());
      for (auto [e, end] = boost::edges(view.graph); e != end; ++e) {
        CHECK(view.graph[*e].weight >= 1.0);
        CHECK(std::isfinite(view.graph[*e].weight));
      }
      const layouts::LayoutGraph g = layouts::layoutGraphOf(p, view);
      CHECK(g.graph.vertexCount() == boost::num_vertices(view.graph));
      CHECK((g.weight.empty() || g.weight.size() == g.graph.edgeCount()));
      MapFilters f;
      f.fields = {FieldId("f1")};
      CHECK(matchFilters(p, view, f).size() == boost::num_vertices(view.graph));
      CHECK(layouts::kindColumns(p, view).size() == boost::num_vertices(view.graph));
    }
  };
  SECTION("empty project") {
    const Project p;
    checkAll(p);
    for (const AbstractionInfo& info : abstractionList())
      CHECK(boost::num_vertices(buildProjectGraph(p, info.id).graph) == 0);
  }
  SECTION("one actor") {
    const Project p = test::ProjectBuilder().actor("a").build();
    checkAll(p);
    const ProjectGraph view = buildProjectGraph(p, Abstraction::ActorNetwork);
    CHECK(boost::num_vertices(view.graph) == 1);
    CHECK(boost::num_edges(view.graph) == 0);
  }
  SECTION("an actor without activities keeps its vertex and has no derived edge") {
    Project p = abstractionProject();
    checkAll(p);
    for (Abstraction a : {Abstraction::ActorNetwork, Abstraction::ActorsAndGoals, Abstraction::FieldsByPhases}) {
      const ProjectGraph view = buildProjectGraph(p, a);
      CHECK(boost::degree(view.actorVertex[4], view.graph) == 0);  // e
    }
  }
  SECTION("self-cooperation and parallel cooperations") {
    const Project p = test::ProjectBuilder()
                          .actor("a")
                          .actor("b")
                          .cooperation("a", "a")
                          .cooperation("a", "b")
                          .cooperation("a", "b")
                          .cooperation("b", "a")
                          .build();
    checkAll(p);
    const ProjectGraph view = buildProjectGraph(p, Abstraction::ActorNetwork);
    REQUIRE(boost::num_edges(view.graph) == 1);
    const EdgeProps* ab = edgeBetween(view, 0, 1, EdgeKind::ActorLink);
    REQUIRE(ab);
    CHECK(ab->cooperations == 3);
    CHECK(ab->sharedActivities == 0);
    CHECK_THAT(ab->weight, WithinAbs(3.0, 1e-12));
  }
  SECTION("dangling references are skipped") {
    Project p = abstractionProject();
    p.activities[1].lead = ActorId("ghost");           // y: only c remains
    p.activities[1].goals.push_back(GoalId("nope"));
    p.activities[1].lifePhases.push_back(LifePhaseId("nope"));
    p.cooperations[3].to = ActorId("ghost");           // c→ghost
    p.actors[0].memberships.push_back(ActorId("ghost"));
    checkAll(p);
    const ProjectGraph network = buildProjectGraph(p, Abstraction::ActorNetwork);
    CHECK(boost::num_edges(network.graph) == 2);  // a—b, a—r; b—c lost both its reasons
    const ProjectGraph goals = buildProjectGraph(p, Abstraction::ActorsAndGoals);
    const EdgeProps* bg1 = edgeBetween(goals, 1, 5, EdgeKind::ActorGoal);
    REQUIRE(bg1);
    CHECK_THAT(bg1->weight, WithinAbs(1.0, 1e-12));  // x only now
    CHECK(edgesOfKind(goals, EdgeKind::ActorGoal) == 6);  // c—g1, c—g2 stay through y's partner
    CHECK(edgesOfKind(goals, EdgeKind::Cooperation) == 3);
  }
  SECTION("a duplicated id names its first item") {
    Project p = test::ProjectBuilder().actor("a").actor("a").actor("b").activity("x", "a", {"b"}, {}, {}, {}).build();
    checkAll(p);
    const ProjectGraph view = buildProjectGraph(p, Abstraction::ActorNetwork);
    CHECK(boost::num_vertices(view.graph) == 3);
    CHECK(edgeBetween(view, 0, 2, EdgeKind::ActorLink));
    CHECK(boost::degree(1, view.graph) == 0);
  }
}
