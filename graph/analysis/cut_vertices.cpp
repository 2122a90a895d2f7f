#include "analysis/cut_vertices.hpp"

#include <algorithm>
#include <functional>

namespace knp {

Connectivity analyzeConnectivity(const SimpleGraph& graph) {
  const std::size_t n = graph.vertexCount();
  constexpr std::size_t kUnvisited = SIZE_MAX;
  Connectivity result;
  result.component.assign(n, kUnvisited);
  std::vector<std::size_t> discovery(n, kUnvisited), low(n, 0), subtree(n, 1);
  std::vector<VertexIndex> parent(n, 0);
  // Per vertex: sizes of children's subtrees that cannot reach above it (low >= discovery).
  std::vector<std::vector<std::size_t>> separated(n);
  std::vector<std::size_t> childCount(n, 0);

  struct Frame {
    VertexIndex vertex;
    std::size_t next;  // position in its neighbour list
  };
  std::vector<Frame> stack;
  std::size_t time = 0;
  for (VertexIndex root = 0; root < n; ++root) {
    if (discovery[root] != kUnvisited) continue;
    const std::size_t componentNumber = result.componentSize.size();
    result.componentSize.push_back(0);
    std::vector<VertexIndex> members;
    discovery[root] = low[root] = time++;
    stack.push_back({root, 0});
    while (!stack.empty()) {
      Frame& frame = stack.back();
      const VertexIndex v = frame.vertex;
      auto list = graph.neighbours(v);
      if (frame.next < list.size()) {
        const VertexIndex w = list[frame.next++];
        if (discovery[w] == kUnvisited) {
          parent[w] = v;
          ++childCount[v];
          discovery[w] = low[w] = time++;
          stack.push_back({w, 0});
        } else if (!(w == parent[v] && v != root)) {
          low[v] = std::min(low[v], discovery[w]);
        }
        continue;
      }
      stack.pop_back();
      members.push_back(v);
      result.component[v] = componentNumber;
      if (v == root) continue;
      const VertexIndex up = parent[v];
      low[up] = std::min(low[up], low[v]);
      subtree[up] += subtree[v];
      if (low[v] >= discovery[up]) separated[up].push_back(subtree[v]);
    }
    const std::size_t size = members.size();
    result.componentSize[componentNumber] = size;
    for (VertexIndex v : members) {
      std::vector<std::size_t> parts = separated[v];
      if (v == root) {
        if (childCount[v] < 2) continue;  // the root cuts only with two or more DFS children
      } else {
        if (parts.empty()) continue;
        std::size_t cut = 0;
        for (std::size_t part : parts) cut += part;
        parts.push_back(size - 1 - cut);  // the part that keeps the parent
      }
      std::sort(parts.begin(), parts.end(), std::greater<>());
      result.cutVertices.push_back({v, std::move(parts)});
    }
  }
  std::sort(result.cutVertices.begin(), result.cutVertices.end(),
            [](const CutVertex& l, const CutVertex& r) { return l.vertex < r.vertex; });
  return result;
}

}  // namespace knp
