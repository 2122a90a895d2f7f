#pragma once
// The graph the force-directed layout works on at every level of its hierarchy: undirected, in
// compressed-sparse-row form, with a weight per edge (how many original edges it stands for)
// and a mass per vertex (ForceAtlas2's degree + 1, summed over the original vertices a coarse
// vertex stands for). Each undirected edge appears in both endpoints' lists; no self-loops.
#include <cstdint>
#include <span>
#include <vector>

#include "analysis/simple_graph.hpp"

namespace knp::layouts {

struct WeightedGraph {
  std::vector<std::uint32_t> offsets;  // n + 1 entries
  std::vector<VertexIndex> targets;    // 2m entries
  std::vector<double> weights;         // parallel to targets
  std::vector<double> mass;            // n entries

  std::size_t vertexCount() const { return mass.size(); }
  std::size_t edgeCount() const { return targets.size() / 2; }
  std::span<const VertexIndex> neighbours(VertexIndex v) const {
    return {targets.data() + offsets[v], targets.data() + offsets[v + 1]};
  }
  std::span<const double> neighbourWeights(VertexIndex v) const {
    return {weights.data() + offsets[v], weights.data() + offsets[v + 1]};
  }
};

// The graph with every vertex of mass degree + 1 and every edge of weight 1, or of
// `edgeWeight[i]` for the i-th edge of graph.edges() when given (one per edge, each > 0;
// checked by the caller). O(n + m log(max degree)).
// Throws std::length_error beyond 2³² − 1 edge entries.
WeightedGraph weightedGraphOf(const SimpleGraph& graph, std::span<const double> edgeWeight = {});

}  // namespace knp::layouts
