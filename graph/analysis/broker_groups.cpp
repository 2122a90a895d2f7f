#include "analysis/broker_groups.hpp"

#include <algorithm>

#include "analysis/actor_network.hpp"
#include "analysis/project_index.hpp"

namespace knp {

std::vector<std::vector<std::size_t>> brokerGroups(const Project& project, const NetworkAnalysis& network,
                                                   const ActivityFilter& filter) {
  std::vector<std::vector<std::size_t>> out(network.brokers.size());
  if (network.brokers.empty()) return out;
  const ProjectIndex index = buildProjectIndex(project, filter);
  const ActorNetwork actors = buildActorNetwork(index);
  // network.actors is in project order, as the network's vertices are; a project changed since
  // (other sizes) would make the numbers lie, so nothing is said then.
  if (network.actors.size() != project.actors.size() || actors.graph.vertexCount() != project.actors.size()) return out;
  for (std::size_t b = 0; b < network.brokers.size(); ++b) {
    auto it = index.actorById.find(network.brokers[b].actor.value);
    if (it == index.actorById.end()) continue;
    std::vector<std::size_t>& groups = out[b];
    groups.push_back(network.actors[it->second].community);
    for (VertexIndex partner : actors.graph.neighbours(static_cast<VertexIndex>(it->second)))
      groups.push_back(network.actors[partner].community);
    std::sort(groups.begin(), groups.end());
    groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
  }
  return out;
}

}  // namespace knp
