#include <catch2/catch.hpp>

#include <array>
#include <map>
#include <string>
#include <vector>

#include "analysis/gaps.hpp"
#include "analysis/indicator_progress.hpp"
#include "embedded_data.hpp"
#include "io/project_json.hpp"
#include "project_builder.hpp"

using namespace knp;

namespace {

Indicator indicator(std::map<int, double> values, IndicatorDirection direction = IndicatorDirection::HigherIsBetter,
                    std::optional<IndicatorTarget> target = std::nullopt) {
  Indicator result;
  result.id = IndicatorId("i");
  result.name = "i";
  result.values = std::move(values);
  result.direction = direction;
  result.target = target;
  return result;
}

Indicator population(const char* id, std::vector<const char*> phases, std::map<int, double> values) {
  Indicator result;
  result.id = IndicatorId(id);
  result.name = id;
  result.kind = IndicatorKind::Population;
  for (const char* phase : phases) result.lifePhases.emplace_back(phase);
  result.values = std::move(values);
  return result;
}

Gap phaseGap(GapKind kind, const char* phase, const char* field = nullptr) {
  Gap gap;
  gap.kind = kind;
  gap.phase = LifePhaseId(phase);
  if (field) gap.field = FieldId(field);
  return gap;
}

// "kind subject" per ranked gap.
std::vector<std::string> describe(const std::vector<RankedGap>& ranked) {
  std::vector<std::string> lines;
  for (const RankedGap& entry : ranked) {
    std::string line(toString(entry.gap.kind));
    if (entry.gap.field) line += " " + entry.gap.field->value;
    if (entry.gap.phase) line += " " + entry.gap.phase->value;
    if (entry.gap.goal) line += " " + entry.gap.goal->value;
    if (entry.gap.actor) line += " " + entry.gap.actor->value;
    lines.push_back(line);
  }
  return lines;
}

}  // namespace

TEST_CASE("indicator progress: a straight rise that reaches the target in time is on track", "[indicators]") {
  // Points (2010,10) (2011,12) (2012,14): mean year 2011, mean value 12; Σ dx·dy = (−1)(−2) + 0 + (1)(2) = 4,
  // Σ dx² = 2, slope 2. Projected to 2015: 14 + 2 × 3 = 20 >= 20.
  const IndicatorProgress p =
      assessIndicator(indicator({{2010, 10}, {2011, 12}, {2012, 14}}, IndicatorDirection::HigherIsBetter,
                                IndicatorTarget{20, 2015}));
  CHECK(p.indicator == IndicatorId("i"));
  CHECK(p.latestYear == 2012);
  CHECK(p.latest == Approx(14));
  CHECK(p.previousYear == 2011);
  CHECK(p.previous == Approx(12));
  REQUIRE(p.slopePerYear);
  CHECK(*p.slopePerYear == Approx(2));
  REQUIRE(p.projected);
  CHECK(*p.projected == Approx(20));
  CHECK_FALSE(p.reached);
  CHECK(p.status == TargetStatus::OnTrack);
  CHECK(p.trend == Trend::Better);
}

TEST_CASE("indicator progress: a rise too slow for the target is off track", "[indicators]") {
  // As above, projected 20 < 22.
  const IndicatorProgress p =
      assessIndicator(indicator({{2010, 10}, {2011, 12}, {2012, 14}}, IndicatorDirection::HigherIsBetter,
                                IndicatorTarget{22, 2015}));
  CHECK(*p.projected == Approx(20));
  CHECK(p.status == TargetStatus::OffTrack);
  CHECK(p.trend == Trend::Better);
}

TEST_CASE("indicator progress: a target already met is reached and on track, even when falling", "[indicators]") {
  // Latest 14 >= 13: reached, although the last step went down (16 → 14) and the slope
  // (Σ dx·dy = (−1)(10−40/3) + 0 + (1)(14−40/3) = 10/3 + 2/3 = 4, slope 2) does not matter.
  const IndicatorProgress p =
      assessIndicator(indicator({{2010, 10}, {2011, 16}, {2012, 14}}, IndicatorDirection::HigherIsBetter,
                                IndicatorTarget{13, 2015}));
  CHECK(p.reached);
  CHECK(p.status == TargetStatus::OnTrack);
  CHECK(p.trend == Trend::Worse);
  CHECK(*p.slopePerYear == Approx(2));
}

TEST_CASE("indicator progress: one value gives no data unless it already meets the target", "[indicators]") {
  const IndicatorProgress one =
      assessIndicator(indicator({{2012, 5}}, IndicatorDirection::HigherIsBetter, IndicatorTarget{10, 2015}));
  CHECK(one.status == TargetStatus::NoData);
  CHECK(one.latest == Approx(5));
  CHECK_FALSE(one.previous);
  CHECK_FALSE(one.slopePerYear);
  CHECK_FALSE(one.projected);
  CHECK(one.trend == Trend::Unknown);

  const IndicatorProgress met =
      assessIndicator(indicator({{2012, 12}}, IndicatorDirection::HigherIsBetter, IndicatorTarget{10, 2015}));
  CHECK(met.reached);
  CHECK(met.status == TargetStatus::OnTrack);
}

TEST_CASE("indicator progress: without a target there is no status, but a trend", "[indicators]") {
  const IndicatorProgress p = assessIndicator(indicator({{2010, 3}, {2011, 5}}, IndicatorDirection::HigherIsBetter));
  CHECK(p.status == TargetStatus::NoData);
  CHECK_FALSE(p.reached);
  CHECK_FALSE(p.projected);
  CHECK(p.slopePerYear == Approx(2));
  CHECK(p.trend == Trend::Better);

  // A target on a Neutral indicator (refused by validation) counts as none.
  const IndicatorProgress neutral =
      assessIndicator(indicator({{2010, 3}, {2011, 5}}, IndicatorDirection::Neutral, IndicatorTarget{4, 2015}));
  CHECK(neutral.status == TargetStatus::NoData);
  CHECK_FALSE(neutral.reached);
  CHECK(neutral.trend == Trend::Up);
}

TEST_CASE("indicator progress: no value at all gives no data", "[indicators]") {
  const IndicatorProgress p =
      assessIndicator(indicator({}, IndicatorDirection::HigherIsBetter, IndicatorTarget{10, 2015}));
  CHECK(p.status == TargetStatus::NoData);
  CHECK_FALSE(p.latest);
  CHECK_FALSE(p.latestYear);
  CHECK(p.trend == Trend::Unknown);
}

TEST_CASE("indicator progress: a deadline passed without reaching the target is off track", "[indicators]") {
  // Values beyond the target year: slope 2, but 2016 is after 2015 and 14 < 20. The projection
  // goes back to 2015: 14 + 2 × (2015 − 2016) = 12.
  const IndicatorProgress late =
      assessIndicator(indicator({{2014, 10}, {2015, 12}, {2016, 14}}, IndicatorDirection::HigherIsBetter,
                                IndicatorTarget{20, 2015}));
  CHECK(late.status == TargetStatus::OffTrack);
  CHECK(*late.projected == Approx(12));

  // The latest value in the target year itself: no time left, even with a steep slope
  // ((2013,10) (2015,30): slope 10 per year).
  const IndicatorProgress due = assessIndicator(
      indicator({{2013, 10}, {2015, 30}}, IndicatorDirection::HigherIsBetter, IndicatorTarget{40, 2015}));
  CHECK(due.status == TargetStatus::OffTrack);
  CHECK(due.previousYear == 2013);
  CHECK(*due.slopePerYear == Approx(10));
}

TEST_CASE("indicator progress: lower is better", "[indicators]") {
  // (2010,20) (2011,17) (2012,15): mean value 52/3; Σ dx·dy = −(20 − 52/3) + (15 − 52/3) = −8/3 − 7/3 = −5,
  // Σ dx² = 2, slope −2.5. Projected to 2015: 15 − 2.5 × 3 = 7.5.
  const std::map<int, double> values{{2010, 20}, {2011, 17}, {2012, 15}};
  const IndicatorProgress reachable =
      assessIndicator(indicator(values, IndicatorDirection::LowerIsBetter, IndicatorTarget{10, 2015}));
  CHECK(*reachable.slopePerYear == Approx(-2.5));
  CHECK(*reachable.projected == Approx(7.5));
  CHECK(reachable.status == TargetStatus::OnTrack);  // 7.5 <= 10
  CHECK(reachable.trend == Trend::Better);           // 15 < 17

  const IndicatorProgress tooFar =
      assessIndicator(indicator(values, IndicatorDirection::LowerIsBetter, IndicatorTarget{5, 2015}));
  CHECK(tooFar.status == TargetStatus::OffTrack);  // 7.5 > 5

  const IndicatorProgress met =
      assessIndicator(indicator(values, IndicatorDirection::LowerIsBetter, IndicatorTarget{15, 2015}));
  CHECK(met.reached);  // 15 <= 15
  CHECK(met.status == TargetStatus::OnTrack);

  const IndicatorProgress rising = assessIndicator(indicator({{2010, 15}, {2011, 17}}, IndicatorDirection::LowerIsBetter));
  CHECK(rising.trend == Trend::Worse);
}

TEST_CASE("indicator progress: asOfYear leaves later values out", "[indicators]") {
  const Indicator i = indicator({{2010, 10}, {2011, 12}, {2012, 14}, {2013, 8}}, IndicatorDirection::HigherIsBetter,
                                IndicatorTarget{20, 2015});
  // As of 2012: the straight rise of the first case, on track.
  const IndicatorProgress then = assessIndicator(i, 2012);
  CHECK(then.latestYear == 2012);
  CHECK(then.status == TargetStatus::OnTrack);
  CHECK(then.trend == Trend::Better);
  // All four: mean year 2011.5, mean value 11; Σ dx·dy = (−1.5)(−1) + (−0.5)(1) + (0.5)(3) + (1.5)(−3) = −2,
  // Σ dx² = 5, slope −0.4. Projected: 8 − 0.4 × 2 = 7.2 < 20.
  const IndicatorProgress now = assessIndicator(i);
  CHECK(now.latestYear == 2013);
  CHECK(*now.slopePerYear == Approx(-0.4));
  CHECK(*now.projected == Approx(7.2));
  CHECK(now.status == TargetStatus::OffTrack);
  CHECK(now.trend == Trend::Worse);
  // Before the first value: nothing.
  const IndicatorProgress before = assessIndicator(i, 2009);
  CHECK_FALSE(before.latest);
  CHECK(before.status == TargetStatus::NoData);
}

TEST_CASE("indicator progress: the trend compares the latest value with the one before it", "[indicators]") {
  using D = IndicatorDirection;
  CHECK(assessIndicator(indicator({{2010, 1}, {2011, 2}}, D::Neutral)).trend == Trend::Up);
  CHECK(assessIndicator(indicator({{2010, 2}, {2011, 1}}, D::Neutral)).trend == Trend::Down);
  CHECK(assessIndicator(indicator({{2010, 2}, {2011, 2}}, D::Neutral)).trend == Trend::Flat);
  CHECK(assessIndicator(indicator({{2010, 2}, {2011, 2}}, D::HigherIsBetter)).trend == Trend::Flat);
  CHECK(assessIndicator(indicator({{2010, 2}, {2011, 3}}, D::HigherIsBetter)).trend == Trend::Better);
  CHECK(assessIndicator(indicator({{2010, 3}, {2011, 2}}, D::HigherIsBetter)).trend == Trend::Worse);
  CHECK(assessIndicator(indicator({{2011, 2}}, D::Neutral)).trend == Trend::Unknown);
  // Only the last two count (1 → 9 → 5 reads Worse), and a missing year in between is skipped.
  const IndicatorProgress gap = assessIndicator(indicator({{2005, 1}, {2008, 9}, {2012, 5}}, D::HigherIsBetter));
  CHECK(gap.trend == Trend::Worse);
  CHECK(gap.previousYear == 2008);
  CHECK(toString(Trend::Better) == "better");
  CHECK(toString(Trend::Unknown) == "unknown");
  CHECK(toString(TargetStatus::OffTrack) == "off_track");
  CHECK(toString(TargetStatus::NoData) == "no_data");
}

TEST_CASE("indicator progress: a goal's card counts activities and actors year by year", "[indicators]") {
  // g has the sub-goal g2. x (a with partner b, for g2) runs 2010–2011, y (a, for g) from 2011,
  // z (b, for g) 2010–2012 but finished, w (c, for h) runs always.
  Project project = test::ProjectBuilder()
                        .field("f")
                        .phase("p", 1)
                        .concept_("c")
                        .goal("g", "c", {"f"})
                        .goal("g2", "c", {"f"}, "g")
                        .goal("h", "c", {"f"})
                        .actor("a")
                        .actor("b")
                        .actor("c")
                        .activity("x", "a", {"b"}, {"f"}, {"g2"}, {"p"}, ActivityStatus::Running, 2010, 2011)
                        .activity("y", "a", {}, {"f"}, {"g"}, {"p"}, ActivityStatus::Running, 2011)
                        .activity("z", "b", {}, {"f"}, {"g"}, {"p"}, ActivityStatus::Finished, 2010, 2012)
                        .activity("w", "c", {}, {"f"}, {"h"}, {"p"})
                        .build();
  Indicator forG = indicator({{2010, 1}, {2011, 2}, {2012, 3}, {2013, 9}}, IndicatorDirection::HigherIsBetter,
                             IndicatorTarget{5, 2014});
  forG.id = IndicatorId("for-g");
  forG.goals = {GoalId("g")};
  Indicator forSub = forG;
  forSub.id = IndicatorId("for-g2");
  forSub.goals = {GoalId("g2")};
  project.indicators = {forSub, forG};

  const GoalCard card = goalCard(project, GoalId("g"), 2009, 2012);
  CHECK(card.goal == GoalId("g"));
  // Only the indicator naming g itself, assessed as of 2012: latest 3, not 9.
  REQUIRE(card.indicators.size() == 1);
  CHECK(card.indicators[0].indicator == IndicatorId("for-g"));
  CHECK(card.indicators[0].latestYear == 2012);
  // 2009: nothing runs; 2010: x (a, b); 2011: x, y (a, b); 2012: y (a). z is finished: not current.
  REQUIRE(card.years.size() == 4);
  const std::vector<std::array<std::size_t, 3>> expected{{2009, 0, 0}, {2010, 1, 2}, {2011, 2, 2}, {2012, 1, 1}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO("year " << expected[i][0]);
    CHECK(card.years[i].year == static_cast<int>(expected[i][0]));
    CHECK(card.years[i].activities == expected[i][1]);
    CHECK(card.years[i].actors == expected[i][2]);
  }

  // With every status, z counts in 2012: y and z, actors a and b.
  const GoalCard all = goalCard(project, GoalId("g"), 2012, 2012, ActivityFilter::all());
  REQUIRE(all.years.size() == 1);
  CHECK(all.years[0].activities == 2);
  CHECK(all.years[0].actors == 2);

  // No years when the range is empty; an unknown goal has empty years and no indicators.
  CHECK(goalCard(project, GoalId("g"), 2013, 2012).years.empty());
  const GoalCard unknown = goalCard(project, GoalId("nowhere"), 2011, 2011);
  CHECK(unknown.indicators.empty());
  REQUIRE(unknown.years.size() == 1);
  CHECK(unknown.years[0].activities == 0);
}

TEST_CASE("indicator progress: the years a project spans", "[indicators]") {
  CHECK_FALSE(projectYears(Project{}));

  Project project = test::ProjectBuilder()
                        .actor("a")
                        .activity("x", "a", {}, {}, {}, {}, ActivityStatus::Running, 2009, 2011)
                        .activity("y", "a", {}, {}, {}, {}, ActivityStatus::Planned, std::nullopt, 2012)
                        .build();
  auto span = projectYears(project);
  REQUIRE(span);
  CHECK(span->first == 2009);
  CHECK(span->last == 2012);

  // Indicator value years and dated conferences widen it; an undated conference does not.
  project.indicators.push_back(indicator({{2005, 1}, {2007, 2}}));
  Conference dated;
  dated.id = ConferenceId("k1");
  dated.date = "2014-03-01";
  Conference undated;
  undated.id = ConferenceId("k2");
  project.conferences = {dated, undated};
  span = projectYears(project);
  REQUIRE(span);
  CHECK(span->first == 2005);
  CHECK(span->last == 2014);

  // Only a conference.
  Project onlyConference;
  onlyConference.conferences = {dated};
  span = projectYears(onlyConference);
  REQUIRE(span);
  CHECK(span->first == 2014);
  CHECK(span->last == 2014);
}

TEST_CASE("indicator progress: population per life phase, its shares and the year read", "[indicators]") {
  // Phases listed out of order: the result follows life-phase order a, b, c.
  Project project = test::ProjectBuilder().phase("c", 3).phase("a", 1).phase("b", 2).build();
  project.indicators = {
      population("pa", {"a"}, {{2011, 100}, {2012, 300}}),
      population("pb", {"b"}, {{2011, 200}, {2012, 500}}),
      population("pb-more", {"b"}, {{2012, 200}}),
      population("pc", {"c"}, {{2011, 700}}),
      population("pab", {"a", "b"}, {{2012, 5000}}),     // two phases: not counted
      population("unknown", {"nowhere"}, {{2015, 50}}),  // unknown phase: not counted, not the year
  };
  Indicator figure = population("figure", {"a"}, {{2013, 9999}});
  figure.kind = IndicatorKind::Figure;  // not a population
  project.indicators.push_back(figure);

  // Latest year 2012: a 300, b 500 + 200 = 700, c none; total 1000.
  const Population latest = phasePopulation(project);
  CHECK(latest.year == 2012);
  REQUIRE(latest.phases.size() == 3);
  CHECK(latest.phases[0].phase == LifePhaseId("a"));
  CHECK(latest.phases[1].phase == LifePhaseId("b"));
  CHECK(latest.phases[2].phase == LifePhaseId("c"));
  CHECK(latest.phases[0].people == Approx(300));
  CHECK(latest.phases[0].share == Approx(0.3));
  CHECK(latest.phases[1].people == Approx(700));
  CHECK(latest.phases[1].share == Approx(0.7));
  CHECK_FALSE(latest.phases[2].people);
  CHECK_FALSE(latest.phases[2].share);

  // As of 2011: a 100, b 200, c 700; total 1000.
  const Population earlier = phasePopulation(project, 2011);
  CHECK(earlier.year == 2011);
  CHECK(earlier.phases[0].share == Approx(0.1));
  CHECK(earlier.phases[1].share == Approx(0.2));
  CHECK(earlier.phases[2].people == Approx(700));
  CHECK(earlier.phases[2].share == Approx(0.7));

  // Before any figure: no year, every phase listed without people.
  const Population none = phasePopulation(project, 2010);
  CHECK_FALSE(none.year);
  REQUIRE(none.phases.size() == 3);
  for (const PhasePopulation& phase : none.phases) {
    CHECK_FALSE(phase.people);
    CHECK_FALSE(phase.share);
  }

  // A year whose people add up to 0: people, but no share.
  Project zero = test::ProjectBuilder().phase("a", 1).build();
  zero.indicators = {population("pa", {"a"}, {{2012, 0}})};
  const Population empty = phasePopulation(zero);
  CHECK(empty.phases[0].people == Approx(0));
  CHECK_FALSE(empty.phases[0].share);

  // The empty project: no year, no phases.
  const Population nothing = phasePopulation(Project{});
  CHECK_FALSE(nothing.year);
  CHECK(nothing.phases.empty());
}

TEST_CASE("indicator progress: gaps ranked by need", "[indicators]") {
  Population pop;
  pop.year = 2012;
  pop.phases = {{LifePhaseId("a"), 300.0, 0.3}, {LifePhaseId("b"), 700.0, 0.7}, {LifePhaseId("c"), std::nullopt, std::nullopt}};
  Gap unserved;
  unserved.kind = GapKind::UnservedGoal;
  unserved.goal = GoalId("g1");
  Gap idle;
  idle.kind = GapKind::ActorWithoutActivity;
  idle.actor = ActorId("x");
  const std::vector<Gap> gaps{unserved,
                              phaseGap(GapKind::EmptyCell, "a", "f"),
                              phaseGap(GapKind::EmptyCell, "b", "f"),
                              phaseGap(GapKind::UncoveredPhase, "a"),
                              phaseGap(GapKind::UncoveredPhase, "c"),
                              idle,
                              phaseGap(GapKind::EmptyCell, "b", "f2")};
  // b (0.7) first, its two cells in their order; then a (0.3): the uncovered phase before its
  // cell although the cell came first; then the rest in their order (c has no share).
  const std::vector<RankedGap> ranked = rankGapsByNeed(gaps, pop);
  CHECK(describe(ranked) == std::vector<std::string>{"empty_cell f b", "empty_cell f2 b", "uncovered_phase a",
                                                     "empty_cell f a", "unserved_goal g1", "uncovered_phase c",
                                                     "actor_without_activity x"});
  CHECK(ranked[0].people == Approx(700));
  CHECK(ranked[0].share == Approx(0.7));
  CHECK(ranked[2].share == Approx(0.3));
  CHECK_FALSE(ranked[4].share);
  CHECK_FALSE(ranked[5].people);

  // Without population figures the order is kept.
  const std::vector<RankedGap> plain = rankGapsByNeed(gaps, Population{});
  CHECK(describe(plain) == std::vector<std::string>{"unserved_goal g1", "empty_cell f a", "empty_cell f b",
                                                    "uncovered_phase a", "uncovered_phase c",
                                                    "actor_without_activity x", "empty_cell f2 b"});
  CHECK(rankGapsByNeed({}, pop).empty());
}

TEST_CASE("indicator progress: the example's targets and its oldest people come first among its gaps", "[indicators]") {
  const auto loaded = parseProjectJson(embeddedExampleJson());
  REQUIRE(loaded.project);
  const Project& project = *loaded.project;

  // Population 2013: 1362 + 1380 + 1905 + 3150 + 5530 + 29380 + 12910 = 55617.
  const Population pop = phasePopulation(project);
  CHECK(pop.year == 2013);
  REQUIRE(pop.phases.size() == 7);
  CHECK(pop.phases[6].phase == LifePhaseId("alter"));
  CHECK(pop.phases[6].people == Approx(12910));
  CHECK(pop.phases[6].share == Approx(12910.0 / 55617.0));  // 23.2 %

  const std::vector<RankedGap> ranked = rankGapsByNeed(findGaps(project, ActivityFilter::current()), pop);
  REQUIRE_FALSE(ranked.empty());
  CHECK(ranked[0].gap.kind == GapKind::UncoveredPhase);
  CHECK(ranked[0].gap.phase == LifePhaseId("alter"));

  // Einbürgerungen, higher is better, 105 by 2015: 68 74 81 77 92 96 over 2008–2013. Mean year
  // 2010.5, mean value 488/6; Σ dx·dy = −2.5·68 − 1.5·74 − 0.5·81 + 0.5·77 + 1.5·92 + 2.5·96 = 95
  // (the mean value drops out as Σ dx = 0), Σ dx² = 17.5, slope 95/17.5 = 5.43. Projected:
  // 96 + 2 × 5.43 = 106.9 >= 105: on track.
  const Indicator* naturalisations = nullptr;
  for (const Indicator& i : project.indicators)
    if (i.id == IndicatorId("einbuergerungen")) naturalisations = &i;
  REQUIRE(naturalisations);
  const IndicatorProgress p = assessIndicator(*naturalisations);
  CHECK(*p.slopePerYear == Approx(95.0 / 17.5));
  CHECK(*p.projected == Approx(96.0 + 2.0 * 95.0 / 17.5));
  CHECK(p.status == TargetStatus::OnTrack);
  CHECK(p.trend == Trend::Better);
}
