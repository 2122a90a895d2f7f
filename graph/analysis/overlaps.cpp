#include "analysis/overlaps.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "analysis/actor_network.hpp"
#include "analysis/project_index.hpp"

namespace knp {
namespace {

std::vector<Index> intersection(const std::vector<Index>& a, const std::vector<Index>& b) {
  std::vector<Index> result;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(result));
  return result;
}

double jaccard(const std::vector<Index>& a, const std::vector<Index>& b) {
  const std::size_t common = intersection(a, b).size();
  const std::size_t together = a.size() + b.size() - common;
  return together == 0 ? 0.0 : static_cast<double>(common) / static_cast<double>(together);
}

// True when different actors lead the two activities and these leads do not work together yet.
// Shared partners do not count against it: two similar offers at the same school, from two
// organisations that do not know of each other, are exactly what the workshop should see.
bool strangers(const ResolvedActivity& a, const ResolvedActivity& b, const SimpleGraph& network) {
  return *a.lead != *b.lead && !network.hasEdge(static_cast<VertexIndex>(*a.lead), static_cast<VertexIndex>(*b.lead));
}

template <class IdType, class Item>
std::vector<IdType> idsOf(const std::vector<Index>& indices, const std::vector<Item>& items) {
  std::vector<IdType> ids;
  for (Index i : indices) ids.push_back(items[i].id);
  return ids;
}

// Overlap under construction, keyed by its two lead actors.
struct Group {
  std::vector<std::pair<Index, Index>> pairs;  // positions in index.activities
};

}  // namespace

std::vector<Overlap> findOverlaps(const Project& project, const ActivityFilter& filter) {
  const ProjectIndex index = buildProjectIndex(project, filter);
  const ActorNetwork network = buildActorNetwork(index);
  const std::size_t goalCount = project.goals.size(), phaseCount = project.lifePhases.size();

  std::unordered_map<std::size_t, std::vector<Index>> buckets;  // (field, goal, phase) -> activities
  for (Index i = 0; i < index.activities.size(); ++i) {
    const ResolvedActivity& a = index.activities[i];
    if (!a.lead) continue;
    for (Index f : a.fields)
      for (Index g : a.goals)
        for (Index p : a.phases) buckets[(f * goalCount + g) * phaseCount + p].push_back(i);
  }

  std::unordered_set<std::size_t> seen;  // compared pairs, i * n + j
  std::map<std::pair<Index, Index>, Group> groups;  // ordered: deterministic output
  const std::size_t n = index.activities.size();
  for (const auto& [key, members] : buckets)
    for (std::size_t x = 0; x < members.size(); ++x)
      for (std::size_t y = x + 1; y < members.size(); ++y) {
        const Index i = members[x], j = members[y];  // i < j: buckets fill in activity order
        if (!seen.insert(i * n + j).second) continue;
        const ResolvedActivity &a = index.activities[i], &b = index.activities[j];
        if (!strangers(a, b, network.graph)) continue;
        const Index leadA = *a.lead, leadB = *b.lead;
        Group& group = groups[{std::min(leadA, leadB), std::max(leadA, leadB)}];
        group.pairs.emplace_back(leadA < leadB ? i : j, leadA < leadB ? j : i);
      }

  std::vector<Overlap> overlaps;
  for (auto& [leads, group] : groups) {
    std::sort(group.pairs.begin(), group.pairs.end());  // bucket order is unspecified; sums must not be
    Overlap overlap;
    overlap.first = project.actors[leads.first].id;
    overlap.second = project.actors[leads.second].id;
    std::vector<Index> fields, goals, ranks;
    for (auto [i, j] : group.pairs) {
      const ResolvedActivity &a = index.activities[i], &b = index.activities[j];
      OverlappingPair pair;
      pair.first = project.activities[a.activity].id;
      pair.second = project.activities[b.activity].id;
      const std::vector<Index> sharedFields = intersection(a.fields, b.fields);
      const std::vector<Index> sharedGoals = intersection(a.goals, b.goals);
      std::vector<Index> sharedRanks;
      for (Index p : intersection(a.phases, b.phases)) sharedRanks.push_back(index.phaseRank[p]);
      sortUnique(sharedRanks);
      pair.fields = idsOf<FieldId>(sharedFields, project.fields);
      pair.goals = idsOf<GoalId>(sharedGoals, project.goals);
      for (std::size_t rank : sharedRanks) pair.phases.push_back(project.lifePhases[index.phaseOrder[rank]].id);
      pair.score = (jaccard(a.goals, b.goals) + jaccard(a.phases, b.phases)) / 2.0;
      overlap.score += pair.score;
      fields.insert(fields.end(), sharedFields.begin(), sharedFields.end());
      goals.insert(goals.end(), sharedGoals.begin(), sharedGoals.end());
      ranks.insert(ranks.end(), sharedRanks.begin(), sharedRanks.end());
      overlap.pairs.push_back(std::move(pair));
    }
    // Pairs were found bucket by bucket; order them by score, then by activity order.
    std::vector<std::size_t> order(overlap.pairs.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::sort(order.begin(), order.end(), [&](std::size_t l, std::size_t r) {
      if (overlap.pairs[l].score != overlap.pairs[r].score) return overlap.pairs[l].score > overlap.pairs[r].score;
      return group.pairs[l] < group.pairs[r];
    });
    std::vector<OverlappingPair> sorted;
    for (std::size_t k : order) sorted.push_back(std::move(overlap.pairs[k]));
    overlap.pairs = std::move(sorted);
    sortUnique(fields);
    sortUnique(goals);
    sortUnique(ranks);
    overlap.fields = idsOf<FieldId>(fields, project.fields);
    overlap.goals = idsOf<GoalId>(goals, project.goals);
    for (std::size_t rank : ranks) overlap.phases.push_back(project.lifePhases[index.phaseOrder[rank]].id);
    overlaps.push_back(std::move(overlap));
  }
  std::stable_sort(overlaps.begin(), overlaps.end(),
                   [](const Overlap& l, const Overlap& r) { return l.score > r.score; });
  return overlaps;
}

}  // namespace knp
