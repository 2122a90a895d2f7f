#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "io/migrations.hpp"

using namespace knp;

namespace {

// Two made-up steps to exercise the mechanism: 1→2 renames "title" to "name", 2→3 adds a list.
void renameTitle(nlohmann::json& doc) {
  doc["name"] = doc.at("title");
  doc.erase("title");
}
void addViews(nlohmann::json& doc) { doc["views"] = nlohmann::json::array(); }

constexpr Migration kSteps[] = {{2, "add views", &addViews}, {1, "rename title", &renameTitle}};

}  // namespace

TEST_CASE("migrations run in version order and set the version", "[io][migrations]") {
  nlohmann::json doc = {{"version", 1}, {"title", "Hattingen"}};
  REQUIRE(migrateDocument(doc, 1, 3, kSteps).ok());
  CHECK(doc.at("version") == 3);
  CHECK(doc.at("name") == "Hattingen");
  CHECK_FALSE(doc.contains("title"));
  CHECK(doc.at("views").is_array());
}

TEST_CASE("migrating from the current version does nothing", "[io][migrations]") {
  nlohmann::json doc = {{"version", 3}, {"title", "x"}};
  const nlohmann::json before = doc;
  REQUIRE(migrateDocument(doc, 3, 3, kSteps).ok());
  CHECK(doc == before);
}

TEST_CASE("a missing step is reported", "[io][migrations]") {
  nlohmann::json doc = {{"version", 1}, {"title", "x"}};
  const Outcome<void> migrated = migrateDocument(doc, 1, 4, kSteps);
  REQUIRE_FALSE(migrated.ok());
  CHECK(describe(migrated.problem()) == "no migration from format version 3 to 4");
}

TEST_CASE("the project format has a step for every version before the current one", "[io][migrations]") {
  nlohmann::json doc = nlohmann::json::object();
  CHECK(migrateDocument(doc, 1, kFormatVersion, projectMigrations()).ok());
}

TEST_CASE("the project step from version 1 to 2 changes only the version number", "[io][migrations]") {
  const auto steps = projectMigrations();
  REQUIRE(steps.size() == 3);
  CHECK(steps[0].fromVersion == 1);
  nlohmann::json doc = {{"format", "knotenpunkt-project"},
                        {"version", 1},
                        {"title", "Hattingen"},
                        {"actors", {{{"id", "awo"}, {"name", "AWO"}, {"type", "welfare_organisation"}}}}};
  nlohmann::json expected = doc;
  expected["version"] = 2;
  REQUIRE(migrateDocument(doc, 1, 2, steps).ok());
  CHECK(doc == expected);
  CHECK_FALSE(doc.contains("map"));  // version 1 has no map state; version 2 writes none for it
}

TEST_CASE("the project step from version 2 to 3 changes only the version number", "[io][migrations]") {
  const auto steps = projectMigrations();
  REQUIRE(steps.size() == 3);
  CHECK(steps[1].fromVersion == 2);
  nlohmann::json doc = {{"format", "knotenpunkt-project"},
                        {"version", 2},
                        {"goals", {{{"id", "g1"}, {"title", "Sprache"}, {"shortTitle", "S"}}}},
                        {"map", {{"layout", "force"}, {"graph", "actors"}}}};
  nlohmann::json expected = doc;
  expected["version"] = 3;
  REQUIRE(migrateDocument(doc, 2, 3, steps).ok());
  CHECK(doc == expected);
  CHECK_FALSE(doc.contains("conferences"));  // version 2 has none; version 3 writes none for it
}

TEST_CASE("the project step from version 3 to 4 changes only the version number", "[io][migrations]") {
  const auto steps = projectMigrations();
  REQUIRE(steps.size() == 3);
  CHECK(steps[2].fromVersion == 3);
  nlohmann::json doc = {{"format", "knotenpunkt-project"},
                        {"version", 3},
                        {"indicators", {{{"id", "i1"}, {"name", "Einbürgerungen"}, {"values", {{"2012", 92}}}}}}};
  nlohmann::json expected = doc;
  expected["version"] = 4;
  REQUIRE(migrateDocument(doc, 3, 4, steps).ok());
  CHECK(doc == expected);  // version 3 indicators are neutral figures without phases or target
}
