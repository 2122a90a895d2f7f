#include "analysis/overlaps.hpp"

#include <algorithm>
#include <iterator>
#include <unordered_map>

#include "analysis/actor_network.hpp"
#include "analysis/project_index.hpp"

namespace knp {
namespace {

std::vector<Index> intersection(const std::vector<Index>& a, const std::vector<Index>& b) {
  std::vector<Index> result;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(result));
  return result;
}

// |a ∩ b| / |a ∪ b| of two sorted lists without allocating; 0 for two empty lists.
double jaccard(const std::vector<Index>& a, const std::vector<Index>& b) {
  std::size_t common = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else ++common, ++i, ++j;
  }
  const std::size_t together = a.size() + b.size() - common;
  return together == 0 ? 0.0 : static_cast<double>(common) / static_cast<double>(together);
}

// An overlapping pair while counting: positions in index.activities, `first` led by the lead
// that comes first in project order.
struct PairRecord {
  Index leadA, leadB;  // leadA < leadB
  Index first, second;
  double score;
};

struct GroupRecord {
  std::size_t begin, end;  // range in the sorted pair records
  double score;
};

Overlap spellOut(const ProjectIndex& index, const std::vector<PairRecord>& records, const GroupRecord& group) {
  const Project& project = *index.project;
  Overlap overlap;
  overlap.first = project.actors[records[group.begin].leadA].id;
  overlap.second = project.actors[records[group.begin].leadB].id;
  overlap.score = group.score;
  std::vector<const PairRecord*> pairs;
  for (std::size_t k = group.begin; k < group.end; ++k) pairs.push_back(&records[k]);
  std::stable_sort(pairs.begin(), pairs.end(), [](const PairRecord* l, const PairRecord* r) { return l->score > r->score; });
  std::vector<Index> fields, goals, ranks;
  for (const PairRecord* record : pairs) {
    const ResolvedActivity &a = index.activities[record->first], &b = index.activities[record->second];
    OverlappingPair pair;
    pair.first = project.activities[a.activity].id;
    pair.second = project.activities[b.activity].id;
    pair.score = record->score;
    const std::vector<Index> sharedFields = intersection(a.fields, b.fields);
    const std::vector<Index> sharedGoals = intersection(a.goals, b.goals);
    std::vector<Index> sharedRanks;
    for (Index p : intersection(a.phases, b.phases)) sharedRanks.push_back(index.phaseRank[p]);
    sortUnique(sharedRanks);
    pair.fields = idsOf<FieldId>(sharedFields, project.fields);
    pair.goals = idsOf<GoalId>(sharedGoals, project.goals);
    for (std::size_t rank : sharedRanks) pair.phases.push_back(index.phaseAtRank(rank));
    fields.insert(fields.end(), sharedFields.begin(), sharedFields.end());
    goals.insert(goals.end(), sharedGoals.begin(), sharedGoals.end());
    ranks.insert(ranks.end(), sharedRanks.begin(), sharedRanks.end());
    overlap.pairs.push_back(std::move(pair));
  }
  sortUnique(fields);
  sortUnique(goals);
  sortUnique(ranks);
  overlap.fields = idsOf<FieldId>(fields, project.fields);
  overlap.goals = idsOf<GoalId>(goals, project.goals);
  for (std::size_t rank : ranks) overlap.phases.push_back(index.phaseAtRank(rank));
  return overlap;
}

}  // namespace

Overlaps findOverlaps(const Project& project, const ActivityFilter& filter, std::size_t limit) {
  const ProjectIndex index = buildProjectIndex(project, filter);
  const ActorNetwork network = buildActorNetwork(index);
  const std::size_t goalCount = project.goals.size(), phaseCount = project.lifePhases.size();

  // The index: (field, goal, phase) -> activities, and each activity's keys.
  std::unordered_map<std::size_t, std::vector<Index>> buckets;
  std::vector<std::vector<std::size_t>> keysOf(index.activities.size());
  for (Index i = 0; i < index.activities.size(); ++i) {
    const ResolvedActivity& a = index.activities[i];
    if (!a.lead) continue;
    for (Index f : a.fields)
      for (Index g : a.goals)
        for (Index p : a.phases) {
          // Keyed by phase rank, so that crowded cells come out in life-phase order.
          const std::size_t key = (f * goalCount + g) * phaseCount + index.phaseRank[p];
          buckets[key].push_back(i);
          keysOf[i].push_back(key);
        }
  }

  // Each activity meets the later activities of its buckets once: collect, sort, deduplicate.
  std::vector<PairRecord> records;
  std::vector<Index> partners;
  for (Index i = 0; i < index.activities.size(); ++i) {
    partners.clear();
    for (std::size_t key : keysOf[i]) {
      const std::vector<Index>& members = buckets.at(key);
      if (members.size() > kCrowdedBucket) continue;
      partners.insert(partners.end(), std::upper_bound(members.begin(), members.end(), i), members.end());
    }
    sortUnique(partners);
    const ResolvedActivity& a = index.activities[i];
    for (Index j : partners) {
      const ResolvedActivity& b = index.activities[j];
      if (*a.lead == *b.lead ||
          network.graph.hasEdge(static_cast<VertexIndex>(*a.lead), static_cast<VertexIndex>(*b.lead)))
        continue;
      const double score = (jaccard(a.goals, b.goals) + jaccard(a.phases, b.phases)) / 2.0;
      if (*a.lead < *b.lead) records.push_back({*a.lead, *b.lead, i, j, score});
      else records.push_back({*b.lead, *a.lead, j, i, score});
    }
  }
  // Group by lead pair: a counting sort on the first lead (linear), then each first lead's short
  // run sorted by (second lead, activities).
  const std::size_t actorCount = project.actors.size();
  std::vector<std::size_t> start(actorCount + 1, 0);
  for (const PairRecord& r : records) ++start[r.leadA + 1];
  for (std::size_t a = 0; a < actorCount; ++a) start[a + 1] += start[a];
  std::vector<PairRecord> sorted(records.size());
  {
    std::vector<std::size_t> next(start.begin(), start.end() - 1);
    for (const PairRecord& r : records) sorted[next[r.leadA]++] = r;
  }
  records = std::move(sorted);
  for (std::size_t a = 0; a < actorCount; ++a)
    std::sort(records.begin() + static_cast<std::ptrdiff_t>(start[a]), records.begin() + static_cast<std::ptrdiff_t>(start[a + 1]),
              [](const PairRecord& l, const PairRecord& r) {
                return std::tie(l.leadB, l.first, l.second) < std::tie(r.leadB, r.first, r.second);
              });

  std::vector<GroupRecord> groups;
  for (std::size_t begin = 0; begin < records.size();) {
    std::size_t end = begin;
    double score = 0.0;
    while (end < records.size() && records[end].leadA == records[begin].leadA &&
           records[end].leadB == records[begin].leadB)
      score += records[end++].score;
    groups.push_back({begin, end, score});
    begin = end;
  }
  // The best `limit` groups: higher score first, equal scores in the lead pairs' project order
  // (which is the order of `begin`). A partial sort: O(groups · log limit).
  const std::size_t shown = std::min(limit, groups.size());
  std::partial_sort(groups.begin(), groups.begin() + static_cast<std::ptrdiff_t>(shown), groups.end(),
                    [](const GroupRecord& l, const GroupRecord& r) {
                      return l.score != r.score ? l.score > r.score : l.begin < r.begin;
                    });

  Overlaps result;
  std::vector<std::size_t> crowdedKeys;
  for (const auto& [key, members] : buckets)
    if (members.size() > kCrowdedBucket) crowdedKeys.push_back(key);
  std::sort(crowdedKeys.begin(), crowdedKeys.end());
  for (std::size_t key : crowdedKeys) {
    const std::vector<Index>& members = buckets.at(key);
    std::vector<Index> leads;
    for (Index i : members) leads.push_back(*index.activities[i].lead);
    sortUnique(leads);
    const Index rank = key % phaseCount, goal = key / phaseCount % goalCount, field = key / phaseCount / goalCount;
    result.crowded.push_back({project.fields[field].id, project.goals[goal].id,
                              index.phaseAtRank(rank),
                              members.size(), leads.size()});
  }
  std::stable_sort(result.crowded.begin(), result.crowded.end(),
                   [](const CrowdedCell& l, const CrowdedCell& r) { return l.activities > r.activities; });
  result.totalOverlaps = groups.size();
  result.totalPairs = records.size();
  for (std::size_t g = 0; g < shown; ++g) result.overlaps.push_back(spellOut(index, records, groups[g]));
  return result;
}

}  // namespace knp
