#pragma once
// Overlaps: actors doing the same thing for the same people without knowing of each other.
//
// Two activities overlap when they share a field, a goal they name directly and a life phase,
// are led by different actors, and these two leads do not work together yet (no cooperation,
// no shared activity: see actor_network.hpp). Shared partners do not prevent an overlap: two
// similar offers at one school by organisations that do not know of each other are one.
// Pairs are grouped by their two leads, so "AWO and Caritas" is one overlap listing all their
// overlapping pairs.
// Pair score = (Jaccard of the two goal sets + Jaccard of the two life-phase sets) / 2, in
// (0, 1]; an overlap's score is the sum over its pairs. Order: score descending, then the lead
// actors in project order. Only the first `limit` overlaps are spelled out (ids, shared items);
// the totals count them all.
// The pairs come from an index keyed by (field, goal, life phase): only activities in a common
// bucket are compared, never all pairs. A bucket with more than kCrowdedBucket activities is
// not compared pairwise (hundreds of pairs say less than one sentence): it is reported as a
// CrowdedCell instead, and pairs that share only crowded buckets are not counted. This keeps
// the work near-linear: O(R·B + C log B) with R the activities' field × goal × phase
// combinations, B = kCrowdedBucket and C ≤ R·B the compared pairs, plus the spelled-out
// overlaps. Activities whose lead does not exist are skipped.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "analysis/activity_filter.hpp"
#include "model/project.hpp"

namespace knp {

struct OverlappingPair {
  ActivityId first, second;  // first's lead is the overlap's first actor
  std::vector<FieldId> fields;  // shared, project order
  std::vector<GoalId> goals;
  std::vector<LifePhaseId> phases;  // life-phase order
  double score = 0.0;
};

struct Overlap {
  ActorId first, second;  // the two lead actors, in project order
  std::vector<OverlappingPair> pairs;  // score descending, then activity order
  std::vector<FieldId> fields;  // shared by at least one pair
  std::vector<GoalId> goals;
  std::vector<LifePhaseId> phases;
  double score = 0.0;
};

inline constexpr std::size_t kCrowdedBucket = 100;

// Many activities in one field, for one goal and life phase: a place for an exchange meeting
// rather than a list of pairs.
struct CrowdedCell {
  FieldId field;
  GoalId goal;
  LifePhaseId phase;
  std::size_t activities = 0;
  std::size_t leads = 0;  // distinct lead actors
};

struct Overlaps {
  std::vector<Overlap> overlaps;  // the best `limit`
  std::vector<CrowdedCell> crowded;  // most activities first, then field, goal, phase order
  std::size_t totalOverlaps = 0;  // actor pairs with at least one overlapping pair of activities
  std::size_t totalPairs = 0;     // overlapping pairs of activities
};

inline constexpr std::size_t kAllOverlaps = SIZE_MAX;

Overlaps findOverlaps(const Project& project, const ActivityFilter& filter = {}, std::size_t limit = kAllOverlaps);

}  // namespace knp
