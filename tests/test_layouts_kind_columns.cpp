#include <catch2/catch.hpp>

#include <cmath>

#include "fixtures.hpp"
#include "layouts/kind_columns.hpp"

using namespace knp;
using Catch::Matchers::WithinAbs;

TEST_CASE("kind columns place each kind in its column, spread evenly", "[layouts][columns]") {
  const Project p = test::smallProject();
  const ProjectGraph view = buildProjectGraph(p);
  const auto pos = layouts::kindColumns(p, view, 300.0, 100.0);
  REQUIRE(pos.size() == 9);
  // Actors sorted by type (association, school, body), then name: a1, a2, body.
  CHECK_THAT(pos[0].x, WithinAbs(0.0, 1e-12));
  CHECK_THAT(pos[0].y, WithinAbs(0.0, 1e-12));
  CHECK_THAT(pos[1].y, WithinAbs(50.0, 1e-12));
  CHECK_THAT(pos[2].y, WithinAbs(100.0, 1e-12));
  // Activities follow their lead: act1 (lead a1) above act2 (lead a2).
  CHECK_THAT(pos[3].x, WithinAbs(90.0, 1e-12));
  CHECK_THAT(pos[3].y, WithinAbs(0.0, 1e-12));
  CHECK_THAT(pos[4].y, WithinAbs(100.0, 1e-12));
  // Goals at 0.6 of the width, life phases at the right edge.
  CHECK_THAT(pos[5].x, WithinAbs(180.0, 1e-12));
  CHECK_THAT(pos[7].x, WithinAbs(300.0, 1e-12));
  CHECK_THAT(pos[7].y, WithinAbs(0.0, 1e-12));
  CHECK_THAT(pos[8].y, WithinAbs(100.0, 1e-12));
}

TEST_CASE("kind columns order life phases by their order, not by file position", "[layouts][columns]") {
  Project p = test::smallProject();
  std::swap(p.lifePhases[0], p.lifePhases[1]);  // file order: p2 (order 2), p1 (order 1)
  const ProjectGraph view = buildProjectGraph(p);
  const auto pos = layouts::kindColumns(p, view);
  CHECK(pos[view.phaseVertex[1]].y < pos[view.phaseVertex[0]].y);  // p1 above p2
}

TEST_CASE("kind columns handle degenerate projects", "[layouts][columns]") {
  SECTION("empty") { CHECK(layouts::kindColumns(Project{}, buildProjectGraph(Project{})).empty()); }
  SECTION("a single node sits in the middle of its column") {
    Project p;
    p.goals.push_back({GoalId("g"), "Allein", ConceptId("c"), GoalLevel::Guiding, {}, {}});
    const auto pos = layouts::kindColumns(p, buildProjectGraph(p), 10.0, 10.0);
    REQUIRE(pos.size() == 1);
    CHECK_THAT(pos[0].x, WithinAbs(6.0, 1e-12));
    CHECK_THAT(pos[0].y, WithinAbs(5.0, 1e-12));
  }
  SECTION("dangling lead and parallel edges stay finite") {
    Project p = test::smallProject();
    p.activities[0].lead = ActorId("ghost");
    p.activities[1].goals.push_back(GoalId("g1"));
    for (const auto& point : layouts::kindColumns(p, buildProjectGraph(p))) {
      CHECK(std::isfinite(point.x));
      CHECK(std::isfinite(point.y));
    }
  }
}
