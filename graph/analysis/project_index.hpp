#pragma once
// The project with every reference resolved to an index, the shared first step of the analyses.
// Activities outside the filter, activities without any existing actor (nobody runs them),
// dangling references and duplicated references are dropped here once, so that no analysis
// has to think about them again. Life phases with equal `order` keep their file order.
#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/activity_filter.hpp"
#include "model/project.hpp"

namespace knp {

using Index = std::size_t;

// One counted activity, by index into the project's lists. Every list is sorted ascending and
// free of duplicates; `actors` holds the lead (if it exists) and the partners.
struct ResolvedActivity {
  Index activity = 0;
  std::optional<Index> lead;
  std::vector<Index> actors;
  std::vector<Index> fields;
  std::vector<Index> goals;
  std::vector<Index> servedGoals;  // goals and all their ancestors: what the activity works towards
  std::vector<Index> phases;       // indices into project.lifePhases
};

struct ProjectIndex {
  const Project* project = nullptr;
  std::vector<ResolvedActivity> activities;  // the counted ones, in project order
  // Rank of each life phase (index into project.lifePhases) in the ordered sequence, and the
  // sequence itself: phaseOrder[rank] = phase index.
  std::vector<std::size_t> phaseRank;
  std::vector<Index> phaseOrder;
  // Ancestors of each goal through `parent`, nearest first; a cycle stops the walk.
  std::vector<std::vector<Index>> goalAncestors;
  // Explicit cooperations as unordered actor pairs (a < b), without self-cooperations.
  std::vector<std::pair<Index, Index>> cooperationPairs;

  std::unordered_map<std::string, Index> fieldById, phaseById, goalById, actorById;

  // The id of the life phase at `rank` in life-phase order. O(1).
  const LifePhaseId& phaseAtRank(std::size_t rank) const { return project->lifePhases[phaseOrder[rank]].id; }
};

// The ids of `items[i]` for each i in `indices`, in that order. O(indices).
template <class IdType, class Item>
std::vector<IdType> idsOf(const std::vector<Index>& indices, const std::vector<Item>& items) {
  std::vector<IdType> ids;
  ids.reserve(indices.size());
  for (Index i : indices) ids.push_back(items[i].id);
  return ids;
}

// O(items + references). The project must outlive the index.
ProjectIndex buildProjectIndex(const Project& project, const ActivityFilter& filter);

// Sorts and removes duplicates. O(n log n).
void sortUnique(std::vector<Index>& values);

}  // namespace knp
