// Fuzz target: the project file reader. Properties: no crash, hang or unbounded memory on any
// text; at most kMaxListedProblems problems and a summary; what loads saves, loads again and
// gives the same bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace knp;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const LoadResult loaded = parseProjectJson(text);
  if (loaded.problems.size() > kMaxListedProblems + 1) fuzz::broken("load problems are capped");
  if (loaded.project) fuzz::requireSavesAndReloads(*loaded.project);
  else if (!hasErrors(loaded.problems)) fuzz::broken("a refused file names an error");
  return 0;
}
