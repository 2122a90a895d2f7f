// `knotenpunkt import GRID.csv|GRID.xlsx|NET.graphml|NET.gexf --into PROJECT.json [--dry-run]
// [--skip-invalid]`: the actors' Raster (graph/io/raster_import.hpp), the actors' grid
// (actor_grid_import.hpp) or a table of indicators by year (indicator_table_import.hpp), told
// apart by their headers (importFile), or another tool's network (graph_import.hpp) into a
// project, with a summary, every row problem and, for indicators, every change.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <variant>
#include <vector>

#include "cli/commands.hpp"
#include "cli/support.hpp"
#include "core/document.hpp"
#include "embedded_data.hpp"
#include "io/csv_reader.hpp"
#include "io/grid_file.hpp"
#include "io/project_json.hpp"
#include "text/quoting.hpp"

namespace knp::app {
namespace {

// "2014 added; 2013: 96 → 97; Einheit changed" for one indicator's row.
std::string describeChange(const IndicatorRowChange& change, DecimalMark mark) {
  std::vector<std::string> parts;
  if (!change.addedYears.empty()) {
    std::vector<std::string> years;
    for (int year : change.addedYears) years.push_back(std::to_string(year));
    parts.push_back(fmt::format("{} added", fmt::join(years, ", ")));
  }
  for (const IndicatorValueChange& value : change.changedValues)
    parts.push_back(
        fmt::format("{}: {} → {}", value.year, formatDecimal(value.before, mark), formatDecimal(value.after, mark)));
  if (!change.changedDetails.empty())
    parts.push_back(fmt::format("{} changed", fmt::join(change.changedDetails, ", ")));
  return fmt::format("{}", fmt::join(parts, "; "));
}

// The lines an indicator table's import prints after its problems: how numbers were read, one
// line per indicator created or changed, and the summary.
void printIndicatorPlan(const IndicatorTableImport& r, const std::string& file) {
  const bool comma = r.decimalMark == DecimalMark::Comma;
  printLine(stdout, fmt::format("{}: numbers read with a decimal {} ({}): {}", file, comma ? "comma" : "point",
                                comma ? "14,8" : "14.8",
                                r.numbersShowingMark > 0
                                    ? fmt::format("{} {} of the table {} so", r.numbersShowingMark,
                                                  plural(r.numbersShowingMark, "number", "numbers"),
                                                  plural(r.numbersShowingMark, "is written", "are written"))
                                    : std::string("no number of the table shows its mark; this kind of file usually "
                                                  "writes them so")));
  for (const IndicatorRowChange& change : r.changes) {
    if (change.created)
      printLine(stdout, fmt::format("{}:{}: new indicator {} (id {}){}{}", file, change.line, quote(change.name),
                                    quote(change.id.value), change.addedYears.empty() ? "" : ": ",
                                    describeChange(change, r.decimalMark)));
    else
      printLine(stdout, fmt::format("{}:{}: {}: {}", file, change.line, quote(change.name),
                                    describeChange(change, r.decimalMark)));
  }
  printLine(stdout, fmt::format("{}: {} {} read: {} {} created, {} updated; {} {} added, {} changed; {} {} rejected{}",
                                file, r.rows, plural(r.rows, "row", "rows"), r.indicatorsCreated,
                                plural(r.indicatorsCreated, "indicator", "indicators"), r.indicatorsUpdated,
                                r.valuesAdded, plural(r.valuesAdded, "value", "values"), r.valuesChanged,
                                r.rejectedRows, plural(r.rejectedRows, "row", "rows"),
                                r.skippedRows > 0 ? fmt::format(", {} skipped", r.skippedRows) : std::string()));
}

void printGridSummary(const RasterImport& r, const std::string& file) {
  printLine(stdout, fmt::format("{}: {} {} read: {} {} created, {} updated, {} unchanged; {} {} created, {} updated, {} "
                                "unchanged; {} {} rejected",
                                file, r.rows, plural(r.rows, "row", "rows"), r.activitiesCreated,
                                plural(r.activitiesCreated, "activity", "activities"), r.activitiesUpdated,
                                r.activitiesUnchanged, r.actorsCreated, plural(r.actorsCreated, "actor", "actors"),
                                r.actorsUpdated, r.actorsUnchanged, r.rejectedRows, plural(r.rejectedRows, "row", "rows")));
}

}  // namespace

int runImport(const ImportOptions& options) {
  const std::string grid = options.gridFile.string(), target = options.projectFile.string();
  std::optional<Project> project;
  const bool isNew = !std::filesystem::exists(options.projectFile);
  if (isNew) {
    project = newProjectFramework();
  } else {
    int exitCode = kExitFine;
    project = loadForCommand(options.projectFile, exitCode);
    if (!project) return exitCode;
  }

  const Outcome<FileImport> imported = importFile(*project, options.gridFile);
  if (!imported.ok()) {
    printLine(stderr, describe(imported.problem()));
    printLine(stderr, "knotenpunkt: " + grid + " cannot be read; nothing was imported.");
    return kExitError;
  }
  const FileImport& plan = imported.value();
  // What both kinds of import have.
  const auto& problems =
      std::visit([](const auto& r) -> const std::vector<RasterProblem>& { return r.problems; }, plan);
  const bool fatal = std::visit([](const auto& r) { return r.fatal; }, plan);
  const std::size_t rejectedRows = std::visit([](const auto& r) { return r.rejectedRows; }, plan);
  const Project& result = std::visit([](const auto& r) -> const Project& { return r.project; }, plan);

  for (const RasterProblem& problem : problems) printLine(stdout, describe(problem, grid));
  if (fatal) {
    printLine(stderr, "knotenpunkt: " + grid + " cannot be imported (see above); nothing was imported.");
    return kExitError;
  }
  if (const auto* indicators = std::get_if<IndicatorTableImport>(&plan))
    printIndicatorPlan(*indicators, grid);
  else
    printGridSummary(std::get<RasterImport>(plan), grid);

  // A table that changes nothing (the same import run twice) leaves the file and its .bak
  // untouched, as the window offers nothing to import then.
  const bool changes = isNew || result != *project;
  const bool write = !options.dryRun && changes && (rejectedRows == 0 || options.skipInvalid);
  if (write) {
    std::string notice;
    if (const Outcome<void> saved = saveProjectFile(result, options.projectFile, &notice); !saved.ok()) {
      printLine(stderr, "knotenpunkt: " + describe(saved.problem()));
      return kExitError;
    }
    if (!notice.empty()) printLine(stderr, "knotenpunkt: note: " + notice);
    printLine(stdout, fmt::format("{} {}", isNew ? "started" : "updated", target));
  } else if (options.dryRun) {
    printLine(stdout, fmt::format("dry run: {} is unchanged", target));
  } else if (rejectedRows > 0 && !options.skipInvalid) {
    printLine(stdout,
              fmt::format("{} is unchanged: fix the rows above, or apply the others with --skip-invalid", target));
  } else {
    printLine(stdout, fmt::format("{} is unchanged: {} changes nothing in it", target, grid));
  }
  return rejectedRows > 0 ? kExitProjectProblems : kExitFine;
}

}  // namespace knp::app
