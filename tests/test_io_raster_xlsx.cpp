// The Raster as an Excel workbook: written with libxlsxwriter, read back with the .xlsx reader
// and the import, it gives the same project.
#include <catch2/catch.hpp>

#include "embedded_data.hpp"
#include "fixtures.hpp"
#include "io/grid_file.hpp"
#include "io/project_json.hpp"
#include "io/raster_import.hpp"
#include "io/raster_xlsx.hpp"
#include "io/xlsx_reader.hpp"
#include "project_builder.hpp"

using namespace knp;

namespace {

CellTable firstSheet(const std::string& bytes) {
  Outcome<CellTable> sheet = readXlsxFirstSheet(bytes);
  if (!sheet.ok()) FAIL("not readable: " << describe(sheet.problem()));
  return std::move(sheet).value();
}

}  // namespace

TEST_CASE("the Raster workbook reads back as the same activities", "[io][xlsx][rasterxlsx]") {
  LoadResult loaded = parseProjectJson(embeddedExampleJson());
  REQUIRE(loaded.project);
  const Project& example = *loaded.project;
  const XlsxWorkbook workbook = writeRasterXlsx(example);
  REQUIRE_FALSE(workbook.error);
  REQUIRE(workbook.bytes.substr(0, 2) == "PK");  // a zip

  const CellTable sheet = firstSheet(workbook.bytes);
  REQUIRE(sheet.rows.size() == example.activities.size() + 1);
  CHECK(sheet.rows[0][3] == "Aktivität");
  Project empty = example;
  empty.activities.clear();
  const RasterImport back = importRaster(empty, sheet);
  CHECK(back.problems.empty());
  CHECK(back.actorsCreated == 0);
  CHECK(back.project == example);  // years came back from numbers, formula guards were removed
}

TEST_CASE("import reads both sheets of the Raster workbook: activities, then the actors", "[io][xlsx][rasterxlsx]") {
  LoadResult loaded = parseProjectJson(embeddedExampleJson());
  REQUIRE(loaded.project);
  const Project& example = *loaded.project;
  test::TempFolder folder;
  // An actor returns the workbook with a new self-description on the "Akteure" sheet and a new
  // title for one activity on the "Raster" sheet (written with our writer, as a user's edits).
  Project returned = example;
  returned.actors[2].selfDescription = "Wir beraten Familien, neu seit 2013.";
  returned.activities[5].title += " (neu)";
  const XlsxWorkbook workbook = writeRasterXlsx(returned);
  REQUIRE_FALSE(workbook.error);
  test::writeText(folder / "rueck.xlsx", workbook.bytes);
  const Outcome<RasterImport> imported = importGridFile(example, folder / "rueck.xlsx");
  REQUIRE(imported.ok());
  const RasterImport& r = imported.value();
  CHECK(r.problems.empty());
  CHECK(r.rows == example.activities.size() + example.actors.size());
  CHECK(r.activitiesUpdated == 1);
  CHECK(r.activitiesUnchanged == example.activities.size() - 1);
  CHECK(r.actorsUpdated == 1);
  CHECK(r.actorsUnchanged == example.actors.size() - 1);
  CHECK(r.project == returned);
  // The unedited workbook changes nothing and says so.
  test::writeText(folder / "gleich.xlsx", writeRasterXlsx(example).bytes);
  const Outcome<RasterImport> same = importGridFile(example, folder / "gleich.xlsx");
  REQUIRE(same.ok());
  CHECK(same.value().activitiesUpdated + same.value().actorsUpdated == 0);
  CHECK(same.value().project == example);
  // The sheet by name; a name the workbook lacks is none, not an error.
  const Outcome<std::optional<CellTable>> actors = readXlsxSheetNamed(workbook.bytes, "Akteure");
  REQUIRE(actors.ok());
  REQUIRE(actors.value());
  CHECK(actors.value()->rows.size() == example.actors.size() + 1);
  const Outcome<std::optional<CellTable>> none = readXlsxSheetNamed(workbook.bytes, "Gibt es nicht");
  REQUIRE(none.ok());
  CHECK_FALSE(none.value());
}

TEST_CASE("a problem on another sheet than the first names the sheet", "[io][xlsx][rasterxlsx]") {
  RasterProblem problem{Severity::Error, 5, "Akteurstyp", "unknown actor type \"x\""};
  problem.sheet = "Akteure";
  CHECK(describe(problem, "r.xlsx") == "r.xlsx[Akteure]:5: column \"Akteurstyp\": unknown actor type \"x\"");
}

TEST_CASE("the Raster workbook guards formula-like cells and keeps years as numbers", "[io][xlsx][rasterxlsx]") {
  Project p = test::ProjectBuilder()
                  .actor("a")
                  .activity("x", "a", {}, {}, {}, {}, ActivityStatus::Planned, 2014, 2016)
                  .build();
  p.activities[0].description = "=HYPERLINK(\"http://evil\")";
  const XlsxWorkbook workbook = writeRasterXlsx(p);
  REQUIRE_FALSE(workbook.error);
  const CellTable sheet = firstSheet(workbook.bytes);
  REQUIRE(sheet.rows.size() == 2);
  CHECK(sheet.rows[1][4] == "'=HYPERLINK(\"http://evil\")");
  CHECK(sheet.rows[1][9] == "geplant");
  CHECK(sheet.rows[1][10] == "2014");
  CHECK(sheet.rows[1][11] == "2016");
  Project empty = p;
  empty.activities.clear();
  CHECK(importRaster(empty, sheet).project == p);
}

TEST_CASE("an empty project's workbook has the header alone", "[io][xlsx][rasterxlsx]") {
  const XlsxWorkbook workbook = writeRasterXlsx(Project{});
  REQUIRE_FALSE(workbook.error);
  const CellTable sheet = firstSheet(workbook.bytes);
  REQUIRE(sheet.rows.size() == 1);
  CHECK(sheet.rows[0].size() == 12);
  CHECK(sheet.rows[0][0] == "ID");
}

TEST_CASE("a text longer than an Excel cell holds is an error, not an empty cell", "[io][xlsx][rasterxlsx]") {
  Project p = test::ProjectBuilder().actor("a").activity("x", "a", {}, {}, {}, {}).build();
  p.activities[0].description = std::string(40000, 'x');
  const XlsxWorkbook workbook = writeRasterXlsx(p);
  REQUIRE(workbook.error);
  CHECK(workbook.error->find("column \"Beschreibung\"") != std::string::npos);
  CHECK(workbook.error->find("40000 characters") != std::string::npos);
}
