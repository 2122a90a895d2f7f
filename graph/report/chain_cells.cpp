#include "report/chain_cells.hpp"

#include <algorithm>
#include <unordered_map>

namespace knp {

std::vector<std::size_t> chainLinkActivities(const Project& project, const Coverage& coverage,
                                             const SupportChain& chain, const LifePhaseId& phase) {
  std::vector<ActivityId> candidates;
  if (chain.goal) {
    for (const GoalCoverage& goal : coverage.goals)
      if (goal.goal == *chain.goal) candidates = goal.activities;
  } else if (chain.field) {
    for (std::size_t row = 0; row < coverage.fields.size(); ++row)
      for (std::size_t column = 0; column < coverage.phases.size(); ++column)
        if (coverage.fields[row] == *chain.field && coverage.phases[column] == phase)
          candidates = coverage.cell(row, column).activities;
  }
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < project.activities.size(); ++i) index.emplace(project.activities[i].id.value, i);
  std::vector<std::size_t> out;
  for (const ActivityId& id : candidates) {
    auto it = index.find(id.value);
    if (it == index.end()) continue;
    const std::vector<LifePhaseId>& phases = project.activities[it->second].lifePhases;
    if (std::find(phases.begin(), phases.end(), phase) != phases.end()) out.push_back(it->second);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace knp
