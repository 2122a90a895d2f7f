// The import of an indicator table; the contract is in indicator_table_import.hpp. Every row is
// checked completely (values, details, which indicator it names) before anything is applied,
// so that a row with an error changes nothing.
#include "io/indicator_table_import.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "io/grid_values.hpp"
#include "io/outcome.hpp"
#include "io/project_json.hpp"
#include "model/problem_list.hpp"
#include "text/name_matching.hpp"
#include "text/quoting.hpp"
#include "text/trim.hpp"

namespace knp {
namespace {

// Words a cell may hold for a value of an enumeration, normalised (normaliseName).
template <class E>
struct WordsFor {
  E value;
  std::array<std::string_view, 7> words;  // empty ones unused
};

constexpr std::array<WordsFor<IndicatorKind>, 2> kKindWords{{
    {IndicatorKind::Figure, {"kennzahl", "figure", "indikator", "indicator"}},
    {IndicatorKind::Population, {"bevoelkerung", "population", "einwohner", "einwohnerzahl"}},
}};

constexpr std::array<WordsFor<IndicatorDirection>, 3> kDirectionWords{{
    {IndicatorDirection::HigherIsBetter,
     {"hoeher ist besser", "higher is better", "higher_is_better", "hoeher", "higher", "mehr ist besser",
      "more is better"}},
    {IndicatorDirection::LowerIsBetter,
     {"niedriger ist besser", "lower is better", "lower_is_better", "niedriger", "lower", "weniger ist besser",
      "less is better"}},
    {IndicatorDirection::Neutral, {"neutral", "keine", "none"}},
}};

template <class E, std::size_t N>
std::optional<E> valueOfWord(const std::array<WordsFor<E>, N>& table, const std::string& cell) {
  const std::string word = normaliseName(cell);
  for (const WordsFor<E>& entry : table)
    for (std::string_view accepted : entry.words)
      if (!accepted.empty() && accepted == word) return entry.value;
  return std::nullopt;
}

// How many new indicators' names are compared with the project's for a likely typo: at most
// kTypoChecks names, and at most kTypoComparisons comparisons of two names in all (each costs
// about 4 µs for names of 40 characters: a project of 20,000 indicators gets 12 checks, about
// a second).
constexpr std::size_t kTypoChecks = 100;
constexpr std::size_t kTypoComparisons = 250'000;

std::string_view markName(DecimalMark mark) { return mark == DecimalMark::Comma ? "comma" : "point"; }
DecimalMark otherMark(DecimalMark mark) { return mark == DecimalMark::Comma ? DecimalMark::Point : DecimalMark::Comma; }

// "cell C5".
std::string cellName(std::size_t column, std::size_t line) {
  return fmt::format("cell {}{}", spreadsheetColumn(column), line);
}

// The name without its parenthesised parts, normalised: "Kita (3–6)" → "kita".
std::string shortName(std::string_view name) {
  std::string out;
  int depth = 0;
  for (const char c : name) {
    if (c == '(')
      ++depth;
    else if (c == ')' && depth > 0)
      --depth;
    else if (depth == 0)
      out += c;
  }
  return normaliseName(out);
}

// The project's life phases by id, by name, or by name without the ages in parentheses
// ("Kita" for "Kita (3–6)", when no other phase has that short name).
class PhaseLookup {
 public:
  explicit PhaseLookup(const std::vector<LifePhase>& phases)
      : m_phases(phases), m_lookup(phases, [](const LifePhase& phase) { return phase.name; }) {
    for (std::size_t i = 0; i < phases.size(); ++i) {
      auto [at, added] = m_short.emplace(shortName(phases[i].name), i);
      if (!added) at->second = std::nullopt;  // two phases of that short name: neither is meant
    }
  }
  std::optional<LifePhaseId> find(const std::string& text) const {
    if (const std::optional<std::size_t> i = m_lookup.find(text)) return m_phases[*i].id;
    if (auto it = m_short.find(shortName(text)); it != m_short.end() && it->second) return m_phases[*it->second].id;
    return std::nullopt;
  }
  std::string suggestion(const std::string& typed) const { return m_lookup.suggestion(typed); }

 private:
  const std::vector<LifePhase>& m_phases;
  ItemLookup<LifePhase> m_lookup;
  std::unordered_map<std::string, std::optional<std::size_t>> m_short;
};

// The values of a cell of life phases: the whole cell when it names one phase (a name may hold
// a comma), else its parts separated by ",", "|" or line breaks.
std::vector<std::string> phaseNames(const std::string& cell, const PhaseLookup& phases) {
  if (phases.find(cell)) return {cell};
  std::string bars = cell;
  for (char& c : bars)
    if (c == ',') c = '|';
  return splitValues(bars);
}

// One data row while it is checked: its cells by column, its line, and its problems.
class IndicatorRow {
 public:
  IndicatorRow(const IndicatorTableColumns& columns, const std::vector<std::string>& cells, std::size_t line,
               std::vector<RasterProblem>& problems)
      : m_columns(columns), m_cells(cells), m_line(line), m_problems(problems) {}

  std::size_t line() const { return m_line; }

  // The cell in column `index` trimmed, without the export's formula guard; "" beyond the row.
  std::string cell(std::size_t index) const {
    return index < m_cells.size() ? trimmed(removeFormulaGuard(m_cells[index])) : std::string();
  }
  // The cell of a known column; nullopt when the table lacks the column or the cell is empty.
  std::optional<std::string> detail(IndicatorColumn column) const {
    const std::optional<std::size_t> index = m_columns.at(column);
    if (!index) return std::nullopt;
    std::string text = cell(*index);
    if (text.empty()) return std::nullopt;
    return text;
  }
  // Column index of a known column the table has.
  std::size_t indexOf(IndicatorColumn column) const { return *m_columns.at(column); }

  // An error of this row in column `index`, after which the row is rejected. `message` is a
  // callable making the text, called only while the problem list has room.
  template <class Message>
  void fail(std::size_t index, Message message) {
    m_failed = true;
    addProblemLazily(m_problems, Severity::Error, [&] {
      return RasterProblem{Severity::Error, m_line, m_columns.header.at(index), message()};
    });
  }
  // A warning about this row, in column `index` or (nullopt) the whole row.
  void warn(std::optional<std::size_t> index, std::string message) {
    addProblem(m_problems, RasterProblem{Severity::Warning, m_line, index ? m_columns.header.at(*index) : std::string(),
                                         std::move(message)});
  }
  bool failed() const { return m_failed; }

 private:
  const IndicatorTableColumns& m_columns;
  const std::vector<std::string>& m_cells;
  std::size_t m_line;
  std::vector<RasterProblem>& m_problems;
  bool m_failed = false;
};

// The table's numbers (year columns and Zielwert) and the decimal mark they show.
struct MarkEvidence {
  std::array<std::size_t, 2> shown{};       // by DecimalMark
  std::array<std::string, 2> firstExample;  // by DecimalMark: "\"14,8\" in cell C3"
};

MarkEvidence markEvidence(const CellTable& table, const IndicatorTableColumns& columns) {
  std::vector<std::size_t> numberColumns;
  for (const auto& [year, index] : columns.years) numberColumns.push_back(index);
  if (const auto target = columns.at(IndicatorColumn::Target)) numberColumns.push_back(*target);
  MarkEvidence evidence;
  for (std::size_t r = columns.headerRow + 1; r < table.rows.size(); ++r) {
    const std::vector<std::string>& cells = table.rows[r];
    for (const std::size_t c : numberColumns) {
      if (c >= cells.size()) continue;
      const std::string text = removeFormulaGuard(cells[c]);
      if (isNoValueMark(text)) continue;
      const std::optional<DecimalMark> mark = decimalMarkShownBy(text);
      if (!mark) continue;
      const auto m = static_cast<std::size_t>(*mark);
      if (evidence.shown[m]++ == 0) {
        const std::size_t line = r < table.sourceLine.size() ? table.sourceLine[r] : r + 1;
        evidence.firstExample[m] = fmt::format("{} in {}", quote(trimmed(text)), cellName(c, line));
      }
    }
  }
  return evidence;
}

// What checking a row found: the indicator it names and that indicator as the row leaves it.
struct RowPlan {
  bool skip = false;
  std::optional<std::size_t> existing;  // index in the project's indicators
  std::optional<std::string> id;        // the Id cell
  Indicator after;
  std::vector<int> addedYears;
  std::vector<IndicatorValueChange> changedValues;
};

// The headers (as written) of the detail columns whose value differs between `before` and
// `after`.
std::vector<std::string> changedDetails(const Indicator& before, const Indicator& after,
                                        const IndicatorTableColumns& columns) {
  std::vector<std::string> headers;
  auto note = [&](bool differs, IndicatorColumn column) {
    if (differs && columns.at(column)) headers.push_back(columns.header[*columns.at(column)]);
  };
  note(before.name != after.name, IndicatorColumn::Name);
  note(before.unit != after.unit, IndicatorColumn::Unit);
  note(before.source != after.source, IndicatorColumn::Source);
  note(before.lifePhases != after.lifePhases, IndicatorColumn::LifePhases);
  note(before.kind != after.kind, IndicatorColumn::Kind);
  note(before.direction != after.direction, IndicatorColumn::Direction);
  const bool targetValue = before.target.has_value() != after.target.has_value() ||
                           (before.target && after.target && before.target->value != after.target->value);
  const bool targetYear = before.target.has_value() != after.target.has_value() ||
                          (before.target && after.target && before.target->year != after.target->year);
  note(targetValue, IndicatorColumn::Target);
  note(targetYear, IndicatorColumn::TargetYear);
  return headers;
}

}  // namespace

IndicatorTableImport importIndicatorTable(const Project& project, const CellTable& table, DecimalMark usualMark,
                                          bool workbook) {
  IndicatorTableImport result;
  result.project = project;
  result.decimalMark = usualMark;
  Project& p = result.project;
  const std::optional<std::size_t> headerRow = indicatorHeaderRow(table);
  if (!headerRow) {
    result.fatal = true;
    addProblem(result.problems, RasterProblem{Severity::Error, 0, {}, "no header row: " + whyNoIndicatorTable(table)});
    return result;
  }
  if (*headerRow > 0)
    addProblem(
        result.problems,
        RasterProblem{Severity::Warning,
                      table.sourceLine.empty() ? 1 : table.sourceLine.front(),
                      {},
                      fmt::format("{} above the header row (line {}) {} not imported",
                                  *headerRow == 1 ? std::string("the row") : fmt::format("the {} rows", *headerRow),
                                  *headerRow < table.sourceLine.size() ? table.sourceLine[*headerRow] : *headerRow + 1,
                                  *headerRow == 1 ? "is" : "are")});
  const std::optional<IndicatorTableColumns> read = readIndicatorColumns(table, *headerRow, result.problems);
  if (!read) {
    result.fatal = true;
    return result;
  }
  const IndicatorTableColumns& columns = *read;

  const MarkEvidence evidence = markEvidence(table, columns);
  const DecimalMark mark = decideDecimalMark(evidence.shown[static_cast<std::size_t>(DecimalMark::Comma)],
                                             evidence.shown[static_cast<std::size_t>(DecimalMark::Point)], usualMark);
  result.decimalMark = mark;
  result.numbersShowingMark = evidence.shown[static_cast<std::size_t>(mark)];
  const std::string& markExample = evidence.firstExample[static_cast<std::size_t>(mark)];

  ItemLookup<Indicator> indicators(p.indicators, [](const Indicator& i) { return i.name; });
  // An Id names an indicator the project had before this import (exactly, or ignoring case and
  // spaces as a spreadsheet may change them).
  std::unordered_map<std::string, std::size_t> existingById, existingByNormalisedId;
  for (std::size_t i = 0; i < p.indicators.size(); ++i) {
    existingById.emplace(p.indicators[i].id.value, i);
    existingByNormalisedId.emplace(normaliseName(p.indicators[i].id.value), i);
  }
  auto existingIndicator = [&](const std::string& id) -> std::optional<std::size_t> {
    if (auto it = existingById.find(id); it != existingById.end()) return it->second;
    if (auto it = existingByNormalisedId.find(normaliseName(id)); it != existingByNormalisedId.end()) return it->second;
    return std::nullopt;
  };
  // Every Id of the table is reserved first, so that no id made from a name takes it.
  TakenIds ids;
  for (const Indicator& i : p.indicators) ids.insert(i.id.value);
  if (const auto idColumn = columns.at(IndicatorColumn::Id))
    for (std::size_t r = *headerRow + 1; r < table.rows.size(); ++r)
      if (*idColumn < table.rows[r].size())
        if (std::string id = trimmed(removeFormulaGuard(table.rows[r][*idColumn])); !id.empty())
          ids.insert(std::move(id));
  const PhaseLookup phases(p.lifePhases);
  std::unordered_map<std::size_t, std::size_t> lineOfIndicator;  // indicator index → the row that named it
  std::unordered_set<std::string> idsInTable;                    // normalised
  std::unordered_set<std::size_t> headerlessColumnsWarned;
  std::size_t typoChecksLeft = std::min(kTypoChecks, kTypoComparisons / std::max<std::size_t>(1, p.indicators.size()));

  // A cell of a number column that parseDecimal cannot read with the table's mark.
  auto notANumber = [&](const std::string& text, std::size_t column, std::size_t line) {
    if (const std::optional<double> other = parseDecimal(text, otherMark(mark)))
      return fmt::format("{} ({}) is written with a decimal {}, but this table's numbers use a decimal {}{}: write {}",
                         quote(text), cellName(column, line), markName(otherMark(mark)), markName(mark),
                         markExample.empty() ? std::string() : fmt::format(" (as {})", markExample),
                         formatDecimal(*other, mark));
    return fmt::format("{} ({}) is not a number: write numbers as {}, and nothing or {} for no value", quote(text),
                       cellName(column, line), decimalExample(mark), commonNoValueMarks());
  };

  // The number in a cell of a number column, or nullopt after failing the row: a cell the
  // table's mark cannot read (notANumber), or one that shows the mark but reads differently
  // with the other ("12.760" in a table of decimal points: 12.76, or 12760 with the point
  // grouping thousands?). Such a cell is refused rather than guessed, so that no value is read
  // 1000 times too small or large without a word. A workbook's numbers are stored as numbers:
  // "1.234" from a sheet is 1.234.
  auto readNumber = [&](IndicatorRow& row, const std::string& text, std::size_t column) -> std::optional<double> {
    const std::size_t line = row.line();
    const std::optional<double> value = parseDecimal(text, mark);
    if (!value) {
      row.fail(column, [&] { return notANumber(text, column, line); });
      return std::nullopt;
    }
    if (const std::optional<double> other = workbook ? std::nullopt : otherReadingOf(text, mark)) {
      row.fail(column, [&] {
        std::string fraction = formatDecimal(*value, mark);
        if (otherReadingOf(fraction, mark)) fraction += '0';  // "12.345" → "12.3450": no group of four
        return fmt::format(
            "{} ({}) could be {} or {} (a {} grouping thousands); this table reads a {} as decimal mark{}: write "
            "{} or {}",
            quote(text), cellName(column, line), formatDecimal(*value, mark), formatDecimal(*other, mark),
            markName(otherMark(mark)), markName(mark),
            markExample.empty() ? std::string(", as this kind of file usually does")
                                : fmt::format(" because of {}", markExample),
            formatDecimal(*other, mark), fraction);
      });
      return std::nullopt;
    }
    return value;
  };

  auto checkRow = [&](IndicatorRow& row) {
    RowPlan plan;
    const std::size_t line = row.line();
    const std::optional<std::string> name = row.detail(IndicatorColumn::Name);
    plan.id = row.detail(IndicatorColumn::Id);
    if (plan.id && !idsInTable.insert(normaliseName(*plan.id)).second)
      row.fail(row.indexOf(IndicatorColumn::Id),
               [&] { return fmt::format("Id {} appears twice in the table", quote(*plan.id)); });

    std::map<int, std::pair<double, std::size_t>> values;  // year → value, column
    bool unreadValues = false;                             // a value cell that holds something but no number
    for (const auto& [year, column] : columns.years) {
      const std::string text = row.cell(column);
      if (isNoValueMark(text)) continue;
      if (const std::optional<double> value = readNumber(row, text, column))
        values[year] = {*value, column};
      else
        unreadValues = true;
    }

    // The details, each checked when its cell holds something.
    std::optional<std::vector<LifePhaseId>> lifePhases;
    if (const auto cell = row.detail(IndicatorColumn::LifePhases)) {
      lifePhases.emplace();
      for (const std::string& phaseName : phaseNames(*cell, phases)) {
        if (const std::optional<LifePhaseId> phase = phases.find(phaseName)) {
          if (std::ranges::find(*lifePhases, *phase) == lifePhases->end()) lifePhases->push_back(*phase);
        } else {
          const std::size_t column = row.indexOf(IndicatorColumn::LifePhases);
          row.fail(column, [&] {
            return fmt::format("unknown life phase {} ({}){}", quote(phaseName), cellName(column, line),
                               phases.suggestion(phaseName));
          });
        }
      }
    }
    std::optional<IndicatorKind> kind;
    if (const auto cell = row.detail(IndicatorColumn::Kind)) {
      kind = valueOfWord(kKindWords, *cell);
      const std::size_t column = row.indexOf(IndicatorColumn::Kind);
      if (!kind)
        row.fail(column, [&] {
          return fmt::format("unknown kind {} ({}): write Kennzahl or Bevölkerung (figure or population)", quote(*cell),
                             cellName(column, line));
        });
    }
    std::optional<IndicatorDirection> direction;
    if (const auto cell = row.detail(IndicatorColumn::Direction)) {
      direction = valueOfWord(kDirectionWords, *cell);
      const std::size_t column = row.indexOf(IndicatorColumn::Direction);
      if (!direction)
        row.fail(column, [&] {
          return fmt::format(
              "unknown direction {} ({}): write höher ist besser, niedriger ist besser or neutral "
              "(higher is better, lower is better, neutral)",
              quote(*cell), cellName(column, line));
        });
    }
    std::optional<double> targetValue;
    if (const auto cell = row.detail(IndicatorColumn::Target); cell && !isNoValueMark(*cell)) {
      const std::size_t column = row.indexOf(IndicatorColumn::Target);
      targetValue = readNumber(row, *cell, column);
    }
    std::optional<int> targetYear;
    if (const auto cell = row.detail(IndicatorColumn::TargetYear); cell && !isNoValueMark(*cell)) {
      const std::size_t column = row.indexOf(IndicatorColumn::TargetYear);
      targetYear = yearOf(*cell);
      if (!targetYear)
        row.fail(column, [&] {
          return fmt::format("{} ({}) is not a year (1900–2200)", quote(*cell), cellName(column, line));
        });
    }
    const std::optional<std::string> unit = row.detail(IndicatorColumn::Unit);
    const std::optional<std::string> source = row.detail(IndicatorColumn::Source);
    // A row is a heading or a note only when none of its value cells holds anything: one whose
    // values are all unreadable is rejected for them, not also skipped.
    const bool anyValue = !values.empty() || unreadValues;
    const bool anyDetail = unit || source || row.detail(IndicatorColumn::LifePhases) ||
                           row.detail(IndicatorColumn::Kind) || row.detail(IndicatorColumn::Direction) ||
                           row.detail(IndicatorColumn::Target) || row.detail(IndicatorColumn::TargetYear);

    // Which indicator the row names.
    const std::size_t nameColumn = row.indexOf(IndicatorColumn::Name);
    if (!name && !plan.id) {
      if (!anyValue && !anyDetail) {
        plan.skip = true;
        row.warn(std::nullopt, "no name, value or detail in the columns read: skipped");
      } else {
        row.fail(nameColumn, [&] {
          return fmt::format("empty ({}): a row with values or details needs the indicator's name",
                             cellName(nameColumn, line));
        });
      }
      return plan;
    }
    if (plan.id) {
      plan.existing = existingIndicator(*plan.id);
      if (!plan.existing) {
        if (!name)
          row.fail(nameColumn, [&] {
            return fmt::format("empty ({}): the Id {} is new, and a new indicator needs its name",
                               cellName(nameColumn, line), quote(*plan.id));
          });
        else if (const auto sameName = indicators.find(*name))
          row.warn(row.indexOf(IndicatorColumn::Id),
                   fmt::format("a new indicator under the Id {}, while the indicator {} has the Id {}", quote(*plan.id),
                               quote(p.indicators[*sameName].name), quote(p.indicators[*sameName].id.value)));
      }
    } else {
      plan.existing = indicators.find(*name);
    }
    if (plan.existing) {
      const auto [first, added] = lineOfIndicator.emplace(*plan.existing, line);
      if (!added)
        row.fail(plan.id ? row.indexOf(IndicatorColumn::Id) : nameColumn, [&] {
          return fmt::format("a second row for the indicator {} (the first is line {})",
                             quote(p.indicators[*plan.existing].name), first->second);
        });
    } else if (name && !anyValue && !anyDetail) {
      plan.skip = true;
      row.warn(nameColumn, fmt::format("{} has no values or details, as a heading or a note: skipped", quote(*name)));
      return plan;
    } else if (name && !plan.id) {
      // A new indicator whose name is close to one the project has may be a typo of it. Only
      // the first few new names are compared (kTypoComparisons): each is compared with every
      // name of the project, and thousands of new names against thousands of indicators would
      // cost minutes.
      if (typoChecksLeft > 0) {
        --typoChecksLeft;
        // A typo only: a new indicator sharing a word with one ("Bevölkerung") is no mistake.
        if (std::string close = indicators.suggestion(*name, NameMatch::TyposOnly); !close.empty())
          row.warn(nameColumn, fmt::format("a new indicator {}{}", quote(*name), close));
      }
    }

    // The indicator as the row leaves it.
    Indicator& after = plan.after;
    if (plan.existing) {
      after = p.indicators[*plan.existing];
      // A row found by its Id renames the indicator; one found by name keeps the project's spelling.
      if (plan.id && name && normaliseName(*name) != normaliseName(after.name)) after.name = *name;
    } else {
      after.name = name.value_or(std::string());
    }
    if (unit) after.unit = *unit;
    if (source) after.source = *source;
    if (lifePhases) after.lifePhases = *lifePhases;
    if (kind) after.kind = *kind;
    if (direction) after.direction = *direction;
    if (targetValue || targetYear) {
      if (!after.target && !targetYear)
        row.fail(row.indexOf(IndicatorColumn::Target), [&] {
          return columns.at(IndicatorColumn::TargetYear)
                     ? std::string("a target needs its year: fill in the column Zieljahr")
                     : std::string("a target needs its year: add a column Zieljahr");
        });
      else if (!after.target && !targetValue)
        row.fail(row.indexOf(IndicatorColumn::TargetYear), [&] {
          return columns.at(IndicatorColumn::Target)
                     ? std::string("a target year needs its value: fill in the column Zielwert")
                     : std::string("a target year needs its value: add a column Zielwert");
        });
      else
        after.target = IndicatorTarget{targetValue.value_or(after.target ? after.target->value : 0.0),
                                       targetYear.value_or(after.target ? after.target->year : 0)};
    }
    if (after.target && after.direction == IndicatorDirection::Neutral) {
      const auto directionColumn = columns.at(IndicatorColumn::Direction);
      const std::size_t at = direction
                                 ? *directionColumn
                                 : columns.at(IndicatorColumn::Target).value_or(directionColumn.value_or(nameColumn));
      row.fail(at, [&] {
        return fmt::format("an indicator with a target needs a direction: {} höher ist besser or niedriger ist besser",
                           directionColumn ? "write in the column Richtung" : "add a column Richtung with");
      });
    }
    if (after.kind == IndicatorKind::Population && after.lifePhases.empty() && (kind || !plan.existing))
      row.warn(columns.at(IndicatorColumn::Kind),
               "a population without a life phase is not shown beside coverage: name its phase in Lebensphase");
    for (const auto& [year, valueAndColumn] : values) {
      const auto [value, column] = valueAndColumn;
      const auto had = after.values.find(year);
      if (had == after.values.end()) {
        plan.addedYears.push_back(year);
        after.values.emplace(year, value);
      } else if (had->second != value) {
        plan.changedValues.push_back(IndicatorValueChange{year, had->second, value, columns.header.at(column)});
        had->second = value;
      }
    }
    return plan;
  };

  auto applyRow = [&](const IndicatorRow& row, RowPlan& plan) {
    IndicatorRowChange change;
    change.line = row.line();
    change.addedYears = std::move(plan.addedYears);
    change.changedValues = std::move(plan.changedValues);
    if (plan.existing) {
      Indicator& indicator = p.indicators[*plan.existing];
      if (indicator == plan.after) return;
      change.changedDetails = changedDetails(indicator, plan.after, columns);
      indicator = std::move(plan.after);
      change.id = indicator.id;
      change.name = indicator.name;
      ++result.indicatorsUpdated;
    } else {
      Indicator& indicator = plan.after;
      indicator.id = IndicatorId(plan.id ? *plan.id : idFrom(indicator.name, ids));
      ids.insert(indicator.id.value);
      change.id = indicator.id;
      change.name = indicator.name;
      change.created = true;
      indicators.add(indicator.id.value, indicator.name, p.indicators.size());
      lineOfIndicator.emplace(p.indicators.size(), row.line());
      p.indicators.push_back(std::move(indicator));
      ++result.indicatorsCreated;
    }
    result.valuesAdded += change.addedYears.size();
    result.valuesChanged += change.changedValues.size();
    result.changes.push_back(std::move(change));
  };

  for (std::size_t r = *headerRow + 1; r < table.rows.size(); ++r) {
    const std::vector<std::string>& cells = table.rows[r];
    const std::size_t line = r < table.sourceLine.size() ? table.sourceLine[r] : r + 1;
    ++result.rows;
    IndicatorRow row(columns, cells, line, result.problems);
    // Cells no column reads: right of the last header, or under an empty header (once per column).
    if (cells.size() > columns.header.size())
      row.warn(std::nullopt, fmt::format("{} right of the last column, {}, not imported",
                                         cells.size() - columns.header.size() == 1
                                             ? std::string("a cell")
                                             : fmt::format("{} cells", cells.size() - columns.header.size()),
                                         quote(columns.header.back())));
    for (std::size_t c = 0; c < std::min(cells.size(), columns.header.size()); ++c)
      if (normaliseName(columns.header[c]).empty() && !trimmed(cells[c]).empty() &&
          headerlessColumnsWarned.insert(c).second)
        row.warn(std::nullopt, fmt::format("column {} has no header: its cells ({} first) are not imported",
                                           spreadsheetColumn(c), cellName(c, line)));
    RowPlan plan = checkRow(row);
    if (row.failed()) {
      ++result.rejectedRows;
      continue;
    }
    if (plan.skip) {
      ++result.skippedRows;
      continue;
    }
    applyRow(row, plan);
  }

  if (const Outcome<void> allowed = savable(result.project); !allowed.ok()) {
    result.fatal = true;
    addProblem(result.problems, RasterProblem{Severity::Error,
                                              0,
                                              {},
                                              "nothing is imported: the project could not be saved afterwards, as " +
                                                  describe(allowed.problem())});
  }
  return result;
}

}  // namespace knp
