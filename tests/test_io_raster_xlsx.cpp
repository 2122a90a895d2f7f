// The Raster as an Excel workbook: written with libxlsxwriter, read back with the .xlsx reader
// and the import, it gives the same project.
#include <catch2/catch.hpp>

#include "embedded_data.hpp"
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
