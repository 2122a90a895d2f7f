#include "analysis/indicator_progress.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "analysis/coverage.hpp"
#include "conference/conference_dates.hpp"

namespace knp {
namespace {

// The values up to asOfYear, in year order.
std::vector<std::pair<int, double>> valuesUpTo(const Indicator& indicator, std::optional<int> asOfYear) {
  std::vector<std::pair<int, double>> points;
  for (const auto& [year, value] : indicator.values)
    if (!asOfYear || year <= *asOfYear) points.emplace_back(year, value);
  return points;
}

// Least-squares slope of value over year; needs at least two distinct years (map keys are).
double leastSquaresSlope(const std::vector<std::pair<int, double>>& points) {
  const double n = static_cast<double>(points.size());
  double meanYear = 0.0, meanValue = 0.0;
  for (const auto& [year, value] : points) {
    meanYear += year;
    meanValue += value;
  }
  meanYear /= n;
  meanValue /= n;
  double covariance = 0.0, variance = 0.0;
  for (const auto& [year, value] : points) {
    covariance += (year - meanYear) * (value - meanValue);
    variance += (year - meanYear) * (year - meanYear);
  }
  return covariance / variance;
}

// Whether `value` meets `target` in `direction`; never for Neutral.
bool meets(double value, double target, IndicatorDirection direction) {
  switch (direction) {
    case IndicatorDirection::HigherIsBetter: return value >= target;
    case IndicatorDirection::LowerIsBetter: return value <= target;
    case IndicatorDirection::Neutral: return false;
  }
  return false;
}

Trend trendOf(double previous, double latest, IndicatorDirection direction) {
  if (latest == previous) return Trend::Flat;
  const bool up = latest > previous;
  switch (direction) {
    case IndicatorDirection::HigherIsBetter: return up ? Trend::Better : Trend::Worse;
    case IndicatorDirection::LowerIsBetter: return up ? Trend::Worse : Trend::Better;
    case IndicatorDirection::Neutral: return up ? Trend::Up : Trend::Down;
  }
  return Trend::Unknown;
}

}  // namespace

IndicatorProgress assessIndicator(const Indicator& indicator, std::optional<int> asOfYear) {
  IndicatorProgress progress;
  progress.indicator = indicator.id;
  const std::vector<std::pair<int, double>> points = valuesUpTo(indicator, asOfYear);
  if (!points.empty()) {
    progress.latestYear = points.back().first;
    progress.latest = points.back().second;
  }
  if (points.size() >= 2) {
    progress.previousYear = points[points.size() - 2].first;
    progress.previous = points[points.size() - 2].second;
    progress.slopePerYear = leastSquaresSlope(points);
    progress.trend = trendOf(*progress.previous, *progress.latest, indicator.direction);
  }

  // A target only means something with a direction (validation demands one).
  const bool judged = indicator.target && indicator.direction != IndicatorDirection::Neutral;
  if (!judged || points.empty()) return progress;
  const IndicatorTarget& target = *indicator.target;
  if (progress.slopePerYear)
    progress.projected = *progress.latest + *progress.slopePerYear * (target.year - *progress.latestYear);
  progress.reached = meets(*progress.latest, target.value, indicator.direction);
  if (progress.reached)
    progress.status = TargetStatus::OnTrack;
  else if (points.size() < 2)
    progress.status = TargetStatus::NoData;
  else if (*progress.latestYear >= target.year)
    progress.status = TargetStatus::OffTrack;
  else
    progress.status = meets(*progress.projected, target.value, indicator.direction) ? TargetStatus::OnTrack
                                                                                     : TargetStatus::OffTrack;
  return progress;
}

GoalCard goalCard(const Project& project, const GoalId& goal, int firstYear, int lastYear, const ActivityFilter& base) {
  GoalCard card;
  card.goal = goal;
  for (const Indicator& indicator : project.indicators)
    if (std::find(indicator.goals.begin(), indicator.goals.end(), goal) != indicator.goals.end())
      card.indicators.push_back(assessIndicator(indicator, lastYear));
  for (int year = firstYear; year <= lastYear; ++year) {
    ActivityFilter filter = base;
    filter.year = year;
    const Coverage coverage = computeCoverage(project, filter);
    GoalYear entry;
    entry.year = year;
    for (const GoalCoverage& served : coverage.goals)
      if (served.goal == goal) {
        entry.activities = served.activities.size();
        entry.actors = served.actors.size();
        break;
      }
    card.years.push_back(entry);
  }
  return card;
}

std::optional<YearSpan> projectYears(const Project& project) {
  std::optional<YearSpan> span;
  auto add = [&span](int year) {
    if (!span)
      span = YearSpan{year, year};
    else {
      span->first = std::min(span->first, year);
      span->last = std::max(span->last, year);
    }
  };
  for (const Activity& activity : project.activities) {
    if (activity.startYear) add(*activity.startYear);
    if (activity.endYear) add(*activity.endYear);
  }
  for (const Indicator& indicator : project.indicators)
    for (const auto& entry : indicator.values) add(entry.first);
  for (const Conference& conference : project.conferences)
    if (const std::optional<int> year = conferenceYear(conference)) add(*year);
  return span;
}

Population phasePopulation(const Project& project, std::optional<int> asOfYear) {
  Population population;
  const std::vector<const LifePhase*> phases = lifePhasesInOrder(project);
  std::unordered_map<std::string, std::size_t> rank;  // phase id → position in `phases`
  for (std::size_t r = 0; r < phases.size(); ++r) rank.emplace(phases[r]->id.value, r);
  for (const LifePhase* phase : phases) population.phases.push_back({phase->id, std::nullopt, std::nullopt});

  // The figures that count: population of exactly one known phase.
  std::vector<std::pair<const Indicator*, std::size_t>> counted;
  for (const Indicator& indicator : project.indicators) {
    if (indicator.kind != IndicatorKind::Population || indicator.lifePhases.size() != 1) continue;
    const auto it = rank.find(indicator.lifePhases.front().value);
    if (it != rank.end()) counted.emplace_back(&indicator, it->second);
  }
  for (const auto& [indicator, r] : counted)
    for (const auto& entry : indicator->values)
      if ((!asOfYear || entry.first <= *asOfYear) && (!population.year || entry.first > *population.year))
        population.year = entry.first;
  if (!population.year) return population;

  double total = 0.0;
  for (const auto& [indicator, r] : counted) {
    const auto value = indicator->values.find(*population.year);
    if (value == indicator->values.end()) continue;
    PhasePopulation& phase = population.phases[r];
    phase.people = phase.people.value_or(0.0) + value->second;
    total += value->second;
  }
  if (total > 0.0)
    for (PhasePopulation& phase : population.phases)
      if (phase.people) phase.share = *phase.people / total;
  return population;
}

std::vector<RankedGap> rankGapsByNeed(const std::vector<Gap>& gaps, const Population& population) {
  std::unordered_map<std::string, const PhasePopulation*> byPhase;
  for (const PhasePopulation& phase : population.phases) byPhase.emplace(phase.phase.value, &phase);

  std::vector<RankedGap> ranked;
  ranked.reserve(gaps.size());
  for (const Gap& gap : gaps) {
    RankedGap entry{gap, std::nullopt, std::nullopt};
    if (gap.phase)
      if (const auto it = byPhase.find(gap.phase->value); it != byPhase.end()) {
        entry.people = it->second->people;
        entry.share = it->second->share;
      }
    ranked.push_back(std::move(entry));
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const RankedGap& a, const RankedGap& b) {
    const bool aWeighed = rankedByShare(a), bWeighed = rankedByShare(b);
    if (aWeighed != bWeighed) return aWeighed;
    if (!aWeighed) return false;
    if (*a.share != *b.share) return *a.share > *b.share;
    return a.gap.kind == GapKind::UncoveredPhase && b.gap.kind == GapKind::EmptyCell;
  });
  return ranked;
}

bool rankedByShare(const RankedGap& gap) {
  return gap.share && (gap.gap.kind == GapKind::UncoveredPhase || gap.gap.kind == GapKind::EmptyCell);
}

std::string_view toString(TargetStatus status) {
  switch (status) {
    case TargetStatus::OnTrack: return "on_track";
    case TargetStatus::OffTrack: return "off_track";
    case TargetStatus::NoData: return "no_data";
  }
  return "no_data";
}

std::string_view toString(Trend trend) {
  switch (trend) {
    case Trend::Better: return "better";
    case Trend::Worse: return "worse";
    case Trend::Flat: return "flat";
    case Trend::Up: return "up";
    case Trend::Down: return "down";
    case Trend::Unknown: return "unknown";
  }
  return "unknown";
}

}  // namespace knp
