#pragma once
// The data rows of a grid as both grid imports (raster_import.hpp, actor_grid_import.hpp) go
// through them: every row counted and checked first, its errors listed with its line and
// column, and only a row without error applied.
#include <cstddef>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "io/csv_reader.hpp"
#include "io/grid_columns.hpp"
#include "io/raster_import.hpp"

namespace knp {

// One data row while an import checks it: its cells by known column, its source line and
// whether an error was found in it.
template <class Column>
class GridRow {
 public:
  GridRow(const GridColumns<Column>& columns, const std::vector<std::string>& cells, std::size_t line,
          std::vector<RasterProblem>& problems)
      : m_columns(columns), m_cells(cells), m_line(line), m_problems(problems) {}

  // GridColumns::cell of this row: nullopt when the grid lacks the column.
  std::optional<std::string> cell(Column column) const { return m_columns.cell(m_cells, column); }

  // An error of this row in `column` (which the grid has), after which the row is rejected.
  // `message`: the text, or a callable that makes it, called only while the problem list has
  // room (addProblemLazily). O(1) plus the message.
  template <class Message>
  void fail(Column column, Message&& message) {
    m_failed = true;
    addProblemLazily(m_problems, Severity::Error, [&] {
      if constexpr (std::is_invocable_v<Message>)
        return RasterProblem{Severity::Error, m_line, m_columns.header(column), message()};
      else
        return RasterProblem{Severity::Error, m_line, m_columns.header(column), std::string(message)};
    });
  }
  bool failed() const { return m_failed; }

 private:
  const GridColumns<Column>& m_columns;
  const std::vector<std::string>& m_cells;
  std::size_t m_line;
  std::vector<RasterProblem>& m_problems;
  bool m_failed = false;
};

// Goes through the data rows of `table` (every row after the header), in order: counts each in
// result.rows, warns about cells right of the last header (warnAboutCellsBeyondHeader), then
// calls check(row), which reports the row's errors through row.fail and returns what applying
// the row needs (a plan). A row with an error is counted in result.rejectedRows and changes
// nothing; any other is applied by apply(row, plan). A row's line is table.sourceLine[r], or its
// 1-based position r + 1 where sourceLine is shorter. A table with the header alone calls
// neither. O(rows) plus check and apply.
template <class Column, class Check, class Apply>
void forEachGridRow(const CellTable& table, const GridColumns<Column>& columns, RasterImport& result, Check check,
                    Apply apply) {
  for (std::size_t r = 1; r < table.rows.size(); ++r) {
    const std::vector<std::string>& cells = table.rows[r];
    const std::size_t line = r < table.sourceLine.size() ? table.sourceLine[r] : r + 1;
    ++result.rows;
    columns.warnAboutCellsBeyondHeader(cells, line, result.problems);
    GridRow<Column> row(columns, cells, line, result.problems);
    auto plan = check(row);
    if (row.failed()) {
      ++result.rejectedRows;
      continue;
    }
    apply(std::as_const(row), std::move(plan));
  }
}

}  // namespace knp
