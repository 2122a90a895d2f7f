#include "analysis/actor_network.hpp"

#include <algorithm>

namespace knp {

ActorNetwork buildActorNetwork(const ProjectIndex& index) {
  std::vector<std::pair<VertexIndex, VertexIndex>> shared;
  for (const ResolvedActivity& activity : index.activities)
    for (std::size_t i = 0; i < activity.actors.size(); ++i)
      for (std::size_t j = i + 1; j < activity.actors.size(); ++j)  // actors are sorted: first < second
        shared.emplace_back(static_cast<VertexIndex>(activity.actors[i]), static_cast<VertexIndex>(activity.actors[j]));
  std::sort(shared.begin(), shared.end());

  std::vector<std::pair<VertexIndex, VertexIndex>> all = shared;
  for (auto [a, b] : index.cooperationPairs) all.emplace_back(static_cast<VertexIndex>(a), static_cast<VertexIndex>(b));

  ActorNetwork network;
  network.graph = SimpleGraph::fromEdges(index.project->actors.size(), all);
  network.links = network.graph.edges();
  for (auto link : network.links) {
    auto [first, last] = std::equal_range(shared.begin(), shared.end(), link);
    network.sharedActivities.push_back(static_cast<std::size_t>(last - first));
    const std::pair<Index, Index> pair{link.first, link.second};
    network.cooperation.push_back(
        std::binary_search(index.cooperationPairs.begin(), index.cooperationPairs.end(), pair));
  }
  return network;
}

}  // namespace knp
