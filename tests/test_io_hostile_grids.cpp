// Grids (the Raster, the actors' grid) as careless or hostile files give them: defects 2, 4, 5
// and 9 of issue 14, each with its input built here.
#include <catch2/catch.hpp>

#include <string>

#include "bounded_run.hpp"
#include "fixtures.hpp"
#include "io/actor_grid_import.hpp"
#include "io/csv_reader.hpp"
#include "io/grid_file.hpp"
#include "io/raster_import.hpp"
#include "model/validation.hpp"

using namespace knp;
using Catch::Matchers::Contains;

namespace {

constexpr std::size_t kGiB = 1024ul * 1024ul * 1024ul;

CellTable grid(std::vector<std::vector<std::string>> rows) {
  CellTable table;
  table.rows = std::move(rows);
  for (std::size_t i = 0; i < table.rows.size(); ++i) table.sourceLine.push_back(i + 1);
  return table;
}

std::string utf16(std::string_view ascii, bool littleEndian, bool withMark) {
  std::string out;
  if (withMark) out += littleEndian ? "\xFF\xFE" : "\xFE\xFF";
  for (char c : ascii) {
    if (littleEndian) {
      out += c;
      out += '\0';
    } else {
      out += '\0';
      out += c;
    }
  }
  return out;
}

CsvTable parsed(std::string_view bytes) {
  Outcome<CsvTable> result = parseCsv(bytes);
  if (!result.ok()) FAIL("unexpected problem at " << describe(result.problem()));
  return std::move(result).value();
}

}  // namespace

TEST_CASE("a Raster without Ende cannot move an activity's start past its end", "[io][raster][hostile]") {
  // smallProject's act2 "Lernpaten" runs 2010–2013.
  const Project project = test::smallProject();
  const RasterImport r = importRaster(project, grid({{"ID", "Akteur", "Aktivität", "Beginn"},
                                                     {"act2", "Schule Ö", "Lernpaten", "2020"},
                                                     {"act1", "Verein Ä", "Sprachcafé", "2011"}}));
  REQUIRE_FALSE(r.fatal);
  CHECK(r.rejectedRows == 1);  // before: imported, and the saved file failed validation
  CHECK(r.activitiesUpdated == 1);
  REQUIRE(r.problems.size() == 1);
  CHECK(describe(r.problems[0], "raster.csv") ==
        "raster.csv:2: column \"Beginn\": begins in 2020, after the activity's end in 2013; the grid has no column "
        "Ende to change that");
  CHECK(r.project.activities[1] == project.activities[1]);
  CHECK(r.project.activities[0].startYear == 2011);
  CHECK_FALSE(hasErrors(validateProject(r.project)));

  // The same with only Ende, before the kept start.
  const RasterImport end = importRaster(project, grid({{"ID", "Akteur", "Aktivität", "Ende"},
                                                       {"act2", "Schule Ö", "Lernpaten", "2009"}}));
  REQUIRE(end.problems.size() == 1);
  CHECK_THAT(end.problems[0].message, Contains("ends in 2009, before the activity's start in 2010"));
}

TEST_CASE("an import whose result would not validate is refused as a whole", "[io][raster][hostile]") {
  RasterImport r;
  r.project = test::smallProject();
  r.project.activities[0].lead = ActorId("gibt-es-nicht");
  refuseInvalidResult(r);
  CHECK(r.fatal);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].message ==
        "nothing is imported: the project could not be saved afterwards, as the project is not valid: "
        "activities[0].lead: unknown actor \"gibt-es-nicht\"");
}

TEST_CASE("csv: 100 MB of empty cells are refused at the cell limit, in bounded memory", "[io][csv][hostile]") {
  const std::string bytes(100 * 1024 * 1024, ';');  // before: 3.27 GB
  const auto result = test::runBounded(
      [&] {
        const Outcome<CsvTable> read = parseCsv(bytes);
        return !read.ok() && read.problem().line == 1u &&
               read.problem().message ==
                   "more than 4000000 cells by line 1; a Raster has far fewer (see docs/limits.md)";
      },
      60, 1 * kGiB);
  INFO(result.outcome);
  CHECK(result.finished);

  // Many short lines count as well: 4 cells a line, so the first 1,000,000 lines are the
  // 4,000,000 cells allowed and line 1,000,001 passes the limit.
  std::string lines;
  for (int i = 0; i < 1'100'000; ++i) lines += "a;b;c;d\n";
  const Outcome<CsvTable> read = parseCsv(lines);
  REQUIRE_FALSE(read.ok());
  CHECK(read.problem().line == 1'000'001u);
}

TEST_CASE("csv: UTF-16 files are read as text, not as garbled column names", "[io][csv][hostile]") {
  const std::string text = "ID;Akteur;Aktivit\xC3\xA4t\r\n;VHS;Kurs\r\n";
  for (bool littleEndian : {true, false})
    for (bool withMark : {true, false}) {
      // The umlaut: U+00E4 in UTF-16 is E4 00 (LE) or 00 E4 (BE); build it by hand.
      std::string bytes = utf16("ID;Akteur;Aktivit", littleEndian, withMark);
      bytes += littleEndian ? std::string("\xE4\0", 2) : std::string("\0\xE4", 2);
      bytes += utf16("t\r\n;VHS;Kurs\r\n", littleEndian, false);
      INFO("little endian " << littleEndian << ", mark " << withMark);
      const CsvTable csv = parsed(bytes);
      CHECK(csv.encoding == TextEncoding::Utf16);
      REQUIRE(csv.table.rows.size() == 2);
      CHECK(csv.table.rows[0] == std::vector<std::string>{"ID", "Akteur", "Aktivit\xC3\xA4t"});
      CHECK(csv.table.rows[1] == std::vector<std::string>{"", "VHS", "Kurs"});
    }
  CHECK(parsed(text).encoding == TextEncoding::Utf8);  // UTF-8 is not mistaken for UTF-16
}

TEST_CASE("csv: a stray quote that swallows rows is reported with its line", "[io][csv][hostile]") {
  // Line 3's Akteur starts with a stray quote; the quote before D on line 5 closes it, so lines
  // 3 to 5 become one row: 4 rows from 6 lines. Before: "4 rows read", no word why.
  const CsvTable csv = parsed("ID;Akteur;Aktivität\n"
                              ";VHS;Kurs A\n"
                              ";\"VHS;Kurs B\n"
                              ";VHS;Kurs C\n"
                              ";VHS;Kurs \"D\"\n"
                              ";VHS;Kurs E\n");
  CHECK(csv.table.rows.size() == 4);
  REQUIRE(csv.warnings.size() == 1);
  CHECK(describe(csv.warnings[0], "r.csv") ==
        "r.csv:3: warning: the quoted cell starting in column 2 runs on to line 5 and looks like it swallowed rows (3 "
        "rows read from 5 lines so far); if its opening quote is a stray one, remove it or write it twice");

  // The review's case: no delimiter inside, but the quote that closes the cell opens a name.
  // 3 rows (header, VHS, AWO) from 4 lines; the name "Caritas" would be lost in a third cell.
  const CsvTable swallowed = parsed("Akteur;Aktivität\nVHS;\"Kurs A\n\"Caritas\";Kurs B\nAWO;Kurs C\n");
  CHECK(swallowed.table.rows.size() == 3);
  REQUIRE(swallowed.warnings.size() == 1);
  CHECK(swallowed.warnings[0].line == 2);

  // A line break inside a quoted address is no cause for a warning.
  const CsvTable address = parsed("Akteur;Adresse\nVHS;\"Marktplatz 1\n45525 Hattingen\"\n");
  CHECK(address.warnings.empty());
  CHECK(address.table.rows[1][1] == "Marktplatz 1\n45525 Hattingen");
}

TEST_CASE("20,000 names sharing their first 40 characters get ids in linear time", "[io][raster][hostile]") {
  std::vector<std::vector<std::string>> rows{{"Akteur", "Aktivität"}};
  for (int i = 1; i <= 20'000; ++i) {
    const std::string n = std::to_string(i);
    rows.push_back({"Verein für Integration und Begegnung in Hattingen Nr. " + n,
                    "Sprachkurs für Erwachsene im Stadtteil Welper, Gruppe " + n});
  }
  const CellTable table = grid(std::move(rows));
  // Before: each new id tried the suffixes -2, -3, ... one by one (44-59 s for 20,000 rows).
  const auto result = test::runBounded(
      [&] {
        const RasterImport r = importRaster(test::smallProject(), table);
        return r.rejectedRows == 0 && r.activitiesCreated == 20'000 && r.actorsCreated == 20'000 &&
               r.project.activities.back().id.value == "sprachkurs-fuer-erwachsene-im-stadtteil-20000" &&
               r.project.activities[2].id.value == "sprachkurs-fuer-erwachsene-im-stadtteil" &&
               r.project.activities[3].id.value == "sprachkurs-fuer-erwachsene-im-stadtteil-2";
      },
      20, 2 * kGiB);
  INFO(result.outcome);
  CHECK(result.finished);
}

TEST_CASE("long unknown values get no suggestion and cost no quadratic comparison", "[io][raster][hostile]") {
  std::vector<std::vector<std::string>> rows{{"Akteur", "Aktivität", "Ziele"}};
  for (int i = 0; i < 500; ++i) rows.push_back({"VHS", "Kurs " + std::to_string(i), std::string(16 * 1024, 'z')});
  const CellTable table = grid(std::move(rows));
  // Before: 0.7 s per 16 KB cell, 350 s in all.
  const auto result = test::runBounded(
      [&] {
        const RasterImport r = importRaster(test::smallProject(), table);
        return r.rejectedRows == 500;
      },
      20, 2 * kGiB);
  INFO(result.outcome);
  CHECK(result.finished);
  const RasterImport one = importRaster(test::smallProject(), grid({{"Akteur", "Aktivität", "Ziele"},
                                                                    {"VHS", "Kurs", std::string(16 * 1024, 'z')}}));
  REQUIRE(one.problems.size() == 1);
  CHECK(one.problems[0].message == "unknown goal \"" + std::string(60, 'z') + "…\"");
  // A short typo still gets its suggestion.
  const RasterImport typo = importRaster(test::smallProject(), grid({{"Akteur", "Aktivität", "Ziele"},
                                                                     {"VHS", "Kurs", "Sprache als Schlüsel"}}));
  REQUIRE(typo.problems.size() == 1);
  CHECK(typo.problems[0].message == "unknown goal \"Sprache als Schlüsel\" (did you mean \"Sprache als Schlüssel\"?)");
}

TEST_CASE("one cell naming 100,000 partners or unknown goals stays linear", "[io][raster][hostile]") {
  std::string partners, goals;
  for (int i = 0; i < 100'000; ++i) {
    partners += (i ? "|P" : "P") + std::to_string(i);
    goals += (i ? "|z" : "z") + std::to_string(i);
  }
  const CellTable withPartners = grid({{"Akteur", "Aktivität", "Partner"}, {"VHS", "Kurs", partners}});
  const CellTable withGoals = grid({{"Akteur", "Aktivität", "Ziele"}, {"VHS", "Kurs", goals}});
  // Before: each partner was looked for in the list so far (52 s), and every unknown goal got a
  // suggestion and a message after the list was full (6.9 s).
  const auto result = test::runBounded(
      [&] {
        const RasterImport p = importRaster(test::smallProject(), withPartners);
        const RasterImport g = importRaster(test::smallProject(), withGoals);
        return p.rejectedRows == 0 && p.project.activities.back().partners.size() == 100'000 &&
               g.rejectedRows == 1 && countProblems(g.problems).errors == 100'000;
      },
      20, 2 * kGiB);
  INFO(result.outcome);
  CHECK(result.finished);
}

TEST_CASE("cells right of the last column are reported, not dropped silently", "[io][raster][hostile]") {
  const RasterImport r = importRaster(test::smallProject(), grid({{"Akteur", "Aktivität"},
                                                                  {"VHS", "Kurs", "Caritas"},
                                                                  {"AWO", "Treff", "a", "b"}}));
  REQUIRE(r.problems.size() == 2);
  CHECK(describe(r.problems[0], "r.csv") ==
        "r.csv:2: warning: a cell right of the last column, \"Aktivität\", is not imported");
  CHECK(describe(r.problems[1], "r.csv") ==
        "r.csv:3: warning: 2 cells right of the last column, \"Aktivität\", are not imported");
  CHECK(r.activitiesCreated == 2);
}

TEST_CASE("a grid file's reader warnings and row problems share one capped list", "[io][raster][hostile]") {
  // 150 stray quotes, each swallowing the line after it, then 150 rows without an actor.
  std::string text = "Akteur;Aktivität\n";
  for (int i = 0; i < 150; ++i) text += "VHS;\"Kurs\n\"x\";y\n";
  for (int i = 0; i < 150; ++i) text += ";Kurs\n";
  test::TempFolder folder;
  test::writeText(folder / "raster.csv", text);
  const Outcome<RasterImport> imported = importGridFile(test::smallProject(), folder / "raster.csv");
  REQUIRE(imported.ok());
  const RasterImport& r = imported.value();
  CHECK(r.problems.size() == kMaxListedProblems + 1);  // before: 101 reader warnings + 101 import problems
  CHECK(isUnlistedSummary(r.problems.back()));
  const ProblemCounts counts = countProblems(r.problems);
  CHECK(counts.warnings == 300);  // 150 stray quotes, 150 rows with a cell beyond the last column
  CHECK(counts.errors == 150);
}
