#include "analysis/cooperation_suggestions.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <unordered_set>

#include "analysis/actor_network.hpp"
#include "analysis/project_index.hpp"

namespace knp {
namespace {

struct Profile {
  std::vector<Index> goals;                          // sorted, unique
  std::vector<std::size_t> ranks;                    // life-phase ranks, sorted, unique
  std::vector<std::pair<Index, std::size_t>> cover;  // (goal, rank), sorted, unique
  bool active = false;
};

bool covers(const Profile& p, Index goal, std::size_t rank) {
  return std::binary_search(p.cover.begin(), p.cover.end(), std::pair{goal, rank});
}

// The earliest hand-over on `goal` between the two profiles, as (earlier is a?, rank of the earlier phase).
std::optional<std::pair<bool, std::size_t>> findHandover(const Profile& a, const Profile& b, Index goal) {
  auto ranksOf = [goal](const Profile& p) {
    auto first = std::lower_bound(p.cover.begin(), p.cover.end(), std::pair<Index, std::size_t>{goal, 0});
    std::vector<std::size_t> ranks;
    for (auto it = first; it != p.cover.end() && it->first == goal; ++it) ranks.push_back(it->second);
    return ranks;
  };
  const auto ranksA = ranksOf(a), ranksB = ranksOf(b);
  std::optional<std::pair<bool, std::size_t>> best;
  auto consider = [&](const Profile& early, const std::vector<std::size_t>& earlyRanks, const Profile& late, bool earlyIsA) {
    for (std::size_t r : earlyRanks)
      if (covers(late, goal, r + 1) && !covers(early, goal, r + 1) && !covers(late, goal, r))
        if (!best || r < best->second) best = std::pair{earlyIsA, r};
  };
  consider(a, ranksA, b, true);
  consider(b, ranksB, a, false);
  return best;
}

struct Scored {
  Index a = 0, b = 0;
  double score = 0, goalSimilarity = 0, phaseSimilarity = 0, complementarity = 0;
};

}  // namespace

CooperationSuggestions suggestCooperations(const Project& project, const ActivityFilter& filter,
                                           const SuggestionLimits& limits) {
  const ProjectIndex index = buildProjectIndex(project, filter);
  const ActorNetwork network = buildActorNetwork(index);
  const std::size_t actorCount = project.actors.size();

  std::vector<Profile> profiles(actorCount);
  for (const ResolvedActivity& activity : index.activities)
    for (Index actor : activity.actors) {
      if (project.actors[actor].type == ActorType::Body) continue;
      Profile& p = profiles[actor];
      p.active = true;
      p.goals.insert(p.goals.end(), activity.goals.begin(), activity.goals.end());
      for (Index phase : activity.phases) {
        p.ranks.push_back(index.phaseRank[phase]);
        for (Index goal : activity.goals) p.cover.emplace_back(goal, index.phaseRank[phase]);
      }
    }
  std::vector<std::vector<Index>> postings(project.goals.size());
  std::size_t activeActors = 0;
  for (Index actor = 0; actor < actorCount; ++actor) {
    Profile& p = profiles[actor];
    sortUnique(p.goals);
    std::sort(p.ranks.begin(), p.ranks.end());
    p.ranks.erase(std::unique(p.ranks.begin(), p.ranks.end()), p.ranks.end());
    std::sort(p.cover.begin(), p.cover.end());
    p.cover.erase(std::unique(p.cover.begin(), p.cover.end()), p.cover.end());
    if (p.active) ++activeActors;
    for (Index goal : p.goals) postings[goal].push_back(actor);
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

  std::unordered_set<std::size_t> seen;
  std::vector<std::pair<Index, Index>> candidates;
  for (const std::vector<Index>& posting : postings) {
    if (posting.size() > kMaxCandidatePosting) continue;
    for (std::size_t x = 0; x < posting.size(); ++x)
      for (std::size_t y = x + 1; y < posting.size(); ++y) {
        const Index a = posting[x], b = posting[y];  // postings are ascending
        if (network.graph.hasEdge(static_cast<VertexIndex>(a), static_cast<VertexIndex>(b))) continue;
        if (seen.insert(a * actorCount + b).second) candidates.emplace_back(a, b);
      }
  }
  std::sort(candidates.begin(), candidates.end());

  std::vector<Scored> scored;
  scored.reserve(candidates.size());
  for (auto [a, b] : candidates) {
    const Profile &pa = profiles[a], &pb = profiles[b];
    std::vector<Index> shared;
    std::set_intersection(pa.goals.begin(), pa.goals.end(), pb.goals.begin(), pb.goals.end(), std::back_inserter(shared));
    Scored s{a, b};
    double sharedSquares = 0, sharedWeight = 0, handoverWeight = 0;
    for (Index goal : shared) {
      sharedSquares += idf[goal] * idf[goal];
      sharedWeight += idf[goal];
      if (findHandover(pa, pb, goal)) handoverWeight += idf[goal];
    }
    s.goalSimilarity = norm[a] * norm[b] > 0 ? sharedSquares / (norm[a] * norm[b]) : 0.0;
    std::vector<std::size_t> commonRanks;
    std::set_intersection(pa.ranks.begin(), pa.ranks.end(), pb.ranks.begin(), pb.ranks.end(), std::back_inserter(commonRanks));
    const std::size_t unionRanks = pa.ranks.size() + pb.ranks.size() - commonRanks.size();
    s.phaseSimilarity = unionRanks == 0 ? 0.0 : static_cast<double>(commonRanks.size()) / static_cast<double>(unionRanks);
    s.complementarity = sharedWeight > 0 ? handoverWeight / sharedWeight : 0.0;
    s.score = 0.5 * s.goalSimilarity + 0.2 * s.phaseSimilarity + 0.3 * s.complementarity;
    scored.push_back(s);
  }
  std::stable_sort(scored.begin(), scored.end(), [](const Scored& l, const Scored& r) { return l.score > r.score; });

  // Materialises the reasons of a chosen pair: shared goals rarest first, phases, hand-over.
  auto explain = [&](const Scored& s) {
    const Profile &pa = profiles[s.a], &pb = profiles[s.b];
    CooperationSuggestion suggestion;
    suggestion.first = project.actors[s.a].id;
    suggestion.second = project.actors[s.b].id;
    suggestion.score = s.score;
    suggestion.goalSimilarity = s.goalSimilarity;
    suggestion.phaseSimilarity = s.phaseSimilarity;
    suggestion.complementarity = s.complementarity;
    std::vector<Index> shared;
    std::set_intersection(pa.goals.begin(), pa.goals.end(), pb.goals.begin(), pb.goals.end(), std::back_inserter(shared));
    std::stable_sort(shared.begin(), shared.end(), [&](Index l, Index r) { return idf[l] > idf[r]; });
    for (Index goal : shared) {
      suggestion.sharedGoals.push_back(project.goals[goal].id);
      if (suggestion.handover) continue;
      if (auto handover = findHandover(pa, pb, goal)) {
        const auto [earlierIsFirst, rank] = *handover;
        suggestion.handover = Handover{project.goals[goal].id, project.actors[earlierIsFirst ? s.a : s.b].id,
                                       project.actors[earlierIsFirst ? s.b : s.a].id,
                                       project.lifePhases[index.phaseOrder[rank]].id,
                                       project.lifePhases[index.phaseOrder[rank + 1]].id};
      }
    }
    std::vector<std::size_t> commonRanks;
    std::set_intersection(pa.ranks.begin(), pa.ranks.end(), pb.ranks.begin(), pb.ranks.end(), std::back_inserter(commonRanks));
    for (std::size_t rank : commonRanks) suggestion.sharedPhases.push_back(project.lifePhases[index.phaseOrder[rank]].id);
    return suggestion;
  };

  CooperationSuggestions result;
  for (std::size_t k = 0; k < scored.size() && k < limits.overall; ++k) result.top.push_back(explain(scored[k]));
  std::vector<std::vector<const Scored*>> perActor(actorCount);
  for (const Scored& s : scored) {
    if (perActor[s.a].size() < limits.perActor) perActor[s.a].push_back(&s);
    if (perActor[s.b].size() < limits.perActor) perActor[s.b].push_back(&s);
  }
  for (Index actor = 0; actor < actorCount; ++actor) {
    if (perActor[actor].empty()) continue;
    ActorSuggestions entry{project.actors[actor].id, {}};
    for (const Scored* s : perActor[actor]) entry.suggestions.push_back(explain(*s));
    result.perActor.push_back(std::move(entry));
  }
  return result;
}

}  // namespace knp
