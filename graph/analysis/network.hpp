#pragma once
// The actor network's structure: who is central, who connects (Mittler), which groups form.
//
// The network is the one of actor_network.hpp (cooperations and shared activities; memberships
// do not link). Per actor: degree (distinct partners), betweenness (betweenness.hpp: unordered
// pairs counted once, unnormalised; exact unless options ask for sampling), its component and
// its community (Louvain, communities.hpp). For the whole: density = 2m / (n (n − 1)) (0 below
// two actors), components largest first, cut vertices, modularity.
// Brokers (Mittler) are the actors with the `brokerCount` highest betweenness scores (above
// zero; ties with the last one are included) and every cut vertex, ordered by betweenness
// descending, then project order.
// Empty project: everything empty, density 0. Complexity: O(n·m) for exact betweenness
// (divided over the threads), O(n + m) for the rest, plus the network's construction.
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "analysis/activity_filter.hpp"
#include "analysis/betweenness.hpp"
#include "model/project.hpp"

namespace knp {

struct ActorCentrality {
  ActorId actor;
  std::size_t degree = 0;
  double betweenness = 0.0;
  std::size_t component = 0;  // index into NetworkAnalysis::components
  std::size_t community = 0;  // index into NetworkAnalysis::communities
};

enum class BrokerReason { TopBetweenness, CutVertex, Both };

struct Broker {
  ActorId actor;
  BrokerReason reason = BrokerReason::TopBetweenness;
  double betweenness = 0.0;
  std::size_t rank = 0;                   // 1 = highest betweenness
  std::vector<std::size_t> partsWithout;  // cut vertex: sizes of the parts without it; else empty
};

enum class BetweennessMode { Compute, Skip };

// How the betweenness scores of a NetworkAnalysis came about.
enum class BetweennessState { Exact, Sampled, Cancelled, Skipped };

struct NetworkOptions {
  std::size_t brokerCount = 5;
  BetweennessMode mode = BetweennessMode::Compute;  // Skip: scores stay 0, brokers are cut vertices only
  BetweennessOptions betweenness;
};

struct NetworkAnalysis {
  std::size_t links = 0;
  double density = 0.0;
  std::vector<ActorCentrality> actors;           // project order
  std::vector<std::vector<ActorId>> components;  // largest first, then by first member; members in project order
  std::vector<ActorId> cutVertices;              // project order
  std::vector<Broker> brokers;
  std::vector<std::vector<ActorId>> communities;  // largest first, then by first member
  double modularity = 0.0;
  BetweennessState betweenness = BetweennessState::Exact;  // Cancelled, Skipped: all scores are 0
};

std::string_view toString(BrokerReason reason);  // "top_betweenness", "cut_vertex", "both"
std::string_view toString(BetweennessState state);  // "exact", "sampled", "cancelled", "skipped"

NetworkAnalysis analyzeNetwork(const Project& project, const ActivityFilter& filter = {},
                               const NetworkOptions& options = {});

}  // namespace knp
