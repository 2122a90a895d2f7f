#include <catch2/catch.hpp>

#include <sys/stat.h>

#include "embedded_data.hpp"
#include "fixtures.hpp"
#include "io/project_json.hpp"

using namespace knp;

namespace {

std::string problemsText(const LoadResult& r) {
  std::string out;
  for (const auto& p : r.problems) out += describe(p, "f.json") + "\n";
  return out;
}

// A minimal valid file to break in one place.
const std::string kMinimal = R"({
  "format": "knotenpunkt-project",
  "version": 2,
  "title": "T",
  "notice": "",
  "fields": [ { "id": "f1", "name": "Bildung", "colour": "#1f77b4" } ],
  "lifePhases": [ { "id": "p1", "name": "Kita", "minAge": 3, "maxAge": 6, "order": 1 } ],
  "concepts": [ { "id": "c1", "name": "Integrationskonzept" } ],
  "goals": [ { "id": "g1", "title": "Sprache", "concept": "c1", "level": "guiding", "fields": ["f1"] } ],
  "actors": [ { "id": "a1", "name": "VHS", "type": "education_provider" } ],
  "activities": [ { "id": "x1", "title": "Kurs", "lead": "a1", "goals": ["g1"], "lifePhases": ["p1"], "status": "running" } ],
  "cooperations": [],
  "indicators": []
}
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// The only problem of parsing `text`, as "FILE...: message".
std::string onlyProblem(const std::string& text) {
  const LoadResult r = parseProjectJson(text);
  INFO(problemsText(r));
  CHECK_FALSE(r.project);
  REQUIRE(r.problems.size() == 1);
  return describe(r.problems[0], "f.json");
}

}  // namespace

TEST_CASE("save then load gives an equal project, umlauts included", "[io][json]") {
  const Project original = test::smallProject();
  const std::string text = writeProjectJson(original);
  CHECK(text.find("Verein Ä") != std::string::npos);  // UTF-8 as is, not \u escapes
  CHECK(text.find("„erfunden“") != std::string::npos);
  const LoadResult loaded = parseProjectJson(text);
  INFO(problemsText(loaded));
  REQUIRE(loaded.project);
  CHECK(*loaded.project == original);
  CHECK(writeProjectJson(*loaded.project) == text);  // canonical: same bytes again
}

TEST_CASE("the embedded example loads without problems and round-trips byte for byte", "[io][json][example]") {
  const LoadResult loaded = parseProjectJson(embeddedExampleJson());
  INFO(problemsText(loaded));
  REQUIRE(loaded.project);
  CHECK(loaded.problems.empty());
  // The file in data/ is kept in canonical form, so saving it changes nothing.
  CHECK(writeProjectJson(*loaded.project) == std::string(embeddedExampleJson()));
}

TEST_CASE("whole numbers are written without a decimal point", "[io][json]") {
  Project p = test::smallProject();
  p.indicators[0].values = {{2008, 68.0}, {2009, -3.0}, {2010, 0.5}};
  const std::string text = writeProjectJson(p);
  CHECK(text.find("\"2008\": 68,") != std::string::npos);
  CHECK(text.find("\"2009\": -3,") != std::string::npos);
  CHECK(text.find("\"2010\": 0.5\n") != std::string::npos);
  const LoadResult back = parseProjectJson(text);
  REQUIRE(back.project);
  CHECK(back.project->indicators[0].values == p.indicators[0].values);
}

TEST_CASE("canonical form: fixed key order, two-space indent, final newline", "[io][json]") {
  const std::string text = writeProjectJson(test::smallProject());
  CHECK(text.starts_with("{\n  \"format\": \"knotenpunkt-project\",\n  \"version\": 4,\n  \"title\": "));
  CHECK(text.ends_with("}\n"));
  CHECK(text.find("\"fields\"") < text.find("\"lifePhases\""));
  CHECK(text.find("\"lifePhases\"") < text.find("\"concepts\""));
  CHECK(text.find("\"activities\"") < text.find("\"cooperations\""));
  // Optional absent values are left out; present ones are written.
  CHECK(text.find("\"maxAge\": 6") != std::string::npos);
  CHECK(text.find("\"endYear\": 2013") != std::string::npos);
  CHECK(text.find("\"colour\": \"#1f77b4\"") != std::string::npos);
  CHECK(text.find("\"2010\": 11.25") != std::string::npos);
  CHECK(text.find("\"level\": \"sub\"") != std::string::npos);
  CHECK(text.find("\"status\": \"finished\"") != std::string::npos);
}

TEST_CASE("the minimal file loads with defaults for left-out keys", "[io][json]") {
  const LoadResult r = parseProjectJson(kMinimal);
  INFO(problemsText(r));
  REQUIRE(r.project);
  const Project& p = *r.project;
  REQUIRE(p.activities.size() == 1);
  CHECK(p.activities[0].partners.empty());
  CHECK_FALSE(p.activities[0].startYear);
  CHECK(p.actors[0].type == ActorType::EducationProvider);
  CHECK(p.actors[0].contact == Contact{});
  CHECK(p.fields[0].colour == Colour{0x1f, 0x77, 0xb4});
}

TEST_CASE("malformed files give precise messages", "[io][json][errors]") {
  SECTION("empty file") {
    CHECK(onlyProblem("") == "f.json:1:1: the file is empty");
    CHECK(onlyProblem(" \n\t\r\n") == "f.json:1:1: the file is empty");
  }
  SECTION("trailing comma, with line and column") {
    CHECK(onlyProblem("{\n  \"format\": \"knotenpunkt-project\",\n}") == "f.json:3:1: syntax error while parsing object key - unexpected '}'; expected string literal");
  }
  SECTION("unterminated string") {
    CHECK(onlyProblem("{\"title\": \"Über") == "f.json:1:16: invalid string: missing closing quote; last read: '\"Über'");
  }
  SECTION("column counts characters, not bytes") {
    // "ä" is two bytes; the stray x is the 12th character of line 2.
    CHECK(onlyProblem("{\n\"title\": \"ä\" x}").starts_with("f.json:2:14:"));
  }
  SECTION("invalid UTF-8 is reported where the sequence breaks, and not echoed raw") {
    // "\xC3" starts a two-byte sequence at character 12; "(" (character 13) breaks it.
    CHECK(onlyProblem("{\"title\": \"\xC3\x28\"}") ==
          "f.json:1:13: invalid string: ill-formed UTF-8 byte; last read: '\"\xEF\xBF\xBD('");
  }
  SECTION("not an object") { CHECK(onlyProblem("[1, 2]") == "f.json: (top level): expected an object, found a list"); }
  SECTION("missing format") { CHECK(onlyProblem("{\"version\": 1}") == "f.json: format: missing"); }
  SECTION("wrong format name") {
    CHECK(onlyProblem(replaced(kMinimal, "\"knotenpunkt-project\"", "\"gephi\"")) == "f.json: format: expected \"knotenpunkt-project\", found \"gephi\"");
  }
  SECTION("a newer version") {
    CHECK(onlyProblem(replaced(kMinimal, "\"version\": 2", "\"version\": 7")) ==
          "f.json: version: the file has format version 7, written by a newer Knotenpunkt; this program reads versions up to 4. Please update Knotenpunkt.");
  }
  SECTION("version zero") {
    CHECK(onlyProblem(replaced(kMinimal, "\"version\": 2", "\"version\": 0")) == "f.json: version: format version 0 does not exist; versions start at 1");
  }
  SECTION("version as text") {
    CHECK(onlyProblem(replaced(kMinimal, "\"version\": 2", "\"version\": \"1\"")) == "f.json: version: expected a whole number, found a string");
  }
  SECTION("wrong type") {
    CHECK(onlyProblem(replaced(kMinimal, "\"name\": \"VHS\"", "\"name\": 42")) == "f.json: actors[0].name: expected a string, found a whole number");
  }
  SECTION("a list that is not a list") {
    CHECK(onlyProblem(replaced(kMinimal, "\"goals\": [\"g1\"]", "\"goals\": \"g1\"")) == "f.json: activities[0].goals: expected a list, found a string");
  }
  SECTION("unknown enum value") {
    CHECK(onlyProblem(replaced(kMinimal, "\"running\"", "\"done\"")) == "f.json: activities[0].status: unknown status \"done\" (expected one of planned, running, finished)");
  }
  SECTION("missing required key") {
    CHECK(onlyProblem(replaced(kMinimal, "\"lead\": \"a1\", ", "")) == "f.json: activities[0].lead: missing");
  }
  SECTION("misspelt key") {
    CHECK(onlyProblem(replaced(kMinimal, "\"lifePhases\": [\"p1\"]", "\"lifephases\": [\"p1\"]")) == "f.json: activities[0].lifephases: unknown key \"lifephases\"");
  }
  SECTION("bad colour") {
    CHECK(onlyProblem(replaced(kMinimal, "#1f77b4", "#1f77b")) == "f.json: fields[0].colour: \"#1f77b\" is not a colour of the form #rrggbb");
  }
  SECTION("dangling reference") {
    CHECK(onlyProblem(replaced(kMinimal, "\"goals\": [\"g1\"]", "\"goals\": [\"g1\", \"I9\"]")) == "f.json: activities[0].goals[1]: unknown goal \"I9\"");
  }
  SECTION("year that is not a number") {
    CHECK(onlyProblem(replaced(kMinimal, "\"indicators\": []", "\"indicators\": [{\"id\": \"i\", \"name\": \"n\", \"values\": {\"zwanzig\": 1}}]")) == "f.json: indicators[0].values.zwanzig: \"zwanzig\" is not a year");
  }
}

TEST_CASE("every shape problem of a file is reported at once", "[io][json][errors]") {
  std::string text = replaced(kMinimal, "\"name\": \"VHS\"", "\"name\": 42");
  text = replaced(text, "\"running\"", "\"done\"");
  text = replaced(text, "\"minAge\": 3", "\"minAge\": 3.5");
  const LoadResult r = parseProjectJson(text);
  INFO(problemsText(r));
  CHECK_FALSE(r.project);
  CHECK(r.problems.size() == 3);
}

TEST_CASE("warnings do not stop a load", "[io][json]") {
  const std::string text = replaced(kMinimal, "\"goals\": [\"g1\"]", "\"goals\": [\"g1\", \"g1\"]");
  const LoadResult r = parseProjectJson(text);
  REQUIRE(r.project);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].severity == Severity::Warning);
}

TEST_CASE("loading a file never modifies it", "[io][json]") {
  test::TempFolder folder;
  const auto path = folder / "broken.json";
  const std::string broken = "{ \"format\": \"knotenpunkt-project\", \"version\": 1, \"actors\": [ {";
  test::writeText(path, broken);
  struct stat before {};
  REQUIRE(::stat(path.c_str(), &before) == 0);
  const LoadResult r = loadProjectFile(path);
  CHECK_FALSE(r.project);
  CHECK(test::readText(path) == broken);
  struct stat after {};
  REQUIRE(::stat(path.c_str(), &after) == 0);
  CHECK(after.st_mtim.tv_sec == before.st_mtim.tv_sec);
  CHECK(after.st_mtim.tv_nsec == before.st_mtim.tv_nsec);
  CHECK_FALSE(std::filesystem::exists(folder / "broken.json.bak"));
}

TEST_CASE("a missing file or a folder gives a clear message", "[io][json][errors]") {
  test::TempFolder folder;
  const LoadResult missing = loadProjectFile(folder / "nichts.json");
  REQUIRE(missing.problems.size() == 1);
  CHECK(missing.problems[0].message == (folder / "nichts.json").string() + ": cannot open: No such file or directory");
  const LoadResult dir = loadProjectFile(folder.path());
  REQUIRE(dir.problems.size() == 1);
  CHECK(dir.problems[0].message == folder.path().string() + ": is a folder, not a file");
}
