#pragma once
// Seeded random graphs for the network benchmarks, and the plain edge-list file that carries
// one to other tools (python igraph, networkx, ...).
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace knp::bench {

using Edge = std::pair<std::uint32_t, std::uint32_t>;

// An undirected simple graph on vertices 0..nodes-1 with exactly `edges` distinct edges, no
// self-loops, each edge as (a, b) with a < b, in random order. Heavy-tailed degrees: first a
// preferential-attachment backbone (each vertex links to ~0.8·edges/nodes earlier vertices
// drawn mostly in proportion to their degree, at least one each, so the backbone is a
// connected tree-plus), then the remaining edges join a uniform vertex to a degree-weighted
// one. Vertex numbers are finally shuffled so that hubs are not the low numbers.
// Connected whenever edges >= nodes - 1; with fewer edges some vertices stay isolated.
// Deterministic in (nodes, edges, seed) on every platform.
// Throws std::invalid_argument when edges > nodes·(nodes-1)/2.
// Expected O(nodes + edges) time while edges is well below the maximum; a graph within a
// factor of two of complete costs O(nodes²).
std::vector<Edge> makeRandomGraph(std::uint32_t nodes, std::size_t edges, std::uint64_t seed);

// The name of vertex v in edge-list files: "n" followed by the number, e.g. "n17".
std::string vertexName(std::uint32_t v);

// Writes `edges` as a plain text edge list: the lines of `comment` each prefixed with "# ",
// then one "nA nB" line per edge (names from vertexName). Isolated vertices do not appear,
// as the format has no way to list them. Throws std::runtime_error when the file cannot be
// written completely.
void writeEdgeList(const std::filesystem::path& file, std::span<const Edge> edges, std::string_view comment);

}  // namespace knp::bench
