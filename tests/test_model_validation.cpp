#include <catch2/catch.hpp>

#include <limits>

#include "fixtures.hpp"
#include "model/validation.hpp"

using namespace knp;

namespace {

bool hasProblem(const std::vector<Problem>& problems, Severity severity, const std::string& path,
                const std::string& message) {
  for (const auto& p : problems)
    if (p.severity == severity && p.path == path && p.message == message) return true;
  return false;
}

std::string dump(const std::vector<Problem>& problems) {
  std::string out;
  for (const auto& p : problems) out += describe(p) + "\n";
  return out;
}

}  // namespace

TEST_CASE("the small fixture project is valid", "[model][validation]") {
  const auto problems = validateProject(test::smallProject());
  INFO(dump(problems));
  CHECK(problems.empty());
}

TEST_CASE("an empty project is valid", "[model][validation]") { CHECK(validateProject(Project{}).empty()); }

TEST_CASE("dangling references are errors with their path", "[model][validation]") {
  Project p = test::smallProject();
  p.activities[1].goals.push_back(GoalId("I9"));
  p.activities[0].lead = ActorId("nobody");
  p.activities[0].partners.push_back(ActorId("ghost"));
  p.activities[1].fields[1] = FieldId("f9");
  p.activities[1].lifePhases.push_back(LifePhaseId("p9"));
  p.goals[0].conceptId = ConceptId("c9");
  p.goals[1].parent = GoalId("g9");
  p.actors[0].memberships.push_back(ActorId("b9"));
  p.cooperations[0].to = ActorId("x");
  p.indicators[0].field = FieldId("f8");
  p.indicators[0].goals.push_back(GoalId("g8"));
  const auto problems = validateProject(p);
  INFO(dump(problems));
  CHECK(hasProblem(problems, Severity::Error, "activities[1].goals[2]", "unknown goal \"I9\""));
  CHECK(hasProblem(problems, Severity::Error, "activities[0].lead", "unknown actor \"nobody\""));
  CHECK(hasProblem(problems, Severity::Error, "activities[0].partners[1]", "unknown actor \"ghost\""));
  CHECK(hasProblem(problems, Severity::Error, "activities[1].fields[1]", "unknown field \"f9\""));
  CHECK(hasProblem(problems, Severity::Error, "activities[1].lifePhases[2]", "unknown life phase \"p9\""));
  CHECK(hasProblem(problems, Severity::Error, "goals[0].concept", "unknown concept \"c9\""));
  CHECK(hasProblem(problems, Severity::Error, "goals[1].parent", "unknown goal \"g9\""));
  CHECK(hasProblem(problems, Severity::Error, "actors[0].memberships[1]", "unknown actor \"b9\""));
  CHECK(hasProblem(problems, Severity::Error, "cooperations[0].to", "unknown actor \"x\""));
  CHECK(hasProblem(problems, Severity::Error, "indicators[0].field", "unknown field \"f8\""));
  CHECK(hasProblem(problems, Severity::Error, "indicators[0].goals[1]", "unknown goal \"g8\""));
  CHECK(problems.size() == 11);
  CHECK(hasErrors(problems));
}

TEST_CASE("ids must be present and unique within their kind", "[model][validation]") {
  Project p = test::smallProject();
  p.actors.push_back(p.actors[1]);   // duplicate "a2"
  p.fields.push_back({FieldId(""), "Ohne Id", {}});
  p.goals.push_back({GoalId("a1"), "Same id as an actor is fine", ConceptId("c1"), GoalLevel::Annual, {}, {}});
  const auto problems = validateProject(p);
  INFO(dump(problems));
  CHECK(hasProblem(problems, Severity::Error, "actors[3].id", "duplicate actor id \"a2\" (first used at actors[1])"));
  CHECK(hasProblem(problems, Severity::Error, "fields[2].id", "empty id"));
  CHECK(problems.size() == 2);
}

TEST_CASE("missing lead is an error", "[model][validation]") {
  Project p = test::smallProject();
  p.activities[0].lead = ActorId("");
  const auto problems = validateProject(p);
  CHECK(hasProblem(problems, Severity::Error, "activities[0].lead", "no actor given"));
}

TEST_CASE("life phase order, ages and activity years are checked", "[model][validation]") {
  Project p = test::smallProject();
  p.lifePhases[1].order = 1;
  p.lifePhases[0].maxAge = 2;  // below minAge 3
  p.lifePhases[1].minAge = -1;
  p.activities[1].endYear = 2009;  // starts 2010
  const auto problems = validateProject(p);
  INFO(dump(problems));
  CHECK(hasProblem(problems, Severity::Error, "lifePhases[1].order", "order 1 is already used by lifePhases[0]"));
  CHECK(hasProblem(problems, Severity::Error, "lifePhases[0].maxAge", "maxAge 2 is below minAge 3"));
  CHECK(hasProblem(problems, Severity::Error, "lifePhases[1].minAge", "negative age -1"));
  CHECK(hasProblem(problems, Severity::Error, "activities[1].endYear", "ends in 2009 before it starts in 2010"));
  CHECK(problems.size() == 4);
}

TEST_CASE("goal parent cycles are errors", "[model][validation]") {
  Project p = test::smallProject();
  SECTION("a goal as its own parent") {
    p.goals[0].parent = GoalId("g1");
    CHECK(hasProblem(validateProject(p), Severity::Error, "goals[0].parent", "a goal cannot be its own parent"));
  }
  SECTION("two goals as each other's parent") {
    p.goals[0].parent = GoalId("g2");  // g2's parent is g1
    const auto problems = validateProject(p);
    INFO(dump(problems));
    CHECK(hasProblem(problems, Severity::Error, "goals[0].parent", "parent chain of goal \"g1\" loops back to it"));
    CHECK(hasProblem(problems, Severity::Error, "goals[1].parent", "parent chain of goal \"g2\" loops back to it"));
  }
}

TEST_CASE("odd but harmless input gives warnings, not errors", "[model][validation]") {
  Project p = test::smallProject();
  p.cooperations.push_back({CooperationId("self"), ActorId("a1"), ActorId("a1"), CooperationType::Information, ""});
  p.activities[0].goals.push_back(GoalId("g1"));     // twice
  p.activities[0].partners.push_back(ActorId("a1"));  // the lead as partner
  p.actors[1].memberships.push_back(ActorId("a1"));   // a1 is an association, not a body
  p.actors[2].name = "";
  const auto problems = validateProject(p);
  INFO(dump(problems));
  CHECK_FALSE(hasErrors(problems));
  CHECK(hasProblem(problems, Severity::Warning, "cooperations[1].to", "actor \"a1\" cooperates with itself"));
  CHECK(hasProblem(problems, Severity::Warning, "activities[0].goals[1]", "goal \"g1\" is listed twice"));
  CHECK(hasProblem(problems, Severity::Warning, "activities[0].partners[1]", "the lead actor is also listed as partner"));
  CHECK(hasProblem(problems, Severity::Warning, "actors[1].memberships[0]", "\"a1\" is not a body (Gremium)"));
  CHECK(hasProblem(problems, Severity::Warning, "actors[2].name", "empty name"));
  CHECK(problems.size() == 5);
}

TEST_CASE("problems are described with their path, and with the file in front", "[model][validation]") {
  const Problem reference{Severity::Error, "activities[12].goals[1]", "unknown goal \"I9\""};
  CHECK(describe(reference) == "activities[12].goals[1]: unknown goal \"I9\"");
  CHECK(describe(reference, "p.json") == "p.json: activities[12].goals[1]: unknown goal \"I9\"");
  const Problem syntax{Severity::Error, "", "unexpected end of input", 3, 7};
  CHECK(describe(syntax, "p.json") == "p.json:3:7: unexpected end of input");
  const Problem warning{Severity::Warning, "actors[2].name", "empty name"};
  CHECK(describe(warning, "p.json") == "p.json: warning: actors[2].name: empty name");
}

TEST_CASE("indicator values must be finite numbers", "[model][validation]") {
  Project p = test::smallProject();
  p.indicators[0].values[2013] = std::numeric_limits<double>::quiet_NaN();
  const auto problems = validateProject(p);
  CHECK(hasProblem(problems, Severity::Error, "indicators[0].values.2013", "not a finite number (JSON cannot store it)"));
}

TEST_CASE("map state naming existing nodes and items is valid", "[model][validation][map]") {
  Project p = test::smallProject();
  p.map.positions = {{"actor:a1", {1, 2, PinState::Pinned}},
                     {"activity:act2", {-1, 0, PinState::Free}},
                     {"goal:g2", {0, 0, PinState::Free}},
                     {"lifePhase:p1", {3, 3, PinState::Free}}};
  SavedView view;
  view.name = "Kita";
  view.filters.fields = {FieldId("f2")};
  view.filters.lifePhases = {LifePhaseId("p1")};
  view.filters.concepts = {ConceptId("c1")};
  view.focus = "lifePhase:p2";
  view.focusDepth = 3;
  view.camera = CameraState{-5, 5, 0.001};
  p.map.views = {view};
  const auto problems = validateProject(p);
  INFO(dump(problems));
  CHECK(problems.empty());
}

TEST_CASE("map state: non-finite numbers are errors, positions numbered in node-key order",
          "[model][validation][map]") {
  // A file cannot hold these (JSON has no NaN or infinity); a program can, and must not save them.
  const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
  Project p = test::smallProject();
  p.map.positions["goal:g1"] = {nan, 1, PinState::Free};
  p.map.positions["actor:a1"] = {0, inf, PinState::Pinned};  // sorts before goal:g1
  SavedView view;
  view.name = "V";
  view.camera = CameraState{-inf, 0, nan};
  SavedView shrunk;
  shrunk.name = "W";
  shrunk.camera = CameraState{0, 0, -inf};
  p.map.views = {view, shrunk};
  const std::vector<Problem> expected{
      {Severity::Error, "map.positions[0].y", "not a finite number (JSON cannot store it)"},
      {Severity::Error, "map.positions[1].x", "not a finite number (JSON cannot store it)"},
      {Severity::Error, "map.views[0].camera.centerX", "not a finite number (JSON cannot store it)"},
      {Severity::Error, "map.views[0].camera.scale", "not a finite number (JSON cannot store it)"},
      {Severity::Error, "map.views[1].camera.scale", "not a finite number (JSON cannot store it)"},
  };
  const auto problems = validateProject(p);
  INFO(dump(problems));
  CHECK(problems == expected);
}

TEST_CASE("map problems come after the items' problems", "[model][validation][map]") {
  Project p = test::smallProject();
  p.map.positions["actor:gone"] = {0, 0, PinState::Free};
  p.indicators[0].goals.push_back(GoalId("g9"));
  const auto problems = validateProject(p);
  INFO(dump(problems));
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].path == "indicators[0].goals[1]");
  CHECK(problems[1] ==
        Problem{Severity::Warning, "map.positions[0].node", "unknown actor \"gone\"; the position is ignored"});
}
