#include "analysis/project_index.hpp"

#include <algorithm>

namespace knp {
namespace {

template <class Item>
std::unordered_map<std::string, Index> indexById(const std::vector<Item>& items) {
  std::unordered_map<std::string, Index> map;
  map.reserve(items.size());
  for (Index i = 0; i < items.size(); ++i) map.emplace(items[i].id.value, i);  // first one wins
  return map;
}

template <class IdType>
std::vector<Index> resolve(const std::vector<IdType>& ids, const std::unordered_map<std::string, Index>& map) {
  std::vector<Index> result;
  result.reserve(ids.size());
  for (const IdType& id : ids)
    if (auto it = map.find(id.value); it != map.end()) result.push_back(it->second);
  sortUnique(result);
  return result;
}

}  // namespace

void sortUnique(std::vector<Index>& values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
}

ProjectIndex buildProjectIndex(const Project& project, const ActivityFilter& filter) {
  ProjectIndex index;
  index.project = &project;
  index.fieldById = indexById(project.fields);
  index.phaseById = indexById(project.lifePhases);
  index.goalById = indexById(project.goals);
  index.actorById = indexById(project.actors);

  const auto ordered = lifePhasesInOrder(project);
  index.phaseRank.assign(project.lifePhases.size(), 0);
  for (std::size_t rank = 0; rank < ordered.size(); ++rank) {
    const Index phase = static_cast<Index>(ordered[rank] - project.lifePhases.data());
    index.phaseRank[phase] = rank;
    index.phaseOrder.push_back(phase);
  }

  index.goalAncestors.resize(project.goals.size());
  for (Index g = 0; g < project.goals.size(); ++g) {
    std::vector<Index>& ancestors = index.goalAncestors[g];
    const Goal* goal = &project.goals[g];
    while (goal->parent) {
      auto it = index.goalById.find(goal->parent->value);
      if (it == index.goalById.end() || it->second == g ||
          std::find(ancestors.begin(), ancestors.end(), it->second) != ancestors.end())
        break;  // dangling parent or a cycle
      ancestors.push_back(it->second);
      goal = &project.goals[it->second];
    }
  }

  for (Index a = 0; a < project.activities.size(); ++a) {
    const Activity& activity = project.activities[a];
    if (!accepts(filter, activity)) continue;
    ResolvedActivity resolved;
    resolved.activity = a;
    if (auto it = index.actorById.find(activity.lead.value); it != index.actorById.end()) resolved.lead = it->second;
    resolved.actors = resolve(activity.partners, index.actorById);
    if (resolved.lead) {
      resolved.actors.push_back(*resolved.lead);
      sortUnique(resolved.actors);
    }
    if (resolved.actors.empty()) continue;  // nobody runs it: it serves no goal and fills no cell
    resolved.fields = resolve(activity.fields, index.fieldById);
    resolved.goals = resolve(activity.goals, index.goalById);
    resolved.phases = resolve(activity.lifePhases, index.phaseById);
    resolved.servedGoals = resolved.goals;
    for (Index g : resolved.goals)
      resolved.servedGoals.insert(resolved.servedGoals.end(), index.goalAncestors[g].begin(), index.goalAncestors[g].end());
    sortUnique(resolved.servedGoals);
    index.activities.push_back(std::move(resolved));
  }

  for (const Cooperation& cooperation : project.cooperations) {
    auto from = index.actorById.find(cooperation.from.value);
    auto to = index.actorById.find(cooperation.to.value);
    if (from == index.actorById.end() || to == index.actorById.end() || from->second == to->second) continue;
    index.cooperationPairs.emplace_back(std::min(from->second, to->second), std::max(from->second, to->second));
  }
  std::sort(index.cooperationPairs.begin(), index.cooperationPairs.end());
  index.cooperationPairs.erase(std::unique(index.cooperationPairs.begin(), index.cooperationPairs.end()),
                               index.cooperationPairs.end());
  return index;
}

}  // namespace knp
