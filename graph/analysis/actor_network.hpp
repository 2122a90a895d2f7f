#pragma once
// The actor network: who already works with whom. Two actors are linked when a cooperation
// joins them (any type, either direction) or when both take part in one activity as lead or
// partner. Memberships in bodies (Gremien) do not link the members to each other: sitting in
// the same conference is not working together.
#include <vector>

#include "analysis/project_index.hpp"
#include "analysis/simple_graph.hpp"

namespace knp {

struct ActorNetwork {
  SimpleGraph graph;  // vertex i is project.actors[i]; simple: repeated links count once
  // How many counted activities each linked pair shares, by the graph's edges() order.
  std::vector<std::pair<VertexIndex, VertexIndex>> links;  // = graph.edges()
  std::vector<std::size_t> sharedActivities;                // per link
  std::vector<bool> cooperation;                            // per link: an explicit cooperation exists
};

// O(actors + cooperations + Σ over activities of (actors per activity)² · log).
ActorNetwork buildActorNetwork(const ProjectIndex& index);

}  // namespace knp
