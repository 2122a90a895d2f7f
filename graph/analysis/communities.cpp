#include "analysis/communities.hpp"

#include <algorithm>
#include <map>

namespace knp {
namespace {

// A weighted graph of one Louvain level; `loops[v]` is the weight of edges inside vertex v
// (each internal edge counted twice, as in the degree sum).
struct Level {
  std::vector<std::vector<std::pair<std::size_t, double>>> neighbours;
  std::vector<double> loops;
  std::size_t size() const { return neighbours.size(); }
};

Level levelFrom(const SimpleGraph& graph) {
  Level level;
  level.neighbours.resize(graph.vertexCount());
  level.loops.assign(graph.vertexCount(), 0.0);
  for (VertexIndex v = 0; v < graph.vertexCount(); ++v)
    for (VertexIndex w : graph.neighbours(v)) level.neighbours[v].emplace_back(w, 1.0);
  return level;
}

// Local moves until no vertex gains; returns the community of each vertex and whether any moved.
std::pair<std::vector<std::size_t>, bool> moveVertices(const Level& level, double totalWeight) {
  const std::size_t n = level.size();
  std::vector<double> degree(n, 0.0);
  for (std::size_t v = 0; v < n; ++v) {
    degree[v] = level.loops[v];
    for (auto [w, weight] : level.neighbours[v]) degree[v] += weight;
  }
  std::vector<std::size_t> community(n);
  std::vector<double> total(degree);  // degree sum of each community
  for (std::size_t v = 0; v < n; ++v) community[v] = v;

  std::vector<double> linkWeight(n, 0.0);
  std::vector<std::size_t> touched;
  bool movedAny = false;
  constexpr double kMinGain = 1e-12;
  for (int pass = 0; pass < 100; ++pass) {
    bool moved = false;
    for (std::size_t v = 0; v < n; ++v) {
      const std::size_t own = community[v];
      touched.clear();
      for (auto [w, weight] : level.neighbours[v]) {
        if (linkWeight[community[w]] == 0.0) touched.push_back(community[w]);
        linkWeight[community[w]] += weight;
      }
      total[own] -= degree[v];
      // Gain of joining c, up to terms equal for every c: w(v, c) − total(c)·degree(v) / 2m.
      std::size_t best = own;
      double bestGain = linkWeight[own] - total[own] * degree[v] / totalWeight;
      std::sort(touched.begin(), touched.end());
      for (std::size_t c : touched) {
        const double gain = linkWeight[c] - total[c] * degree[v] / totalWeight;
        if (gain > bestGain + kMinGain) {
          best = c;
          bestGain = gain;
        }
      }
      total[best] += degree[v];
      community[v] = best;
      if (best != own) moved = true;
      for (std::size_t c : touched) linkWeight[c] = 0.0;
    }
    if (!moved) break;
    movedAny = true;
  }
  return {community, movedAny};
}

// Renumbers communities 0..k-1 in order of their first vertex; returns k.
std::size_t renumber(std::vector<std::size_t>& community) {
  std::vector<std::size_t> number(community.size(), SIZE_MAX);
  std::size_t next = 0;
  for (std::size_t& c : community) {
    if (number[c] == SIZE_MAX) number[c] = next++;
    c = number[c];
  }
  return next;
}

Level aggregate(const Level& level, const std::vector<std::size_t>& community, std::size_t count) {
  Level next;
  next.neighbours.resize(count);
  next.loops.assign(count, 0.0);
  std::vector<std::map<std::size_t, double>> weights(count);
  for (std::size_t v = 0; v < level.size(); ++v) {
    next.loops[community[v]] += level.loops[v];
    for (auto [w, weight] : level.neighbours[v]) {
      if (community[v] == community[w]) next.loops[community[v]] += weight;
      else weights[community[v]][community[w]] += weight;
    }
  }
  for (std::size_t c = 0; c < count; ++c)
    for (auto [d, weight] : weights[c]) next.neighbours[c].emplace_back(d, weight);
  return next;
}

}  // namespace

double modularity(const SimpleGraph& graph, const std::vector<std::size_t>& membership) {
  const double m = static_cast<double>(graph.edgeCount());
  if (m == 0) return 0.0;
  const std::size_t count = membership.empty() ? 0 : *std::max_element(membership.begin(), membership.end()) + 1;
  std::vector<double> inside(count, 0.0), degrees(count, 0.0);
  for (VertexIndex v = 0; v < graph.vertexCount(); ++v) {
    degrees[membership[v]] += static_cast<double>(graph.degree(v));
    for (VertexIndex w : graph.neighbours(v))
      if (v < w && membership[v] == membership[w]) inside[membership[v]] += 1.0;
  }
  double q = 0.0;
  for (std::size_t c = 0; c < count; ++c) q += inside[c] / m - (degrees[c] / (2 * m)) * (degrees[c] / (2 * m));
  return q;
}

Communities detectCommunities(const SimpleGraph& graph) {
  Communities result;
  const std::size_t n = graph.vertexCount();
  result.membership.resize(n);
  for (std::size_t v = 0; v < n; ++v) result.membership[v] = v;
  const double totalWeight = 2.0 * static_cast<double>(graph.edgeCount());
  if (totalWeight > 0) {
    Level level = levelFrom(graph);
    for (int round = 0; round < 64; ++round) {
      auto [community, moved] = moveVertices(level, totalWeight);
      if (!moved) break;
      const std::size_t count = renumber(community);
      for (std::size_t& c : result.membership) c = community[c];
      level = aggregate(level, community, count);
    }
  }
  result.count = renumber(result.membership);
  result.modularity = modularity(graph, result.membership);
  return result;
}

}  // namespace knp
