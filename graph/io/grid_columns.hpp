#pragma once
// The header row of a grid (the Raster, the actors' grid): which column holds each known
// column, found by its accepted names after normaliseName (case, spaces and umlaut spelling
// ignored), and the cells of a data row by known column. Shared by both grid imports.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/csv_reader.hpp"
#include "io/grid_values.hpp"
#include "io/raster_import.hpp"
#include "text/quoting.hpp"

namespace knp {

template <class Column>
struct ColumnNames {
  Column column;
  std::array<std::string_view, 3> names;  // normalised; empty ones unused
};

// `Count` known columns, numbered by the enum `Column` from 0.
template <class Column, std::size_t Count>
class GridColumns {
 public:
  // Reads table.rows.front() (the table must not be empty). An empty header is skipped; an
  // unknown one and the second of a name become warnings in `problems`. O(columns · names).
  template <std::size_t NameCount>
  GridColumns(const CellTable& table, const std::array<ColumnNames<Column>, NameCount>& names,
              std::vector<RasterProblem>& problems)
      : m_header(table.rows.front()), m_line(table.sourceLine.empty() ? 1 : table.sourceLine.front()) {
    for (std::size_t c = 0; c < m_header.size(); ++c) {
      if (m_header[c].empty()) continue;
      const std::optional<Column> column = columnOf(m_header[c], names);
      auto* slot = column ? &m_at[static_cast<std::size_t>(*column)] : nullptr;
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

  // The known column `header` names, if any.
  template <std::size_t NameCount>
  static std::optional<Column> columnOf(const std::string& header,
                                        const std::array<ColumnNames<Column>, NameCount>& names) {
    const std::string name = normaliseName(header);
    for (const ColumnNames<Column>& entry : names)
      for (std::string_view accepted : entry.names)
        if (!accepted.empty() && name == accepted) return entry.column;
    return std::nullopt;
  }

 private:
  std::vector<std::string> m_header;
  std::size_t m_line;
  std::array<std::optional<std::size_t>, Count> m_at;
};

// For an empty table (no header row): marks `result` fatal with the problem and returns true.
inline bool rejectEmptyGrid(const CellTable& table, RasterImport& result) {
  if (!table.rows.empty()) return false;
  result.fatal = true;
  addProblem(result.problems, RasterProblem{Severity::Error, 0, {}, "the grid is empty: no header row"});
  return true;
}

}  // namespace knp
