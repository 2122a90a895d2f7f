// The grids written out as CSV for German Excel: bytes (BOM, ';', CRLF, quoting), formula
// neutralisation, and the round trip through parseCsv and the imports.
//
// What "round trip" compares: the whole Project, not only the activities. importRaster into the
// project without its activities must give back every activity equal (id, title, description,
// lead, partners, fields, goals, life phases, status, years, and their order) and must not
// create or change any actor on the way, which only the whole project shows. The update path
// (the yearly Raster, rows with IDs over existing activities) is checked the same way, with
// every activity emptied first. The actors' grid can only be read back over the actors it came
// from (a created actor gets an id made from its name and no memberships), so it is checked
// over the project with every actor's type, self-description and contact emptied.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "embedded_data.hpp"
#include "fixtures.hpp"
#include "io/actor_grid_import.hpp"
#include "io/csv_reader.hpp"
#include "io/project_json.hpp"
#include "io/grid_values.hpp"
#include "io/raster_export.hpp"
#include "io/raster_import.hpp"
#include "project_builder.hpp"
#include "town_project.hpp"

using namespace knp;

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kRasterHeaderLine =
    "ID;Akteur;Akteurstyp;Aktivität;Beschreibung;Handlungsfeld;Ziele;Lebensphasen;Partner;Status;Beginn;Ende\r\n";
constexpr std::string_view kActorHeaderLine =
    "Akteur;Akteurstyp;Selbstdarstellung;Ansprechperson;Adresse;Telefon;E-Mail;Web\r\n";

CellTable parsed(const std::string& csv) {
  const Outcome<CsvTable> result = parseCsv(csv);
  REQUIRE(result.ok());
  const CsvTable& table = result.value();
  CHECK(table.delimiter == ';');
  CHECK(table.encoding == TextEncoding::Utf8WithBom);
  return table.table;
}

RasterImport imported(const Project& into, const CellTable& table) {
  RasterImport r = importGrid(into, table);
  INFO((r.problems.empty() ? std::string() : describe(r.problems.front(), "export.csv")));
  CHECK(r.problems.empty());
  CHECK_FALSE(r.fatal);
  CHECK(r.rejectedRows == 0);
  CHECK(r.actorsCreated == 0);
  return r;
}

// Field by field, so that a failure names the activity and the field.
void checkSameActivities(const std::vector<Activity>& got, const std::vector<Activity>& want) {
  REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    INFO("activity " << want[i].id.value);
    CHECK(got[i].id == want[i].id);
    CHECK(got[i].title == want[i].title);
    CHECK(got[i].description == want[i].description);
    CHECK(got[i].lead == want[i].lead);
    CHECK(got[i].partners == want[i].partners);
    CHECK(got[i].fields == want[i].fields);
    CHECK(got[i].goals == want[i].goals);
    CHECK(got[i].lifePhases == want[i].lifePhases);
    CHECK(got[i].status == want[i].status);
    CHECK(got[i].startYear == want[i].startYear);
    CHECK(got[i].endYear == want[i].endYear);
  }
}

void checkSameActors(const std::vector<Actor>& got, const std::vector<Actor>& want) {
  REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    INFO("actor " << want[i].id.value);
    CHECK(got[i].id == want[i].id);
    CHECK(got[i].name == want[i].name);
    CHECK(got[i].type == want[i].type);
    CHECK(got[i].selfDescription == want[i].selfDescription);
    CHECK(got[i].contact == want[i].contact);
    CHECK(got[i].memberships == want[i].memberships);
  }
}

// The Raster read back into the project without activities: they come back as created.
void checkRasterRoundTrip(const Project& original) {
  Project empty = original;
  empty.activities.clear();
  const RasterImport r = imported(empty, parsed(writeRasterCsv(original)));
  CHECK(r.activitiesCreated == original.activities.size());
  checkSameActivities(r.project.activities, original.activities);
  CHECK(r.project == original);
}

// The Raster read back over the same activities with all their values emptied or changed.
void checkRasterUpdateRoundTrip(const Project& original) {
  Project blank = original;
  for (Activity& a : blank.activities) {
    a.title = "?";
    a.description.clear();
    a.lead = ActorId("nobody");
    a.partners.clear();
    a.fields.clear();
    a.goals.clear();
    a.lifePhases.clear();
    a.status = a.status == ActivityStatus::Running ? ActivityStatus::Planned : ActivityStatus::Running;
    a.startYear.reset();
    a.endYear.reset();
  }
  const RasterImport r = imported(blank, parsed(writeRasterCsv(original)));
  CHECK(r.activitiesUpdated == original.activities.size());
  CHECK(r.activitiesCreated == 0);
  checkSameActivities(r.project.activities, original.activities);
  CHECK(r.project == original);
}

// The actors' grid read back over the actors with type, self-description and contact emptied.
void checkActorGridRoundTrip(const Project& original) {
  Project blank = original;
  for (Actor& a : blank.actors) {
    a.type = a.type == ActorType::Other ? ActorType::Association : ActorType::Other;
    a.selfDescription.clear();
    a.contact = {};
  }
  const CellTable table = parsed(writeActorGridCsv(original));
  REQUIRE(gridKindOf(table) == GridKind::Actors);
  const RasterImport r = imported(blank, table);
  CHECK(r.actorsUpdated == original.actors.size());
  checkSameActors(r.project.actors, original.actors);
  CHECK(r.project == original);
}

Project embeddedExample() {
  const LoadResult loaded = parseProjectJson(embeddedExampleJson());
  REQUIRE(loaded.project);
  return *loaded.project;
}

// Names that cannot all be written as they are:
//
//   fields   f1 "Bildung"   f2 "Bildung" (the look-up finds f1)   f3 "f1" (reads as f1's id)
//   goals    g1 "Sprache | Kultur" ('|' splits it)   g2 "Teilhabe"
//   phases   p1 "Kita (3–6)"   p2 "" (nothing to find)
//   actors   plus "+Plus e.V." (neutralised at the start of a cell)
//            awo  "AWO; Ortsverein "Mitte"" (quoted, fine)
//            zz   "Zeile⏎Zwei" (splits a multi-value cell; one value in Akteur)
//
//   activity  lead  partners    fields      goals   phases  status         years
//   a1        plus  awo, zz     f1 f2 f3    g1 g2   p1 p2   planned        2020–2022
//   a2        zz    plus, awo   f2          g2      –       finished       –
//   a3        awo   zz, plus    –           –       p1      running        2015–
Project awkwardNames() {
  using enum ActivityStatus;
  Project p = test::ProjectBuilder()
                  .field("f1")
                  .field("f2")
                  .field("f3")
                  .phase("p1", 1)
                  .phase("p2", 2)
                  .concept_("ik")
                  .goal("g1", "ik", {"f1"})
                  .goal("g2", "ik", {"f1"})
                  .actor("plus")
                  .actor("awo", ActorType::WelfareOrganisation)
                  .actor("zz", ActorType::MigrantOrganisation)
                  .activity("a1", "plus", {"awo", "zz"}, {"f1", "f2", "f3"}, {"g1", "g2"}, {"p1", "p2"}, Planned, 2020,
                            2022)
                  .activity("a2", "zz", {"plus", "awo"}, {"f2"}, {"g2"}, {}, Finished)
                  .activity("a3", "awo", {"zz", "plus"}, {}, {}, {"p1"}, Running, 2015)
                  .build();
  p.fields[0].name = "Bildung";
  p.fields[1].name = "Bildung";
  p.fields[2].name = "f1";
  p.goals[0].title = "Sprache | Kultur";
  p.goals[1].title = "Teilhabe";
  p.lifePhases[0].name = "Kita (3–6)";
  p.lifePhases[1].name = "";
  p.actors[0].name = "+Plus e.V.";
  p.actors[1].name = "AWO; Ortsverein \"Mitte\"";
  p.actors[2].name = "Zeile\nZwei";
  p.activities[0].title = "  Sprachcafé  ";
  p.activities[0].description = "Treffen; \"offen\"\nfür alle";
  return p;
}

}  // namespace

TEST_CASE("raster export: an empty project gives the header alone, with BOM and CRLF", "[io][rasterexport]") {
  const Project empty;
  CHECK(writeRasterCsv(empty) == std::string(kBom) + std::string(kRasterHeaderLine));
  CHECK(writeActorGridCsv(empty) == std::string(kBom) + std::string(kActorHeaderLine));

  const CellTable raster = parsed(writeRasterCsv(empty));
  REQUIRE(raster.rows.size() == 1);
  CHECK(raster.rows[0].size() == 12);
  CHECK(raster.rows[0][3] == "Aktivität");
  const RasterImport r = imported(empty, raster);
  CHECK(r.rows == 0);
  CHECK(r.project == empty);
  CHECK(gridKindOf(parsed(writeActorGridCsv(empty))) == GridKind::Actors);
}

TEST_CASE("raster export: every record ends in CRLF, the file starts with the BOM", "[io][rasterexport]") {
  // One activity sprachcafe (lead awo, partner vhs, field bildung, goal g1, phase kita, running 2012).
  Project p = test::ProjectBuilder()
                  .field("bildung")
                  .phase("kita", 1)
                  .concept_("ik")
                  .goal("g1", "ik", {"bildung"})
                  .actor("awo", ActorType::WelfareOrganisation)
                  .actor("vhs", ActorType::EducationProvider)
                  .activity("sprachcafe", "awo", {"vhs"}, {"bildung"}, {"g1"}, {"kita"}, ActivityStatus::Running, 2012)
                  .build();
  p.fields[0].name = "Bildung und Kultur";
  p.goals[0].title = "Sprache fördern";
  p.actors[0].name = "AWO Ortsverein";
  p.activities[0].title = "Sprachcafé";
  CHECK(writeRasterCsv(p) == std::string(kBom) + std::string(kRasterHeaderLine) +
                                 "sprachcafe;AWO Ortsverein;Wohlfahrtsverband;Sprachcafé;;Bildung und Kultur;"
                                 "Sprache fördern;kita;vhs;laufend;2012;\r\n");
  CHECK(writeActorGridCsv(p) == std::string(kBom) + std::string(kActorHeaderLine) +
                                    "AWO Ortsverein;Wohlfahrtsverband;;;;;;\r\n"
                                    "vhs;Bildungsträger;;;;;;\r\n");
}

TEST_CASE("raster export: formulas are neutralised by a leading apostrophe", "[io][rasterexport]") {
  CHECK(neutraliseFormula("=SUM(A1)") == "'=SUM(A1)");
  CHECK(neutraliseFormula("+1") == "'+1");
  CHECK(neutraliseFormula("-x") == "'-x");
  CHECK(neutraliseFormula("@cmd") == "'@cmd");
  CHECK(neutraliseFormula("\tfoo") == "'\tfoo");
  CHECK(neutraliseFormula("\rfoo") == "'\rfoo");
  CHECK(neutraliseFormula("\nfoo") == "'\nfoo");  // a CR in a quoted cell reads back as LF
  // Apostrophes already there: one more, so that the import's rule can take exactly one off.
  CHECK(neutraliseFormula("'=x") == "''=x");
  CHECK(neutraliseFormula("''+1") == "'''+1");
  // Harmless starts stay as they are.
  CHECK(neutraliseFormula("") == "");
  CHECK(neutraliseFormula("'") == "'");
  CHECK(neutraliseFormula("'s Gravenhage") == "'s Gravenhage");
  CHECK(neutraliseFormula("a=b") == "a=b");
  CHECK(neutraliseFormula(" =1") == " =1");
  CHECK(neutraliseFormula("Sprachcafé") == "Sprachcafé");
  CHECK(neutraliseFormula("2012") == "2012");

  // In the written file, after quoting: the tab cell is quoted for its tab.
  Project p = test::ProjectBuilder().actor("a").build();
  p.actors[0].name = "Verein";
  p.actors[0].selfDescription = "=SUM(A1)";
  p.actors[0].contact.person = "-x";
  p.actors[0].contact.address = "\tHof";
  p.actors[0].contact.phone = "+49 2324 1";
  p.actors[0].contact.email = "@cmd";
  CHECK(writeActorGridCsv(p) == std::string(kBom) + std::string(kActorHeaderLine) +
                                    "Verein;Verein;'=SUM(A1);'-x;\"'\tHof\";'+49 2324 1;'@cmd;\r\n");
}

TEST_CASE("raster export: cells with ; \" line breaks, commas, tabs or edge spaces are quoted", "[io][rasterexport]") {
  Project p = test::ProjectBuilder().actor("a").build();
  p.actors[0].name = "Sprachtreff";
  p.actors[0].selfDescription = "a;b";
  p.actors[0].contact.person = "Frau \"K.\"";
  p.actors[0].contact.address = "Zeile 1\r\nZeile 2\rZeile 3";  // CRLF and CR as LF
  p.actors[0].contact.phone = " 02324 1 ";
  p.actors[0].contact.email = "x,y";
  p.actors[0].contact.web = "a\tb";
  const std::string csv = writeActorGridCsv(p);
  CHECK(csv == std::string(kBom) + std::string(kActorHeaderLine) +
                   "Sprachtreff;Verein;\"a;b\";\"Frau \"\"K.\"\"\";\"Zeile 1\nZeile 2\nZeile 3\";\" 02324 1 \";"
                   "\"x,y\";\"a\tb\"\r\n");

  const CellTable table = parsed(csv);
  REQUIRE(table.rows.size() == 2);
  CHECK(table.rows[1] == std::vector<std::string>{"Sprachtreff", "Verein", "a;b", "Frau \"K.\"",
                                                  "Zeile 1\nZeile 2\nZeile 3", " 02324 1 ", "x,y", "a\tb"});
  // Everything comes back, the line breaks as LF.
  Project expected = p;
  expected.actors[0].contact.address = "Zeile 1\nZeile 2\nZeile 3";
  Project blank = p;
  blank.actors[0].selfDescription.clear();
  blank.actors[0].contact = {};
  CHECK(imported(blank, table).project == expected);
}

TEST_CASE("raster export: items by name, by id where the name would come back as another", "[io][rasterexport]") {
  const Project p = awkwardNames();
  const std::string csv = writeRasterCsv(p);
  CHECK(csv.substr(kBom.size() + kRasterHeaderLine.size()).starts_with(
      "a1;plus;Verein;\"  Sprachcafé  \";\"Treffen; \"\"offen\"\"\nfür alle\";Bildung | f2 | f3;g1 | Teilhabe;"
      "Kita (3–6) | p2;\"AWO; Ortsverein \"\"Mitte\"\" | zz\";geplant;2020;2022\r\n"));
  const CellTable table = parsed(csv);
  REQUIRE(table.rows.size() == 4);
  // a2: zz leads under its name (Akteur is one value); plus opens the partners and goes by id.
  CHECK(table.rows[2] == std::vector<std::string>{"a2", "Zeile\nZwei", "Migrantenselbstorganisation", "a2", "", "f2",
                                                  "Teilhabe", "", "plus | AWO; Ortsverein \"Mitte\"",
                                                  "abgeschlossen"});
  // a3: plus later in the cell keeps its name.
  CHECK(table.rows[3] == std::vector<std::string>{"a3", "AWO; Ortsverein \"Mitte\"", "Wohlfahrtsverband", "a3", "", "",
                                                  "", "Kita (3–6)", "zz | +Plus e.V.", "laufend", "2015"});
  checkRasterRoundTrip(p);
  checkRasterUpdateRoundTrip(p);

  const CellTable actors = parsed(writeActorGridCsv(p));
  REQUIRE(actors.rows.size() == 4);
  CHECK(actors.rows[1][0] == "plus");
  CHECK(actors.rows[2][0] == "AWO; Ortsverein \"Mitte\"");
  CHECK(actors.rows[3][0] == "Zeile\nZwei");
  checkActorGridRoundTrip(p);
}

TEST_CASE("raster export: a dangling reference is written as its id", "[io][rasterexport]") {
  Project p = test::ProjectBuilder().actor("awo").activity("x", "gone", {"awo"}, {"nofield"}, {}, {}).build();
  const CellTable table = parsed(writeRasterCsv(p));
  REQUIRE(table.rows.size() == 2);
  CHECK(table.rows[1] == std::vector<std::string>{"x", "gone", "", "x", "", "nofield", "", "", "awo", "laufend"});
}

TEST_CASE("raster export: builder projects come back equal through the Raster", "[io][rasterexport]") {
  SECTION("the town") {
    checkRasterRoundTrip(test::townProject());
    checkRasterUpdateRoundTrip(test::townProject());
  }
  SECTION("the small project, umlauts included") {
    checkRasterRoundTrip(test::smallProject());
    checkRasterUpdateRoundTrip(test::smallProject());
  }
  SECTION("every status, open and closed years") {
    using enum ActivityStatus;
    const Project p = test::ProjectBuilder()
                          .actor("a")
                          .activity("planned", "a", {}, {}, {}, {}, Planned, 2030)
                          .activity("running", "a", {}, {}, {}, {}, Running, std::nullopt, 2200)
                          .activity("finished", "a", {}, {}, {}, {}, Finished, 1900, 1900)
                          .build();
    checkRasterRoundTrip(p);
    checkRasterUpdateRoundTrip(p);
  }
}

TEST_CASE("raster export: the embedded example comes back equal through the Raster", "[io][rasterexport]") {
  const Project example = embeddedExample();
  REQUIRE(example.activities.size() > 100);
  checkRasterRoundTrip(example);
  checkRasterUpdateRoundTrip(example);
}

TEST_CASE("raster export: the actors' grid comes back equal", "[io][rasterexport]") {
  SECTION("the town") { checkActorGridRoundTrip(test::townProject()); }
  SECTION("the small project, contact and umlauts included") { checkActorGridRoundTrip(test::smallProject()); }
  SECTION("the embedded example") { checkActorGridRoundTrip(embeddedExample()); }
  SECTION("every actor type by its German label") {
    test::ProjectBuilder builder;
    for (const auto& entry : kActorTypeNames) builder.actor(entry.name.data(), entry.value);
    checkActorGridRoundTrip(builder.build());
  }
}

TEST_CASE("raster export: the actors' grid without contact data has no such columns, and reads back keeping them",
          "[io][rasterexport]") {
  const Project original = test::smallProject();
  REQUIRE_FALSE(original.actors[0].contact.email.empty());  // the fixture has contact data
  const Grid grid = actorGrid(original, ContactData::Omit);
  CHECK(grid.front() == std::vector<std::string>{"Akteur", "Akteurstyp", "Selbstdarstellung"});
  for (const auto& row : grid) CHECK(row.size() == 3);
  const std::string csv = writeActorGridCsv(original, ContactData::Omit);
  CHECK(csv.find(original.actors[0].contact.email) == std::string::npos);
  // An actor sends it back with a new self-description: their contact data stay as they were.
  Project expected = original;
  expected.actors[0].selfDescription = "Neu beschrieben";
  const CellTable table = parsed(writeActorGridCsv(expected, ContactData::Omit));
  REQUIRE(gridKindOf(table) == GridKind::Actors);
  const RasterImport r = imported(original, table);
  CHECK(r.project == expected);
  CHECK(r.project.actors[0].contact == original.actors[0].contact);
}

TEST_CASE("raster export: grids read back unedited count every row as unchanged", "[io][rasterexport]") {
  const Project example = embeddedExample();
  const RasterImport activities = imported(example, parsed(writeRasterCsv(example)));
  CHECK(activities.activitiesUnchanged == example.activities.size());
  CHECK(activities.activitiesUpdated == 0);
  CHECK(activities.activitiesCreated == 0);
  CHECK(activities.actorsUpdated == 0);
  CHECK(activities.project == example);
  const RasterImport actors = imported(example, parsed(writeActorGridCsv(example)));
  CHECK(actors.actorsUnchanged == example.actors.size());
  CHECK(actors.actorsUpdated == 0);
  // One edited row among them: one updated, the rest unchanged.
  Project edited = example;
  edited.activities[3].title += " (neu)";
  const RasterImport one = imported(example, parsed(writeRasterCsv(edited)));
  CHECK(one.activitiesUpdated == 1);
  CHECK(one.activitiesUnchanged == example.activities.size() - 1);
}

TEST_CASE("raster export: formula-guarded cells come back as they were", "[io][rasterexport]") {
  // Cells that start with a trigger, in both grids.
  Project p = test::ProjectBuilder().actor("awo").activity("x", "awo", {}, {}, {}, {}).build();
  p.actors[0].name = "AWO";
  p.actors[0].contact.phone = "+49 2324 1";
  p.actors[0].selfDescription = "-";
  p.activities[0].title = "@Treff";
  p.activities[0].description = "=SUM(A1)";

  Project noActivities = p;
  noActivities.activities.clear();
  const CellTable raster = parsed(writeRasterCsv(p));
  CHECK(raster.rows[1][3] == "'@Treff");
  CHECK(raster.rows[1][4] == "'=SUM(A1)");
  Project noDetails = p;
  noDetails.actors[0].contact = {};
  noDetails.actors[0].selfDescription.clear();
  const CellTable actors = parsed(writeActorGridCsv(p));

  SECTION("the import strips the guard: the round trip is exact") {
    const RasterImport activities = imported(noActivities, raster);
    const Activity& a = activities.project.activities.at(0);
    CHECK(a.title == "@Treff");
    CHECK(a.description == "=SUM(A1)");
    const RasterImport details = imported(noDetails, actors);
    const Actor& awo = details.project.actors.at(0);
    CHECK(awo.contact.phone == "+49 2324 1");
    CHECK(awo.selfDescription == "-");
    CHECK(imported(noActivities, raster).project == p);
    CHECK(imported(noDetails, actors).project == p);
  }
  SECTION("removeFormulaGuard inverts neutraliseFormula for every start") {
    for (const std::string text : {"", "'", "''", "'s Gravenhage", "=SUM(A1)", "+1", "-x", "@cmd", "\tx", "\rx", "\nx",
                                   "'=x", "''-x", "'\tx", "' =x", " =x", "a=b", "'a"}) {
      INFO("cell: " << text);
      CHECK(removeFormulaGuard(neutraliseFormula(text)) == text);
    }
  }
  SECTION("through the file, a value that already starts with an apostrophe survives") {
    Project q = p;
    q.activities[0].description = "'=nicht rechnen";
    q.actors[0].contact.person = "'s Gravenhage";
    Project qNoActivities = q;
    qNoActivities.activities.clear();
    CHECK(parsed(writeRasterCsv(q)).rows[1][4] == "''=nicht rechnen");
    CHECK(imported(qNoActivities, parsed(writeRasterCsv(q))).project == q);
    Project qNoDetails = q;
    qNoDetails.actors[0].contact = {};
    qNoDetails.actors[0].selfDescription.clear();
    CHECK(imported(qNoDetails, parsed(writeActorGridCsv(q))).project == q);
  }
}
