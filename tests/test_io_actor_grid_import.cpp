// The actors' grid (self-description and address directory) into a project.
#include <catch2/catch.hpp>

#include "io/actor_grid_import.hpp"
#include "project_builder.hpp"

using namespace knp;

namespace {

CellTable grid(std::vector<std::vector<std::string>> rows) {
  CellTable table;
  table.rows = std::move(rows);
  for (std::size_t i = 0; i < table.rows.size(); ++i) table.sourceLine.push_back(i + 1);
  return table;
}

Project twoActors() {
  Project p = test::ProjectBuilder().actor("awo", ActorType::WelfareOrganisation).actor("vhs").build();
  p.actors[0].name = "AWO Ortsverein";
  p.actors[0].contact.phone = "02324 1";
  p.actors[0].selfDescription = "alt";
  return p;
}

}  // namespace

TEST_CASE("actors' grid: rows update actors by name or id and create unknown ones", "[io][grid]") {
  const RasterImport r = importActorGrid(
      twoActors(), grid({{"Akteur", "Akteurstyp", "Selbstdarstellung", "Ansprechperson", "E-Mail", "Notiz"},
                         {"awo ortsverein", "", "Beratung und Begegnung", "Frau B.", "awo@example.org", "x"},
                         {"Türkischer Elternverein", "Migrantenselbstorganisation", "", "", "", ""}}));
  CHECK_FALSE(r.fatal);
  REQUIRE(r.problems.size() == 1);  // the unknown column "Notiz"
  CHECK(r.problems[0].severity == Severity::Warning);
  CHECK(r.actorsUpdated == 1);
  CHECK(r.actorsCreated == 1);
  const Actor& awo = r.project.actors[0];
  CHECK(awo.type == ActorType::WelfareOrganisation);  // empty type keeps it
  CHECK(awo.selfDescription == "Beratung und Begegnung");
  CHECK(awo.contact.person == "Frau B.");
  CHECK(awo.contact.email == "awo@example.org");
  CHECK(awo.contact.phone == "02324 1");  // no Telefon column: kept
  const Actor& fresh = r.project.actors[2];
  CHECK(fresh.id.value == "tuerkischer-elternverein");
  CHECK(fresh.type == ActorType::MigrantOrganisation);
  CHECK(fresh.selfDescription.empty());
}

TEST_CASE("actors' grid: unknown type, empty name and a second row for one actor are row errors", "[io][grid]") {
  const Project before = twoActors();
  const RasterImport r = importActorGrid(before, grid({{"Akteur", "Akteurstyp", "Telefon"},
                                                       {"vhs", "Volkshochschule", "1"},
                                                       {"", "", "2"},
                                                       {"AWO Ortsverein", "", "3"},
                                                       {"awo", "", "4"}}));
  CHECK(r.rejectedRows == 3);
  CHECK(r.actorsUpdated == 1);
  CHECK(r.project.actors[0].contact.phone == "3");  // the first row for the AWO counts
  std::vector<std::string> messages;
  for (const RasterProblem& p : r.problems) messages.push_back(describe(p, "a.csv"));
  CHECK(messages == std::vector<std::string>{
                        "a.csv:2: column \"Akteurstyp\": unknown actor type \"Volkshochschule\"",
                        "a.csv:3: column \"Akteur\": empty: every row needs the actor's name",
                        "a.csv:5: column \"Akteur\": \"awo\" has a row above already",
                    });
  CHECK(importActorGrid(before, grid({{"Name", "Telefon"}})).fatal);
}

TEST_CASE("an unknown actor type gets the type it likely means, in both grids", "[io][grid]") {
  const RasterImport actors =
      importActorGrid(twoActors(), grid({{"Akteur", "Akteurstyp"}, {"AWO Ortsverein", "Religionsgemeinschaft"}}));
  REQUIRE(actors.problems.size() == 1);
  CHECK(describe(actors.problems[0], "a.csv") ==
        "a.csv:2: column \"Akteurstyp\": unknown actor type \"Religionsgemeinschaft\" (did you mean "
        "\"Kirche/Religionsgemeinschaft\"?)");
  const RasterImport raster =
      importRaster(twoActors(), grid({{"Akteur", "Akteurstyp", "Aktivität"}, {"Neu", "Kirche", "Treffen"}}));
  REQUIRE_FALSE(raster.problems.empty());
  CHECK(describe(raster.problems[0], "r.csv") ==
        "r.csv:2: column \"Akteurstyp\": unknown actor type \"Kirche\" (did you mean \"Kirche/Religionsgemeinschaft\"?)");
}

TEST_CASE("the kind of grid follows its headers", "[io][grid]") {
  CHECK(gridKindOf(grid({{"Akteur", "Aktivität", "Telefon"}})) == GridKind::Activities);
  CHECK(gridKindOf(grid({{"Akteur", "Selbstdarstellung"}})) == GridKind::Actors);
  CHECK(gridKindOf(grid({{"AKTEUR", "e-mail"}})) == GridKind::Actors);
  CHECK(gridKindOf(grid({{"Akteur", "Akteurstyp"}})) == GridKind::Activities);  // reported as lacking Aktivität
  CHECK(gridKindOf(CellTable{}) == GridKind::Activities);
  const RasterImport viaGrid = importGrid(twoActors(), grid({{"Akteur", "Web"}, {"Neu", "https://neu.example"}}));
  CHECK(viaGrid.actorsCreated == 1);
  CHECK(viaGrid.project.actors.back().contact.web == "https://neu.example");
}
