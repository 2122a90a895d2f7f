#include "analysis/network.hpp"

#include <algorithm>
#include <numeric>

#include "analysis/actor_network.hpp"
#include "analysis/communities.hpp"
#include "analysis/cut_vertices.hpp"
#include "analysis/project_index.hpp"

namespace knp {
namespace {

// Groups vertices by label; groups ordered by size descending, then by first member. The
// returned `position` maps each label to its group's place in that order.
std::vector<std::vector<ActorId>> groupsOf(const std::vector<std::size_t>& label, std::size_t labelCount,
                                           const Project& project, std::vector<std::size_t>& position) {
  std::vector<std::vector<Index>> members(labelCount);
  for (Index v = 0; v < label.size(); ++v) members[label[v]].push_back(v);
  std::vector<std::size_t> order(labelCount);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t l, std::size_t r) { return members[l].size() > members[r].size(); });
  position.assign(labelCount, 0);
  std::vector<std::vector<ActorId>> groups;
  for (std::size_t k = 0; k < order.size(); ++k) {
    position[order[k]] = k;
    std::vector<ActorId> ids;
    for (Index v : members[order[k]]) ids.push_back(project.actors[v].id);
    groups.push_back(std::move(ids));
  }
  return groups;
}

}  // namespace

std::string_view toString(BrokerReason reason) {
  switch (reason) {
    case BrokerReason::TopBetweenness: return "top_betweenness";
    case BrokerReason::CutVertex: return "cut_vertex";
    case BrokerReason::Both: return "both";
  }
  return "unknown";
}

std::string_view toString(BetweennessState state) {
  switch (state) {
    case BetweennessState::Exact: return "exact";
    case BetweennessState::Sampled: return "sampled";
    case BetweennessState::Cancelled: return "cancelled";
    case BetweennessState::Skipped: return "skipped";
  }
  return "unknown";
}

NetworkAnalysis analyzeNetwork(const Project& project, const ActivityFilter& filter, const NetworkOptions& options) {
  const ProjectIndex index = buildProjectIndex(project, filter);
  const ActorNetwork network = buildActorNetwork(index);
  const SimpleGraph& graph = network.graph;
  const std::size_t n = graph.vertexCount();

  NetworkAnalysis result;
  result.links = graph.edgeCount();
  result.density = n < 2 ? 0.0 : 2.0 * static_cast<double>(result.links) / (static_cast<double>(n) * static_cast<double>(n - 1));

  BetweennessResult betweenness;
  if (options.mode == BetweennessMode::Compute) {
    betweenness = computeBetweenness(graph, options.betweenness);
    result.betweenness = betweenness.completion == Completion::Cancelled ? BetweennessState::Cancelled
                         : betweenness.sampled                          ? BetweennessState::Sampled
                                                                        : BetweennessState::Exact;
  } else {
    betweenness.scores.assign(n, 0.0);
    result.betweenness = BetweennessState::Skipped;
  }
  const Connectivity connectivity = analyzeConnectivity(graph);
  const Communities communities = detectCommunities(graph);
  result.modularity = communities.modularity;

  std::vector<std::size_t> componentPosition, communityPosition;
  result.components = groupsOf(connectivity.component, connectivity.componentSize.size(), project, componentPosition);
  result.communities = groupsOf(communities.membership, communities.count, project, communityPosition);
  for (Index v = 0; v < n; ++v)
    result.actors.push_back({project.actors[v].id, graph.degree(static_cast<VertexIndex>(v)), betweenness.scores[v],
                             componentPosition[connectivity.component[v]], communityPosition[communities.membership[v]]});

  // Ranks by betweenness; equal scores share the better rank.
  std::vector<Index> byScore(n);
  std::iota(byScore.begin(), byScore.end(), Index{0});
  std::stable_sort(byScore.begin(), byScore.end(),
                   [&](Index l, Index r) { return betweenness.scores[l] > betweenness.scores[r]; });
  std::vector<std::size_t> rank(n, 0);
  for (std::size_t k = 0; k < n; ++k)
    rank[byScore[k]] = (k > 0 && betweenness.scores[byScore[k]] == betweenness.scores[byScore[k - 1]])
                           ? rank[byScore[k - 1]]
                           : k + 1;

  std::vector<const CutVertex*> cutOf(n, nullptr);
  for (const CutVertex& cut : connectivity.cutVertices) {
    cutOf[cut.vertex] = &cut;
    result.cutVertices.push_back(project.actors[cut.vertex].id);
  }
  for (Index v : byScore) {
    const bool top = betweenness.scores[v] > 0 && rank[v] <= options.brokerCount;
    if (!top && !cutOf[v]) continue;
    const BrokerReason reason = !cutOf[v] ? BrokerReason::TopBetweenness : top ? BrokerReason::Both : BrokerReason::CutVertex;
    Broker broker{project.actors[v].id, reason, betweenness.scores[v], rank[v], {}};
    if (cutOf[v]) broker.partsWithout = cutOf[v]->parts;
    result.brokers.push_back(std::move(broker));
  }
  return result;
}

}  // namespace knp
