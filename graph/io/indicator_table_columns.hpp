#pragma once
// The header row of an indicator table (indicator_table_import.hpp): which column holds the
// name and each detail, found by its accepted headers after normaliseName (case, spaces and
// umlaut spelling ignored), which columns hold years, and where the header row is.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "io/csv_reader.hpp"
#include "io/grid_problem.hpp"

namespace knp {

// The known columns of an indicator table besides the years.
enum class IndicatorColumn { Id, Name, Unit, Source, LifePhases, Kind, Direction, Target, TargetYear };
inline constexpr std::size_t kIndicatorColumnCount = 9;

// How many rows from the top may hold the header: statistics offices put a title, a table
// number or a blank-looking row above their tables.
inline constexpr std::size_t kHeaderSearchRows = 10;

// The known column that `header` names, if any (the accepted headers are a table in the .cpp:
// Kennzahl / Indikator / Indicator / Name / Bezeichnung / Merkmal for the name, Id / Kennung /
// Kürzel, Einheit / Unit, Quelle / Source, Lebensphase(n) / Life phase(s), Art / Kind, Richtung /
// Direction, Zielwert / Target, Zieljahr / Target year). O(length + accepted headers).
std::optional<IndicatorColumn> indicatorColumnOf(const std::string& header);

// The header as the user reads it in messages, German: "Kennzahl", "Zieljahr". O(1).
std::string_view indicatorColumnName(IndicatorColumn column);

// The columns of an indicator table's header row.
struct IndicatorTableColumns {
  std::size_t headerRow = 0;                                              // index in CellTable::rows
  std::size_t headerLine = 1;                                             // its line (CSV) or row number (sheet)
  std::vector<std::string> header;                                        // the header row as written
  std::array<std::optional<std::size_t>, kIndicatorColumnCount> known{};  // per IndicatorColumn: its index
  std::vector<std::pair<int, std::size_t>> years;                         // (year, column index), in column order

  // Where the table has `column`; nullopt when it lacks it. O(1).
  std::optional<std::size_t> at(IndicatorColumn column) const { return known[static_cast<std::size_t>(column)]; }
};

// Whether `row` names Akteur, Aktivität, Actor or Activity (case and umlaut spelling ignored):
// the columns that make a table a Raster or an actors' grid. O(columns).
bool namesGridColumn(const std::vector<std::string>& row);

// The index of the header row of an indicator table among the first kHeaderSearchRows rows of
// `table`: the first row with a name column and at least one year column (a header 1900–2200,
// yearOf). Nullopt when there is none, and when the first row names Akteur, Aktivität, Actor or
// Activity: then the table is a Raster or an actors' grid (raster_import.hpp,
// actor_grid_import.hpp) whatever else it has. O(rows searched · columns).
std::optional<std::size_t> indicatorHeaderRow(const CellTable& table);

// For a table without header row (indicatorHeaderRow): which of the name column and the year
// columns the rows searched lack, e.g. "an indicator table needs a name column (Kennzahl,
// Indikator, Indicator or Name) and a column per year such as 2013; the first row has
// \"Kennzahl\" but no year". O(rows searched · columns).
std::string whyNoIndicatorTable(const CellTable& table);

// Reads the header row `headerRow` of `table` (as indicatorHeaderRow found it). An unknown
// header and the second column of a known one are warnings in `problems` (ignored columns);
// two columns of the same year are an error in `problems`, and the result is nullopt: which
// of them holds the year's values cannot be told. O(columns · accepted headers).
std::optional<IndicatorTableColumns> readIndicatorColumns(const CellTable& table, std::size_t headerRow,
                                                          std::vector<RasterProblem>& problems);

// A column's name in a spreadsheet: 0 → "A", 25 → "Z", 26 → "AA", 701 → "ZZ", 702 → "AAA".
// O(log index).
std::string spreadsheetColumn(std::size_t index);

}  // namespace knp
