// `knotenpunkt import GRID.csv|GRID.xlsx|NET.graphml|NET.gexf --into PROJECT.json [--dry-run]
// [--skip-invalid]`: the actors' Raster (graph/io/raster_import.hpp), the actors' grid
// (actor_grid_import.hpp), told apart by their headers, or another tool's network
// (graph_import.hpp) into a project, with a summary and every row problem.
#include <cstdio>
#include <filesystem>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/support.hpp"
#include "core/document.hpp"
#include "embedded_data.hpp"
#include "io/csv_reader.hpp"
#include "io/grid_file.hpp"
#include "io/project_json.hpp"
#include "io/actor_grid_import.hpp"

namespace knp::app {
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

  const Outcome<RasterImport> imported = importGridFile(*project, options.gridFile);
  if (!imported.ok()) {
    printLine(stderr, describe(imported.problem()));
    printLine(stderr, "knotenpunkt: " + grid + " cannot be read; nothing was imported.");
    return kExitError;
  }
  const RasterImport& result = imported.value();
  for (const RasterProblem& problem : result.problems) printLine(stdout, describe(problem, grid));
  if (result.fatal) {
    printLine(stderr, "knotenpunkt: " + grid + " cannot be imported (see above); nothing was imported.");
    return kExitError;
  }
  printLine(stdout, fmt::format("{}: {} {} read: {} {} created, {} updated; {} {} created, {} updated; {} {} rejected",
                                grid, result.rows, plural(result.rows, "row", "rows"), result.activitiesCreated,
                                plural(result.activitiesCreated, "activity", "activities"), result.activitiesUpdated,
                                result.actorsCreated, plural(result.actorsCreated, "actor", "actors"),
                                result.actorsUpdated, result.rejectedRows, plural(result.rejectedRows, "row", "rows")));

  const bool write = !options.dryRun && (result.rejectedRows == 0 || options.skipInvalid);
  if (write) {
    std::string notice;
    if (const Outcome<void> saved = saveProjectFile(result.project, options.projectFile, &notice); !saved.ok()) {
      printLine(stderr, "knotenpunkt: " + describe(saved.problem()));
      return kExitError;
    }
    if (!notice.empty()) printLine(stderr, "knotenpunkt: note: " + notice);
    printLine(stdout, fmt::format("{} {}", isNew ? "started" : "updated", target));
  } else if (options.dryRun) {
    printLine(stdout, fmt::format("dry run: {} is unchanged", target));
  } else {
    printLine(stdout, fmt::format("{} is unchanged: fix the rows above, or apply the others with --skip-invalid", target));
  }
  return result.rejectedRows > 0 ? kExitProjectProblems : kExitFine;
}

}  // namespace knp::app
