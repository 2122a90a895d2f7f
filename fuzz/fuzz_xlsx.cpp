// Fuzz target: the .xlsx reader, and its first sheet imported into the Hattingen example.
// Properties: no crash, hang or memory beyond the limits on any bytes (a zip bomb included);
// every cell is UTF-8; the import keeps fuzz_support.hpp's properties.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"
#include "io/actor_grid_import.hpp"
#include "io/xlsx_reader.hpp"
#include "text/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace knp;
  const Outcome<CellTable> sheet = readXlsxFirstSheet(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!sheet.ok()) return 0;
  const CellTable* table = &sheet.value();
  for (const auto& row : table->rows)
    for (const std::string& cell : row)
      if (sanitizeUtf8(cell) != cell) fuzz::broken("cells are UTF-8", cell);
  const Project& before = fuzz::exampleProject();
  fuzz::requireSoundImport(importGrid(before, *table), before);
  return 0;
}
