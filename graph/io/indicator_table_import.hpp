#pragma once
// Indicators from a table of indicator × year, the shape statistics offices publish (IT.NRW,
// Wegweiser Kommune, a city's Demografiebericht as spreadsheet): one row per indicator, a
// column with its name, optional columns with its details, and one column per year.
//
//   Kennzahl;Einheit;Quelle;Lebensphase;Art;Richtung;Zielwert;Zieljahr;2012;2013;2014
//   Einbürgerungen;Anzahl;Demografiebericht;;Kennzahl;höher ist besser;105;2015;92;96;101
//
// Columns are found by header (case and umlaut spelling ignored, German or English):
//   Kennzahl / Indikator / Indicator / Name / Bezeichnung / Merkmal  the name (required)
//   Id / Kennung / Kürzel          the indicator's id
//   Einheit / Unit                 Quelle / Source
//   Lebensphase(n) / Life phase(s) names or ids of life phases, separated by "," or "|"
//   Art / Kind                     "Kennzahl" / "figure", or "Bevölkerung" / "population"
//   Richtung / Direction           "höher ist besser" / "higher is better", "niedriger ist
//                                  besser" / "lower is better", "neutral" (and a few more)
//   Zielwert / Target              Zieljahr / Target year
//   a year 1900–2200 ("2013")      the indicator's value in that year; in any order
// The header row is the first row, or the first of the first kHeaderSearchRows rows that has
// a name column and a year column (statistics offices put a title above their tables); rows
// above it are not read. Other headers are warned about and ignored (indicator_table_columns.hpp).
//
// Rows: a row matches the project's indicator by its Id (exactly, else ignoring case and spaces),
// else by name or id (normaliseName); without a match it creates an indicator, under its Id or an
// id made from its name (idFrom). Values are numbers in the file's convention
// (decimal_numbers.hpp: the decimal mark shown by most of the table's numbers; when none shows
// one, usualDecimalMark); a number that holds the table's decimal mark but reads differently with
// the other one ("12.760" in a table of decimal points: 12.76, or 12760 grouped as German tables
// write thousands? "12,760" in a table of decimal commas) is an error that asks for an
// unambiguous spelling, except in a workbook, whose numbers are stored as numbers; an empty cell
// or a no-value mark ("-", ".", "x", ...) gives no value and keeps what the indicator had. A
// value for a year the indicator has none for is added; a different value for a year it has
// replaces it and is listed as a change (before → after). A detail cell with something in it
// replaces the indicator's detail; an empty one keeps it. A row with an error (a value that is
// not a number, an unknown life phase, kind or direction, a target year that is not a year, a
// target without direction, a second row for the same indicator) changes nothing; every error
// names the row, the column (header and letter, as in "cell C5") and what is wrong. A row whose
// value and detail cells are all empty (or no-value marks) and that names no indicator of the
// project (a heading, a footnote) is skipped with a warning; one with a value cell that is not a
// number is rejected for it, not skipped. A new indicator whose name is close to one the project
// has (closestName) is warned about as a possible typo (the first 100 new names are compared,
// fewer in a project of more than 2,500 indicators). A row found by its Id takes the table's
// name; one found by name keeps the project's spelling.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/csv_reader.hpp"
#include "io/decimal_numbers.hpp"
#include "io/grid_problem.hpp"
#include "io/indicator_table_columns.hpp"
#include "model/project.hpp"

namespace knp {

// A value of a year the indicator had, replaced by a different one.
struct IndicatorValueChange {
  int year = 0;
  double before = 0.0, after = 0.0;
  std::string column;  // the header, as in the table ("2013")
  bool operator==(const IndicatorValueChange&) const = default;
};

// What one applied row does to its indicator; only rows that change something are listed.
struct IndicatorRowChange {
  IndicatorId id;
  std::string name;  // after the row
  std::size_t line = 0;
  bool created = false;
  std::vector<int> addedYears;                      // ascending
  std::vector<IndicatorValueChange> changedValues;  // by year
  std::vector<std::string> changedDetails;          // headers of the detail columns whose value changed, as written
  bool operator==(const IndicatorRowChange&) const = default;
};

// The plan of an import: the project as it will be, what changes, and the problems.
struct IndicatorTableImport {
  Project project;               // the given project with every row without error applied
  std::size_t rows = 0;          // data rows read (below the header)
  std::size_t rejectedRows = 0;  // rows with an error (not applied)
  std::size_t skippedRows = 0;   // rows without name, values or details (headings, footnotes)
  std::size_t indicatorsCreated = 0;
  std::size_t indicatorsUpdated = 0;             // existing indicators a row changed
  std::size_t valuesAdded = 0;                   // values for years the indicator had none for
  std::size_t valuesChanged = 0;                 // values that replaced a different one
  std::vector<IndicatorRowChange> changes;       // in row order
  DecimalMark decimalMark = DecimalMark::Comma;  // how the numbers were read
  std::size_t numbersShowingMark = 0;            // how many of the table's numbers showed decimalMark
  std::vector<RasterProblem> problems;           // in row order, table-level ones first; capped (addProblem)
  bool fatal = false;  // nothing may be applied: no header, two columns of a year, an invalid result
};

// Applies `table` to a copy of `project` as described above. `usualMark` is the decimal mark
// when none of the table's numbers shows one (usualDecimalMark of the file). `workbook` is true
// for a table read from an .xlsx sheet, whose numbers are stored as numbers and reach the table
// as "1.234" for 1.234, never grouped: their point is not ambiguous (see above). A table without
// header row (indicatorHeaderRow) is fatal. The result is checked as a whole: a project that
// could not be saved (savable) makes the import fatal, so that no caller saves it.
// O(rows · (columns + indicators)).
IndicatorTableImport importIndicatorTable(const Project& project, const CellTable& table, DecimalMark usualMark,
                                          bool workbook);

}  // namespace knp
