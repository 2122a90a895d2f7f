#pragma once
// Which groups (Louvain communities of network.hpp) each broker connects: its own community and
// those of its partners in the actor network (actor_network.hpp, built with `filter`, which
// must be the filter `network` was computed with).
// Result: one list per broker of `network.brokers`, in that order; community numbers
// (indices into network.communities) ascending, each once. A broker without partners connects
// only its own group. Actors the network does not list are skipped. O(actors + links + Σ
// degrees of the brokers), plus building the actor network.
#include <cstddef>
#include <vector>

#include "analysis/activity_filter.hpp"
#include "analysis/network.hpp"
#include "model/project.hpp"

namespace knp {

std::vector<std::vector<std::size_t>> brokerGroups(const Project& project, const NetworkAnalysis& network,
                                                   const ActivityFilter& filter);

}  // namespace knp
