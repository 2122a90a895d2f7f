#pragma once
// The activities behind one link of a support chain (support_chains.hpp): those that serve the
// chain's goal (directly or through a sub-goal, as coverage.hpp counts them) or work in its field,
// and address the link's life phase. The phase strips show them when a cell is hovered and
// highlight them when it is clicked.
// Returns project.activities indices, ascending; only activities the coverage counted (its
// filter); empty for a phase or goal the coverage does not know. O(activities of the goal ×
// their phases + project activities).
#include <cstddef>
#include <vector>

#include "analysis/coverage.hpp"
#include "analysis/support_chains.hpp"
#include "model/project.hpp"

namespace knp {

std::vector<std::size_t> chainLinkActivities(const Project& project, const Coverage& coverage,
                                             const SupportChain& chain, const LifePhaseId& phase);

}  // namespace knp
