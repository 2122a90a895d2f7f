#pragma once
// The header row of a grid (the Raster, the actors' grid): which column holds each known
// column, found by its accepted names after normaliseName (case, spaces and umlaut spelling
// ignored), and the cells of a data row by known column. Shared by both grid imports; the known
// columns are a list whose entries hold their accepted names (KnownColumns), numbered by position.
#include <array>
#include <concepts>
#include <cstddef>
#include <optional>
#include <ranges>
#include <string>
#include <string_view>
#include <vector>

#include "io/csv_reader.hpp"
#include "io/grid_values.hpp"
#include "io/raster_import.hpp"
#include "text/quoting.hpp"

namespace knp {

// The header names one known column accepts, normalised (normaliseName); empty ones unused.
using AcceptedNames = std::array<std::string_view, 3>;

// A list of known columns: entry i describes column i and accepts the headers in entry.names.
// The Raster's is a list of ColumnNames, the actors' grid's the table of actor_grid_columns.hpp.
template <class Entries>
concept KnownColumns = std::ranges::random_access_range<const Entries> &&
                       requires(const std::ranges::range_value_t<Entries>& entry) {
                         { entry.names } -> std::convertible_to<AcceptedNames>;
                       };

// An entry of a list of known columns that names its column: `column` must be the entry's
// position (inColumnOrder checks that at compile time).
template <class Column>
struct ColumnNames {
  Column column;
  AcceptedNames names;
};

// Whether every entry of `names` stands at the position its enum value says. O(Count).
template <class Column, std::size_t Count>
constexpr bool inColumnOrder(const std::array<ColumnNames<Column>, Count>& names) {
  for (std::size_t i = 0; i < Count; ++i)
    if (static_cast<std::size_t>(names[i].column) != i) return false;
  return true;
}

// The known column among `columns` that `header` names (normalised first), if any: the first
// entry that accepts it. O(columns · names).
template <KnownColumns Entries>
std::optional<std::size_t> knownColumnOf(const std::string& header, const Entries& columns) {
  const std::string name = normaliseName(header);
  std::size_t index = 0;
  for (const auto& entry : columns) {
    for (std::string_view accepted : entry.names)
      if (!accepted.empty() && name == accepted) return index;
    ++index;
  }
  return std::nullopt;
}

// The known columns of one grid, numbered from 0 in the order of their list, addressed as
// `Column`: an enum numbered from 0 (the Raster) or std::size_t (the actors' grid).
template <class Column>
class GridColumns {
 public:
  // Reads table.rows.front() (the table must not be empty). An empty header is skipped; an
  // unknown one and the second of a name become warnings in `problems`. O(columns · names).
  template <KnownColumns Entries>
  GridColumns(const CellTable& table, const Entries& known, std::vector<RasterProblem>& problems)
      : m_header(table.rows.front()),
        m_line(table.sourceLine.empty() ? 1 : table.sourceLine.front()),
        m_at(std::ranges::size(known)) {
    for (std::size_t c = 0; c < m_header.size(); ++c) {
      if (m_header[c].empty()) continue;
      const std::optional<std::size_t> column = knownColumnOf(m_header[c], known);
      auto* slot = column ? &m_at[*column] : nullptr;
      if (!slot || *slot) {
        addProblem(problems, RasterProblem{Severity::Warning, m_line, m_header[c],
                                           slot ? "second column of this name, ignored" : "unknown column, ignored"});
        continue;
      }
      *slot = c;
    }
  }

  bool has(Column column) const { return m_at[static_cast<std::size_t>(column)].has_value(); }
  std::size_t headerLine() const { return m_line; }
  // The header as written in the grid; the column must be there.
  const std::string& header(Column column) const { return m_header.at(*m_at[static_cast<std::size_t>(column)]); }

  // The cell of `row` in `column` without the export's formula guard (removeFormulaGuard);
  // nullopt when the grid lacks the column, "" when the row is shorter.
  std::optional<std::string> cell(const std::vector<std::string>& row, Column column) const {
    const auto index = m_at[static_cast<std::size_t>(column)];
    if (!index) return std::nullopt;
    return *index < row.size() ? removeFormulaGuard(row[*index]) : std::string();
  }

  // A warning in `problems` when `row` (at `line`) has cells right of the last header: they belong
  // to no column and are not imported, as when a stray quote shifted the row. Rows are trimmed
  // of empty cells at their end, so only cells with something in them count. O(1).
  void warnAboutCellsBeyondHeader(const std::vector<std::string>& row, std::size_t line,
                                  std::vector<RasterProblem>& problems) const {
    if (row.size() <= m_header.size()) return;
    addProblemLazily(problems, Severity::Warning, [&] {
      return RasterProblem{Severity::Warning, line, {},
                           fmt::format("{} right of the last column, {}, {} not imported",
                                       row.size() - m_header.size() == 1 ? std::string("a cell")
                                                                         : fmt::format("{} cells", row.size() - m_header.size()),
                                       quote(m_header.back()), row.size() - m_header.size() == 1 ? "is" : "are")};
    });
  }

 private:
  std::vector<std::string> m_header;
  std::size_t m_line;
  std::vector<std::optional<std::size_t>> m_at;  // per known column: where the grid has it
};

// For an empty table (no header row): marks `result` fatal with the problem and returns true.
inline bool rejectEmptyGrid(const CellTable& table, RasterImport& result) {
  if (!table.rows.empty()) return false;
  result.fatal = true;
  addProblem(result.problems, RasterProblem{Severity::Error, 0, {}, "the grid is empty: no header row"});
  return true;
}

}  // namespace knp
