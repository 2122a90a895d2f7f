// Fuzz target: a CSV grid imported into the Hattingen example, as `knotenpunkt import` does
// (the Raster or the actors' grid, by the header). Properties: no crash or hang; problems
// capped; what the import would save validates and reloads byte for byte (fuzz_support.hpp).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"
#include "io/actor_grid_import.hpp"
#include "io/csv_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace knp;
  const Outcome<CsvTable> parsed = parseCsv(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!parsed.ok()) return 0;
  const Project& before = fuzz::exampleProject();
  fuzz::requireSoundImport(importGrid(before, parsed.value().table), before);
  return 0;
}
