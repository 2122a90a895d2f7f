#include "report/analysis_json.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <string>

#include "analysis/indicator_progress.hpp"
#include "model/enums.hpp"
#include "report/analysis_sentences.hpp"

namespace knp {
namespace {

using nlohmann::ordered_json;

template <class IdType>
ordered_json ids(const std::vector<IdType>& values) {
  ordered_json array = ordered_json::array();
  for (const IdType& id : values) array.push_back(id.value);
  return array;
}

template <class IdType>
ordered_json optionalId(const std::optional<IdType>& id) {
  return id ? ordered_json(id->value) : ordered_json(nullptr);
}

ordered_json filterJson(const ActivityFilter& filter, std::size_t counted) {
  ordered_json statuses = ordered_json::array();
  for (ActivityStatus status : filter.statuses) statuses.push_back(toString(status));
  return {{"year", filter.year ? ordered_json(*filter.year) : ordered_json(nullptr)},
          {"statuses", statuses},
          {"countedActivities", counted}};
}

ordered_json optionalNumber(const std::optional<double>& value) {
  return value ? ordered_json(*value) : ordered_json(nullptr);
}

ordered_json optionalYear(const std::optional<int>& year) { return year ? ordered_json(*year) : ordered_json(nullptr); }

const PhasePopulation* populationOf(const Population& population, const LifePhaseId& phase) {
  const auto it = std::find_if(population.phases.begin(), population.phases.end(),
                               [&](const PhasePopulation& p) { return p.phase == phase; });
  return it == population.phases.end() ? nullptr : &*it;
}

ordered_json populationJson(const Population& population) {
  ordered_json phases = ordered_json::array();
  for (const PhasePopulation& phase : population.phases)
    phases.push_back({{"lifePhase", phase.phase.value}, {"people", optionalNumber(phase.people)},
                      {"share", optionalNumber(phase.share)}});
  return {{"year", optionalYear(population.year)}, {"phases", phases}};
}

ordered_json indicatorJson(const Indicator& indicator, std::optional<int> asOfYear, Language language) {
  const IndicatorProgress progress = assessIndicator(indicator, asOfYear);
  return {{"indicator", indicator.id.value},
          {"name", indicator.name},
          {"unit", indicator.unit},
          {"kind", toString(indicator.kind)},
          {"direction", toString(indicator.direction)},
          {"target", indicator.target ? ordered_json{{"value", indicator.target->value}, {"year", indicator.target->year}}
                                      : ordered_json(nullptr)},
          {"latestYear", optionalYear(progress.latestYear)},
          {"latest", optionalNumber(progress.latest)},
          {"previousYear", optionalYear(progress.previousYear)},
          {"previous", optionalNumber(progress.previous)},
          {"slopePerYear", optionalNumber(progress.slopePerYear)},
          {"projected", optionalNumber(progress.projected)},
          {"reached", progress.reached},
          {"status", toString(progress.status)},
          {"trend", toString(progress.trend)},
          {"description", describeIndicatorProgress(indicator, progress, language)}};
}

ordered_json coverageJson(const Coverage& coverage, const Population& population) {
  ordered_json cells = ordered_json::array(), goals = ordered_json::array(), phases = ordered_json::array(),
               concepts = ordered_json::array();
  for (const CoverageCell& cell : coverage.cells)
    cells.push_back({{"field", cell.field.value}, {"lifePhase", cell.phase.value}, {"activities", ids(cell.activities)},
                     {"actors", ids(cell.actors)}});
  for (const GoalCoverage& goal : coverage.goals)
    goals.push_back({{"goal", goal.goal.value}, {"activities", ids(goal.activities)}, {"direct", goal.direct},
                     {"actors", ids(goal.actors)}});
  for (const PhaseCoverage& phase : coverage.lifePhases) {
    const PhasePopulation* people = populationOf(population, phase.phase);
    phases.push_back({{"lifePhase", phase.phase.value},
                      {"activities", ids(phase.activities)},
                      {"actors", ids(phase.actors)},
                      {"people", people ? optionalNumber(people->people) : ordered_json(nullptr)},
                      {"share", people ? optionalNumber(people->share) : ordered_json(nullptr)}});
  }
  for (const ConceptCoverage& concept_ : coverage.concepts)
    concepts.push_back({{"concept", concept_.concept_.value}, {"goals", concept_.goals},
                        {"servedGoals", concept_.servedGoals}, {"share", concept_.share}});
  return {{"fields", ids(coverage.fields)}, {"lifePhases", ids(coverage.phases)}, {"cells", cells},
          {"goals", goals},   {"perLifePhase", phases},         {"concepts", concepts}};
}

ordered_json chainJson(const SupportChain& chain, const ProjectNames& names, Language language) {
  ordered_json links = ordered_json::array();
  for (const ChainLink& link : chain.links)
    links.push_back({{"lifePhase", link.phase.value}, {"state", toString(link.state)}, {"activities", link.activities}});
  ordered_json json;
  if (chain.goal) json["goal"] = chain.goal->value;
  if (chain.field) json["field"] = chain.field->value;
  json["links"] = links;
  json["covered"] = chain.covered;
  json["breaks"] = chain.breaks;
  json["span"] = chain.span;
  json["ratio"] = chain.ratio;
  json["description"] = describeChain(chain, names, language);
  return json;
}

ordered_json suggestionJson(const CooperationSuggestion& s, const ProjectNames& names, Language language) {
  ordered_json json{{"actors", {s.first.value, s.second.value}},
                    {"score", s.score},
                    {"goalSimilarity", s.goalSimilarity},
                    {"phaseSimilarity", s.phaseSimilarity},
                    {"complementarity", s.complementarity},
                    {"sharedGoals", ids(s.sharedGoals)},
                    {"sharedLifePhases", ids(s.sharedPhases)}};
  if (s.handover)
    json["handover"] = {{"goal", s.handover->goal.value},
                        {"earlierActor", s.handover->earlierActor.value},
                        {"earlierLifePhase", s.handover->earlierPhase.value},
                        {"laterActor", s.handover->laterActor.value},
                        {"laterLifePhase", s.handover->laterPhase.value}};
  else
    json["handover"] = nullptr;
  json["reason"] = explainSuggestion(s, names, language);
  return json;
}

ordered_json networkJson(const NetworkAnalysis& network, const ProjectNames& names, Language language) {
  ordered_json actors = ordered_json::array(), components = ordered_json::array(), brokers = ordered_json::array(),
               communities = ordered_json::array();
  for (const ActorCentrality& a : network.actors)
    actors.push_back({{"actor", a.actor.value}, {"degree", a.degree}, {"betweenness", a.betweenness},
                      {"component", a.component}, {"community", a.community}});
  for (const auto& component : network.components) components.push_back(ids(component));
  for (const auto& community : network.communities) communities.push_back(ids(community));
  for (const Broker& b : network.brokers)
    brokers.push_back({{"actor", b.actor.value}, {"reason", toString(b.reason)}, {"betweenness", b.betweenness},
                       {"rank", b.rank}, {"partsWithout", b.partsWithout}, {"explanation", explainBroker(b, names, language)}});
  return {{"actors", network.actors.size()},
          {"links", network.links},
          {"density", network.density},
          {"betweenness", {{"convention", "unnormalised, each unordered pair of actors counted once"},
                           {"state", toString(network.betweenness)}}},
          {"centrality", actors},
          {"components", components},
          {"cutVertices", ids(network.cutVertices)},
          {"brokers", brokers},
          {"communities", communities},
          {"modularity", network.modularity}};
}

}  // namespace

nlohmann::ordered_json analysisToJson(const Project& project, const ProjectAnalysis& analysis, Language language) {
  const ProjectNames names(project);
  const Population population = phasePopulation(project, analysis.filter.year);
  // The gaps stay in kind order; each carries its phase's people and share and its place in
  // the need ranking (1 = most need), and the ranking's rule is stated once.
  const std::vector<RankedGap> ranked = rankGapsByNeed(analysis.gaps, population);
  std::vector<std::size_t> needRank(analysis.gaps.size(), 0);
  {
    // A gap is its kind and subjects; equal gaps take their ranks in order (the ranking is stable).
    auto key = [](const Gap& gap) {
      return std::string(toString(gap.kind)) + '\n' + (gap.goal ? gap.goal->value : "") + '\n' +
             (gap.field ? gap.field->value : "") + '\n' + (gap.phase ? gap.phase->value : "") + '\n' +
             (gap.actor ? gap.actor->value : "");
    };
    std::map<std::string, std::deque<std::size_t>> ranksOf;
    for (std::size_t r = 0; r < ranked.size(); ++r) ranksOf[key(ranked[r].gap)].push_back(r + 1);
    for (std::size_t g = 0; g < analysis.gaps.size(); ++g) {
      std::deque<std::size_t>& ranks = ranksOf[key(analysis.gaps[g])];
      needRank[g] = ranks.front();
      ranks.pop_front();
    }
  }
  ordered_json gaps = ordered_json::array();
  for (std::size_t g = 0; g < analysis.gaps.size(); ++g) {
    const Gap& gap = analysis.gaps[g];
    const PhasePopulation* people = gap.phase ? populationOf(population, *gap.phase) : nullptr;
    gaps.push_back({{"kind", toString(gap.kind)},
                    {"goal", optionalId(gap.goal)},
                    {"field", optionalId(gap.field)},
                    {"lifePhase", optionalId(gap.phase)},
                    {"actor", optionalId(gap.actor)},
                    {"activities", gap.activities},
                    {"explanation", explainGap(gap, names, language)},
                    {"people", people ? optionalNumber(people->people) : ordered_json(nullptr)},
                    {"share", people ? optionalNumber(people->share) : ordered_json(nullptr)},
                    {"needRank", needRank[g]}});
  }
  ordered_json indicators = ordered_json::array();
  for (const Indicator& indicator : project.indicators)
    indicators.push_back(indicatorJson(indicator, analysis.filter.year, language));
  ordered_json goalChains = ordered_json::array(), fieldChains = ordered_json::array();
  for (const SupportChain& chain : analysis.chains.goals) goalChains.push_back(chainJson(chain, names, language));
  for (const SupportChain& chain : analysis.chains.fields) fieldChains.push_back(chainJson(chain, names, language));

  ordered_json overlaps = ordered_json::array();
  for (const Overlap& overlap : analysis.overlaps.overlaps) {
    ordered_json pairs = ordered_json::array();
    for (const OverlappingPair& pair : overlap.pairs)
      pairs.push_back({{"activities", {pair.first.value, pair.second.value}}, {"fields", ids(pair.fields)},
                       {"goals", ids(pair.goals)}, {"lifePhases", ids(pair.phases)}, {"score", pair.score}});
    overlaps.push_back({{"actors", {overlap.first.value, overlap.second.value}},
                        {"score", overlap.score},
                        {"fields", ids(overlap.fields)},
                        {"goals", ids(overlap.goals)},
                        {"lifePhases", ids(overlap.phases)},
                        {"pairs", pairs},
                        {"explanation", explainOverlap(overlap, names, language)}});
  }
  ordered_json crowded = ordered_json::array();
  for (const CrowdedCell& cell : analysis.overlaps.crowded)
    crowded.push_back({{"field", cell.field.value}, {"goal", cell.goal.value}, {"lifePhase", cell.phase.value},
                       {"activities", cell.activities}, {"leads", cell.leads},
                       {"explanation", explainCrowded(cell, names, language)}});
  ordered_json top = ordered_json::array(), perActor = ordered_json::array();
  for (const CooperationSuggestion& s : analysis.suggestions.top) top.push_back(suggestionJson(s, names, language));
  for (const ActorSuggestions& entry : analysis.suggestions.perActor) {
    ordered_json list = ordered_json::array();
    for (const CooperationSuggestion& s : entry.suggestions) list.push_back(suggestionJson(s, names, language));
    perActor.push_back({{"actor", entry.actor.value}, {"suggestions", list}});
  }
  return {{"format", "knotenpunkt-analysis"},
          {"version", 1},
          {"language", languageCode(language)},
          {"project", project.title},
          {"filter", filterJson(analysis.filter, analysis.countedActivities)},
          {"coverage", coverageJson(analysis.coverage, population)},
          {"gaps", gaps},
          {"gapRankingRule", population.year ? ordered_json(needRankingRule(*population.year, language))
                                             : ordered_json(nullptr)},
          {"supportChains", {{"goals", goalChains}, {"fields", fieldChains}}},
          {"overlaps", {{"total", analysis.overlaps.totalOverlaps},
                        {"totalActivityPairs", analysis.overlaps.totalPairs},
                        {"listed", overlaps},
                        {"crowded", crowded}}},
          {"cooperationSuggestions", {{"top", top}, {"perActor", perActor}}},
          {"network", networkJson(analysis.network, names, language)},
          {"population", populationJson(population)},
          {"indicators", indicators}};
}

}  // namespace knp
