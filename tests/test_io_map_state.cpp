// The map state in the project file: the optional top-level "map" (docs/project-format.md).
#include <catch2/catch.hpp>

#include <bit>
#include <cstdint>

#include "fixtures.hpp"
#include "io/project_json.hpp"

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

// A small valid file; MAP stands for the value of "map".
//
//   a1 "VHS" ─lead─ x1 "Kurs"      f1, p1, c1 ─ g1 (no links needed here)
const std::string kBase = R"({
  "format": "knotenpunkt-project",
  "version": 2,
  "title": "T",
  "fields": [ { "id": "f1", "name": "Bildung", "colour": "#1f77b4" } ],
  "lifePhases": [ { "id": "p1", "name": "Kita", "minAge": 3, "maxAge": 6, "order": 1 } ],
  "concepts": [ { "id": "c1", "name": "Integrationskonzept" } ],
  "goals": [ { "id": "g1", "title": "Sprache", "concept": "c1", "level": "guiding" } ],
  "actors": [ { "id": "a1", "name": "VHS", "type": "education_provider" } ],
  "activities": [ { "id": "x1", "title": "Kurs", "lead": "a1", "status": "running" } ],
  "map": MAP
}
)";

std::string withMap(const std::string& map) { return replaced(kBase, "MAP", map); }

// A valid map to break in one place.
const std::string kMap = R"({
    "layout": "force",
    "positions": [ { "node": "actor:a1", "x": 0.25, "y": -1.5, "pinned": true },
                   { "node": "activity:x1", "x": 3, "y": 4 } ],
    "views": [ { "name": "Kita",
                 "filters": { "fields": ["f1"], "lifePhases": ["p1"], "concepts": [], "actorTypes": ["school"],
                              "statuses": ["running"], "year": 2013, "mode": "dim" },
                 "focus": "actor:a1", "focusDepth": 2,
                 "camera": { "centerX": 0.1, "centerY": 0.2, "scale": 800 }, "layout": "force" } ]
  })";

// The only problem of parsing `text`, as "FILE: path: message"; the load must fail.
std::string onlyError(const std::string& text) {
  const LoadResult r = parseProjectJson(text);
  INFO(problemsText(r));
  CHECK_FALSE(r.project);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].severity == Severity::Error);
  return describe(r.problems[0], "f.json");
}

std::string mapWith(const std::string& from, const std::string& to) { return withMap(replaced(kMap, from, to)); }

std::uint64_t bits(double d) { return std::bit_cast<std::uint64_t>(d); }

// The small fixture project with a map state that uses every field, and doubles that only
// round-trip when every digit is written.
Project projectWithFullMap() {
  Project p = test::smallProject();
  p.map.layout = "force";
  p.map.positions = {
      {"actor:a1", {0.1, 1e-300, PinState::Pinned}},
      {"actor:a2", {-123456.789, 0.30000000000000004, PinState::Free}},
      {"actor:body", {5e-324, 1.7976931348623157e308, PinState::Free}},  // smallest subnormal, largest double
      {"activity:act1", {2.5e-8, -1e15, PinState::Pinned}},
      {"goal:g1", {123456789012345.0, -0.5, PinState::Free}},  // a whole number written as one
      {"lifePhase:p2", {1.0 / 3.0, -2.0 / 3.0, PinState::Free}},
  };
  SavedView full;
  full.name = "Kita – Überblick";
  full.filters.fields = {FieldId("f2"), FieldId("f1")};
  full.filters.lifePhases = {LifePhaseId("p1")};
  full.filters.concepts = {ConceptId("c1")};
  full.filters.actorTypes = {ActorType::School, ActorType::WelfareOrganisation};
  full.filters.statuses = {ActivityStatus::Running, ActivityStatus::Planned};
  full.filters.year = 2013;
  full.filters.mode = FilterMode::Hide;
  full.focus = "actor:a1";
  full.focusDepth = 3;
  full.camera = CameraState{0.1, -123456.789, 1e-300};
  full.layout = "sectors";
  SavedView bare;  // no filters, no focus, no camera, no layout
  bare.name = "Alles";
  p.map.views = {full, bare};
  return p;
}

}  // namespace

TEST_CASE("a full map state round-trips, doubles bit for bit", "[io][json][map]") {
  const Project original = projectWithFullMap();
  const std::string text = writeProjectJson(original);
  const LoadResult loaded = parseProjectJson(text);
  INFO(problemsText(loaded));
  REQUIRE(loaded.project);
  CHECK(loaded.problems.empty());
  CHECK(loaded.project->map == original.map);
  CHECK(*loaded.project == original);
  // operator== on doubles would accept -0.0 for 0.0; compare the bits.
  REQUIRE(loaded.project->map.positions.size() == original.map.positions.size());
  for (const auto& [node, placement] : original.map.positions) {
    INFO(node);
    const NodePlacement& back = loaded.project->map.positions.at(node);
    CHECK(bits(back.x) == bits(placement.x));
    CHECK(bits(back.y) == bits(placement.y));
  }
  const CameraState& camera = *loaded.project->map.views[0].camera;
  CHECK(bits(camera.centerX) == bits(0.1));
  CHECK(bits(camera.centerY) == bits(-123456.789));
  CHECK(bits(camera.scale) == bits(1e-300));
  CHECK(writeProjectJson(*loaded.project) == text);  // canonical: same bytes again
  // The digits as written: shortest round-trip form, whole numbers without a point.
  CHECK(text.find("\"x\": 0.1,\n") != std::string::npos);
  CHECK(text.find("\"y\": 1e-300,\n") != std::string::npos);
  CHECK(text.find("\"x\": -123456.789,\n") != std::string::npos);
  CHECK(text.find("\"y\": 0.30000000000000004\n") != std::string::npos);
  CHECK(text.find("\"x\": 5e-324,\n") != std::string::npos);
  CHECK(text.find("\"x\": 123456789012345,\n") != std::string::npos);
}

TEST_CASE("the map is written last, in a fixed shape", "[io][json][map]") {
  Project p = test::smallProject();
  p.indicators.clear();
  // Inserted out of order: the file lists positions by node key ("activity" < "actor").
  p.map.positions["actor:a1"] = {0.25, -1.5, PinState::Pinned};
  p.map.positions["activity:act1"] = {3.0, 0.1, PinState::Free};
  p.map.layout = "force";
  SavedView view;
  view.name = "Kita";
  view.filters.fields = {FieldId("f1")};
  view.filters.lifePhases = {LifePhaseId("p1")};
  view.filters.actorTypes = {ActorType::School};
  view.filters.statuses = {ActivityStatus::Running};
  view.filters.year = 2013;
  view.filters.mode = FilterMode::Hide;
  view.focus = "actor:a1";
  view.focusDepth = 2;
  view.camera = CameraState{0.1, 0.2, 800.0};
  view.layout = "force";
  SavedView bare;
  bare.name = "Alles";
  p.map.views = {view, bare};
  const std::string expectedEnd = R"(  "indicators": [],
  "map": {
    "layout": "force",
    "positions": [
      {
        "node": "activity:act1",
        "x": 3,
        "y": 0.1
      },
      {
        "node": "actor:a1",
        "x": 0.25,
        "y": -1.5,
        "pinned": true
      }
    ],
    "views": [
      {
        "name": "Kita",
        "filters": {
          "fields": [
            "f1"
          ],
          "lifePhases": [
            "p1"
          ],
          "concepts": [],
          "actorTypes": [
            "school"
          ],
          "statuses": [
            "running"
          ],
          "year": 2013,
          "mode": "hide"
        },
        "focus": "actor:a1",
        "focusDepth": 2,
        "camera": {
          "centerX": 0.1,
          "centerY": 0.2,
          "scale": 800
        },
        "layout": "force"
      },
      {
        "name": "Alles",
        "filters": {
          "fields": [],
          "lifePhases": [],
          "concepts": [],
          "actorTypes": [],
          "statuses": [],
          "mode": "dim"
        },
        "focusDepth": 1,
        "layout": ""
      }
    ]
  }
}
)";
  const std::string text = writeProjectJson(p);
  INFO(text);
  CHECK(text.ends_with(expectedEnd));
}

TEST_CASE("a project without map state writes no map key and the bytes of before", "[io][json][map]") {
  const Project p = test::smallProject();
  REQUIRE(p.map.empty());
  const std::string text = writeProjectJson(p);
  CHECK(text.find("\"map\"") == std::string::npos);
  CHECK(text.ends_with("\n  ]\n}\n"));  // the indicators list closes the file, as before
  // The same project saved by the version 1 writer differs only in the version number: it
  // loads, and saving it again gives these bytes.
  const std::string version1 = replaced(text, "\"version\": 4,", "\"version\": 1,");
  const LoadResult loaded = parseProjectJson(version1);
  INFO(problemsText(loaded));
  REQUIRE(loaded.project);
  CHECK(loaded.problems.empty());
  CHECK(*loaded.project == p);
  CHECK(writeProjectJson(*loaded.project) == text);
}

TEST_CASE("a map with only a layout is saved", "[io][json][map]") {
  Project p = test::smallProject();
  p.map.layout = "kamada-kawai";
  const std::string text = writeProjectJson(p);
  CHECK(text.ends_with(
      "  \"map\": {\n    \"layout\": \"kamada-kawai\",\n    \"positions\": [],\n    \"views\": []\n  }\n}\n"));
  const LoadResult loaded = parseProjectJson(text);
  REQUIRE(loaded.project);
  CHECK(loaded.project->map == p.map);
}

TEST_CASE("the example map in the documentation's shape loads", "[io][json][map]") {
  const LoadResult r = parseProjectJson(withMap(kMap));
  INFO(problemsText(r));
  REQUIRE(r.project);
  CHECK(r.problems.empty());
  const MapState& map = r.project->map;
  CHECK(map.layout == "force");
  REQUIRE(map.positions.size() == 2);
  CHECK(map.positions.at("actor:a1") == NodePlacement{0.25, -1.5, PinState::Pinned});
  CHECK(map.positions.at("activity:x1") == NodePlacement{3.0, 4.0, PinState::Free});
  REQUIRE(map.views.size() == 1);
  const SavedView& view = map.views[0];
  CHECK(view.name == "Kita");
  CHECK(view.filters.fields == std::vector<FieldId>{FieldId("f1")});
  CHECK(view.filters.lifePhases == std::vector<LifePhaseId>{LifePhaseId("p1")});
  CHECK(view.filters.concepts.empty());
  CHECK(view.filters.actorTypes == std::vector<ActorType>{ActorType::School});
  CHECK(view.filters.statuses == std::vector<ActivityStatus>{ActivityStatus::Running});
  CHECK(view.filters.year == 2013);
  CHECK(view.filters.mode == FilterMode::Dim);
  CHECK(view.focus == "actor:a1");
  CHECK(view.focusDepth == 2);
  CHECK(view.camera == CameraState{0.1, 0.2, 800.0});
  CHECK(view.layout == "force");
}

TEST_CASE("left-out map keys take their defaults", "[io][json][map]") {
  const LoadResult r = parseProjectJson(withMap(R"({ "views": [ { "name": "V" } ],
      "positions": [ { "node": "goal:g1", "x": 1, "y": 2, "pinned": false } ] })"));
  INFO(problemsText(r));
  REQUIRE(r.project);
  const MapState& map = r.project->map;
  CHECK(map.layout.empty());
  CHECK(map.positions.at("goal:g1").pin == PinState::Free);
  REQUIRE(map.views.size() == 1);
  CHECK(map.views[0].filters == MapFilters{});
  CHECK_FALSE(map.views[0].focus);
  CHECK(map.views[0].focusDepth == 1);
  CHECK_FALSE(map.views[0].camera);
  CHECK(map.views[0].layout.empty());
  // "pinned": false is the default, so it is not written back.
  CHECK(writeProjectJson(*r.project).find("pinned") == std::string::npos);
}

TEST_CASE("positions in any order load and are written sorted by node key", "[io][json][map]") {
  const LoadResult r = parseProjectJson(withMap(R"({ "positions": [
      { "node": "lifePhase:p1", "x": 1, "y": 1 }, { "node": "actor:a1", "x": 2, "y": 2 },
      { "node": "goal:g1", "x": 3, "y": 3 } ] })"));
  INFO(problemsText(r));
  REQUIRE(r.project);
  const std::string text = writeProjectJson(*r.project);
  const auto actor = text.find("\"actor:a1\""), goal = text.find("\"goal:g1\""), phase = text.find("\"lifePhase:p1\"");
  REQUIRE(phase != std::string::npos);
  CHECK(actor < goal);
  CHECK(goal < phase);
}

TEST_CASE("a broken map is reported with the path of the problem", "[io][json][map][errors]") {
  SECTION("map not an object") { CHECK(onlyError(withMap("[]")) == "f.json: map: expected an object, found a list"); }
  SECTION("unknown key in map") {
    CHECK(onlyError(mapWith("\"layout\": \"force\"", "\"layuot\": \"force\"")) ==
          "f.json: map.layuot: unknown key \"layuot\"");
  }
  SECTION("layout not a string") {
    CHECK(onlyError(mapWith("\"layout\": \"force\",\n    \"positions\"", "\"layout\": 3,\n    \"positions\"")) ==
          "f.json: map.layout: expected a string, found a whole number");
  }
  SECTION("positions not a list") {
    CHECK(onlyError(withMap(R"({ "positions": { "actor:a1": [0, 0] } })")) ==
          "f.json: map.positions: expected a list, found an object");
  }
  SECTION("a position that is not an object") {
    CHECK(onlyError(withMap(R"({ "positions": [ [0, 0] ] })")) ==
          "f.json: map.positions[0]: expected an object, found a list");
  }
  SECTION("a coordinate that is not a number, at its index") {
    CHECK(onlyError(withMap(R"({ "positions": [ { "node": "actor:a1", "x": 0, "y": 0 },
        { "node": "activity:x1", "x": 1, "y": 1 }, { "node": "goal:g1", "x": 2, "y": 2 },
        { "node": "lifePhase:p1", "x": "1,5", "y": 3 } ] })")) ==
          "f.json: map.positions[3].x: expected a number, found a string");
  }
  SECTION("a null coordinate (what a non-finite number would be written as)") {
    CHECK(onlyError(mapWith("\"y\": 4", "\"y\": null")) == "f.json: map.positions[1].y: expected a number, found null");
  }
  SECTION("a coordinate too large for a double") {
    CHECK(onlyError(mapWith("\"y\": 4", "\"y\": 1e400")) == "f.json:14:62: number overflow parsing '1e400'");
  }
  SECTION("a missing coordinate") {
    CHECK(onlyError(mapWith(", \"y\": 4", "")) == "f.json: map.positions[1].y: missing");
  }
  SECTION("a missing node") {
    CHECK(onlyError(mapWith("\"node\": \"activity:x1\", ", "")) == "f.json: map.positions[1].node: missing");
  }
  SECTION("pinned not true or false") {
    CHECK(onlyError(mapWith("\"pinned\": true", "\"pinned\": \"ja\"")) ==
          "f.json: map.positions[0].pinned: expected true or false, found a string");
  }
  SECTION("unknown key in a position") {
    CHECK(onlyError(mapWith("\"y\": 4", "\"y\": 4, \"z\": 0")) == "f.json: map.positions[1].z: unknown key \"z\"");
  }
  SECTION("the same node twice") {
    CHECK(onlyError(mapWith("\"activity:x1\"", "\"actor:a1\"")) ==
          "f.json: map.positions[1].node: duplicate node \"actor:a1\" (first used at map.positions[0])");
  }
  SECTION("views not a list") {
    CHECK(onlyError(withMap(R"({ "views": "Kita" })")) == "f.json: map.views: expected a list, found a string");
  }
  SECTION("a view without name") {
    CHECK(onlyError(mapWith("\"name\": \"Kita\",", "")) == "f.json: map.views[0].name: missing");
  }
  SECTION("an empty view name") {
    CHECK(onlyError(mapWith("\"name\": \"Kita\"", "\"name\": \"\"")) == "f.json: map.views[0].name: empty view name");
  }
  SECTION("two views of the same name") {
    CHECK(onlyError(withMap(R"({ "views": [ { "name": "Kita" }, { "name": "Schule" }, { "name": "Kita" } ] })")) ==
          "f.json: map.views[2].name: duplicate view name \"Kita\" (first used at map.views[0])");
  }
  SECTION("unknown key in a view") {
    CHECK(onlyError(mapWith("\"focusDepth\": 2", "\"focusDepth\": 2, \"zoom\": 3")) ==
          "f.json: map.views[0].zoom: unknown key \"zoom\"");
  }
  SECTION("focus depth above 3") {
    CHECK(onlyError(mapWith("\"focusDepth\": 2", "\"focusDepth\": 4")) ==
          "f.json: map.views[0].focusDepth: focus depth 4 is outside 1..3");
  }
  SECTION("focus depth 0") {
    CHECK(onlyError(mapWith("\"focusDepth\": 2", "\"focusDepth\": 0")) ==
          "f.json: map.views[0].focusDepth: focus depth 0 is outside 1..3");
  }
  SECTION("focus depth not whole") {
    CHECK(onlyError(mapWith("\"focusDepth\": 2", "\"focusDepth\": 1.5")) ==
          "f.json: map.views[0].focusDepth: expected a whole number, found a decimal number");
  }
  SECTION("focus not a string") {
    CHECK(onlyError(mapWith("\"focus\": \"actor:a1\"", "\"focus\": [\"actor:a1\"]")) ==
          "f.json: map.views[0].focus: expected a string, found a list");
  }
  SECTION("filters not an object") {
    CHECK(onlyError(withMap(R"({ "views": [ { "name": "V", "filters": [] } ] })")) ==
          "f.json: map.views[0].filters: expected an object, found a list");
  }
  SECTION("unknown key in filters") {
    CHECK(onlyError(mapWith("\"year\": 2013", "\"jahr\": 2013")) ==
          "f.json: map.views[0].filters.jahr: unknown key \"jahr\"");
  }
  SECTION("unknown actor type in a filter, at its index") {
    CHECK(onlyError(mapWith("[\"school\"]", "[\"school\", \"schule\"]")) ==
          "f.json: map.views[0].filters.actorTypes[1]: unknown actor type \"schule\" (expected one of association, "
          "federation, welfare_organisation, religious_community, school, kita, city_administration, public_agency, "
          "education_provider, company, party, union, media, migrant_organisation, body, other)");
  }
  SECTION("unknown status in a filter") {
    CHECK(onlyError(mapWith("[\"running\"]", "[\"laufend\"]")) ==
          "f.json: map.views[0].filters.statuses[0]: unknown status \"laufend\" (expected one of planned, running, "
          "finished)");
  }
  SECTION("a field filter entry that is not a string") {
    CHECK(onlyError(mapWith("[\"f1\"]", "[1]")) ==
          "f.json: map.views[0].filters.fields[0]: expected a string, found a whole number");
  }
  SECTION("unknown filter mode") {
    CHECK(onlyError(mapWith("\"mode\": \"dim\"", "\"mode\": \"fade\"")) ==
          "f.json: map.views[0].filters.mode: unknown filter mode \"fade\" (expected one of dim, hide)");
  }
  SECTION("year not whole") {
    CHECK(onlyError(mapWith("\"year\": 2013", "\"year\": \"2013\"")) ==
          "f.json: map.views[0].filters.year: expected a whole number, found a string");
  }
  SECTION("camera not an object") {
    CHECK(onlyError(withMap(R"({ "views": [ { "name": "V", "camera": 800 } ] })")) ==
          "f.json: map.views[0].camera: expected an object, found a whole number");
  }
  SECTION("camera without scale") {
    CHECK(onlyError(mapWith(", \"scale\": 800", "")) == "f.json: map.views[0].camera.scale: missing");
  }
  SECTION("unknown key in camera") {
    CHECK(onlyError(mapWith("\"scale\": 800", "\"scale\": 800, \"zoom\": 2")) ==
          "f.json: map.views[0].camera.zoom: unknown key \"zoom\"");
  }
  SECTION("camera scale 0") {
    CHECK(onlyError(mapWith("\"scale\": 800", "\"scale\": 0")) ==
          "f.json: map.views[0].camera.scale: scale 0 is not above 0");
  }
  SECTION("negative camera scale") {
    CHECK(onlyError(mapWith("\"scale\": 800", "\"scale\": -2.5")) ==
          "f.json: map.views[0].camera.scale: scale -2.5 is not above 0");
  }
  SECTION("camera centre not a number") {
    CHECK(onlyError(mapWith("\"centerX\": 0.1", "\"centerX\": true")) ==
          "f.json: map.views[0].camera.centerX: expected a number, found true/false");
  }
}

TEST_CASE("every shape problem of a map is reported at once", "[io][json][map][errors]") {
  std::string map = replaced(kMap, "\"x\": 3", "\"x\": \"3\"");
  map = replaced(map, "\"mode\": \"dim\"", "\"mode\": \"fade\"");
  map = replaced(map, "\"scale\": 800", "\"skale\": 800");
  const LoadResult r = parseProjectJson(withMap(map));
  INFO(problemsText(r));
  CHECK_FALSE(r.project);
  REQUIRE(r.problems.size() == 4);
  CHECK(r.problems[0].path == "map.positions[1].x");
  CHECK(r.problems[1].path == "map.views[0].filters.mode");
  CHECK(r.problems[2].path == "map.views[0].camera.skale");  // unknown key, reported first for the camera
  CHECK(r.problems[3].path == "map.views[0].camera.scale");  // and then missing
}

TEST_CASE("stale node keys and filter ids are warnings; the project loads with them", "[io][json][map]") {
  const std::string text = withMap(R"({
    "positions": [ { "node": "actor:ghost", "x": 1, "y": 1 }, { "node": "goal:g1", "x": 2, "y": 2 },
                   { "node": "lifePhase:p9", "x": 3, "y": 3 }, { "node": "nonsense", "x": 4, "y": 4 },
                   { "node": "activity:x1", "x": 5, "y": 5 } ],
    "views": [ { "name": "Alt", "filters": { "fields": ["f1", "f9"], "lifePhases": ["p7"], "concepts": ["c0"] },
                 "focus": "activity:gone" },
               { "name": "Gut", "focus": "lifePhase:p1" } ]
  })");
  const LoadResult r = parseProjectJson(text);
  INFO(problemsText(r));
  REQUIRE(r.project);
  // Positions are numbered in node-key order, the order Knotenpunkt writes them in:
  // activity:x1, actor:ghost, goal:g1, lifePhase:p9, nonsense ("activity" < "actor").
  const std::vector<Problem> expected{
      {Severity::Warning, "map.positions[1].node", "unknown actor \"ghost\"; the position is ignored"},
      {Severity::Warning, "map.positions[3].node", "unknown life phase \"p9\"; the position is ignored"},
      {Severity::Warning, "map.positions[4].node",
       "\"nonsense\" is not a node key (actor:ID, activity:ID, goal:ID or lifePhase:ID); the position is ignored"},
      {Severity::Warning, "map.views[0].filters.fields[1]", "unknown field \"f9\"; it matches nothing"},
      {Severity::Warning, "map.views[0].filters.lifePhases[0]", "unknown life phase \"p7\"; it matches nothing"},
      {Severity::Warning, "map.views[0].filters.concepts[0]", "unknown concept \"c0\"; it matches nothing"},
      {Severity::Warning, "map.views[0].focus", "unknown activity \"gone\"; the focus is ignored"},
  };
  CHECK(r.problems == expected);
  // Stale entries are kept, so saving does not lose them (the item may come back by undo).
  CHECK(r.project->map.positions.size() == 5);
  CHECK(r.project->map.positions.contains("actor:ghost"));
  CHECK(r.project->map.views[0].focus == "activity:gone");
}

TEST_CASE("a version 1 file loads through the migrations and is saved as version 4", "[io][json][map][migrations]") {
  const std::string current = replaced(kBase, ",\n  \"map\": MAP", "");
  const std::string version1 = replaced(current, "\"version\": 2", "\"version\": 1");
  const LoadResult old = parseProjectJson(version1);
  const LoadResult now = parseProjectJson(current);
  INFO(problemsText(old));
  REQUIRE(old.project);
  REQUIRE(now.project);
  CHECK(old.problems.empty());
  CHECK(*old.project == *now.project);
  CHECK(old.project->map.empty());
  CHECK(writeProjectJson(*old.project).starts_with("{\n  \"format\": \"knotenpunkt-project\",\n  \"version\": 4,\n"));
}

TEST_CASE("a file of version 5 is refused", "[io][json][map][migrations]") {
  CHECK(onlyError(replaced(withMap("{}"), "\"version\": 2", "\"version\": 5")) ==
        "f.json: version: the file has format version 5, written by a newer Knotenpunkt; this program reads versions "
        "up to 4. Please update Knotenpunkt.");
}
