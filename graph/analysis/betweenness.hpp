#pragma once
// Betweenness centrality by Brandes' algorithm (2001) on an unweighted simple graph, exact or
// sampled, spread over several threads, with progress reports and cancellation.
//
// Convention: unnormalised, and each unordered pair {s, t} of distinct vertices counts once,
//   b(v) = Σ_{s<t, s≠v≠t} σ_st(v) / σ_st,
// the same figure as igraph's betweenness(), networkx's betweenness_centrality(normalized=
// False) and boost::brandes_betweenness_centrality on undirected graphs (Boost walks every pair
// from both ends and then halves the sums, divide_centrality_by_two in betweenness_centrality.hpp);
// the tests pin ours and Boost's on a path graph. Endpoints get nothing: on the path a–b–c,
// b(b) = 1, b(a) = b(c) = 0. Normalised figures divide by (n−1)(n−2)/2; we leave that to callers.
//
// Edge cases: empty graph -> empty result; isolated vertices and disconnected parts -> pairs
// without a path contribute nothing. Complexity: exact O(n·m) time, O(n + m) memory per thread;
// sampled with k sources O(k·m).
#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "analysis/simple_graph.hpp"

namespace knp {

struct BetweennessOptions {
  // Worker threads; 0 means std::thread::hardware_concurrency() (at least 1).
  unsigned threads = 0;
  // Sampled approximation: run Brandes from this many sources, drawn without replacement by
  // `seed`, and scale by n / k. Absent, or >= n: exact.
  std::optional<std::size_t> sampleSources;
  std::uint64_t seed = 1;
  // Called on the calling thread now and then with (sources done, sources total); it may be
  // empty. Keep it cheap. If it throws, the workers stop and the exception propagates.
  std::function<void(std::size_t done, std::size_t total)> progress;
  // When set and it becomes true, the computation stops early (within one chunk of sources per
  // thread) and reports Completion::Cancelled; set after the last source, it changes nothing.
  const std::atomic<bool>* cancel = nullptr;
};

enum class Completion { Finished, Cancelled };

struct BetweennessResult {
  std::vector<double> scores;  // by vertex; all zero when cancelled
  Completion completion = Completion::Finished;
  std::size_t sourcesUsed = 0;  // sources whose shortest paths were counted
  bool sampled = false;
};

// Deterministic: the same graph, options and thread count give bit-identical scores (sources
// are dealt to threads in fixed interleaved chunks and the per-thread sums are added in thread
// order). Another thread count may change the last bits through rounding, never more.
BetweennessResult computeBetweenness(const SimpleGraph& graph, const BetweennessOptions& options = {});

}  // namespace knp
