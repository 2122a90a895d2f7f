#include "analysis/cooperation_suggestions.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>

#include "analysis/actor_network.hpp"
#include "analysis/project_index.hpp"

namespace knp {
namespace {

// Life phases as bits of a mask: bit r is the phase of rank r. Ranks from 64 on are ignored
// here (no real project has that many life phases).
using PhaseMask = std::uint64_t;
constexpr std::size_t kMaskBits = 64;

PhaseMask bitOf(std::size_t rank) { return rank < kMaskBits ? PhaseMask{1} << rank : 0; }

struct Profile {
  std::vector<Index> goals;            // sorted, unique
  std::vector<PhaseMask> goalPhases;   // parallel to goals: the phases where it works on the goal
  PhaseMask phases = 0;                // all phases it works for
  bool active = false;
};

// The earliest hand-over between two actors on one goal, from their phase masks there: one
// covers rank r but not r + 1, the other r + 1 but not r. Returns (earlier is a?, r). O(1).
std::optional<std::pair<bool, std::size_t>> findHandover(PhaseMask a, PhaseMask b) {
  const PhaseMask aThenB = (a & ~b) & ((b & ~a) >> 1);  // bit r: a alone at r, b alone at r + 1
  const PhaseMask bThenA = (b & ~a) & ((a & ~b) >> 1);
  if (aThenB == 0 && bThenA == 0) return std::nullopt;
  const int rankA = aThenB ? std::countr_zero(aThenB) : 64, rankB = bThenA ? std::countr_zero(bThenA) : 64;
  return rankA <= rankB ? std::pair{true, static_cast<std::size_t>(rankA)} : std::pair{false, static_cast<std::size_t>(rankB)};
}

struct Scored {
  Index a = 0, b = 0;
  double score = 0, goalSimilarity = 0, phaseSimilarity = 0, complementarity = 0;
};

// Better first: higher score, then the pair in project order.
bool better(const Scored& l, const Scored& r) {
  if (l.score != r.score) return l.score > r.score;
  return std::pair{l.a, l.b} < std::pair{r.a, r.b};
}

// Keeps the k best of what it is offered. O(log k) per offer.
class TopK {
 public:
  explicit TopK(std::size_t k) : m_k(k) {}
  void offer(const Scored& s) {
    if (m_k == 0) return;
    if (m_heap.size() < m_k) {
      m_heap.push_back(s);
      std::push_heap(m_heap.begin(), m_heap.end(), better);  // the worst kept one on top
    } else if (better(s, m_heap.front())) {
      std::pop_heap(m_heap.begin(), m_heap.end(), better);
      m_heap.back() = s;
      std::push_heap(m_heap.begin(), m_heap.end(), better);
    }
  }
  std::vector<Scored> best() const {
    std::vector<Scored> sorted = m_heap;
    std::sort(sorted.begin(), sorted.end(), better);
    return sorted;
  }

 private:
  std::size_t m_k;
  std::vector<Scored> m_heap;
};

std::vector<Profile> buildProfiles(const Project& project, const ProjectIndex& index) {
  std::vector<std::vector<std::pair<Index, PhaseMask>>> covers(project.actors.size());
  std::vector<Profile> profiles(project.actors.size());
  for (const ResolvedActivity& activity : index.activities) {
    PhaseMask phases = 0;
    for (Index phase : activity.phases) phases |= bitOf(index.phaseRank[phase]);
    for (Index actor : activity.actors) {
      if (project.actors[actor].type == ActorType::Body) continue;
      profiles[actor].active = true;
      profiles[actor].phases |= phases;
      for (Index goal : activity.goals) covers[actor].emplace_back(goal, phases);
    }
  }
  for (Index actor = 0; actor < profiles.size(); ++actor) {
    auto& cover = covers[actor];
    std::sort(cover.begin(), cover.end());
    for (const auto& [goal, phases] : cover) {
      if (profiles[actor].goals.empty() || profiles[actor].goals.back() != goal) {
        profiles[actor].goals.push_back(goal);
        profiles[actor].goalPhases.push_back(0);
      }
      profiles[actor].goalPhases.back() |= phases;
    }
  }
  return profiles;
}

}  // namespace

CooperationSuggestions suggestCooperations(const Project& project, const ActivityFilter& filter,
                                           const SuggestionLimits& limits) {
  const ProjectIndex index = buildProjectIndex(project, filter);
  const ActorNetwork network = buildActorNetwork(index);
  const std::size_t actorCount = project.actors.size();
  const std::vector<Profile> profiles = buildProfiles(project, index);

  std::vector<std::vector<Index>> postings(project.goals.size());  // goal -> actors, ascending
  std::size_t activeActors = 0;
  for (Index actor = 0; actor < actorCount; ++actor) {
    if (profiles[actor].active) ++activeActors;
    for (Index goal : profiles[actor].goals) postings[goal].push_back(actor);
  }
  std::vector<double> idf(project.goals.size(), 0.0);
  for (Index goal = 0; goal < idf.size(); ++goal)
    if (!postings[goal].empty())
      idf[goal] = std::log(1.0 + static_cast<double>(activeActors) / static_cast<double>(postings[goal].size()));
  std::vector<double> norm(actorCount, 0.0);
  for (Index actor = 0; actor < actorCount; ++actor) {
    for (Index goal : profiles[actor].goals) norm[actor] += idf[goal] * idf[goal];
    norm[actor] = std::sqrt(norm[actor]);
  }

  // Calls visit(goal, phases of a, phases of b) for each goal both profiles name. O(d).
  auto forSharedGoals = [](const Profile& pa, const Profile& pb, auto&& visit) {
    for (std::size_t i = 0, j = 0; i < pa.goals.size() && j < pb.goals.size();) {
      if (pa.goals[i] < pb.goals[j]) ++i;
      else if (pb.goals[j] < pa.goals[i]) ++j;
      else {
        visit(pa.goals[i], pa.goalPhases[i], pb.goalPhases[j]);
        ++i;
        ++j;
      }
    }
  };

  auto score = [&](Index a, Index b) {
    const Profile &pa = profiles[a], &pb = profiles[b];
    Scored s{a, b};
    double sharedSquares = 0, sharedWeight = 0, handoverWeight = 0;
    forSharedGoals(pa, pb, [&](Index goal, PhaseMask phasesA, PhaseMask phasesB) {
      sharedSquares += idf[goal] * idf[goal];
      sharedWeight += idf[goal];
      if (findHandover(phasesA, phasesB)) handoverWeight += idf[goal];
    });
    s.goalSimilarity = norm[a] * norm[b] > 0 ? sharedSquares / (norm[a] * norm[b]) : 0.0;
    const int common = std::popcount(pa.phases & pb.phases), together = std::popcount(pa.phases | pb.phases);
    s.phaseSimilarity = together == 0 ? 0.0 : static_cast<double>(common) / static_cast<double>(together);
    s.complementarity = sharedWeight > 0 ? handoverWeight / sharedWeight : 0.0;
    s.score = 0.5 * s.goalSimilarity + 0.2 * s.phaseSimilarity + 0.3 * s.complementarity;
    return s;
  };

  // Candidates of actor a: the later actors in the postings of its goals, marked in a dense
  // array instead of a hash set, so each pair is met once, from its first actor.
  TopK overall(limits.overall);
  std::vector<TopK> perActorTop(actorCount, TopK(limits.perActor));
  std::vector<char> marked(actorCount, 0);
  std::vector<Index> touched;
  for (Index a = 0; a < actorCount; ++a) {
    if (!profiles[a].active) continue;
    touched.clear();
    for (Index goal : profiles[a].goals) {
      const std::vector<Index>& posting = postings[goal];
      if (posting.size() > kMaxCandidatePosting) continue;
      for (auto it = std::upper_bound(posting.begin(), posting.end(), a); it != posting.end(); ++it)
        if (!marked[*it]) {
          marked[*it] = 1;
          touched.push_back(*it);
        }
    }
    for (Index b : touched) {
      marked[b] = 0;
      if (network.graph.hasEdge(static_cast<VertexIndex>(a), static_cast<VertexIndex>(b))) continue;
      const Scored s = score(a, b);
      overall.offer(s);
      perActorTop[a].offer(s);
      perActorTop[b].offer(s);
    }
  }

  // The reasons of a chosen pair: shared goals rarest first, shared phases, the hand-over on
  // the rarest goal that has one.
  auto explain = [&](const Scored& s) {
    const Profile &pa = profiles[s.a], &pb = profiles[s.b];
    CooperationSuggestion suggestion;
    suggestion.first = project.actors[s.a].id;
    suggestion.second = project.actors[s.b].id;
    suggestion.score = s.score;
    suggestion.goalSimilarity = s.goalSimilarity;
    suggestion.phaseSimilarity = s.phaseSimilarity;
    suggestion.complementarity = s.complementarity;
    struct Shared {
      Index goal;
      PhaseMask a, b;
    };
    std::vector<Shared> shared;
    forSharedGoals(pa, pb, [&](Index goal, PhaseMask a, PhaseMask b) { shared.push_back({goal, a, b}); });
    std::stable_sort(shared.begin(), shared.end(), [&](const Shared& l, const Shared& r) { return idf[l.goal] > idf[r.goal]; });
    for (const Shared& item : shared) {
      suggestion.sharedGoals.push_back(project.goals[item.goal].id);
      if (suggestion.handover) continue;
      if (auto handover = findHandover(item.a, item.b)) {
        const auto [earlierIsFirst, rank] = *handover;
        suggestion.handover = Handover{project.goals[item.goal].id, project.actors[earlierIsFirst ? s.a : s.b].id,
                                       project.actors[earlierIsFirst ? s.b : s.a].id,
                                       index.phaseAtRank(rank), index.phaseAtRank(rank + 1)};
      }
    }
    for (std::size_t rank = 0; rank < index.phaseOrder.size() && rank < kMaskBits; ++rank)
      if ((pa.phases & pb.phases) & bitOf(rank)) suggestion.sharedPhases.push_back(index.phaseAtRank(rank));
    return suggestion;
  };

  CooperationSuggestions result;
  for (const Scored& s : overall.best()) result.top.push_back(explain(s));
  for (Index actor = 0; actor < actorCount; ++actor) {
    const std::vector<Scored> best = perActorTop[actor].best();
    if (best.empty()) continue;
    ActorSuggestions entry{project.actors[actor].id, {}};
    for (const Scored& s : best) entry.suggestions.push_back(explain(s));
    result.perActor.push_back(std::move(entry));
  }
  return result;
}

}  // namespace knp
