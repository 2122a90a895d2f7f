// The actors' Raster into a project: rows create and update activities and actors; every
// problem names its row, column and value.
#include <catch2/catch.hpp>

#include "io/raster_import.hpp"
#include "project_builder.hpp"

using namespace knp;

namespace {

// Fields bildung ("Bildung und Kultur"), phases kita, grundschule; goals g1, g2; actors awo,
// vhs; activity sprachcafe (awo, partner vhs, bildung, g1, kita, running 2012).
Project rasterProject() {
  Project p = test::ProjectBuilder()
                  .field("bildung")
                  .phase("kita", 1)
                  .phase("grundschule", 2)
                  .concept_("ik")
                  .goal("g1", "ik", {"bildung"})
                  .goal("g2", "ik", {"bildung"})
                  .actor("awo", ActorType::WelfareOrganisation)
                  .actor("vhs", ActorType::EducationProvider)
                  .activity("sprachcafe", "awo", {"vhs"}, {"bildung"}, {"g1"}, {"kita"}, ActivityStatus::Running, 2012)
                  .build();
  p.fields[0].name = "Bildung und Kultur";
  p.lifePhases[0].name = "Kita (3–6)";
  p.lifePhases[1].name = "Grundschule";
  p.actors[0].name = "AWO Ortsverein";
  p.actors[1].name = "VHS Hattingen";
  p.goals[0].title = "Sprache fördern";
  return p;
}

// A grid: the header, then rows; each row on its own line (line = index + 1).
CellTable grid(std::vector<std::vector<std::string>> rows) {
  CellTable table;
  table.rows = std::move(rows);
  for (std::size_t i = 0; i < table.rows.size(); ++i) table.sourceLine.push_back(i + 1);
  return table;
}

const std::vector<std::string> kHeader{"ID", "Akteur", "Akteurstyp", "Aktivität", "Beschreibung", "Handlungsfeld",
                                       "Ziele", "Lebensphasen", "Partner", "Status", "Beginn", "Ende"};

}  // namespace

TEST_CASE("a row without ID creates an activity; unknown actors are created", "[io][raster]") {
  const RasterImport r = importRaster(
      rasterProject(), grid({kHeader,
                             {"", "Kirchengemeinde St. Georg", "Kirche/Religionsgemeinschaft", "Hausaufgabenhilfe",
                              "dienstags", "Bildung und Kultur", "g1 | Sprache fördern", "grundschule",
                              "awo ortsverein | Neuer Verein", "laufend", "2013", ""}}));
  REQUIRE(r.problems.empty());
  CHECK_FALSE(r.fatal);
  CHECK(r.rows == 1);
  CHECK(r.activitiesCreated == 1);
  CHECK(r.actorsCreated == 2);  // the lead and "Neuer Verein"
  REQUIRE(r.project.activities.size() == 2);
  const Activity& a = r.project.activities[1];
  CHECK(a.id.value == "hausaufgabenhilfe");
  CHECK(a.title == "Hausaufgabenhilfe");
  CHECK(a.description == "dienstags");
  CHECK(a.lead.value == "kirchengemeinde-st-georg");
  CHECK(a.partners == std::vector<ActorId>{ActorId("awo"), ActorId("neuer-verein")});
  CHECK(a.fields == std::vector<FieldId>{FieldId("bildung")});
  CHECK(a.goals == std::vector<GoalId>{GoalId("g1")});  // the id and the title name the same goal
  CHECK(a.lifePhases == std::vector<LifePhaseId>{LifePhaseId("grundschule")});
  CHECK(a.status == ActivityStatus::Running);
  CHECK(a.startYear == 2013);
  CHECK_FALSE(a.endYear);
  const Actor& lead = r.project.actors[2];
  CHECK(lead.name == "Kirchengemeinde St. Georg");
  CHECK(lead.type == ActorType::ReligiousCommunity);
  CHECK(r.project.actors[3].type == ActorType::Other);
}

TEST_CASE("a row with an ID updates that activity: the grid's columns replace, the others stay", "[io][raster]") {
  // Only some columns: description, goals and status are kept.
  const RasterImport r = importRaster(
      rasterProject(), grid({{"id", "AKTEUR", "Aktivitaet", "Lebensphasen", "Partner", "Ende"},
                             {"sprachcafe", "AWO Ortsverein", "Sprachcafé für alle", "Kita (3–6)|Grundschule", "", "2015"}}));
  REQUIRE(r.problems.empty());
  CHECK(r.activitiesUpdated == 1);
  CHECK(r.activitiesCreated == 0);
  CHECK(r.actorsCreated == 0);
  REQUIRE(r.project.activities.size() == 1);
  const Activity& a = r.project.activities[0];
  CHECK(a.title == "Sprachcafé für alle");
  CHECK(a.lifePhases == std::vector<LifePhaseId>{LifePhaseId("kita"), LifePhaseId("grundschule")});
  CHECK(a.partners.empty());  // the Partner column is there and empty: no partners any more
  CHECK(a.goals == std::vector<GoalId>{GoalId("g1")});  // no Ziele column: kept
  CHECK(a.startYear == 2012);
  CHECK(a.endYear == 2015);
}

TEST_CASE("an actor the grid creates is not counted as updated when a later row gives its type", "[io][raster]") {
  const RasterImport r = importRaster(rasterProject(), grid({{"Akteur", "Akteurstyp", "Aktivität", "Partner"},
                                                             {"Alpha", "Verein", "x", "Neu e.V."},
                                                             {"Neu e.V.", "Verein", "y", ""},
                                                             {"AWO Ortsverein", "Verein", "z", ""},
                                                             {"AWO Ortsverein", "Verein", "w", ""}}));
  CHECK(r.actorsCreated == 2);  // Alpha, and Neu e.V. as Alpha's partner (type Sonstige, then Verein)
  CHECK(r.actorsUpdated == 1);  // the AWO, once though two rows name it a Verein
  CHECK(r.activitiesCreated == 4);
}

TEST_CASE("row errors name row, column and value, suggest the closest name, and change nothing", "[io][raster]") {
  const Project before = rasterProject();
  const RasterImport r = importRaster(
      before, grid({kHeader,
                    {"", "AWO Ortsverein", "", "Neu A", "", "Kultur", "", "Grundschul", "", "laufend", "", ""},
                    {"", "Neuer Akteur", "", "Neu B", "", "", "g9", "", "", "bald", "20x3", ""},
                    {"", "", "", "", "", "", "", "", "", "", "", ""},
                    {"", "VHS Hattingen", "", "Neu C", "", "", "", "", "", "", "2014", "2013"}}));
  CHECK(r.rejectedRows == 4);
  CHECK(r.activitiesCreated == 0);
  CHECK(r.actorsCreated == 0);  // "Neuer Akteur" is not created for a rejected row
  CHECK(r.project == before);
  std::vector<std::string> messages;
  for (const RasterProblem& p : r.problems) messages.push_back(describe(p, "raster.csv"));
  CHECK(messages == std::vector<std::string>{
                        // "Kultur" is no typo of a field's name but a word of one.
                        "raster.csv:2: column \"Handlungsfeld\": unknown field \"Kultur\" (did you mean "
                        "\"Bildung und Kultur\"?)",
                        "raster.csv:2: column \"Lebensphasen\": unknown life phase \"Grundschul\" (did you mean "
                        "\"Grundschule\"?)",
                        "raster.csv:3: column \"Ziele\": unknown goal \"g9\" (did you mean \"g2\"?)",
                        "raster.csv:3: column \"Status\": unknown status \"bald\" (expected geplant, laufend or "
                        "abgeschlossen)",
                        "raster.csv:3: column \"Beginn\": \"20x3\" is not a year",
                        "raster.csv:4: column \"Akteur\": empty: every activity needs its lead actor",
                        "raster.csv:4: column \"Aktivität\": empty: every row needs the activity's title",
                        "raster.csv:5: column \"Ende\": ends (2013) before it begins (2014)",
                    });
}

TEST_CASE("good rows are applied even when others are rejected", "[io][raster]") {
  const RasterImport r = importRaster(rasterProject(), grid({{"Akteur", "Aktivität", "Lebensphasen"},
                                                             {"AWO Ortsverein", "Gut", "kita"},
                                                             {"AWO Ortsverein", "Schlecht", "Studium"}}));
  CHECK(r.rows == 2);
  CHECK(r.rejectedRows == 1);
  CHECK(r.activitiesCreated == 1);
  CHECK(r.project.activities.back().title == "Gut");
}

TEST_CASE("headers: extra columns are warnings, required ones missing are fatal, duplicate IDs are errors", "[io][raster]") {
  const RasterImport extra =
      importRaster(rasterProject(), grid({{"Akteur", "Aktivität", "Bemerkung"}, {"AWO Ortsverein", "X", "egal"}}));
  REQUIRE(extra.problems.size() == 1);
  CHECK(describe(extra.problems[0], "g.csv") == "g.csv:1: warning: column \"Bemerkung\": unknown column, ignored");
  CHECK(extra.activitiesCreated == 1);

  const RasterImport missing = importRaster(rasterProject(), grid({{"Akteur", "Titel"}, {"AWO", "X"}}));
  CHECK(missing.fatal);
  CHECK(describe(missing.problems.back(), "g.csv") == "g.csv:1: required column \"Aktivität\" is missing");

  CHECK(importRaster(rasterProject(), CellTable{}).fatal);

  const RasterImport twice = importRaster(
      rasterProject(), grid({{"ID", "Akteur", "Aktivität"}, {"neu", "AWO Ortsverein", "A"}, {"neu", "AWO Ortsverein", "B"}}));
  CHECK(twice.activitiesCreated == 1);
  CHECK(twice.rejectedRows == 1);
  CHECK(describe(twice.problems[0], "g.csv") == "g.csv:3: column \"ID\": ID \"neu\" appears twice in the grid");
}

TEST_CASE("new ids never collide with existing ones", "[io][raster]") {
  const RasterImport r = importRaster(rasterProject(), grid({{"Akteur", "Aktivität"},
                                                             {"AWO Ortsverein", "Sprachcafe"},
                                                             {"AWO Ortsverein", "Sprachcafé"},
                                                             {"Äpfel & Birnen e.V.", "!!!"}}));
  REQUIRE(r.problems.empty());
  REQUIRE(r.project.activities.size() == 4);
  CHECK(r.project.activities[1].id.value == "sprachcafe-2");  // "sprachcafe" is taken by the project
  CHECK(r.project.activities[2].id.value == "sprachcafe-3");
  CHECK(r.project.activities[3].id.value == "item");
  CHECK(r.project.actors.back().id.value == "aepfel-birnen-e-v");
}

TEST_CASE("an ID never overwrites an activity the same grid created", "[io][raster]") {
  // "Foo" gets an id made from its title; the next row's explicit ID "foo" must not replace it.
  const RasterImport r = importRaster(rasterProject(), grid({{"ID", "Akteur", "Aktivität"},
                                                             {"", "AWO Ortsverein", "Foo"},
                                                             {"foo", "VHS Hattingen", "Bar"}}));
  REQUIRE(r.problems.empty());
  CHECK(r.activitiesCreated == 2);
  CHECK(r.activitiesUpdated == 0);
  REQUIRE(r.project.activities.size() == 3);
  CHECK(r.project.activities[1].id.value == "foo-2");
  CHECK(r.project.activities[1].title == "Foo");
  CHECK(r.project.activities[2].id.value == "foo");
  CHECK(r.project.activities[2].title == "Bar");
}

TEST_CASE("IDs are trimmed and match the project's ignoring case; duplicates likewise", "[io][raster]") {
  const RasterImport r = importRaster(rasterProject(), grid({{"ID", "Akteur", "Aktivität"},
                                                             {" SprachCafe ", "AWO Ortsverein", "Neu betitelt"}}));
  REQUIRE(r.problems.empty());
  CHECK(r.activitiesUpdated == 1);
  REQUIRE(r.project.activities.size() == 1);
  CHECK(r.project.activities[0].id.value == "sprachcafe");
  CHECK(r.project.activities[0].title == "Neu betitelt");

  const RasterImport twice = importRaster(
      rasterProject(), grid({{"ID", "Akteur", "Aktivität"}, {"neu", "AWO Ortsverein", "A"}, {"NEU ", "AWO Ortsverein", "B"}}));
  CHECK(twice.rejectedRows == 1);
}

TEST_CASE("an actor type in the grid is applied to an existing lead actor", "[io][raster]") {
  const RasterImport r = importRaster(rasterProject(), grid({{"Akteur", "Akteurstyp", "Aktivität"},
                                                             {"VHS Hattingen", "Verein", "Kurs"},
                                                             {"AWO Ortsverein", "Wohlfahrtsverband", "Treff"}}));
  REQUIRE(r.problems.empty());
  CHECK(r.actorsUpdated == 1);  // the AWO already is a welfare organisation
  CHECK(r.project.actors[1].type == ActorType::Association);
  CHECK(r.project.actors[0].type == ActorType::WelfareOrganisation);
}
