#pragma once
// Cooperation suggestions: which organisations should talk, and why.
//
// Candidates are actor pairs that do not work together yet (no cooperation, no shared activity,
// see actor_network.hpp), are not bodies, and both name at least one common goal in their
// counted activities. Each actor has a profile: the goals its activities name directly, the
// life phases they address, and the (goal, phase) combinations.
//   idf(g)          = ln(1 + A / actors(g)), A = actors with a counted activity: rare goals weigh more
//   goalSimilarity  = cosine of the two idf-weighted goal sets, in [0, 1]
//   phaseSimilarity = Jaccard of the two life-phase sets, in [0, 1]
//   complementarity = idf-weighted share of the common goals where they hand over: one covers
//                     the goal in a phase, the other in the next phase (and not in the first
//                     one's, nor the first in the other's): partners in a support chain
//   score           = 0.5 goalSimilarity + 0.2 phaseSimilarity + 0.3 complementarity, in [0, 1]
// Goals named by more than kMaxCandidatePosting actors still count in every score but do not
// propose pairs by themselves, which keeps the work near-linear in big projects (such goals have
// the smallest idf anyway).
// Order: score descending, then the actors in project order. Life phases beyond the 64th in
// order are not considered. Complexity O(R log R + P·(d + log k)) with R the (actor, goal)
// combinations of the counted activities, P the candidate pairs, d the goals per actor and k
// the limits.
#include <cstddef>
#include <optional>
#include <vector>

#include "analysis/activity_filter.hpp"
#include "model/project.hpp"

namespace knp {

inline constexpr std::size_t kMaxCandidatePosting = 200;

// One covers `goal` in `earlierPhase`, the other in the following `laterPhase`.
struct Handover {
  GoalId goal;
  ActorId earlierActor, laterActor;
  LifePhaseId earlierPhase, laterPhase;
};

struct CooperationSuggestion {
  ActorId first, second;  // project order
  double score = 0.0;
  double goalSimilarity = 0.0, phaseSimilarity = 0.0, complementarity = 0.0;
  std::vector<GoalId> sharedGoals;        // rarest first (highest idf), then project order
  std::vector<LifePhaseId> sharedPhases;  // life-phase order
  std::optional<Handover> handover;       // on the rarest goal with a hand-over
};

struct ActorSuggestions {
  ActorId actor;
  std::vector<CooperationSuggestion> suggestions;  // best first
};

struct SuggestionLimits {
  std::size_t overall = 15;   // top k over all pairs
  std::size_t perActor = 3;   // top k for each actor
};

struct CooperationSuggestions {
  std::vector<CooperationSuggestion> top;
  std::vector<ActorSuggestions> perActor;  // actors in project order; only those with a suggestion
};

CooperationSuggestions suggestCooperations(const Project& project, const ActivityFilter& filter = {},
                                           const SuggestionLimits& limits = {});

}  // namespace knp
