#pragma once
// A compact, immutable, undirected simple graph in compressed-sparse-row form, the input of
// the network algorithms (betweenness, components, cut vertices, communities). Vertices are
// 0..n-1; each undirected edge appears in both endpoints' neighbour lists.
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace knp {

using VertexIndex = std::uint32_t;

class SimpleGraph {
 public:
  SimpleGraph() = default;

  // Builds the graph on `vertexCount` vertices from an edge list in O(n + m log m).
  // Self-loops are dropped and parallel edges merged, so the result is a simple graph;
  // endpoints >= vertexCount throw std::out_of_range. Neighbour lists are sorted ascending.
  static SimpleGraph fromEdges(std::size_t vertexCount, std::span<const std::pair<VertexIndex, VertexIndex>> edges);

  std::size_t vertexCount() const { return m_offsets.empty() ? 0 : m_offsets.size() - 1; }
  std::size_t edgeCount() const { return m_targets.size() / 2; }  // undirected edges
  std::size_t degree(VertexIndex v) const { return m_offsets.at(v + 1) - m_offsets.at(v); }
  std::span<const VertexIndex> neighbours(VertexIndex v) const {
    return {m_targets.data() + m_offsets[v], m_targets.data() + m_offsets[v + 1]};
  }
  bool hasEdge(VertexIndex a, VertexIndex b) const;  // O(log degree(a))

  // The unique edges (a < b), in ascending order.
  std::vector<std::pair<VertexIndex, VertexIndex>> edges() const;

 private:
  std::vector<std::size_t> m_offsets;  // n + 1 entries
  std::vector<VertexIndex> m_targets;  // 2m entries
};

}  // namespace knp
