// Fuzz target: the edge list of `knotenpunkt centrality` and `layout`. Properties: no crash or
// hang; every edge names known vertices; names are distinct and non-empty; problems capped.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string_view>

#include "fuzz_support.hpp"
#include "io/edge_list.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace knp;
  const EdgeList list = parseEdgeList(std::string_view(reinterpret_cast<const char*>(data), size));
  if (list.problems.size() > kMaxListedProblems + 1) fuzz::broken("problems are capped");
  for (const auto& [a, b] : list.edges)
    if (a >= list.names.size() || b >= list.names.size()) fuzz::broken("edges name known vertices");
  const std::set<std::string_view> distinct(list.names.begin(), list.names.end());
  if (distinct.size() != list.names.size()) fuzz::broken("vertex names are distinct");
  for (const auto& name : list.names)
    if (name.empty()) fuzz::broken("vertex names are not empty");
  return 0;
}
