// The one table of the actors' grid's columns (io/actor_grid_columns.hpp): its headers and
// accepted names, and that the CSV export and the import both go through it, so that a value
// read out by the table is the cell written, and a written grid reads back into the actors.
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "fixtures.hpp"
#include "io/actor_grid_columns.hpp"
#include "io/actor_grid_import.hpp"
#include "io/csv_reader.hpp"
#include "io/raster_export.hpp"
#include "text/name_matching.hpp"

using namespace knp;

namespace {

// An actor with every field of the grid set; its name is its own (no other actor reads the same),
// so the export writes the name, not the id.
Actor fullActor() {
  Actor a;
  a.id = ActorId("awo");
  a.name = "AWO Ortsverein";
  a.type = ActorType::WelfareOrganisation;
  a.selfDescription = "Beratung; Begegnung";
  a.contact.person = "Frau Ölmez";
  a.contact.address = "Markt 1, 45525 Hattingen";
  a.contact.phone = "02324 1";
  a.contact.email = "awo@example.org";
  a.contact.web = "https://awo.example";
  return a;
}

CellTable parsedCsv(const std::string& csv) {
  Outcome<CsvTable> parsed = parseCsv(csv);
  REQUIRE(parsed.ok());
  return std::move(parsed).value().table;
}

}  // namespace

TEST_CASE("actor grid columns: the headers in grid order", "[io][grid][actorgridcolumns]") {
  std::vector<std::string> headers;
  for (const ActorGridColumn& column : actorGridColumns()) headers.emplace_back(column.header);
  CHECK(headers == std::vector<std::string>{"Akteur", "Akteurstyp", "Selbstdarstellung", "Ansprechperson", "Adresse",
                                            "Telefon", "E-Mail", "Web"});
  REQUIRE_FALSE(actorGridColumns().empty());
  CHECK(actorGridColumns().front().role == ActorGridRole::Key);
  CHECK(actorGridColumns()[1].role == ActorGridRole::Type);
  for (std::size_t c = 2; c < actorGridColumns().size(); ++c) CHECK(actorGridColumns()[c].role == ActorGridRole::Text);
}

TEST_CASE("actor grid columns: every accepted name belongs to one column, its own header among them",
          "[io][grid][actorgridcolumns]") {
  std::set<std::string_view> seen;
  for (const ActorGridColumn& column : actorGridColumns()) {
    INFO(column.header);
    bool acceptsItsHeader = false;
    for (std::string_view name : column.names) {
      if (name.empty()) continue;
      CHECK(seen.insert(name).second);
      CHECK(normaliseName(std::string(name)) == name);  // stored normalised
      acceptsItsHeader = acceptsItsHeader || name == normaliseName(std::string(column.header));
    }
    CHECK(acceptsItsHeader);
    CHECK(column.xlsxWidth > 0);
  }
  // A few of the names a grid from elsewhere may use, found through the table as the import does.
  CHECK(knownColumnOf("Ansprechpartner", actorGridColumns()) == 3u);
  CHECK(knownColumnOf("Actor Type", actorGridColumns()) == 1u);
  CHECK(knownColumnOf("INTERNET", actorGridColumns()) == 7u);
  CHECK_FALSE(knownColumnOf("Aktivität", actorGridColumns()));
}

TEST_CASE("actor grid columns: the values read out are the CSV cells written", "[io][grid][actorgridcolumns]") {
  Project p;
  p.actors.push_back(fullActor());
  const std::string csv = writeActorGridCsv(p);
  // Hand-written: ';' and ',' make a cell quoted.
  CHECK(csv ==
        "\xEF\xBB\xBF"
        "Akteur;Akteurstyp;Selbstdarstellung;Ansprechperson;Adresse;Telefon;E-Mail;Web\r\n"
        "AWO Ortsverein;Wohlfahrtsverband;\"Beratung; Begegnung\";Frau Ölmez;\"Markt 1, 45525 Hattingen\";02324 1;"
        "awo@example.org;https://awo.example\r\n");

  std::vector<std::string> values;
  for (const ActorGridColumn& column : actorGridColumns()) values.push_back(column.value(p.actors.front()));
  const CellTable table = parsedCsv(csv);
  REQUIRE(table.rows.size() == 2);
  CHECK(table.rows[1] == values);
  CHECK(values == std::vector<std::string>{"AWO Ortsverein", "Wohlfahrtsverband", "Beratung; Begegnung", "Frau Ölmez",
                                           "Markt 1, 45525 Hattingen", "02324 1", "awo@example.org",
                                           "https://awo.example"});
}

TEST_CASE("actor grid columns: what a column reads out, it stores back", "[io][grid][actorgridcolumns]") {
  const Actor full = fullActor();
  Actor blank;
  blank.id = full.id;
  for (const ActorGridColumn& column : actorGridColumns()) {
    INFO(column.header);
    const std::string cell = column.value(full);
    REQUIRE_FALSE(column.problemWith(cell));
    column.store(blank, cell);
  }
  CHECK(blank == full);
}

TEST_CASE("actor grid columns: the Key and the type refuse what the import refuses", "[io][grid][actorgridcolumns]") {
  const ActorGridColumn& key = actorGridColumns()[0];
  const ActorGridColumn& type = actorGridColumns()[1];
  CHECK(key.problemWith(" ") == "empty: every row needs the actor's name");
  CHECK_FALSE(key.problemWith("AWO"));
  CHECK(type.problemWith("Volkshochschule") == "unknown actor type \"Volkshochschule\"");
  CHECK_FALSE(type.problemWith(""));  // blank keeps the type
  CHECK_FALSE(type.problemWith("school"));
  Actor a;
  a.type = ActorType::Kita;
  type.store(a, "");
  CHECK(a.type == ActorType::Kita);
  type.store(a, "Schule");
  CHECK(a.type == ActorType::School);
  for (std::size_t c = 2; c < actorGridColumns().size(); ++c) CHECK_FALSE(actorGridColumns()[c].problemWith(""));
}

TEST_CASE("actor grid columns: a written grid reads back into actors with their fields cleared",
          "[io][grid][actorgridcolumns]") {
  Project original = test::smallProject();
  original.actors.push_back(fullActor());
  Project cleared = original;
  for (Actor& a : cleared.actors) {
    a.type = ActorType::Other;
    a.selfDescription.clear();
    a.contact = {};
  }
  REQUIRE_FALSE(cleared == original);
  const RasterImport r = importActorGrid(cleared, parsedCsv(writeActorGridCsv(original)));
  CHECK_FALSE(r.fatal);
  CHECK(r.problems.empty());
  CHECK(r.rows == original.actors.size());
  CHECK(r.actorsUpdated == original.actors.size());
  CHECK(r.actorsCreated == 0);
  CHECK(r.project == original);
}
