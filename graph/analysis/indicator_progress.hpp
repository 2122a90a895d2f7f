#pragma once
// Indicators that answer "Woran werden wir merken, dass wir unser Ziel erreicht haben?":
// whether an indicator moves towards its target, a goal's card (its indicators beside the
// activities and actors serving it, year by year), and the population of each life phase
// (Demografiebericht) to rank gaps by need.
//
// Target status of an indicator, with its values up to `asOfYear` (all values when absent):
//  - NoData when it has no target (a target on a Neutral indicator, which validation refuses,
//    counts as none), or no value up to asOfYear;
//  - OnTrack ("reached") when the latest value already meets the target (>= target for
//    HigherIsBetter, <= for LowerIsBetter);
//  - NoData when it has only one value (no trend to judge by);
//  - OffTrack when the latest value's year is at or after the target year (not reached in time);
//  - otherwise the least-squares slope through all considered (year, value) points projects
//    the latest value to the target year: projected = latest + slope × (targetYear − latestYear);
//    OnTrack when the projection meets the target, OffTrack when not.
// Trend: the latest value against the one before it (the previous year that has a value):
// Better / Worse in the indicator's direction, Flat when equal, Up / Down for a Neutral
// indicator, Unknown with fewer than two values.
//
// Population per life phase: Population indicators naming exactly one known life phase (one
// naming an unknown phase is left out, also when choosing the year); a phase's
// people is the sum of such indicators for it in the year; its share is people / the sum over
// all phases that have a value that year. The year is the latest year up to asOfYear in which
// some such indicator has a value. Phases without a value have no people and no share; when
// the people of that year add up to 0 or less, no phase has a share.
//
// Need ranking of gaps: gaps about a life phase (UncoveredPhase, EmptyCell) whose phase has a
// share come first, by share descending, then UncoveredPhase before EmptyCell, then their
// order in `gaps`; the other gaps follow in their order. Ties keep `gaps` order (stable).
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "analysis/activity_filter.hpp"
#include "analysis/gaps.hpp"
#include "model/project.hpp"

namespace knp {

enum class TargetStatus { OnTrack, OffTrack, NoData };
enum class Trend { Better, Worse, Flat, Up, Down, Unknown };

struct IndicatorProgress {
  IndicatorId indicator;
  std::optional<int> latestYear;
  std::optional<double> latest;
  std::optional<int> previousYear;
  std::optional<double> previous;
  std::optional<double> slopePerYear;  // least squares; with at least two values
  std::optional<double> projected;     // at the target year; with a target and a slope (also
                                       // when the target year has passed: then backwards)
  bool reached = false;                // the latest value meets the target
  TargetStatus status = TargetStatus::NoData;
  Trend trend = Trend::Unknown;
};

// O(values).
IndicatorProgress assessIndicator(const Indicator& indicator, std::optional<int> asOfYear = std::nullopt);

// Activities and distinct actors serving a goal in one year, counted as coverage.hpp counts
// them (through sub-goals) with the base filter and `year` set.
struct GoalYear {
  int year = 0;
  std::size_t activities = 0;
  std::size_t actors = 0;
};

struct GoalCard {
  GoalId goal;
  std::vector<IndicatorProgress> indicators;  // indicators naming the goal, project order
  std::vector<GoalYear> years;                // ascending
};

// The card of `goal` for each year from firstYear to lastYear (inclusive; none when
// firstYear > lastYear). Indicators are assessed as of lastYear.
// O((lastYear − firstYear + 1) × computeCoverage).
GoalCard goalCard(const Project& project, const GoalId& goal, int firstYear, int lastYear,
                  const ActivityFilter& base = ActivityFilter::current());

// The years a project spans: from the earliest to the latest of its activities' start and end
// years, its indicators' value years and its conferences' years; nullopt when it has none.
struct YearSpan {
  int first = 0;
  int last = 0;
};
std::optional<YearSpan> projectYears(const Project& project);

struct PhasePopulation {
  LifePhaseId phase;
  std::optional<double> people;
  std::optional<double> share;  // in [0, 1]
};

struct Population {
  std::optional<int> year;              // the year read; nullopt: the project has no such figures
  std::vector<PhasePopulation> phases;  // every life phase, life-phase order
};

// O(indicators × values + phases).
Population phasePopulation(const Project& project, std::optional<int> asOfYear = std::nullopt);

struct RankedGap {
  Gap gap;
  std::optional<double> people;  // of the gap's phase, when known
  std::optional<double> share;
};

// `gaps` in the order of need described above. O(gaps log gaps + phases).
std::vector<RankedGap> rankGapsByNeed(const std::vector<Gap>& gaps, const Population& population);

// Whether `gap` belongs to the first group of the need ranking: a gap about a life phase
// (UncoveredPhase, EmptyCell) whose phase has a share. O(1).
bool rankedByShare(const RankedGap& gap);

std::string_view toString(TargetStatus status);  // "on_track", "off_track", "no_data"
std::string_view toString(Trend trend);          // "better", "worse", "flat", "up", "down", "unknown"

}  // namespace knp
