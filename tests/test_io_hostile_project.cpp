// Project files as a careless or hostile hand would write them: each case is a defect the
// audit of issue 14 found, with the file built here rather than kept in the repository.
#include <catch2/catch.hpp>

#include <string>

#include "bounded_run.hpp"
#include "fixtures.hpp"
#include "io/file_access.hpp"
#include "io/project_json.hpp"
#include "io/recovery.hpp"
#include "model/validation.hpp"

using namespace knp;
using Catch::Matchers::Contains;

namespace {

constexpr std::size_t kGiB = 1024ul * 1024ul * 1024ul;

std::string problemsText(const LoadResult& r) {
  std::string out;
  for (const auto& p : r.problems) out += describe(p, "f.json") + "\n";
  return out;
}

// A valid project file; the tests break it in one place.
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
  "activities": [ { "id": "x1", "title": "Kurs", "lead": "a1", "goals": ["g1"], "lifePhases": ["p1"], "status": "running", "startYear": 2010, "endYear": 2013 } ],
  "cooperations": [],
  "indicators": [ { "id": "i1", "name": "Kinder", "values": { "2010": 5 } } ]
}
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

std::string nested(std::size_t depth, std::string_view inner = "1") {
  return std::string(depth, '[') + std::string(inner) + std::string(depth, ']');
}

}  // namespace

TEST_CASE("a value nested 90,000 levels deep is refused with its place, not a crash", "[io][json][hostile]") {
  // Before: the message was built with dump(), which recursed once per level (SIGSEGV).
  const LoadResult r = parseProjectJson(replaced(kMinimal, "\"knotenpunkt-project\"", nested(90'000)));
  INFO(problemsText(r));
  REQUIRE_FALSE(r.project);
  REQUIRE(r.problems.size() == 1);
  // Line 2 is `  "format": [[[...`, the first '[' in column 13; the root object is level 1, so
  // the 32nd '[' (column 13 + 31) would open level 33.
  CHECK(r.problems[0].line == 2);
  CHECK(r.problems[0].column == 44);
  CHECK_THAT(r.problems[0].message, Contains("nested more than 32 levels"));
  CHECK(r.problems[0].path.starts_with("format[0][0]"));

  // A format value that is a list at all is named by its type, never printed.
  const LoadResult shallow = parseProjectJson(replaced(kMinimal, "\"knotenpunkt-project\"", nested(20)));
  REQUIRE(shallow.problems.size() == 1);
  CHECK(describe(shallow.problems[0]) == "format: expected \"knotenpunkt-project\", found a list");
}

TEST_CASE("a key given twice is an error at the second one; nothing is silently dropped", "[io][json][hostile]") {
  SECTION("a second, empty activities list") {
    const std::string text = replaced(kMinimal, "  \"cooperations\": [],", "  \"cooperations\": [],\n  \"activities\": [],");
    const LoadResult r = parseProjectJson(text);
    INFO(problemsText(r));
    REQUIRE_FALSE(r.project);  // before: loaded with 0 activities, and the next save dropped them
    REQUIRE(r.problems.size() == 1);
    CHECK(describe(r.problems[0], "f.json") ==
          "f.json:13:3: activities: the key \"activities\" appears twice in this object; one of them would be lost");
  }
  SECTION("spelled with an escape, inside an item") {
    const std::string text = replaced(kMinimal, "\"name\": \"VHS\"", "\"name\": \"VHS\", \"n\\u0061me\": \"Volkshochschule\"");
    const LoadResult r = parseProjectJson(text);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].path == "actors[0].name");
    CHECK(r.problems[0].line == 10);
    CHECK_THAT(r.problems[0].message, Contains("\"name\" appears twice"));
  }
  SECTION("an indicator year written twice, once with a leading zero") {
    const std::string text = replaced(kMinimal, "{ \"2010\": 5 }", "{ \"2010\": 5, \"02010\": 7 }");
    const LoadResult r = parseProjectJson(text);
    INFO(problemsText(r));
    REQUIRE_FALSE(r.project);  // before: one of the two values vanished at the next save
    REQUIRE(r.problems.size() == 1);
    CHECK(describe(r.problems[0]) ==
          "indicators[0].values.02010: \"02010\" is the year 2010 written differently; write \"2010\" (a year may "
          "appear only once)");
  }
  SECTION("the same year twice is a duplicate key") {
    const LoadResult r = parseProjectJson(replaced(kMinimal, "{ \"2010\": 5 }", "{ \"2010\": 5, \"2010\": 7 }"));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].path == "indicators[0].values.2010");
    CHECK(r.problems[0].line == 13);
  }
}

TEST_CASE("numbers beyond range are reported as written", "[io][json][hostile]") {
  SECTION("version 2^64 - 1") {
    const LoadResult r = parseProjectJson(replaced(kMinimal, "\"version\": 2", "\"version\": 18446744073709551615"));
    REQUIRE(r.problems.size() == 1);
    CHECK(describe(r.problems[0]) == "version: number 18446744073709551615 is out of range (at most 2147483647)");
  }
  SECTION("a start year of 2^63") {
    const LoadResult r = parseProjectJson(replaced(kMinimal, "\"startYear\": 2010", "\"startYear\": 9223372036854775808"));
    REQUIRE(r.problems.size() == 1);
    CHECK(describe(r.problems[0]) ==
          "activities[0].startYear: number 9223372036854775808 is out of range (at most 2147483647)");
  }
  SECTION("a start year of -2^63") {
    const LoadResult r =
        parseProjectJson(replaced(kMinimal, "\"startYear\": 2010", "\"startYear\": -9223372036854775808"));
    REQUIRE(r.problems.size() == 1);
    CHECK(describe(r.problems[0]) ==
          "activities[0].startYear: number -9223372036854775808 is out of range (at least -2147483648)");
  }
}

TEST_CASE("messages quote excerpts and escape control characters", "[io][json][hostile]") {
  SECTION("an unterminated 64 MB string") {
    std::string text = kMinimal.substr(0, kMinimal.find("\"T\"")) + "\"" + std::string(64 * 1024 * 1024, 'x');
    const LoadResult r = parseProjectJson(text);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 4);
    CHECK(r.problems[0].message.size() < 300);  // before: the whole string, quoted in the message
    CHECK_THAT(r.problems[0].message, Contains("xxxxxxxx"));
  }
  SECTION("an unknown goal whose id clears the screen") {
    const LoadResult r = parseProjectJson(replaced(kMinimal, "\"goals\": [\"g1\"]", "\"goals\": [\"\\u001b[2J\\u001b]0;owned\\u0007\"]"));
    REQUIRE(r.problems.size() == 1);
    CHECK(describe(r.problems[0]) == "activities[0].goals[0]: unknown goal \"\\x1b[2J\\x1b]0;owned\\x07\"");
  }
  SECTION("an unknown key of a megabyte") {
    const std::string key(1024 * 1024, 'k');
    const LoadResult r = parseProjectJson(replaced(kMinimal, "\"title\": \"T\"", "\"title\": \"T\", \"" + key + "\": 1"));
    REQUIRE(r.problems.size() == 1);
    CHECK(describe(r.problems[0]).size() < 200);
  }
}

TEST_CASE("ten million wrong entries give a hundred messages and a count", "[io][json][hostile]") {
  // 20 MB: ten activities whose goals lists hold a million numbers each, every one "expected a
  // string". (One list of ten million is refused as a whole: see the next test.)
  std::string numbers;
  for (int i = 0; i < 1'000'000; ++i) numbers += "1,";
  numbers.pop_back();
  std::string activities;
  for (int a = 0; a < 10; ++a)
    activities += std::string(a ? "," : "") + "{ \"id\": \"x" + std::to_string(a) +
                  "\", \"title\": \"Kurs\", \"lead\": \"a1\", \"goals\": [" + numbers + "], \"status\": \"running\" }";
  const std::string text = kMinimal.substr(0, kMinimal.find("  \"activities\"")) + "  \"activities\": [" +
                           activities + "],\n" + kMinimal.substr(kMinimal.find("  \"cooperations\""));
  const auto result = test::runBounded(
      [&] {
        const LoadResult r = parseProjectJson(text);
        const ProblemCounts counts = countProblems(r.problems);
        return !r.project && r.problems.size() == kMaxListedProblems + 1 && counts.errors == 10'000'000 &&
               describe(r.problems.back(), "f.json") == "f.json: … and 9,999,900 more not listed (9,999,900 errors)";
      },
      60, 1 * kGiB);
  INFO(result.outcome);
  CHECK(result.finished);
}

TEST_CASE("more items or a longer list than a project can hold are refused before they become part of the model",
          "[io][json][hostile]") {
  // 1,200,001 cooperations of the form {}: before, each became a Cooperation, and 3.6 MB of
  // them took seconds and hundreds of megabytes. With the 7 items of kMinimal: 1,200,008.
  std::string items;
  for (int i = 0; i < 1'200'000; ++i) items += "{},";
  items += "{}";
  const LoadResult r = parseProjectJson(replaced(kMinimal, "\"cooperations\": []", "\"cooperations\": [" + items + "]"));
  REQUIRE(r.problems.size() == 1);
  CHECK(describe(r.problems[0]) == "1200008 items in all; a project holds at most 1000000 (see docs/limits.md)");

  std::string partners;
  for (int i = 0; i <= 1'000'000; ++i) partners += std::string(i ? "," : "") + "\"a1\"";
  const LoadResult list = parseProjectJson(replaced(kMinimal, "\"lead\": \"a1\"", "\"lead\": \"a1\", \"partners\": [" + partners + "]"));
  REQUIRE(list.problems.size() == 1);
  CHECK(describe(list.problems[0]) ==
        "activities[0].partners: 1000001 entries; a project holds at most 1000000 in one list (see docs/limits.md)");
}

TEST_CASE("more values than a project can hold are refused before the tree is built", "[io][json][hostile]") {
  std::string values;
  values.reserve(26'000'000);
  for (int i = 0; i < 13'000'000; ++i) values += "0,";
  values.pop_back();
  const LoadResult r = parseProjectJson(replaced(kMinimal, "\"goals\": [\"g1\"]", "\"goals\": [" + values + "]"));
  REQUIRE(r.problems.size() == 1);
  CHECK_THAT(r.problems[0].message, Contains("more than 12000000 values"));
  CHECK(r.problems[0].line == 11);
}

TEST_CASE("nothing saves a project that does not validate", "[io][save][hostile]") {
  test::TempFolder folder;
  const auto path = folder / "projekt.json";
  test::writeText(path, "alter Inhalt");
  Project p = test::smallProject();
  p.activities[1].startYear = 2020;  // ends 2013, before it starts
  const Outcome<void> saved = saveProjectFile(p, path);
  REQUIRE_FALSE(saved.ok());
  CHECK(describe(saved.problem()) == path.string() +
                                         ": not saved: the project is not valid: activities[1].endYear: ends in "
                                         "2013 before it starts in 2020");
  CHECK(test::readText(path) == "alter Inhalt");
  CHECK_FALSE(std::filesystem::exists(backupPathFor(path)));

  const Outcome<void> recovery = writeRecovery(p, folder / "projekt.recovery.json");
  REQUIRE_FALSE(recovery.ok());
  CHECK_FALSE(std::filesystem::exists(folder / "projekt.recovery.json"));
}

TEST_CASE("goal parents: loops are found in one pass, also along a chain of 200,000", "[model][validation][hostile]") {
  //   g1 → g2 → g3 → g1 (a loop), g4 → g1 (leads into it), g5 → g6 (fine)
  Project p = test::smallProject();
  p.goals.clear();
  auto goal = [&](const char* id, std::optional<const char*> parent) {
    Goal g{GoalId(id), id, ConceptId("c1"), GoalLevel::Sub, std::nullopt, {}};
    if (parent) g.parent = GoalId(*parent);
    p.goals.push_back(g);
  };
  goal("g1", "g2");
  goal("g2", "g3");
  goal("g3", "g1");
  goal("g4", "g1");
  goal("g5", "g6");
  goal("g6", std::nullopt);
  for (auto& a : p.activities) a.goals.clear();
  for (auto& i : p.indicators) i.goals.clear();
  std::vector<std::string> loops;
  for (const Problem& problem : validateProject(p))
    if (problem.message.find("loops back") != std::string::npos) loops.push_back(problem.path);
  CHECK(loops == std::vector<std::string>{"goals[0].parent", "goals[1].parent", "goals[2].parent"});

  // Each goal's parent is the next one: 200,000 deep. Before: O(depth) per goal, 2·10^10 steps.
  Project chain = test::smallProject();
  chain.goals.clear();
  for (auto& a : chain.activities) a.goals.clear();
  for (auto& i : chain.indicators) i.goals.clear();
  for (int i = 0; i < 200'000; ++i) {
    Goal g{GoalId("g" + std::to_string(i)), "Ziel", ConceptId("c1"), GoalLevel::Sub, std::nullopt, {}};
    if (i + 1 < 200'000) g.parent = GoalId("g" + std::to_string(i + 1));
    chain.goals.push_back(std::move(g));
  }
  const auto result = test::runBounded([&] { return !hasErrors(validateProject(chain)); }, 20, 2 * kGiB);
  INFO(result.outcome);
  CHECK(result.finished);
}

TEST_CASE("a save that could not be read again is refused", "[io][save][hostile]") {
  test::TempFolder folder;
  const auto path = folder / "projekt.json";
  SECTION("a file above the reader's limit") {
    // 45 MB of \x01 is 270 MB once JSON writes each as \u0001: before, saved, and then every
    // load refused the file as larger than 256 MB.
    const auto result = test::runBounded(
        [&] {
          Project p = test::smallProject();
          p.activities[0].description = std::string(45 * 1024 * 1024, '\x01');
          const Outcome<void> saved = saveProjectFile(p, path);
          return !saved.ok() &&
                 describe(saved.problem())
                         .find(
                             "not saved: the file would be 270.0 MB, and Knotenpunkt reads project files of at most "
                             "256 MB") != std::string::npos &&
                 !std::filesystem::exists(path);
        },
        60, 3 * kGiB);
    INFO(result.outcome);
    CHECK(result.finished);
  }
  SECTION("more items than a file may hold") {
    Project p = test::smallProject();
    p.map.positions.clear();
    for (int i = 0; i < 1'000'000; ++i) p.map.positions["actor:a" + std::to_string(i)] = {0, 0, PinState::Free};
    const Outcome<void> saved = saveProjectFile(p, path);
    REQUIRE_FALSE(saved.ok());
    // smallProject's 14 items and a million map positions.
    CHECK_THAT(describe(saved.problem()),
               Contains("not saved: the project has 1000014 items, and a project file holds at most "
                        "1000000"));
  }
}

TEST_CASE("a million duplicate ids are validated in bounded memory", "[model][validation][hostile]") {
  Project p = test::smallProject();
  p.cooperations.assign(1'000'000, p.cooperations.front());
  const auto result = test::runBounded(
      [&] {
        const std::vector<Problem> problems = validateProject(p);
        return countProblems(problems).errors == 999'999 && problems.size() == kMaxListedProblems + 1;
      },
      30, 2 * kGiB);
  INFO(result.outcome);
  CHECK(result.finished);
}
