#include "layouts/coarsening.hpp"

#include <numeric>
#include <random>

namespace knp::layouts {
namespace {

constexpr VertexIndex kNone = UINT32_MAX;

// 0..n-1 in a seeded random order (Fisher–Yates on mt19937_64's raw output, which the
// standard fixes, so the order is the same with every standard library).
std::vector<VertexIndex> seededOrder(std::size_t n, std::uint64_t seed) {
  std::vector<VertexIndex> order(n);
  std::iota(order.begin(), order.end(), VertexIndex{0});
  std::mt19937_64 random(seed);
  for (std::size_t i = n; i > 1; --i) std::swap(order[i - 1], order[random() % i]);
  return order;
}

// The neighbour of u with the highest score(neighbour, edge weight) >= 0 (the first of equal
// ones), or kNone when u has none such. O(degree).
template <class Score>
VertexIndex bestNeighbour(const WeightedGraph& graph, VertexIndex u, Score score) {
  VertexIndex best = kNone;
  double bestScore = -1.0;
  const auto around = graph.neighbours(u);
  const auto weights = graph.neighbourWeights(u);
  for (std::size_t i = 0; i < around.size(); ++i) {
    const double value = score(around[i], weights[i]);
    if (value >= 0 && value > bestScore) bestScore = value, best = around[i];
  }
  return best;
}

// Steps 1-3 of the header: the cluster number of every vertex, clusters numbered 0..k-1 in
// the order they are founded.
std::vector<VertexIndex> clusterVertices(const WeightedGraph& fine, std::uint64_t seed) {
  const std::size_t n = fine.vertexCount();
  std::vector<VertexIndex> cluster(n, kNone);
  std::vector<double> clusterMass;
  const std::vector<VertexIndex> order = seededOrder(n, seed);
  for (VertexIndex u : order) {
    if (cluster[u] != kNone) continue;
    const VertexIndex v = bestNeighbour(fine, u, [&](VertexIndex w, double weight) {
      return cluster[w] != kNone ? -1.0 : weight / (fine.mass[u] * fine.mass[w]);
    });
    if (v == kNone) continue;
    cluster[u] = cluster[v] = static_cast<VertexIndex>(clusterMass.size());
    clusterMass.push_back(fine.mass[u] + fine.mass[v]);
  }
  for (VertexIndex u : order) {
    if (cluster[u] != kNone) continue;
    // Every neighbour is matched (else the matching would not be maximal), so clusters stay
    // within one hop of their founding pair.
    const VertexIndex v = bestNeighbour(fine, u, [&](VertexIndex w, double weight) { return weight / clusterMass[cluster[w]]; });
    if (v == kNone) continue;
    cluster[u] = cluster[v];
    clusterMass[cluster[v]] += fine.mass[u];
  }
  // Left now: isolated vertices only. They are interchangeable, so they pair up in visiting
  // order (an odd one out stays alone); the hierarchy shrinks them like everything else.
  auto next = static_cast<VertexIndex>(clusterMass.size());
  VertexIndex waiting = kNone;
  for (VertexIndex u : order) {
    if (cluster[u] != kNone) continue;
    if (waiting == kNone) {
      waiting = u;
      cluster[u] = next++;
    } else {
      cluster[u] = cluster[waiting];
      waiting = kNone;
    }
  }
  return cluster;
}

}  // namespace

Coarsening coarsen(const WeightedGraph& fine, std::uint64_t seed) {
  const std::size_t n = fine.vertexCount();
  Coarsening result;
  result.parent = clusterVertices(fine, seed);
  std::size_t k = 0;
  for (VertexIndex c : result.parent) k = std::max<std::size_t>(k, std::size_t{c} + 1);

  // Members of each cluster, in CSR form.
  std::vector<std::uint32_t> memberStart(k + 1, 0);
  for (VertexIndex c : result.parent) ++memberStart[c + 1];
  std::partial_sum(memberStart.begin(), memberStart.end(), memberStart.begin());
  std::vector<VertexIndex> members(n);
  {
    std::vector<std::uint32_t> fill(memberStart.begin(), memberStart.end() - 1);
    for (VertexIndex u = 0; u < n; ++u) members[fill[result.parent[u]]++] = u;
  }

  WeightedGraph& coarse = result.coarse;
  coarse.mass.assign(k, 0.0);
  coarse.offsets.assign(1, 0);
  // slot[c] is where coarse vertex c sits in the row being built, valid while seenBy[c] is
  // the row's own vertex: each row is assembled in O(its members' degrees).
  std::vector<VertexIndex> seenBy(k, kNone);
  std::vector<std::uint32_t> slot(k, 0);
  for (VertexIndex c = 0; c < k; ++c) {
    for (std::uint32_t i = memberStart[c]; i < memberStart[c + 1]; ++i) {
      const VertexIndex u = members[i];
      coarse.mass[c] += fine.mass[u];
      const auto around = fine.neighbours(u);
      const auto weights = fine.neighbourWeights(u);
      for (std::size_t j = 0; j < around.size(); ++j) {
        const VertexIndex d = result.parent[around[j]];
        if (d == c) continue;
        if (seenBy[d] != c) {
          seenBy[d] = c;
          slot[d] = static_cast<std::uint32_t>(coarse.targets.size());
          coarse.targets.push_back(d);
          coarse.weights.push_back(0.0);
        }
        coarse.weights[slot[d]] += weights[j];
      }
    }
    coarse.offsets.push_back(static_cast<std::uint32_t>(coarse.targets.size()));
  }
  return result;
}

Hierarchy buildHierarchy(WeightedGraph graph, std::size_t smallest, std::uint64_t seed) {
  Hierarchy hierarchy;
  hierarchy.levels.push_back(std::move(graph));
  while (hierarchy.levels.back().vertexCount() > smallest) {
    const WeightedGraph& fine = hierarchy.levels.back();
    Coarsening step = coarsen(fine, seed + hierarchy.levels.size());
    if (4 * step.coarse.vertexCount() > 3 * fine.vertexCount()) break;
    hierarchy.parents.push_back(std::move(step.parent));
    hierarchy.levels.push_back(std::move(step.coarse));
  }
  return hierarchy;
}

}  // namespace knp::layouts
