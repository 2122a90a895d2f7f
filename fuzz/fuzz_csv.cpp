// Fuzz target: the CSV reader. Properties: no crash or hang; every cell is UTF-8 (sanitizeUtf8
// leaves it alone); rows are never empty and end in a non-empty cell; their lines ascend;
// warnings are capped.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"
#include "io/csv_reader.hpp"
#include "text/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace knp;
  const Outcome<CsvTable> parsed = parseCsv(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!parsed.ok()) return 0;
  const CsvTable* csv = &parsed.value();
  const CellTable& table = csv->table;
  if (table.rows.size() != table.sourceLine.size()) fuzz::broken("every row has its line");
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    if (table.rows[r].empty() || table.rows[r].back().empty()) fuzz::broken("rows are trimmed and never empty");
    if (r > 0 && table.sourceLine[r] <= table.sourceLine[r - 1]) fuzz::broken("row lines ascend");
    for (const std::string& cell : table.rows[r])
      if (sanitizeUtf8(cell) != cell) fuzz::broken("cells are UTF-8", cell);
  }
  if (csv->warnings.size() > kMaxListedProblems + 1) fuzz::broken("warnings are capped");
  return 0;
}
