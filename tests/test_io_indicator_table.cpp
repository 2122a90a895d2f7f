// Indicators from a table of indicator × year (io/indicator_table_import.hpp): numbers as German
// and English tables write them, the marks for "no value", matching rows to indicators, the
// changes reported, and every error with its row and column; the file-level choice between
// the Raster and an indicator table (io/grid_file.hpp), CSV and .xlsx.
#include <xlsxwriter.h>

#include <catch2/catch.hpp>
#include <variant>

#include "fixtures.hpp"
#include "io/csv_reader.hpp"
#include "io/decimal_numbers.hpp"
#include "io/grid_file.hpp"
#include "io/indicator_table_import.hpp"

using namespace knp;

namespace {

// Three life phases and three indicators:
//   einbuergerungen "Einbürgerungen" (Anzahl; higher is better, target 105 by 2015): 2012 92, 2013 96
//   arbeitslosenquote "Arbeitslosenquote Ausländer" (%, neutral): 2012 15.8, 2013 15.4
//   bevoelkerung-alter "Bevölkerung ab 65" (population of "alter"): 2013 12910
Project indicatorProject() {
  Project p;
  p.lifePhases = {{LifePhaseId("fruehe-kindheit"), "Frühe Kindheit (0–3)", 0, 3, 1},
                  {LifePhaseId("kita"), "Kita (3–6)", 3, 6, 2},
                  {LifePhaseId("alter"), "Alter (65+)", 65, std::nullopt, 3}};
  Indicator einbuergerungen{
      IndicatorId("einbuergerungen"), "Einbürgerungen", "Anzahl", "Demografiebericht", std::nullopt, {},
      {{2012, 92.0}, {2013, 96.0}}};
  einbuergerungen.direction = IndicatorDirection::HigherIsBetter;
  einbuergerungen.target = IndicatorTarget{105.0, 2015};
  Indicator quote{
      IndicatorId("arbeitslosenquote"), "Arbeitslosenquote Ausländer", "%", "Wegweiser Kommune", std::nullopt, {},
      {{2012, 15.8}, {2013, 15.4}}};
  Indicator old{IndicatorId("bevoelkerung-alter"),
                "Bevölkerung ab 65",
                "Personen",
                "Demografiebericht",
                std::nullopt,
                {},
                {{2013, 12910.0}}};
  old.kind = IndicatorKind::Population;
  old.lifePhases = {LifePhaseId("alter")};
  p.indicators = {einbuergerungen, quote, old};
  return p;
}

// The import of the CSV text `text` as importFile reads a CSV file (parseCsv, the decimal mark
// usual for its delimiter).
IndicatorTableImport importCsv(const Project& project, std::string_view text) {
  Outcome<CsvTable> csv = parseCsv(text);
  REQUIRE(csv.ok());
  return importIndicatorTable(project, csv.value().table, usualDecimalMark(false, csv.value().delimiter), false);
}

// Every problem as the command line prints it for the file "k.csv".
std::vector<std::string> described(const std::vector<RasterProblem>& problems) {
  std::vector<std::string> lines;
  for (const RasterProblem& problem : problems) lines.push_back(describe(problem, "k.csv"));
  return lines;
}

const Indicator& indicatorOf(const IndicatorTableImport& r, const std::string& id) {
  for (const Indicator& i : r.project.indicators)
    if (i.id.value == id) return i;
  FAIL("no indicator " << id);
  throw;  // not reached
}

}  // namespace

TEST_CASE("numbers in German and English writing", "[io][indicatortable][decimal]") {
  using M = DecimalMark;
  CHECK(parseDecimal("14,8", M::Comma) == Approx(14.8));
  CHECK(parseDecimal("1.234,5", M::Comma) == Approx(1234.5));
  CHECK(parseDecimal("1.234", M::Comma) == Approx(1234.0));
  CHECK(parseDecimal("1.234.567", M::Comma) == Approx(1234567.0));
  CHECK(parseDecimal("1 234,5", M::Comma) == Approx(1234.5));
  CHECK(parseDecimal("1\xC2\xA0"
                     "234,5",
                     M::Comma) == Approx(1234.5));  // no-break space
  CHECK(parseDecimal("  -3,25 ", M::Comma) == Approx(-3.25));
  CHECK(parseDecimal("\xE2\x88\x92"
                     "3,25",
                     M::Comma) == Approx(-3.25));  // U+2212 minus
  CHECK(parseDecimal("+7", M::Comma) == Approx(7.0));
  CHECK(parseDecimal("0,25", M::Comma) == Approx(0.25));
  CHECK(parseDecimal("1,234.5", M::Point) == Approx(1234.5));
  CHECK(parseDecimal("1.234", M::Point) == Approx(1.234));
  CHECK(parseDecimal("1e-05", M::Point) == Approx(0.00001));  // as the .xlsx reader writes tiny numbers
  // Not numbers: wrong group sizes, marks at either end, letters, units, two kinds of grouping.
  for (const char* bad : {"1.23,4", "12.34", ",5", "5,", "1.", "abc", "15,4 %", "14,8p", "1.234 567", "", "-",
                          "0.123,4", "1..234", "1e", "1e999"})
    CHECK_FALSE(parseDecimal(bad, M::Comma));
  CHECK_FALSE(parseDecimal("14,8", M::Point));  // a group of one digit

  // A number shows its mark only when it can be read one way alone.
  CHECK(decimalMarkShownBy("14,8") == M::Comma);
  CHECK(decimalMarkShownBy("1.234,5") == M::Comma);
  CHECK(decimalMarkShownBy("1.234.567") == M::Comma);
  CHECK(decimalMarkShownBy("1234,567") == M::Comma);  // 4 digits before: no grouping
  CHECK(decimalMarkShownBy("14.8") == M::Point);
  CHECK(decimalMarkShownBy("0.123") == M::Point);  // a group may not start with 0
  CHECK(decimalMarkShownBy("1,234.5") == M::Point);
  CHECK_FALSE(decimalMarkShownBy("1.234"));
  CHECK_FALSE(decimalMarkShownBy("1,234"));
  CHECK_FALSE(decimalMarkShownBy("1234"));
  CHECK_FALSE(decimalMarkShownBy("abc"));

  CHECK(decideDecimalMark(3, 1, M::Point) == M::Comma);
  CHECK(decideDecimalMark(0, 2, M::Comma) == M::Point);
  CHECK(decideDecimalMark(0, 0, M::Comma) == M::Comma);
  CHECK(decideDecimalMark(2, 2, M::Point) == M::Point);
  CHECK(usualDecimalMark(false, ';') == M::Comma);
  CHECK(usualDecimalMark(false, '\t') == M::Comma);
  CHECK(usualDecimalMark(false, ',') == M::Point);
  CHECK(usualDecimalMark(true, ';') == M::Point);

  for (const char* none : {"", " ", "-", "–", ".", "x", "X", "…", "...", "/", "k.A.", "k. A.", "n.v.", "N. v."})
    CHECK(isNoValueMark(none));
  for (const char* value : {"0", "x1", "-1", ".5"}) CHECK_FALSE(isNoValueMark(value));

  CHECK(formatDecimal(14.8, M::Comma) == "14,8");
  CHECK(formatDecimal(1234.0, M::Comma) == "1234");
  CHECK(formatDecimal(-0.5, M::Point) == "-0.5");
}

TEST_CASE("a German table: decimal commas, thousands points, no-value marks, years out of order",
          "[io][indicatortable]") {
  // Years 2014, 2012, 2013 in that order; names in other case and with umlauts spelled out.
  // "14,9" and "15,1" show a comma, nothing shows a point: "1.101" and "13.025" are thousands.
  const IndicatorTableImport r = importCsv(indicatorProject(),
                                           "Kennzahl;2014;2012;2013\n"
                                           "Einbuergerungen;1.101;92;-\n"
                                           "ARBEITSLOSENQUOTE AUSLÄNDER;14,9;.;15,1\n"
                                           "Bevölkerung ab 65;13.025;x;\n");
  CHECK(described(r.problems).empty());
  CHECK_FALSE(r.fatal);
  CHECK(r.decimalMark == DecimalMark::Comma);
  CHECK(r.numbersShowingMark == 2);
  CHECK(r.rows == 3);
  CHECK(r.rejectedRows == 0);
  CHECK(r.indicatorsCreated == 0);
  CHECK(r.indicatorsUpdated == 3);
  CHECK(r.valuesAdded == 3);    // 2014 for each
  CHECK(r.valuesChanged == 1);  // Arbeitslosenquote 2013: 15.4 → 15.1; Einbürgerungen 2012 is 92 as before
  CHECK(indicatorOf(r, "einbuergerungen").values == std::map<int, double>{{2012, 92.0}, {2013, 96.0}, {2014, 1101.0}});
  CHECK(indicatorOf(r, "arbeitslosenquote").values == std::map<int, double>{{2012, 15.8}, {2013, 15.1}, {2014, 14.9}});
  CHECK(indicatorOf(r, "bevoelkerung-alter").values == std::map<int, double>{{2013, 12910.0}, {2014, 13025.0}});
  CHECK(indicatorOf(r, "einbuergerungen").name == "Einbürgerungen");  // matched by name: the spelling stays
  REQUIRE(r.changes.size() == 3);
  CHECK(r.changes[0].line == 2);
  CHECK(r.changes[0].addedYears == std::vector<int>{2014});
  CHECK(r.changes[0].changedValues.empty());
  CHECK(r.changes[1].name == "Arbeitslosenquote Ausländer");
  CHECK(r.changes[1].changedValues == std::vector<IndicatorValueChange>{{2013, 15.4, 15.1, "2013"}});
  CHECK_FALSE(r.changes[1].created);
}

TEST_CASE("an English table: decimal points, thousands commas", "[io][indicatortable]") {
  // Comma-separated: numbers holding a comma are quoted. "15.8" and "15.1" show a point.
  const IndicatorTableImport r = importCsv(indicatorProject(),
                                           "Indicator,Unit,2012,2013\n"
                                           "Einbürgerungen,Anzahl,\"1,092\",96\n"
                                           "Arbeitslosenquote Ausländer,%,15.8,15.1\n");
  CHECK(described(r.problems).empty());
  CHECK(r.decimalMark == DecimalMark::Point);
  CHECK(indicatorOf(r, "einbuergerungen").values.at(2012) == Approx(1092.0));
  CHECK(indicatorOf(r, "arbeitslosenquote").values.at(2013) == Approx(15.1));
  CHECK(r.valuesChanged == 2);  // 92 → 1092, 15.4 → 15.1
}

TEST_CASE("numbers that show no mark are read as the file's format usually writes them", "[io][indicatortable]") {
  // "1.101" alone: a semicolon file reads it as German (1101); "1.5" in a comma file as
  // English (1.5), and "1,101" there as English thousands (1101). ("1.101" in a comma file
  // holds the table's decimal point but reads 1101 with a comma: ambiguous, see below.)
  CHECK(indicatorOf(importCsv(indicatorProject(), "Kennzahl;2014\nEinbürgerungen;1.101\n"), "einbuergerungen")
            .values.at(2014) == Approx(1101.0));
  CHECK(indicatorOf(importCsv(indicatorProject(), "Kennzahl,2014\nEinbürgerungen,1.5\n"), "einbuergerungen")
            .values.at(2014) == Approx(1.5));
  CHECK(indicatorOf(importCsv(indicatorProject(), "Kennzahl,2014\nEinbürgerungen,\"1,101\"\n"), "einbuergerungen")
            .values.at(2014) == Approx(1101.0));
}

TEST_CASE("a number that reads differently with the other decimal mark is an error, not a guess",
          "[io][indicatortable]") {
  using M = DecimalMark;
  // Holds the mark and parses both ways with different values: "12.760" is 12.76 (point) or
  // 12760 (comma, the point groups thousands).
  CHECK(otherReadingOf("12.760", M::Point) == Approx(12760.0));
  CHECK(otherReadingOf("1.234.567", M::Point) == std::nullopt);  // not a number with a decimal point
  CHECK(otherReadingOf("12,760", M::Comma) == Approx(12760.0));
  CHECK(otherReadingOf("12.760", M::Comma) == std::nullopt);   // no comma: 12760 in both conventions' sense
  CHECK(otherReadingOf("96.5", M::Point) == std::nullopt);     // a group of one digit: a point only
  CHECK(otherReadingOf("0.123", M::Point) == std::nullopt);    // a group may not start with 0
  CHECK(otherReadingOf("1234", M::Point) == std::nullopt);     // no mark
  CHECK(otherReadingOf("1,234.5", M::Point) == std::nullopt);  // the comma groups: 1234.5 alone

  // The review's table: German thousands in an English file. "96.5" shows the point (1 number),
  // so "12.760" and "12.910" would be 12.76 and 12.91: 1000 times too small. The row is
  // rejected with both readings and a way to write each; the Einbürgerungen row applies.
  const Project before = indicatorProject();
  const IndicatorTableImport r = importCsv(before,
                                           "Kennzahl,2012,2013\n"
                                           "Bevölkerung ab 65,\"12.760\",\"12.910\"\n"
                                           "Einbürgerungen,92,96.5\n");
  CHECK(r.decimalMark == M::Point);
  CHECK(described(r.problems) ==
        std::vector<std::string>{
            "k.csv:2: column \"2012\": \"12.760\" (cell B2) could be 12.76 or 12760 (a comma grouping thousands); "
            "this table reads a point as decimal mark because of \"96.5\" in cell C3: write 12760 or 12.76",
            "k.csv:2: column \"2013\": \"12.910\" (cell C2) could be 12.91 or 12910 (a comma grouping thousands); "
            "this table reads a point as decimal mark because of \"96.5\" in cell C3: write 12910 or 12.91"});
  CHECK(r.rejectedRows == 1);
  CHECK(indicatorOf(r, "bevoelkerung-alter") == before.indicators[2]);       // 2013 stays 12910
  CHECK(indicatorOf(r, "einbuergerungen").values.at(2013) == Approx(96.5));  // 96 → 96.5
  CHECK(r.skippedRows == 0);
}

TEST_CASE("an ambiguous number in a table of decimal commas; a fraction that needs a fourth digit",
          "[io][indicatortable]") {
  // Semicolons and "15,8" (one comma shown): "12,345" is 12.345 (comma) or 12345 (a point
  // grouping). 12.345 written with the shortest digits is "12,345" again, so the message asks
  // for "12,3450".
  const IndicatorTableImport r = importCsv(indicatorProject(),
                                           "Kennzahl;2012;2013\n"
                                           "Arbeitslosenquote Ausländer;15,8;12,345\n");
  CHECK(r.decimalMark == DecimalMark::Comma);
  CHECK(described(r.problems) ==
        std::vector<std::string>{
            "k.csv:2: column \"2013\": \"12,345\" (cell C2) could be 12,345 or 12345 (a point grouping thousands); "
            "this table reads a comma as decimal mark because of \"15,8\" in cell B2: write 12345 or 12,3450"});
  CHECK(r.rejectedRows == 1);
  // Without any number showing the mark, the message says where the mark comes from.
  const IndicatorTableImport alone = importCsv(indicatorProject(), "Kennzahl;2013\nEinbürgerungen;1,101\n");
  CHECK(described(alone.problems) ==
        std::vector<std::string>{
            "k.csv:2: column \"2013\": \"1,101\" (cell B2) could be 1,101 or 1101 (a point grouping thousands); "
            "this table reads a comma as decimal mark, as this kind of file usually does: write 1101 or 1,1010"});
  // A target is checked as the values are.
  const IndicatorTableImport target =
      importCsv(indicatorProject(), "Kennzahl;Zielwert;2013\nEinbürgerungen;1,105;9,5\n");
  REQUIRE(target.problems.size() == 1);
  CHECK(target.problems[0].column == "Zielwert");
  CHECK(target.rejectedRows == 1);
}

TEST_CASE("a row whose value cells are all unreadable is rejected, not also skipped as a heading",
          "[io][indicatortable]") {
  // "inf" and "nan" are no numbers (parseDecimal reads digits only): two errors, one rejected
  // row, no warning "skipped", 0 skipped rows; a row of no-value marks only is still a heading.
  const IndicatorTableImport r = importCsv(indicatorProject(), "Kennzahl;2012;2013\nNeu;inf;nan\nAbschnitt;-;\n");
  const std::vector<std::string> lines = described(r.problems);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].starts_with("k.csv:2: column \"2012\": \"inf\" (cell B2) is not a number"));
  CHECK(lines[1].starts_with("k.csv:2: column \"2013\": \"nan\" (cell C2) is not a number"));
  CHECK(lines[2] ==
        "k.csv:3: warning: column \"Kennzahl\": \"Abschnitt\" has no values or details, as a heading or a note: "
        "skipped");
  CHECK(r.rejectedRows == 1);
  CHECK(r.skippedRows == 1);  // "Abschnitt" only
  CHECK(r.indicatorsCreated == 0);
}

TEST_CASE("a value that is not a number is an error with its row, column and cell", "[io][indicatortable]") {
  const Project before = indicatorProject();
  const IndicatorTableImport r = importCsv(before,
                                           "Kennzahl;Einheit;2012;2013\n"
                                           "Einbürgerungen;Anzahl;92;97\n"
                                           "Arbeitslosenquote Ausländer;%;15,8;15,4 %\n");
  CHECK(described(r.problems) ==
        std::vector<std::string>{"k.csv:3: column \"2013\": \"15,4 %\" (cell D3) is not a number: write numbers as "
                                 "14,8 or 1.234,5, and nothing or \"-\", \".\" or \"x\" for no value"});
  CHECK_FALSE(r.fatal);
  CHECK(r.rows == 2);
  CHECK(r.rejectedRows == 1);
  CHECK(indicatorOf(r, "arbeitslosenquote") == before.indicators[1]);        // the row changed nothing
  CHECK(indicatorOf(r, "einbuergerungen").values.at(2013) == Approx(97.0));  // the other row applies
}

TEST_CASE("a number written with the other decimal mark than the table's is an error", "[io][indicatortable]") {
  // "15,8" and "12,5" show a comma, "15.4" a point: 2 to 1, the table writes commas.
  const IndicatorTableImport r = importCsv(indicatorProject(),
                                           "Kennzahl;2012;2013\n"
                                           "Arbeitslosenquote Ausländer;15,8;15.4\n"
                                           "Bevölkerung ab 65;12,5;3\n");
  CHECK(r.decimalMark == DecimalMark::Comma);
  CHECK(described(r.problems) ==
        std::vector<std::string>{"k.csv:2: column \"2013\": \"15.4\" (cell C2) is written with a decimal point, but "
                                 "this table's numbers use a decimal comma (as \"15,8\" in cell B2): write 15,4"});
  CHECK(r.rejectedRows == 1);
}

TEST_CASE("a new indicator with its details; ids from names or the Id column", "[io][indicatortable]") {
  const IndicatorTableImport r = importCsv(
      indicatorProject(),
      "Kennzahl;Id;Einheit;Quelle;Lebensphase;Art;Richtung;Zielwert;Zieljahr;2012;2013\n"
      "Schulabgänger ohne Abschluss;;%;IT.NRW;Kita, Alter (65+);Kennzahl;niedriger ist besser;7,5;2016;9,6;9,9\n"
      "Bevölkerung unter 3;bev-u3;Personen;Demografiebericht;Frühe Kindheit;Bevölkerung;;;;1.350;1.362\n");
  CHECK(described(r.problems).empty());
  CHECK(r.indicatorsCreated == 2);
  CHECK(r.valuesAdded == 4);
  REQUIRE(r.project.indicators.size() == 5);
  const Indicator& school = r.project.indicators[3];
  CHECK(school.id.value == "schulabgaenger-ohne-abschluss");
  CHECK(school.name == "Schulabgänger ohne Abschluss");
  CHECK(school.unit == "%");
  CHECK(school.source == "IT.NRW");
  // "Kita" is "Kita (3–6)" without its ages; the phases in the order written.
  CHECK(school.lifePhases == std::vector<LifePhaseId>{LifePhaseId("kita"), LifePhaseId("alter")});
  CHECK(school.kind == IndicatorKind::Figure);
  CHECK(school.direction == IndicatorDirection::LowerIsBetter);
  REQUIRE(school.target);
  CHECK(school.target->value == Approx(7.5));
  CHECK(school.target->year == 2016);
  CHECK(school.values == std::map<int, double>{{2012, 9.6}, {2013, 9.9}});
  const Indicator& young = r.project.indicators[4];
  CHECK(young.id.value == "bev-u3");
  CHECK(young.kind == IndicatorKind::Population);
  CHECK(young.lifePhases == std::vector<LifePhaseId>{LifePhaseId("fruehe-kindheit")});
  CHECK(young.values == std::map<int, double>{{2012, 1350.0}, {2013, 1362.0}});  // thousands points
  REQUIRE(r.changes.size() == 2);
  CHECK(r.changes[0].created);
  CHECK(r.changes[0].addedYears == std::vector<int>{2012, 2013});
}

TEST_CASE("a row found by its Id renames the indicator; details are replaced only when given", "[io][indicatortable]") {
  const IndicatorTableImport r = importCsv(indicatorProject(),
                                           "Id;Kennzahl;Einheit;Quelle;Zielwert;2013\n"
                                           "EINBUERGERUNGEN;Einbürgerungen (Anzahl);;;110;96\n");
  CHECK(described(r.problems).empty());
  const Indicator& i = indicatorOf(r, "einbuergerungen");
  CHECK(i.name == "Einbürgerungen (Anzahl)");
  CHECK(i.unit == "Anzahl");  // empty cells keep
  CHECK(i.source == "Demografiebericht");
  REQUIRE(i.target);
  CHECK(i.target->value == Approx(110.0));
  CHECK(i.target->year == 2015);  // no Zieljahr: the year stays
  REQUIRE(r.changes.size() == 1);
  CHECK(r.changes[0].changedDetails == std::vector<std::string>{"Kennzahl", "Zielwert"});
  CHECK(r.changes[0].changedValues.empty());
  CHECK(r.indicatorsUpdated == 1);
}

TEST_CASE("rows that change nothing are not listed", "[io][indicatortable]") {
  const IndicatorTableImport r =
      importCsv(indicatorProject(), "Kennzahl;Einheit;2012;2013\nEinbürgerungen;Anzahl;92;96\n");
  CHECK(r.problems.empty());
  CHECK(r.changes.empty());
  CHECK(r.indicatorsUpdated == 0);
  CHECK(r.project == indicatorProject());
}

TEST_CASE("errors of details: life phase, kind, direction, target, second row", "[io][indicatortable]") {
  const Project before = indicatorProject();
  const IndicatorTableImport r = importCsv(before,
                                           "Kennzahl;Lebensphase;Art;Richtung;Zielwert;Zieljahr;2013\n"
                                           "Einbürgerungen;Alte;Quote;besser;;20155;\n"
                                           "Arbeitslosenquote Ausländer;;;;12;2016;\n"
                                           "Bevölkerung ab 65;;;;;2016;\n"
                                           "einbürgerungen;;;;;;97\n");
  CHECK(described(r.problems) ==
        std::vector<std::string>{
            "k.csv:2: column \"Lebensphase\": unknown life phase \"Alte\" (cell B2) (did you mean \"Alter (65+)\"?)",
            "k.csv:2: column \"Art\": unknown kind \"Quote\" (cell C2): write Kennzahl or Bevölkerung (figure or "
            "population)",
            "k.csv:2: column \"Richtung\": unknown direction \"besser\" (cell D2): write höher ist besser, niedriger "
            "ist besser or neutral (higher is better, lower is better, neutral)",
            "k.csv:2: column \"Zieljahr\": \"20155\" (cell F2) is not a year (1900–2200)",
            "k.csv:3: column \"Zielwert\": an indicator with a target needs a direction: write in the column "
            "Richtung höher ist besser or niedriger ist besser",
            "k.csv:4: column \"Zieljahr\": a target year needs its value: fill in the column Zielwert",
            "k.csv:5: column \"Kennzahl\": a second row for the indicator \"Einbürgerungen\" (the first is line 2)"});
  CHECK(r.rejectedRows == 4);
  CHECK(r.project == before);
}

TEST_CASE("a title above the header, headings and notes between the rows", "[io][indicatortable]") {
  const IndicatorTableImport r = importCsv(indicatorProject(),
                                           "Tabelle 3: Kennzahlen der Stadt\n"
                                           "Stand 31.12.2013\n"
                                           "\n"
                                           "Kennzahl;2012;2013;Bemerkung\n"
                                           "Soziales\n"
                                           "Einbürgerungen;92;97\n");
  CHECK(described(r.problems) ==
        std::vector<std::string>{"k.csv:1: warning: the 2 rows above the header row (line 4) are not imported",
                                 "k.csv:4: warning: column \"Bemerkung\": unknown column (D), ignored",
                                 "k.csv:5: warning: column \"Kennzahl\": \"Soziales\" has no values or details, as a "
                                 "heading or a note: skipped"});
  CHECK(r.rows == 2);
  CHECK(r.skippedRows == 1);
  CHECK(indicatorOf(r, "einbuergerungen").values.at(2013) == Approx(97.0));
}

TEST_CASE("a table without the shape of an indicator table, or with a year twice, is refused", "[io][indicatortable]") {
  CellTable noYear;
  noYear.rows = {{"Kennzahl", "Einheit"}, {"Einbürgerungen", "Anzahl"}};
  noYear.sourceLine = {1, 2};
  CHECK_FALSE(indicatorHeaderRow(noYear));
  CHECK(whyNoIndicatorTable(noYear) ==
        "an indicator table needs a name column (Kennzahl, Indikator, Indicator or Name) and a column per year such "
        "as 2013; line 1 has \"Kennzahl\" but no year");
  CellTable raster;
  raster.rows = {{"Akteur", "Kennzahl", "2013"}};
  CHECK_FALSE(indicatorHeaderRow(raster));  // Akteur makes it a Raster

  const IndicatorTableImport twice = importCsv(indicatorProject(), "Kennzahl;2013;2012;2013\nEinbürgerungen;1;2;3\n");
  CHECK(twice.fatal);
  CHECK(described(twice.problems) ==
        std::vector<std::string>{"k.csv:1: column \"2013\": columns B and D are both the year 2013: which holds its "
                                 "values cannot be told; remove or rename one"});
  CHECK(twice.project == indicatorProject());
}

TEST_CASE("a result that could not be saved is refused as a whole", "[io][indicatortable]") {
  Project broken = indicatorProject();
  broken.indicators[0].field = FieldId("no-such-field");  // a dangling reference: the project fails validation
  const IndicatorTableImport r = importCsv(broken, "Kennzahl;2014\nEinbürgerungen;100\n");
  CHECK(r.fatal);
  REQUIRE_FALSE(r.problems.empty());
  CHECK(r.problems.back().message.starts_with("nothing is imported: the project could not be saved afterwards"));
}

TEST_CASE("files: an indicator table with a BOM or in Windows-1252, a Raster, and neither",
          "[io][indicatortable][file]") {
  test::TempFolder folder;
  const Project project = indicatorProject();
  test::writeText(folder / "bom.csv", "\xEF\xBB\xBFKennzahl;2013\r\nEinbürgerungen;97\r\n");
  const Outcome<FileImport> bom = importFile(project, folder / "bom.csv");
  REQUIRE(bom.ok());
  REQUIRE(std::holds_alternative<IndicatorTableImport>(bom.value()));
  const IndicatorTableImport& fromBom = std::get<IndicatorTableImport>(bom.value());
  CHECK(fromBom.problems.empty());
  REQUIRE(fromBom.changes.size() == 1);
  CHECK(fromBom.changes[0].changedValues == std::vector<IndicatorValueChange>{{2013, 96.0, 97.0, "2013"}});

  test::writeText(folder / "ansi.csv", "Kennzahl;2013\r\nEinb\xfcrgerungen;98,5\r\n");  // ü in Windows-1252
  const Outcome<FileImport> ansi = importFile(project, folder / "ansi.csv");
  REQUIRE(ansi.ok());
  CHECK(indicatorOf(std::get<IndicatorTableImport>(ansi.value()), "einbuergerungen").values.at(2013) == Approx(98.5));

  test::writeText(folder / "raster.csv", "Akteur;Aktivität\nVerein;Sprachcafé\n");
  const Outcome<FileImport> raster = importFile(project, folder / "raster.csv");
  REQUIRE(raster.ok());
  REQUIRE(std::holds_alternative<RasterImport>(raster.value()));
  CHECK(std::get<RasterImport>(raster.value()).activitiesCreated == 1);

  test::writeText(folder / "phone.csv", "Name;Telefon\nAWO;0234 123\n");
  const Outcome<FileImport> neither = importFile(project, folder / "phone.csv");
  REQUIRE(neither.ok());
  const RasterImport& refused = std::get<RasterImport>(neither.value());
  CHECK(refused.fatal);
  REQUIRE(refused.problems.size() == 1);
  CHECK(describe(refused.problems[0], "phone.csv") ==
        "phone.csv:1: not a table this program imports: a Raster has the columns Akteur and Aktivität, the actors' "
        "grid Akteur and Selbstdarstellung, E-Mail or the like, and an indicator table needs a name column "
        "(Kennzahl, Indikator, Indicator or Name) and a column per year such as 2013; line 1 has \"Name\" but no "
        "year");
  CHECK(refused.project == project);
}

TEST_CASE("an .xlsx workbook: years and values as numbers, a bad cell named by its column letter",
          "[io][indicatortable][file][xlsx]") {
  test::TempFolder folder;
  const std::string path = (folder / "kennzahlen.xlsx").string();
  lxw_workbook* workbook = workbook_new(path.c_str());
  REQUIRE(workbook);
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Kennzahlen");
  worksheet_write_string(sheet, 0, 0, "Kennzahl", nullptr);
  worksheet_write_number(sheet, 0, 1, 2012, nullptr);  // years as numbers, as spreadsheets keep them
  worksheet_write_number(sheet, 0, 2, 2013, nullptr);
  worksheet_write_string(sheet, 1, 0, "Einbürgerungen", nullptr);
  worksheet_write_number(sheet, 1, 1, 92, nullptr);
  worksheet_write_number(sheet, 1, 2, 97.5, nullptr);
  worksheet_write_string(sheet, 2, 0, "Neue Kennzahl", nullptr);
  worksheet_write_number(sheet, 2, 1, 1.234, nullptr);
  worksheet_write_string(sheet, 2, 2, "-", nullptr);
  worksheet_write_string(sheet, 3, 0, "Bevölkerung ab 65", nullptr);
  worksheet_write_string(sheet, 3, 2, "n. b.", nullptr);
  REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);

  const Outcome<FileImport> imported = importFile(indicatorProject(), folder / "kennzahlen.xlsx");
  REQUIRE(imported.ok());
  REQUIRE(std::holds_alternative<IndicatorTableImport>(imported.value()));
  const IndicatorTableImport& r = std::get<IndicatorTableImport>(imported.value());
  // 97.5 shows a point; 1.234 shows nothing and is read as a workbook's numbers are, with a point.
  CHECK(r.decimalMark == DecimalMark::Point);
  CHECK(described(r.problems) ==
        std::vector<std::string>{"k.csv:4: column \"2013\": \"n. b.\" (cell C4) is not a number: write numbers as "
                                 "14.8 or 1,234.5, and nothing or \"-\", \".\" or \"x\" for no value"});
  CHECK(r.rejectedRows == 1);
  CHECK(indicatorOf(r, "einbuergerungen").values.at(2013) == Approx(97.5));
  CHECK(indicatorOf(r, "neue-kennzahl").values == std::map<int, double>{{2012, 1.234}});
  CHECK(r.indicatorsCreated == 1);
  CHECK(r.valuesChanged == 1);  // 96 → 97.5
}

TEST_CASE("a new indicator whose name is close to one of the project's is warned about", "[io][indicatortable]") {
  // "Einbürgerung" lacks the final n of "Einbürgerungen": one edit apart, so likely a typo, but
  // not the same name: a new indicator all the same.
  const IndicatorTableImport r = importCsv(indicatorProject(), "Kennzahl;2014\nEinbürgerung;101\n");
  CHECK(described(r.problems) ==
        std::vector<std::string>{"k.csv:2: warning: column \"Kennzahl\": a new indicator \"Einbürgerung\" (did you "
                                 "mean \"Einbürgerungen\"?)"});
  CHECK(r.indicatorsCreated == 1);
  CHECK(indicatorOf(r, "einbuergerung").values == std::map<int, double>{{2014, 101.0}});
}
