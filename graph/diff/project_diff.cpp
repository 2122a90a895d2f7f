#include "diff/project_diff.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "analysis/actor_network.hpp"
#include "analysis/coverage.hpp"
#include "analysis/project_index.hpp"
#include "conference/conference_dates.hpp"

namespace knp {
namespace {

// ---- Items ---------------------------------------------------------------------------------

// Appends `name` when the two values differ.
template <class Value>
void compare(std::vector<std::string>& fields, const char* name, const Value& before, const Value& after) {
  if (!(before == after)) fields.emplace_back(name);
}

// Appends `name` when the two id lists differ as sets (order and repetition do not count).
template <class IdType>
void compareSet(std::vector<std::string>& fields, const char* name, const std::vector<IdType>& before,
                const std::vector<IdType>& after) {
  const std::set<IdType> a(before.begin(), before.end()), b(after.begin(), after.end());
  if (a != b) fields.emplace_back(name);
}

// The saved names of the fields that differ, in the file's order (io/project_json.cpp).
std::vector<std::string> changedFields(const Field& a, const Field& b) {
  std::vector<std::string> f;
  compare(f, "name", a.name, b.name);
  compare(f, "colour", a.colour, b.colour);
  return f;
}

std::vector<std::string> changedFields(const LifePhase& a, const LifePhase& b) {
  std::vector<std::string> f;
  compare(f, "name", a.name, b.name);
  compare(f, "minAge", a.minAge, b.minAge);
  compare(f, "maxAge", a.maxAge, b.maxAge);
  compare(f, "order", a.order, b.order);
  return f;
}

std::vector<std::string> changedFields(const Concept& a, const Concept& b) {
  std::vector<std::string> f;
  compare(f, "name", a.name, b.name);
  return f;
}

std::vector<std::string> changedFields(const Goal& a, const Goal& b) {
  std::vector<std::string> f;
  compare(f, "title", a.title, b.title);
  compare(f, "shortTitle", a.shortTitle, b.shortTitle);
  compare(f, "concept", a.conceptId, b.conceptId);
  compare(f, "level", a.level, b.level);
  compare(f, "parent", a.parent, b.parent);
  compareSet(f, "fields", a.fields, b.fields);
  compare(f, "priorityYears", a.priorityYears, b.priorityYears);
  return f;
}

std::vector<std::string> changedFields(const Actor& a, const Actor& b) {
  std::vector<std::string> f;
  compare(f, "name", a.name, b.name);
  compare(f, "type", a.type, b.type);
  compare(f, "selfDescription", a.selfDescription, b.selfDescription);
  compare(f, "contact", a.contact, b.contact);
  compareSet(f, "memberships", a.memberships, b.memberships);
  return f;
}

std::vector<std::string> changedFields(const Activity& a, const Activity& b) {
  std::vector<std::string> f;
  compare(f, "title", a.title, b.title);
  compare(f, "description", a.description, b.description);
  compare(f, "lead", a.lead, b.lead);
  compareSet(f, "partners", a.partners, b.partners);
  compareSet(f, "fields", a.fields, b.fields);
  compareSet(f, "goals", a.goals, b.goals);
  compareSet(f, "lifePhases", a.lifePhases, b.lifePhases);
  compare(f, "status", a.status, b.status);
  compare(f, "startYear", a.startYear, b.startYear);
  compare(f, "endYear", a.endYear, b.endYear);
  return f;
}

std::vector<std::string> changedFields(const Cooperation& a, const Cooperation& b) {
  std::vector<std::string> f;
  compare(f, "from", a.from, b.from);
  compare(f, "to", a.to, b.to);
  compare(f, "type", a.type, b.type);
  compare(f, "note", a.note, b.note);
  return f;
}

std::vector<std::string> changedFields(const Indicator& a, const Indicator& b) {
  std::vector<std::string> f;
  compare(f, "name", a.name, b.name);
  compare(f, "unit", a.unit, b.unit);
  compare(f, "source", a.source, b.source);
  compare(f, "field", a.field, b.field);
  compareSet(f, "goals", a.goals, b.goals);
  compare(f, "kind", a.kind, b.kind);
  compareSet(f, "lifePhases", a.lifePhases, b.lifePhases);
  compare(f, "direction", a.direction, b.direction);
  compare(f, "target", a.target, b.target);
  compare(f, "values", a.values, b.values);
  return f;
}

// Adds the items of type T that were added, removed or changed. O(n log n) in those items.
template <class T>
void diffItems(const Project& before, const Project& after, ProjectDiff& diff) {
  const auto& oldItems = ItemTraits<T>::items(before);
  const auto& newItems = ItemTraits<T>::items(after);
  std::unordered_map<std::string, const T*> oldById, newById;
  for (const T& item : oldItems) oldById.emplace(item.id.value, &item);
  for (const T& item : newItems) newById.emplace(item.id.value, &item);
  for (const T& item : newItems) {
    auto found = oldById.find(item.id.value);
    if (found == oldById.end()) {
      diff.added.push_back({refOf(item), nameOf(after, item), {}});
    } else if (auto fields = changedFields(*found->second, item); !fields.empty()) {
      diff.changed.push_back({refOf(item), nameOf(after, item), std::move(fields)});
    }
  }
  for (const T& item : oldItems)
    if (!newById.contains(item.id.value)) diff.removed.push_back({refOf(item), nameOf(before, item), {}});
}

// ---- Coverage cells ------------------------------------------------------------------------

using CellKey = std::pair<std::string, std::string>;  // field id, phase id

void diffCells(const Coverage& before, const Coverage& after, ProjectDiff& diff) {
  std::map<CellKey, std::size_t> oldCounts;
  for (const CoverageCell& cell : before.cells)
    oldCounts[{cell.field.value, cell.phase.value}] = cell.activities.size();
  std::set<CellKey> inNew;
  auto note = [&](const FieldId& field, const LifePhaseId& phase, std::size_t was, std::size_t is) {
    if (was == is) return;
    const CellChange change{field, phase, was, is};
    diff.cells.push_back(change);
    if (was == 0) diff.cellsFilled.push_back(change);
    if (is == 0) diff.cellsEmptied.push_back(change);
  };
  for (const CoverageCell& cell : after.cells) {
    const CellKey key{cell.field.value, cell.phase.value};
    inNew.insert(key);
    auto found = oldCounts.find(key);
    note(cell.field, cell.phase, found == oldCounts.end() ? 0 : found->second, cell.activities.size());
  }
  for (const CoverageCell& cell : before.cells)
    if (!inNew.contains({cell.field.value, cell.phase.value})) note(cell.field, cell.phase, cell.activities.size(), 0);
}

// ---- Gaps ----------------------------------------------------------------------------------

using OptionalId = std::optional<std::string>;
using GapKey = std::tuple<GapKind, OptionalId, OptionalId, OptionalId, OptionalId>;

template <class IdType>
OptionalId valueOf(const std::optional<IdType>& id) {
  return id ? OptionalId(id->value) : std::nullopt;
}

GapKey keyOf(const Gap& gap) {
  return {gap.kind, valueOf(gap.goal), valueOf(gap.phase), valueOf(gap.field), valueOf(gap.actor)};
}

// The gaps of `from` whose key is not among those of `other`, in `from`'s order.
std::vector<Gap> gapsMissingIn(const std::vector<Gap>& from, const std::vector<Gap>& other) {
  std::set<GapKey> keys;
  for (const Gap& gap : other) keys.insert(keyOf(gap));
  std::vector<Gap> missing;
  for (const Gap& gap : from)
    if (!keys.contains(keyOf(gap))) missing.push_back(gap);
  return missing;
}

// ---- Support chains ------------------------------------------------------------------------

// Whether some phase `was` covered is a break in `now`: the chain lost coverage inside it. A
// chain that only reached further (a new, distant phase with uncovered ones between) did not.
bool lostCoverageInside(const SupportChain& was, const SupportChain& now) {
  std::set<std::string> coveredBefore;
  for (const ChainLink& link : was.links)
    if (link.state == LinkState::Covered) coveredBefore.insert(link.phase.value);
  return std::ranges::any_of(now.links, [&](const ChainLink& link) {
    return link.state == LinkState::Break && coveredBefore.contains(link.phase.value);
  });
}

void diffChainList(const std::vector<SupportChain>& before, const std::vector<SupportChain>& after, ProjectDiff& diff) {
  auto keyOfChain = [](const SupportChain& chain) { return chain.goal ? chain.goal->value : chain.field->value; };
  std::unordered_map<std::string, const SupportChain*> oldChains;
  for (const SupportChain& chain : before) oldChains.emplace(keyOfChain(chain), &chain);
  for (const SupportChain& chain : after) {
    auto found = oldChains.find(keyOfChain(chain));
    if (found == oldChains.end()) continue;
    const SupportChain& was = *found->second;
    const ChainChange change{chain.goal, chain.field, was.breaks, chain.breaks};
    if (was.breaks > 0 && chain.breaks == 0 && chain.covered > 0) diff.chainsMended.push_back(change);
    if (lostCoverageInside(was, chain)) diff.chainsBroken.push_back(change);
  }
}

// ---- Cooperations --------------------------------------------------------------------------

using PairKey = std::pair<std::string, std::string>;  // actor ids, smaller first

PairKey pairKey(const ActorId& a, const ActorId& b) {
  return a.value < b.value ? PairKey{a.value, b.value} : PairKey{b.value, a.value};
}

// The actor pairs linked by a cooperation whose two (different) actors both exist, each once,
// in the order of the first cooperation linking them; the pair in the project's actor order.
std::vector<PairChange> linkedPairs(const Project& project) {
  std::unordered_map<std::string, std::size_t> actorIndex;
  for (std::size_t i = 0; i < project.actors.size(); ++i) actorIndex.emplace(project.actors[i].id.value, i);
  std::set<PairKey> seen;
  std::vector<PairChange> pairs;
  for (const Cooperation& coop : project.cooperations) {
    auto from = actorIndex.find(coop.from.value), to = actorIndex.find(coop.to.value);
    if (from == actorIndex.end() || to == actorIndex.end() || from->second == to->second) continue;
    if (!seen.insert(pairKey(coop.from, coop.to)).second) continue;
    pairs.push_back(from->second < to->second ? PairChange{coop.from, coop.to} : PairChange{coop.to, coop.from});
  }
  return pairs;
}

// The pairs of `from` not linked in `other`.
std::vector<PairChange> pairsMissingIn(const std::vector<PairChange>& from, const std::vector<PairChange>& other) {
  std::set<PairKey> keys;
  for (const PairChange& pair : other) keys.insert(pairKey(pair.first, pair.second));
  std::vector<PairChange> missing;
  for (const PairChange& pair : from)
    if (!keys.contains(pairKey(pair.first, pair.second))) missing.push_back(pair);
  return missing;
}

// Old's suggestions (top, then per actor; each pair once) whose actors work together in `after`.
std::vector<CooperationSuggestion> suggestionsTakenUp(const Project& before, const Project& after,
                                                      const ActivityFilter& filter) {
  const CooperationSuggestions suggestions = suggestCooperations(before, filter);
  const ProjectIndex index = buildProjectIndex(after, filter);
  const ActorNetwork network = buildActorNetwork(index);
  auto worksTogether = [&](const ActorId& a, const ActorId& b) {
    auto first = index.actorById.find(a.value), second = index.actorById.find(b.value);
    if (first == index.actorById.end() || second == index.actorById.end()) return false;
    return network.graph.hasEdge(static_cast<VertexIndex>(first->second), static_cast<VertexIndex>(second->second));
  };
  std::set<PairKey> seen;
  std::vector<CooperationSuggestion> takenUp;
  auto consider = [&](const CooperationSuggestion& suggestion) {
    if (!seen.insert(pairKey(suggestion.first, suggestion.second)).second) return;
    if (worksTogether(suggestion.first, suggestion.second)) takenUp.push_back(suggestion);
  };
  for (const CooperationSuggestion& suggestion : suggestions.top) consider(suggestion);
  for (const ActorSuggestions& actor : suggestions.perActor)
    for (const CooperationSuggestion& suggestion : actor.suggestions) consider(suggestion);
  return takenUp;
}

// ---- Indicators ----------------------------------------------------------------------------

void diffIndicators(const Project& before, const Project& after, ProjectDiff& diff) {
  std::unordered_map<std::string, const Indicator*> oldIndicators;
  for (const Indicator& indicator : before.indicators) oldIndicators.emplace(indicator.id.value, &indicator);
  for (const Indicator& indicator : after.indicators) {
    auto found = oldIndicators.find(indicator.id.value);
    if (found == oldIndicators.end() || found->second->values.empty() || indicator.values.empty()) continue;
    const auto& [oldYear, oldValue] = *found->second->values.rbegin();
    const auto& [newYear, newValue] = *indicator.values.rbegin();
    if (oldValue == newValue) continue;
    // > 0: new is better than old; < 0: worse; 0: not judged.
    double gain = 0.0;
    switch (indicator.direction) {
      case IndicatorDirection::HigherIsBetter:
        gain = newValue - oldValue;
        break;
      case IndicatorDirection::LowerIsBetter:
        gain = oldValue - newValue;
        break;
      case IndicatorDirection::Neutral:
        if (indicator.target)
          gain = std::abs(oldValue - indicator.target->value) - std::abs(newValue - indicator.target->value);
        break;
    }
    if (gain == 0.0) continue;
    const IndicatorMove move{indicator.id, oldYear, newYear, oldValue, newValue, gain > 0.0};
    (move.towardsTarget ? diff.indicatorsTowards : diff.indicatorsAway).push_back(move);
  }
}

}  // namespace

bool ProjectDiff::empty() const {
  return added.empty() && removed.empty() && changed.empty() && cells.empty() && cellsFilled.empty() &&
         cellsEmptied.empty() && gapsClosed.empty() && gapsOpened.empty() && chainsMended.empty() &&
         chainsBroken.empty() && cooperationsBegun.empty() && cooperationsEnded.empty() && suggestionsTakenUp.empty() &&
         indicatorsTowards.empty() && indicatorsAway.empty();
}

ProjectDiff diffProjects(const Project& before, const Project& after, const DiffOptions& options) {
  ProjectDiff diff;
  diffItems<Field>(before, after, diff);
  diffItems<LifePhase>(before, after, diff);
  diffItems<Concept>(before, after, diff);
  diffItems<Goal>(before, after, diff);
  diffItems<Actor>(before, after, diff);
  diffItems<Activity>(before, after, diff);
  diffItems<Cooperation>(before, after, diff);
  diffItems<Indicator>(before, after, diff);

  diffCells(computeCoverage(before, options.filter), computeCoverage(after, options.filter), diff);

  const std::vector<Gap> oldGaps = findGaps(before, options.filter), newGaps = findGaps(after, options.filter);
  diff.gapsClosed = gapsMissingIn(oldGaps, newGaps);
  diff.gapsOpened = gapsMissingIn(newGaps, oldGaps);

  const SupportChains oldChains = computeSupportChains(before, options.filter);
  const SupportChains newChains = computeSupportChains(after, options.filter);
  diffChainList(oldChains.goals, newChains.goals, diff);
  diffChainList(oldChains.fields, newChains.fields, diff);

  const std::vector<PairChange> oldPairs = linkedPairs(before), newPairs = linkedPairs(after);
  diff.cooperationsBegun = pairsMissingIn(newPairs, oldPairs);
  diff.cooperationsEnded = pairsMissingIn(oldPairs, newPairs);

  diff.suggestionsTakenUp = suggestionsTakenUp(before, after, options.filter);
  diffIndicators(before, after, diff);
  return diff;
}

Project projectAsOfYear(const Project& project, int year) {
  Project past = project;

  std::set<std::string> droppedConferences;
  std::erase_if(past.conferences, [&](const Conference& conference) {
    const std::optional<int> held = conferenceYear(conference);
    if (!held || *held <= year) return false;
    droppedConferences.insert(conference.id.value);
    return true;
  });
  auto clearDropped = [&](ConferenceId& mark) {
    if (droppedConferences.contains(mark.value)) mark = ConferenceId{};
  };

  std::set<std::string> droppedNodes;
  std::erase_if(past.activities, [&](const Activity& activity) {
    if (!activity.startYear || *activity.startYear <= year) return false;
    droppedNodes.insert(nodeKeyOf(refOf(activity)));
    return true;
  });
  for (Activity& activity : past.activities) {
    if (activity.endYear && *activity.endYear > year && activity.status == ActivityStatus::Finished)
      activity.status = ActivityStatus::Running;
    clearDropped(activity.fromConference);
  }
  for (Actor& actor : past.actors) clearDropped(actor.fromConference);
  for (Cooperation& cooperation : past.cooperations) clearDropped(cooperation.fromConference);

  for (Indicator& indicator : past.indicators)
    std::erase_if(indicator.values, [&](const auto& entry) { return entry.first > year; });
  for (Goal& goal : past.goals) std::erase_if(goal.priorityYears, [&](int priority) { return priority > year; });

  auto dropNodes = [&](std::map<std::string, NodePlacement>& positions) {
    std::erase_if(positions, [&](const auto& entry) { return droppedNodes.contains(entry.first); });
  };
  dropNodes(past.map.positions);
  for (auto& [graph, positions] : past.map.graphPositions) dropNodes(positions);
  return past;
}

}  // namespace knp
