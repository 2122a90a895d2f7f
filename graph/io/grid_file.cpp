#include "io/grid_file.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "io/actor_grid_import.hpp"
#include "io/csv_reader.hpp"
#include "io/file_access.hpp"
#include "io/graph_import.hpp"
#include "io/xlsx_reader.hpp"

namespace knp {

std::variant<RasterImport, std::string> importGridFile(const Project& project, const std::filesystem::path& file) {
  auto bytes = readWholeFile(file);
  if (auto* error = std::get_if<FileError>(&bytes)) return error->message;
  const std::string& text = std::get<std::string>(bytes);
  std::string extension = file.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const std::string name = file.string();
  if (extension == ".graphml" || extension == ".gexf") return importGraphFile(project, text);
  if (extension == ".xlsx") {
    auto sheet = readXlsxFirstSheet(text);
    if (auto* error = std::get_if<XlsxError>(&sheet)) return fmt::format("{}: {}", name, error->message);
    return importGrid(project, std::get<CellTable>(sheet));
  }
  auto parsed = parseCsv(text);
  if (auto* error = std::get_if<CsvError>(&parsed))
    return fmt::format("{}:{}:{}: {}", name, error->line, error->column, error->message);
  return importGrid(project, std::get<CsvTable>(parsed).table);
}

}  // namespace knp
