// Conferences in the project file (format version 3): the round trip, the migration from
// version 2, and the problems a broken conference gives (docs/project-format.md).
#include <catch2/catch.hpp>

#include "conference_fixture.hpp"
#include "fixtures.hpp"
#include "io/migrations.hpp"
#include "io/project_json.hpp"

using namespace knp;

namespace {

std::string problemsText(const std::vector<Problem>& problems) {
  std::string out;
  for (const auto& p : problems) out += describe(p, "f.json") + "\n";
  return out;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// The problems of validating `p`, as "path: message" lines.
std::vector<std::string> problemLines(const Project& p) {
  std::vector<std::string> lines;
  for (const Problem& problem : validateProject(p))
    lines.push_back((problem.severity == Severity::Warning ? "warning: " : "") + describe(problem));
  return lines;
}

}  // namespace

TEST_CASE("a conference with every field round-trips and is written canonically", "[io][json][conference]") {
  const Project original = test::projectWithConference();
  REQUIRE(problemLines(original).empty());
  const std::string text = writeProjectJson(original);
  CHECK(text.find("\"version\": 4,") != std::string::npos);
  const LoadResult loaded = parseProjectJson(text);
  INFO(problemsText(loaded.problems));
  REQUIRE(loaded.project);
  CHECK(loaded.problems.empty());
  CHECK(loaded.project->conferences == original.conferences);
  CHECK(*loaded.project == original);
  CHECK(writeProjectJson(*loaded.project) == text);
  // The mark and the priority years are written where they belong.
  CHECK(text.find("\"fromConference\": \"ik-2013\"") != std::string::npos);
}

TEST_CASE("priorities and marks round-trip; a project without them keeps its bytes", "[io][json][conference]") {
  Project p = test::smallProject();
  const std::string plain = writeProjectJson(p);
  CHECK(plain.find("conferences") == std::string::npos);
  CHECK(plain.find("priorityYears") == std::string::npos);
  CHECK(plain.find("fromConference") == std::string::npos);
  p.goals[0].priorityYears = {2013, 2014};
  p.conferences.push_back(Conference{ConferenceId("k"), "K", "", {}, {}, {}, "", "", {}});
  p.actors[0].fromConference = ConferenceId("k");
  p.cooperations[0].fromConference = ConferenceId("k");
  const LoadResult loaded = parseProjectJson(writeProjectJson(p));
  INFO(problemsText(loaded.problems));
  REQUIRE(loaded.project);
  CHECK(*loaded.project == p);
}

TEST_CASE("a version 2 file opens unchanged and is saved as version 4", "[io][json][conference][migration]") {
  // A version 2 file as the previous release wrote it, with its newest optional keys.
  const std::string v2 = R"({
  "format": "knotenpunkt-project",
  "version": 2,
  "title": "T",
  "notice": "",
  "fields": [ { "id": "f1", "name": "Bildung", "colour": "#1f77b4" } ],
  "lifePhases": [ { "id": "p1", "name": "Kita", "minAge": 3, "maxAge": 6, "order": 1 } ],
  "concepts": [ { "id": "c1", "name": "Integrationskonzept" } ],
  "goals": [ { "id": "g1", "title": "Sprache fördern", "shortTitle": "Sprache", "concept": "c1", "level": "guiding", "fields": [] } ],
  "actors": [ { "id": "a1", "name": "VHS", "type": "education_provider" } ],
  "activities": [ { "id": "x1", "title": "Kurs", "lead": "a1", "status": "running" } ],
  "map": { "layout": "force", "graph": "actors", "positions": [], "views": [] }
}
)";
  const LoadResult loaded = parseProjectJson(v2);
  INFO(problemsText(loaded.problems));
  REQUIRE(loaded.project);
  CHECK(loaded.problems.empty());
  CHECK(loaded.project->conferences.empty());
  CHECK(loaded.project->goals[0].shortTitle == "Sprache");
  CHECK(loaded.project->goals[0].priorityYears.empty());
  CHECK(loaded.project->map.graph == "actors");
  const std::string saved = writeProjectJson(*loaded.project);
  CHECK(saved.find("\"version\": 4,") != std::string::npos);
  // Version 2 could not hold conferences: one in a version 2 file is still read (the keys are
  // optional in both), as version 1 files with a map were.
  CHECK(projectMigrations().size() == 3);
  CHECK(projectMigrations()[1].fromVersion == 2);
}

TEST_CASE("a file of a newer version than 4 is refused with the version named", "[io][json][conference][migration]") {
  std::string text = writeProjectJson(test::smallProject());
  text = replaced(text, "\"version\": 4,", "\"version\": 5,");
  const LoadResult loaded = parseProjectJson(text);
  REQUIRE_FALSE(loaded.project);
  REQUIRE(loaded.problems.size() == 1);
  CHECK(describe(loaded.problems[0]) ==
        "version: the file has format version 5, written by a newer Knotenpunkt; this program reads versions up to "
        "4. Please update Knotenpunkt.");
}

TEST_CASE("a broken conference's shape is reported with its path", "[io][json][conference]") {
  const std::string good = writeProjectJson(test::projectWithConference());
  auto only = [](const std::string& text) {
    const LoadResult r = parseProjectJson(text);
    INFO(problemsText(r.problems));
    CHECK_FALSE(r.project);
    REQUIRE(r.problems.size() == 1);
    return describe(r.problems[0]);
  };
  CHECK(only(replaced(good, "\"kind\": \"mood\"", "\"kind\": \"vote\"")) ==
        "conferences[0].polls[0].kind: unknown poll kind \"vote\" (expected one of mood, agreement)");
  CHECK(only(replaced(good, "\"kind\": \"idea\"", "\"kind\": \"idea\", \"colour\": 1")) ==
        "conferences[0].comments[1].colour: unknown key \"colour\"");
  CHECK(only(replaced(good, "\"heading\": \"Schluss\"", "\"heading\": 7")) ==
        "conferences[0].scenes[2].heading: expected a string, found a whole number");
  CHECK(only(replaced(good, "\"T1\": 2,", "\"T1\": \"zwei\",")) ==
        "conferences[0].polls[0].options[0].dots.T1: expected a whole number, found a string");
}

TEST_CASE("validation checks a conference's ids, texts, counts, dates and references", "[model][conference]") {
  Project p = test::projectWithConference();
  Conference& c = p.conferences[0];
  c.polls[1].id = "p1";                       // duplicate poll id
  c.polls[0].options[2].dots["T2"] = -1;      // negative
  c.polls[0].options[1].item = "gap:f9/p2";   // unknown field
  c.polls[1].choose = 0;
  c.comments[0].date = "20.11.2013";
  c.comments[2].item = "goal:nope";
  c.comments[1].text.clear();
  c.scenes[1].highlight.push_back("actor:gone");
  p.goals[0].priorityYears = {2014, 2013};
  p.activities[0].fromConference = ConferenceId("ik-2099");
  const std::vector<std::string> expected{
      "goals[0].priorityYears[1]: year 2013 after 2014: priority years are listed ascending, each once",
      "warning: activities[0].fromConference: unknown conference \"ik-2099\"; the mark is ignored",
      "warning: conferences[0].scenes[1].highlight[2]: unknown actor \"gone\"; the highlight is ignored",
      "conferences[0].polls[1].id: duplicate poll id \"p1\" (first used at conferences[0].polls[0])",
      "warning: conferences[0].polls[0].options[1].item: \"gap:f9/p2\" names no item; the option counts as free text",
      "conferences[0].polls[0].options[2].dots.T2: -1 dots is below 0",
      "conferences[0].polls[1].choose: choose 0 is below 1",
      "conferences[0].comments[0].date: \"20.11.2013\" is not a date of the form YYYY-MM-DD",
      "conferences[0].comments[1].text: empty comment",
      "warning: conferences[0].comments[2].item: \"goal:nope\" names no item; the comment is shown for the map as a "
      "whole",
  };
  CHECK(problemLines(p) == expected);
}
