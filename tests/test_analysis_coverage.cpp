#include <catch2/catch.hpp>

#include "analysis/coverage.hpp"
#include "town_project.hpp"

using namespace knp;

namespace {

template <class IdType>
std::vector<std::string> values(const std::vector<IdType>& ids) {
  std::vector<std::string> result;
  for (const auto& id : ids) result.push_back(id.value);
  return result;
}
using Names = std::vector<std::string>;

const GoalCoverage& goalOf(const Coverage& c, const char* id) {
  for (const auto& g : c.goals)
    if (g.goal.value == id) return g;
  throw std::runtime_error(std::string("no goal ") + id);
}

}  // namespace

TEST_CASE("coverage: the field × life-phase matrix follows the phase order and counts actors once") {
  const Coverage c = computeCoverage(test::townProject());
  CHECK(values(c.fields) == Names{"bildung", "soziales", "wohnen"});
  CHECK(values(c.phases) == Names{"kita", "grundschule", "jugend", "beruf", "alter"});
  REQUIRE(c.cells.size() == 15);
  // bildung: k1 | s1 (schule + partner kita) | old | v1 | –
  CHECK(values(c.cell(0, 0).activities) == Names{"k1"});
  CHECK(values(c.cell(0, 1).actors) == Names{"kita", "schule"});
  CHECK(values(c.cell(0, 2).activities) == Names{"old"});
  CHECK(values(c.cell(0, 3).activities) == Names{"v1"});
  CHECK(c.cell(0, 4).activities.empty());
  // soziales × grundschule: a1 (awo) and c1 (caritas with partner schule): 2 activities, 3 actors
  CHECK(values(c.cell(1, 1).activities) == Names{"a1", "c1"});
  CHECK(values(c.cell(1, 1).actors) == Names{"schule", "awo", "caritas"});
  CHECK(c.cell(1, 0).activities.empty());
  for (std::size_t column = 0; column < 5; ++column) CHECK(c.cell(2, column).activities.empty());
}

TEST_CASE("coverage: a guiding goal is served through its sub-goals; `direct` counts only its own") {
  const Coverage c = computeCoverage(test::townProject());
  const GoalCoverage& leit = goalOf(c, "leit");
  CHECK(values(leit.activities) == Names{"k1", "s1", "v1", "old"});  // sprache's three plus old
  CHECK(leit.direct == 1);
  CHECK(values(leit.actors) == Names{"kita", "schule", "vhs", "awo"});
  CHECK(goalOf(c, "sprache").direct == 3);
  CHECK(values(goalOf(c, "eltern").actors) == Names{"schule", "awo", "caritas", "solo"});
  CHECK(goalOf(c, "mobil").activities.empty());

  REQUIRE(c.lifePhases.size() == 5);
  CHECK(values(c.lifePhases[1].activities) == Names{"s1", "a1", "c1"});
  CHECK(values(c.lifePhases[2].actors) == Names{"schule", "awo", "caritas"});  // c1 and old
  CHECK(c.lifePhases[4].activities.empty());

  REQUIRE(c.concepts.size() == 2);
  CHECK(c.concepts[0].goals == 3);  // ik: leit, sprache, eltern, all served
  CHECK(c.concepts[0].share == Approx(1.0));
  CHECK(c.concepts[1].goals == 2);  // sek: offen served, mobil not
  CHECK(c.concepts[1].servedGoals == 1);
  CHECK(c.concepts[1].share == Approx(0.5));
}

TEST_CASE("coverage: restricted to statuses and to a year") {
  const Project town = test::townProject();
  const Coverage current = computeCoverage(town, ActivityFilter::current());  // o1 is finished
  CHECK(values(goalOf(current, "eltern").actors) == Names{"schule", "awo", "caritas"});
  CHECK(values(current.lifePhases[3].activities) == Names{"v1"});

  ActivityFilter in2015;
  in2015.year = 2015;  // old ran 2010–2012; activities without years run always
  const Coverage later = computeCoverage(town, in2015);
  CHECK(values(goalOf(later, "leit").activities) == Names{"k1", "s1", "v1"});
  CHECK(goalOf(later, "leit").direct == 0);
  ActivityFilter in2011;
  in2011.year = 2011;
  CHECK(goalOf(computeCoverage(town, in2011), "leit").direct == 1);
}

TEST_CASE("coverage: degenerate projects") {
  SECTION("empty project") {
    const Coverage c = computeCoverage(Project{});
    CHECK(c.cells.empty());
    CHECK(c.goals.empty());
    CHECK(c.concepts.empty());
  }
  SECTION("one actor and nothing else") {
    const Coverage c = computeCoverage(test::ProjectBuilder().actor("a").build());
    CHECK(c.cells.empty());
    CHECK(c.lifePhases.empty());
  }
  SECTION("an activity without goals or phases, and goals without activities") {
    const Project p = test::ProjectBuilder()
                          .field("f").phase("p", 1).concept_("c").goal("g", "c", {"f"}).actor("a")
                          .activity("x", "a", {}, {"f"}, {}, {})
                          .build();
    const Coverage c = computeCoverage(p);
    CHECK(c.cell(0, 0).activities.empty());
    CHECK(c.goals[0].activities.empty());
    CHECK(c.concepts[0].share == Approx(0.0));
  }
  SECTION("duplicated references count once; dangling ones are ignored") {
    const Project p = test::ProjectBuilder()
                          .field("f").phase("p", 1).concept_("c").goal("g", "c", {"f"}).actor("a")
                          .activity("x", "a", {"a", "a", "ghost"}, {"f", "f"}, {"g", "g", "nix"}, {"p", "p"})
                          .build();
    const Coverage c = computeCoverage(p);
    CHECK(values(c.cell(0, 0).activities) == Names{"x"});
    CHECK(values(c.cell(0, 0).actors) == Names{"a"});
    CHECK(c.goals[0].direct == 1);
  }
  SECTION("a goal cycle through parents ends") {
    Project p = test::ProjectBuilder()
                    .field("f").phase("p", 1).concept_("c").goal("g1", "c", {"f"}, "g2").goal("g2", "c", {"f"}, "g1")
                    .actor("a").activity("x", "a", {}, {"f"}, {"g1"}, {"p"})
                    .build();
    const Coverage c = computeCoverage(p);
    CHECK(values(c.goals[0].activities) == Names{"x"});
    CHECK(values(c.goals[1].activities) == Names{"x"});  // g2 is g1's parent
  }
}
