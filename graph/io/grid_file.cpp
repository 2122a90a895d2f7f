#include "io/grid_file.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "io/actor_grid_import.hpp"
#include "io/csv_reader.hpp"
#include "io/file_access.hpp"
#include "io/graph_import.hpp"
#include "io/input_limits.hpp"
#include "io/xlsx_reader.hpp"

namespace knp {

std::variant<RasterImport, std::string> importGridFile(const Project& project, const std::filesystem::path& file) {
  std::string extension = file.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const bool isGraph = extension == ".graphml" || extension == ".gexf";
  auto bytes = readWholeFile(file, isGraph ? limits::kGraphFileBytes : limits::kGridFileBytes);
  if (auto* error = std::get_if<FileError>(&bytes)) return error->message;
  const std::string& text = std::get<std::string>(bytes);
  const std::string name = file.string();
  if (isGraph) return importGraphFile(project, text);
  if (extension == ".xlsx") {
    auto sheet = readXlsxFirstSheet(text);
    if (auto* error = std::get_if<XlsxError>(&sheet)) return fmt::format("{}: {}", name, error->message);
    return importGrid(project, std::get<CellTable>(sheet));
  }
  auto parsed = parseCsv(text);
  if (auto* error = std::get_if<CsvError>(&parsed))
    return fmt::format("{}:{}:{}: {}", name, error->line, error->column, error->message);
  CsvTable& csv = std::get<CsvTable>(parsed);
  RasterImport result = importGrid(project, csv.table);
  // The reader's own warnings (a quoted cell spanning lines) first: they explain row problems.
  std::vector<RasterProblem> problems;
  appendProblems(problems, csv.warnings);
  appendProblems(problems, result.problems);
  result.problems = std::move(problems);
  return result;
}

}  // namespace knp
