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
// actors in project order.
// The pairs come from an index keyed by (field, goal, life phase): only activities in a common
// bucket are compared, never all pairs. O(R + Σ_buckets b² · log d) with R the activities'
// field × goal × phase combinations, b a bucket's size and d the largest degree in the actor
// network. Activities whose lead does not exist are skipped.
#include <cstddef>
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

std::vector<Overlap> findOverlaps(const Project& project, const ActivityFilter& filter = {});

}  // namespace knp
