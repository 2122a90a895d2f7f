#include "io/grid_file.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "io/actor_grid_import.hpp"
#include "io/file_access.hpp"
#include "io/graph_import.hpp"
#include "io/input_limits.hpp"
#include "io/xlsx_reader.hpp"

namespace knp {
namespace {

// The actors' sheet of the Raster workbook (raster_xlsx.hpp).
constexpr std::string_view kActorsSheet = "Akteure";

std::string lowerExtension(const std::filesystem::path& file) {
  std::string extension = file.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

bool isGraphFile(const std::filesystem::path& file) {
  const std::string extension = lowerExtension(file);
  return extension == ".graphml" || extension == ".gexf";
}

// The cells of `bytes`, the whole of `file`.
Outcome<GridFileTable> gridTableOf(const std::filesystem::path& file, const std::string& bytes) {
  GridFileTable result;
  if (lowerExtension(file) == ".xlsx") {
    Outcome<CellTable> sheet = readXlsxFirstSheet(bytes);
    if (!sheet.ok()) {
      LocatedProblem problem = std::move(sheet).problem();
      problem.path = file;
      return problem;
    }
    result.table = std::move(sheet).value();
    result.usualMark = usualDecimalMark(true, ',');
    result.workbook = true;
    if (gridKindOf(result.table) == GridKind::Activities && !result.table.rows.empty()) {
      Outcome<std::optional<CellTable>> actors = readXlsxSheetNamed(bytes, std::string(kActorsSheet));
      if (!actors.ok()) {
        LocatedProblem problem = std::move(actors).problem();
        problem.path = file;
        return problem;
      }
      if (actors.value() && gridKindOf(*actors.value()) == GridKind::Actors)
        result.actorsSheet = std::move(*actors.value());
    }
    return result;
  }
  Outcome<CsvTable> parsed = parseCsv(bytes);
  if (!parsed.ok()) {
    LocatedProblem problem = std::move(parsed).problem();
    problem.path = file;
    return problem;
  }
  CsvTable& csv = parsed.value();
  result.table = std::move(csv.table);
  result.warnings = std::move(csv.warnings);
  result.usualMark = usualDecimalMark(false, csv.delimiter);
  return result;
}

// importGrid of a table read from a file: the reader's own warnings (a quoted cell spanning
// lines) first, as they explain row problems.
RasterImport importGridTable(const Project& project, const GridFileTable& grid) {
  RasterImport result = importGrid(project, grid.table);
  std::vector<RasterProblem> problems;
  appendProblems(problems, grid.warnings);
  appendProblems(problems, result.problems);
  if (grid.actorsSheet && !result.fatal) {
    // The actors' sheet onto the Raster's result: the actors the Raster created are found there.
    RasterImport actors = importActorGrid(result.project, *grid.actorsSheet);
    for (RasterProblem& problem : actors.problems) problem.sheet = std::string(kActorsSheet);
    appendProblems(problems, actors.problems);
    result.project = std::move(actors.project);
    result.rows += actors.rows;
    result.rejectedRows += actors.rejectedRows;
    result.actorsCreated += actors.actorsCreated;
    result.actorsUpdated += actors.actorsUpdated;
    result.actorsUnchanged += actors.actorsUnchanged;
    result.fatal = actors.fatal;
  }
  result.problems = std::move(problems);
  return result;
}

}  // namespace

Outcome<GridFileTable> readGridFileTable(const std::filesystem::path& file) {
  auto bytes = readWholeFile(file, limits::kGridFileBytes);
  if (!bytes.ok()) return std::move(bytes).problem();
  return gridTableOf(file, bytes.value());
}

Outcome<RasterImport> importGridFile(const Project& project, const std::filesystem::path& file) {
  const bool isGraph = isGraphFile(file);
  auto bytes = readWholeFile(file, isGraph ? limits::kGraphFileBytes : limits::kGridFileBytes);
  if (!bytes.ok()) return std::move(bytes).problem();
  if (isGraph) return importGraphFile(project, bytes.value());
  Outcome<GridFileTable> grid = gridTableOf(file, bytes.value());
  if (!grid.ok()) return std::move(grid).problem();
  return importGridTable(project, grid.value());
}

Outcome<FileImport> importFile(const Project& project, const std::filesystem::path& file) {
  if (isGraphFile(file)) {
    Outcome<RasterImport> network = importGridFile(project, file);
    if (!network.ok()) return std::move(network).problem();
    return FileImport(std::move(network).value());
  }
  Outcome<GridFileTable> read = readGridFileTable(file);
  if (!read.ok()) return std::move(read).problem();
  const GridFileTable& grid = read.value();
  if (grid.table.rows.empty() || namesGridColumn(grid.table.rows.front()))
    return FileImport(importGridTable(project, grid));
  if (indicatorHeaderRow(grid.table)) {
    IndicatorTableImport indicators = importIndicatorTable(project, grid.table, grid.usualMark, grid.workbook);
    std::vector<RasterProblem> problems;
    appendProblems(problems, grid.warnings);
    appendProblems(problems, indicators.problems);
    indicators.problems = std::move(problems);
    return FileImport(std::move(indicators));
  }
  RasterImport refused;
  refused.project = project;
  refused.fatal = true;
  appendProblems(refused.problems, grid.warnings);
  addProblem(refused.problems,
             RasterProblem{Severity::Error,
                           grid.table.sourceLine.empty() ? 1 : grid.table.sourceLine.front(),
                           {},
                           "not a table this program imports: a Raster has the columns Akteur and Aktivität, the "
                           "actors' grid Akteur and Selbstdarstellung, E-Mail or the like, and " +
                               whyNoIndicatorTable(grid.table)});
  return FileImport(std::move(refused));
}

}  // namespace knp
