#include "io/grid_file.hpp"

#include <algorithm>
#include <cctype>

#include "io/actor_grid_import.hpp"
#include "io/csv_reader.hpp"
#include "io/file_access.hpp"
#include "io/graph_import.hpp"
#include "io/input_limits.hpp"
#include "io/xlsx_reader.hpp"

namespace knp {

Outcome<RasterImport> importGridFile(const Project& project, const std::filesystem::path& file) {
  std::string extension = file.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const bool isGraph = extension == ".graphml" || extension == ".gexf";
  auto bytes = readWholeFile(file, isGraph ? limits::kGraphFileBytes : limits::kGridFileBytes);
  if (!bytes.ok()) return std::move(bytes).problem();
  const std::string& text = bytes.value();
  if (isGraph) return importGraphFile(project, text);
  if (extension == ".xlsx") {
    Outcome<CellTable> sheet = readXlsxFirstSheet(text);
    if (!sheet.ok()) {
      LocatedProblem problem = std::move(sheet).problem();
      problem.path = file;
      return problem;
    }
    return importGrid(project, sheet.value());
  }
  Outcome<CsvTable> parsed = parseCsv(text);
  if (!parsed.ok()) {
    LocatedProblem problem = std::move(parsed).problem();
    problem.path = file;
    return problem;
  }
  CsvTable& csv = parsed.value();
  RasterImport result = importGrid(project, csv.table);
  // The reader's own warnings (a quoted cell spanning lines) first: they explain row problems.
  std::vector<RasterProblem> problems;
  appendProblems(problems, csv.warnings);
  appendProblems(problems, result.problems);
  result.problems = std::move(problems);
  return result;
}

}  // namespace knp
