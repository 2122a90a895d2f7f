#pragma once
// Cut vertices (articulation points) and connected components of a simple graph, by Hopcroft
// and Tarjan's depth-first search with low points, iterative so deep graphs do not overflow
// the stack.
//
// A cut vertex is one whose removal leaves more connected parts than before. For each one we
// also report the sizes of the parts its component falls into without it, so a broker can be
// described as "without X, 3 organisations lose their connection to the rest".
// Empty graph: nothing. Isolated vertices: their own components, never cut vertices.
// Complexity O(n + m).
#include <cstddef>
#include <vector>

#include "analysis/simple_graph.hpp"

namespace knp {

struct CutVertex {
  VertexIndex vertex = 0;
  std::vector<std::size_t> parts;  // sizes of the parts its component splits into, largest first
};

struct Connectivity {
  std::vector<std::size_t> component;  // per vertex: components numbered by their smallest vertex
  std::vector<std::size_t> componentSize;
  std::vector<CutVertex> cutVertices;  // ascending vertex order
};

Connectivity analyzeConnectivity(const SimpleGraph& graph);

}  // namespace knp
