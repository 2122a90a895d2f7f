// `knotenpunkt import GRID.csv|GRID.xlsx --into PROJECT.json [--dry-run] [--skip-invalid]`: the
// actors' Raster (graph/io/raster_import.hpp) or the actors' grid (actor_grid_import.hpp), told apart
// by their headers, into a project, with a summary and every row problem.
#include <cstdio>
#include <filesystem>

#include "cli_commands.hpp"
#include "cli_support.hpp"
#include "document.hpp"
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

  auto imported = importGridFile(*project, options.gridFile);
  if (auto* error = std::get_if<std::string>(&imported)) {
    std::fprintf(stderr, "%s\nknotenpunkt: %s cannot be read; nothing was imported.\n", error->c_str(), grid.c_str());
    return kExitError;
  }
  const RasterImport& result = std::get<RasterImport>(imported);
  for (const RasterProblem& problem : result.problems) std::printf("%s\n", describe(problem, grid).c_str());
  if (result.fatal) {
    std::fprintf(stderr, "knotenpunkt: %s is not a Raster; nothing was imported.\n", grid.c_str());
    return kExitError;
  }
  std::printf("%s: %zu %s read: %zu %s created, %zu updated; %zu %s created, %zu updated; %zu %s rejected\n",
              grid.c_str(), result.rows, plural(result.rows, "row", "rows"), result.activitiesCreated,
              plural(result.activitiesCreated, "activity", "activities"), result.activitiesUpdated,
              result.actorsCreated, plural(result.actorsCreated, "actor", "actors"), result.actorsUpdated,
              result.rejectedRows, plural(result.rejectedRows, "row", "rows"));

  const bool write = !options.dryRun && (result.rejectedRows == 0 || options.skipInvalid);
  if (write) {
    if (auto error = saveProjectFile(result.project, options.projectFile)) {
      std::fprintf(stderr, "knotenpunkt: %s\n", error->message.c_str());
      return kExitError;
    }
    std::printf("%s %s\n", isNew ? "started" : "updated", target.c_str());
  } else if (options.dryRun) {
    std::printf("dry run: %s is unchanged\n", target.c_str());
  } else {
    std::printf("%s is unchanged: fix the rows above, or apply the others with --skip-invalid\n", target.c_str());
  }
  return result.rejectedRows > 0 ? kExitProjectProblems : kExitFine;
}

}  // namespace knp::app
