#include "io/indicator_table_columns.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "io/grid_values.hpp"
#include "model/problem_list.hpp"
#include "text/name_matching.hpp"
#include "text/quoting.hpp"

namespace knp {
namespace {

struct IndicatorColumnHeaders {
  IndicatorColumn column;
  std::string_view name;                     // as messages write it
  std::array<std::string_view, 8> accepted;  // normalised (normaliseName); empty ones unused
};

// The one table of the known columns, in IndicatorColumn order.
constexpr std::array<IndicatorColumnHeaders, kIndicatorColumnCount> kColumns{{
    {IndicatorColumn::Id, "Id", {"id", "kennung", "kuerzel"}},
    {IndicatorColumn::Name,
     "Kennzahl",
     {"kennzahl", "kennzahlen", "indikator", "indicator", "name", "bezeichnung", "merkmal"}},
    {IndicatorColumn::Unit, "Einheit", {"einheit", "unit", "masseinheit"}},
    {IndicatorColumn::Source, "Quelle", {"quelle", "source", "datenquelle"}},
    {IndicatorColumn::LifePhases, "Lebensphase", {"lebensphase", "lebensphasen", "life phase", "life phases"}},
    {IndicatorColumn::Kind, "Art", {"art", "kind"}},
    {IndicatorColumn::Direction, "Richtung", {"richtung", "direction", "zielrichtung"}},
    {IndicatorColumn::Target, "Zielwert", {"zielwert", "target", "target value", "ziel"}},
    {IndicatorColumn::TargetYear, "Zieljahr", {"zieljahr", "target year"}},
}};

constexpr bool inColumnOrder() {
  for (std::size_t i = 0; i < kColumns.size(); ++i)
    if (static_cast<std::size_t>(kColumns[i].column) != i) return false;
  return true;
}
static_assert(inColumnOrder());

// The headers that make a table a Raster or an actors' grid, normalised: the key column of the
// actors' grid (actor_grid_columns.cpp) and the Raster's Aktivität (raster_import.cpp).
constexpr std::array<std::string_view, 4> kGridKeyHeaders = {"akteur", "actor", "aktivitaet", "activity"};

struct HeaderShape {
  std::optional<std::size_t> name;  // the first name column
  std::optional<int> firstYear;
  bool gridKey = false;
};

HeaderShape shapeOf(const std::vector<std::string>& row) {
  HeaderShape shape;
  shape.gridKey = namesGridColumn(row);
  for (std::size_t c = 0; c < row.size(); ++c) {
    const std::string& header = row[c];
    if (!shape.name && indicatorColumnOf(header) == IndicatorColumn::Name) shape.name = c;
    if (!shape.firstYear) shape.firstYear = yearOf(header);
  }
  return shape;
}

std::size_t rowsSearched(const CellTable& table) { return std::min(table.rows.size(), kHeaderSearchRows); }

}  // namespace

std::optional<IndicatorColumn> indicatorColumnOf(const std::string& header) {
  const std::string name = normaliseName(header);
  if (name.empty()) return std::nullopt;
  for (const IndicatorColumnHeaders& entry : kColumns)
    if (std::ranges::find(entry.accepted, name) != entry.accepted.end()) return entry.column;
  return std::nullopt;
}

std::string_view indicatorColumnName(IndicatorColumn column) { return kColumns[static_cast<std::size_t>(column)].name; }

bool namesGridColumn(const std::vector<std::string>& row) {
  for (const std::string& header : row)
    if (std::ranges::find(kGridKeyHeaders, normaliseName(header)) != kGridKeyHeaders.end()) return true;
  return false;
}

std::optional<std::size_t> indicatorHeaderRow(const CellTable& table) {
  if (table.rows.empty() || shapeOf(table.rows.front()).gridKey) return std::nullopt;
  for (std::size_t r = 0; r < rowsSearched(table); ++r) {
    const HeaderShape shape = shapeOf(table.rows[r]);
    if (shape.name && shape.firstYear) return r;
  }
  return std::nullopt;
}

std::string whyNoIndicatorTable(const CellTable& table) {
  constexpr std::string_view kNeeds =
      "an indicator table needs a name column (Kennzahl, Indikator, Indicator or Name) and a column per year such "
      "as 2013";
  if (table.rows.empty()) return fmt::format("{}; the table is empty", kNeeds);
  if (shapeOf(table.rows.front()).gridKey)
    return fmt::format("{}; the first row names Akteur or Aktivität, as a Raster does", kNeeds);
  for (std::size_t r = 0; r < rowsSearched(table); ++r) {
    const HeaderShape shape = shapeOf(table.rows[r]);
    const std::size_t line = r < table.sourceLine.size() ? table.sourceLine[r] : r + 1;
    if (shape.name)
      return fmt::format("{}; line {} has {} but no year", kNeeds, line, quote(table.rows[r][*shape.name]));
    if (shape.firstYear)
      return fmt::format("{}; line {} has the year {} but no name column", kNeeds, line, *shape.firstYear);
  }
  return fmt::format("{}; the first {} has neither", kNeeds,
                     rowsSearched(table) == 1 ? std::string("row") : fmt::format("{} rows", rowsSearched(table)));
}

std::optional<IndicatorTableColumns> readIndicatorColumns(const CellTable& table, std::size_t headerRow,
                                                          std::vector<RasterProblem>& problems) {
  IndicatorTableColumns columns;
  columns.headerRow = headerRow;
  columns.headerLine = headerRow < table.sourceLine.size() ? table.sourceLine[headerRow] : headerRow + 1;
  columns.header = table.rows.at(headerRow);
  bool twoOfAYear = false;
  for (std::size_t c = 0; c < columns.header.size(); ++c) {
    const std::string& header = columns.header[c];
    if (normaliseName(header).empty()) continue;
    if (const std::optional<int> year = yearOf(header)) {
      const auto first = std::ranges::find(columns.years, *year, &std::pair<int, std::size_t>::first);
      if (first != columns.years.end()) {
        twoOfAYear = true;
        addProblem(problems, RasterProblem{Severity::Error, columns.headerLine, header,
                                           fmt::format("columns {} and {} are both the year {}: which holds its "
                                                       "values cannot be told; remove or rename one",
                                                       spreadsheetColumn(first->second), spreadsheetColumn(c), *year)});
        continue;
      }
      columns.years.emplace_back(*year, c);
      continue;
    }
    const std::optional<IndicatorColumn> known = indicatorColumnOf(header);
    auto* slot = known ? &columns.known[static_cast<std::size_t>(*known)] : nullptr;
    if (!slot || *slot) {
      addProblem(problems,
                 RasterProblem{Severity::Warning, columns.headerLine, header,
                               fmt::format("{} ({}), ignored", slot ? "second column of this name" : "unknown column",
                                           spreadsheetColumn(c))});
      continue;
    }
    *slot = c;
  }
  if (twoOfAYear) return std::nullopt;
  return columns;
}

std::string spreadsheetColumn(std::size_t index) {
  std::string name;
  for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26)
    name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
  return name;
}

}  // namespace knp
