// The project file's keys for the abstract views and short goal names: a goal's "shortTitle",
// the map's "graph" and "graphPositions", a saved view's "graph" (docs/project-format.md).
#include <catch2/catch.hpp>

#include "embedded_data.hpp"
#include "fixtures.hpp"
#include "io/project_json.hpp"
#include "model/validation.hpp"
#include "report/project_names.hpp"
#include "text/utf8.hpp"
#include "view/abstraction.hpp"

using namespace knp;

namespace {

std::string problemsText(const LoadResult& r) {
  std::string out;
  for (const auto& p : r.problems) out += describe(p, "f.json") + "\n";
  return out;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// The only problem of parsing `text`, as "FILE: path: message"; the load must fail.
std::string onlyError(const std::string& text) {
  const LoadResult r = parseProjectJson(text);
  INFO(problemsText(r));
  CHECK_FALSE(r.project);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].severity == Severity::Error);
  return describe(r.problems[0], "f.json");
}

// The small fixture project (tests/fixtures.hpp):
//   body ─member─ a1 ══coop══ a2;  a1 ─lead─ act1 ─ g1, p1;  a2 ─lead─ act2 ─ g1, g2, p1, p2
Project loaded(const std::string& text) {
  const LoadResult r = parseProjectJson(text);
  INFO(problemsText(r));
  REQUIRE(r.project);
  CHECK(r.problems.empty());
  return *r.project;
}

const std::string kKnownGraphs = "\"actors\", \"actors-goals\", \"fields-phases\", \"full\"";

}  // namespace

TEST_CASE("a goal's short title round-trips with umlauts and is omitted when empty", "[io][json][goal]") {
  Project p = test::smallProject();
  p.goals[0].title = "Sprachförderung für Kinder und Jugendliche durchgängig gestalten";
  p.goals[0].shortTitle = "Sprachförderung „Kette“";
  const std::string text = writeProjectJson(p);
  CHECK(text.find("\"title\": \"Sprachförderung für Kinder und Jugendliche durchgängig gestalten\",\n"
                  "      \"shortTitle\": \"Sprachförderung „Kette“\",\n"
                  "      \"concept\"") != std::string::npos);
  const Project back = loaded(text);
  CHECK(back == p);
  CHECK(back.goals[0].shortTitle == "Sprachförderung „Kette“");
  CHECK(back.goals[1].shortTitle.empty());
  CHECK(writeProjectJson(back) == text);

  // Empty: no key, and the file is what it was before short titles existed.
  p.goals[0].shortTitle.clear();
  const std::string without = writeProjectJson(p);
  CHECK(without.find("shortTitle") == std::string::npos);
  CHECK(loaded(without) == p);
  CHECK(loaded(replaced(without, "\"concept\": \"c1\"", "\"shortTitle\": \"\", \"concept\": \"c1\"")) == p);
}

TEST_CASE("a bad short title is an error with its path", "[io][json][goal][errors]") {
  Project p = test::smallProject();
  const std::string text = writeProjectJson(p);
  const std::string at = "\"concept\": \"c1\"";  // the first goal, g1 "…"
  const std::string title = p.goals[0].title;
  INFO(title);
  SECTION("longer than the title") {
    const std::string longer = title + "!";
    CHECK(onlyError(replaced(text, at, "\"shortTitle\": \"" + longer + "\", " + at)) ==
          "f.json: goals[0].shortTitle: short title \"" + longer + "\" is longer than the title (" +
              std::to_string(longer.size()) + " characters, the title has " + std::to_string(title.size()) + ")");
  }
  SECTION("as long as the title is fine, counted in characters, not bytes") {
    Project q = p;
    q.goals[0].title = "Ärger";
    q.goals[0].shortTitle = "Übel";  // 4 characters, 5 bytes
    CHECK(validateProject(q).empty());
    q.goals[0].shortTitle = "Ärger";
    CHECK(validateProject(q).empty());
  }
  SECTION("a line break") {
    CHECK(onlyError(replaced(text, at, "\"shortTitle\": \"a\\nb\", " + at)) ==
          "f.json: goals[0].shortTitle: short title \"a\\nb\" contains a line break or control character");
  }
  SECTION("a control character") {
    CHECK(onlyError(replaced(text, at, "\"shortTitle\": \"a\\u0007\", " + at)) ==
          "f.json: goals[0].shortTitle: short title \"a\\x07\" contains a line break or control character");
  }
  SECTION("not a string") {
    CHECK(onlyError(replaced(text, at, "\"shortTitle\": 3, " + at)) ==
          "f.json: goals[0].shortTitle: expected a string, found a whole number");
  }
}

TEST_CASE("goalShortName: the short title, else the title cut as map labels are", "[report][goal]") {
  Goal g;
  g.title = "Mehrsprachigkeit wird gestaltet";
  CHECK(goalShortName(g, 100) == "Mehrsprachigkeit wird gestaltet");
  CHECK(goalShortName(g, 12) == "Mehrsprachi…");  // 12 code points, "…" included
  g.title = "Überörtliche Ämter";
  CHECK(goalShortName(g, 5) == "Über…");  // code points, not bytes
  g.shortTitle = "Mehrsprachigkeit";
  CHECK(goalShortName(g, 100) == "Mehrsprachigkeit");
  CHECK(goalShortName(g, 5) == "Mehrsprachigkeit");  // the user's choice, not cut
}

TEST_CASE("the example's goals have short titles of at most 28 characters", "[io][json][goal][example]") {
  const LoadResult r = parseProjectJson(embeddedExampleJson());
  REQUIRE(r.project);
  for (const Goal& goal : r.project->goals) {
    INFO(goal.id.value);
    if (utf8Length(goal.title) <= 28) continue;
    CHECK_FALSE(goal.shortTitle.empty());
    CHECK(utf8Length(goal.shortTitle) <= 28);
  }
}

TEST_CASE("the map's graph choice and per-graph positions round-trip", "[io][json][map][abstraction]") {
  Project p = test::smallProject();
  p.map.graph = "actors-goals";
  p.map.positions["actor:a1"] = {0.5, 0.5, PinState::Free};
  p.map.graphPositions["actors"] = {{"actor:a1", {0.25, -1.5, PinState::Pinned}}, {"actor:body", {1.0, 2.0, PinState::Free}}};
  p.map.graphPositions["actors-goals"] = {{"goal:g2", {0.1, 0.2, PinState::Free}}};
  p.map.graphPositions["fields-phases"] = {{"lifePhase:p1", {3.0, 4.0, PinState::Free}}};
  SavedView view;
  view.name = "Netzwerk – Überblick";
  view.graph = "actors";
  SavedView bare;
  bare.name = "Alles";
  p.map.views = {view, bare};
  const std::string text = writeProjectJson(p);
  INFO(text);
  CHECK(text.find("    \"layout\": \"\",\n    \"graph\": \"actors-goals\",\n    \"positions\": [") !=
        std::string::npos);
  CHECK(text.find("    \"graphPositions\": {\n      \"actors\": [\n        {\n          \"node\": \"actor:a1\",") !=
        std::string::npos);
  CHECK(text.find("        \"layout\": \"\",\n        \"graph\": \"actors\"\n") != std::string::npos);
  const Project back = loaded(text);
  CHECK(back.map == p.map);
  CHECK(back == p);
  CHECK(writeProjectJson(back) == text);
}

TEST_CASE("without a graph choice the map is written as before", "[io][json][map][abstraction]") {
  Project p = test::smallProject();
  p.map.layout = "force";
  SavedView view;
  view.name = "V";
  p.map.views = {view};
  const std::string text = writeProjectJson(p);
  CHECK(text.find("\"graph") == std::string::npos);
  CHECK(loaded(text) == p);
}

TEST_CASE("graph names and per-graph positions are validated", "[io][json][map][abstraction][errors]") {
  Project p = test::smallProject();
  p.map.layout = "force";
  SavedView view;
  view.name = "V";
  p.map.views = {view};
  const std::string text = writeProjectJson(p);
  const std::string layout = "\"layout\": \"force\",";
  SECTION("an unknown graph lists the known ones") {
    CHECK(onlyError(replaced(text, layout, layout + " \"graph\": \"akteure\",")) ==
          "f.json: map.graph: unknown graph \"akteure\"; known: " + kKnownGraphs);
  }
  SECTION("an unknown graph in a saved view") {
    CHECK(onlyError(replaced(text, "\"focusDepth\": 1,", "\"focusDepth\": 1, \"graph\": \"Actors\",")) ==
          "f.json: map.views[0].graph: unknown graph \"Actors\"; known: " + kKnownGraphs);
  }
  SECTION("every known name loads") {
    for (const AbstractionInfo& info : abstractionList())
      CHECK(loaded(replaced(text, layout, layout + " \"graph\": \"" + std::string(info.name) + "\",")).map.graph ==
            info.name);
  }
  SECTION("positions of an unknown graph") {
    CHECK(onlyError(replaced(text, layout, layout + " \"graphPositions\": { \"netz\": [] },")) ==
          "f.json: map.graphPositions.netz: unknown graph \"netz\"; known: " + kKnownGraphs);
  }
  SECTION("the full graph's positions belong in positions") {
    CHECK(onlyError(replaced(text, layout, layout + " \"graphPositions\": { \"full\": [] },")) ==
          "f.json: map.graphPositions.full: the full graph's positions belong in map.positions");
  }
  SECTION("graphPositions must be an object of lists") {
    CHECK(onlyError(replaced(text, layout, layout + " \"graphPositions\": [],")) ==
          "f.json: map.graphPositions: expected an object, found a list");
  }
  SECTION("a position's shape, with its path") {
    CHECK(onlyError(replaced(text, layout, layout + " \"graphPositions\": { \"actors\": [ { \"node\": \"actor:a1\", "
                                                    "\"x\": 1 } ] },")) ==
          "f.json: map.graphPositions.actors[0].y: missing");
    CHECK(onlyError(replaced(text, layout,
                             layout + " \"graphPositions\": { \"actors\": [ { \"node\": \"actor:a1\", \"x\": 1, "
                                      "\"y\": 2 }, { \"node\": \"actor:a1\", \"x\": 1, \"y\": 2 } ] },")) ==
          "f.json: map.graphPositions.actors[1].node: duplicate node \"actor:a1\" (first used at "
          "map.graphPositions.actors[0])");
  }
  SECTION("stale nodes and nodes the graph does not show are warnings; the project loads") {
    const LoadResult r = parseProjectJson(replaced(
        text, layout,
        layout + " \"graphPositions\": { \"actors\": [ { \"node\": \"activity:act1\", \"x\": 1, \"y\": 2 }, "
                 "{ \"node\": \"actor:gone\", \"x\": 1, \"y\": 2 }, { \"node\": \"actor:a1\", \"x\": 1, \"y\": 2 } ] },"));
    INFO(problemsText(r));
    REQUIRE(r.project);
    REQUIRE(r.problems.size() == 2);
    CHECK(describe(r.problems[0], "f.json") ==
          "f.json: warning: map.graphPositions.actors[0].node: the graph \"actors\" shows no node "
          "\"activity:act1\"; the position is ignored");
    CHECK(describe(r.problems[1], "f.json") ==
          "f.json: warning: map.graphPositions.actors[2].node: unknown actor \"gone\"; the position is ignored");
    CHECK(r.project->map.graphPositions.at("actors").size() == 3);  // kept, and saved again
  }
}
