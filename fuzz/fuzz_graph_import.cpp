// Fuzz target: GraphML and GEXF imported into the Hattingen example. Properties: no crash,
// hang or memory beyond the limits (defaults are not copied per node); problems capped; what
// the import would save validates and reloads byte for byte.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"
#include "io/graph_import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace knp;
  const Project& before = fuzz::exampleProject();
  fuzz::requireSoundImport(importGraphFile(before, std::string_view(reinterpret_cast<const char*>(data), size)),
                           before);
  return 0;
}
