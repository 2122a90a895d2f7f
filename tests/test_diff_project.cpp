#include <algorithm>
#include <catch2/catch.hpp>

#include "diff/project_diff.hpp"
#include "diff_fixture.hpp"
#include "embedded_data.hpp"
#include "io/project_json.hpp"
#include "model/validation.hpp"
#include "project_builder.hpp"

using namespace knp;
using knp::test::indicator;
using knp::test::twoStates;

namespace {

// "kind:id" per item, "kind:id field field" for changed ones: easy to compare as a whole list.
std::vector<std::string> describeItems(const std::vector<ItemChange>& items) {
  std::vector<std::string> lines;
  for (const ItemChange& item : items) {
    std::string line = itemKeyOf(item.item);
    for (const std::string& field : item.fields) line += " " + field;
    lines.push_back(line);
  }
  return lines;
}

std::vector<std::string> describeCells(const std::vector<CellChange>& cells) {
  std::vector<std::string> lines;
  for (const CellChange& cell : cells)
    lines.push_back(cell.field.value + "×" + cell.phase.value + " " + std::to_string(cell.before) + "→" +
                    std::to_string(cell.after));
  return lines;
}

std::vector<std::string> describeGaps(const std::vector<Gap>& gaps) {
  std::vector<std::string> lines;
  for (const Gap& gap : gaps) {
    std::string line(toString(gap.kind));
    if (gap.field) line += " " + gap.field->value;
    if (gap.goal) line += " " + gap.goal->value;
    if (gap.phase) line += " " + gap.phase->value;
    if (gap.actor) line += " " + gap.actor->value;
    lines.push_back(line);
  }
  return lines;
}

std::vector<std::string> describeChains(const std::vector<ChainChange>& chains) {
  std::vector<std::string> lines;
  for (const ChainChange& chain : chains)
    lines.push_back((chain.goal ? "goal " + chain.goal->value : "field " + chain.field->value) + " " +
                    std::to_string(chain.breaksBefore) + "→" + std::to_string(chain.breaksAfter));
  return lines;
}

std::vector<std::string> describePairs(const std::vector<PairChange>& pairs) {
  std::vector<std::string> lines;
  for (const PairChange& pair : pairs) lines.push_back(pair.first.value + "–" + pair.second.value);
  return lines;
}

std::vector<std::string> describeSuggestions(const std::vector<CooperationSuggestion>& suggestions) {
  std::vector<std::string> lines;
  for (const CooperationSuggestion& s : suggestions) lines.push_back(s.first.value + "–" + s.second.value);
  return lines;
}

using Lines = std::vector<std::string>;

Conference conference(const char* id, const char* date) {
  Conference result;
  result.id = ConferenceId(id);
  result.title = id;
  result.date = date;
  return result;
}

}  // namespace

TEST_CASE("diff: items added, removed and changed, with the fields that differ", "[diff]") {
  const auto [before, after] = twoStates();
  const ProjectDiff diff = diffProjects(before, after);
  // Kinds in file order (actors, activities, cooperations, indicators), then project order.
  CHECK(describeItems(diff.added) == Lines{"activity:act4", "cooperation:coop-2"});
  CHECK(describeItems(diff.removed) == Lines{"actor:D", "cooperation:coop-1"});
  CHECK(describeItems(diff.changed) == Lines{"activity:act2 status", "activity:act3 title lifePhases",
                                             "indicator:i1 target values", "indicator:i2 values",
                                             "indicator:i3 values"});
  // Names as users read them: a cooperation by its actors' names (here their ids); removed
  // items named from the old state.
  CHECK(diff.added[1].name == "B – C");
  CHECK(diff.removed[1].name == "A – C");
  CHECK(diff.changed[1].name == "act3 renamed");
}

TEST_CASE("diff: coverage cells filled and emptied, with both counts", "[diff]") {
  const auto [before, after] = twoStates();
  const ProjectDiff diff = diffProjects(before, after);
  // Counted (planned, running): old act1, act2, act3; new act1, act3, act4 (act2 finished).
  // Old f1: 1 0 1, f2: 1 1 0.   New f1: 1 1 0, f2: 1 0 1.   Row-major, f1 first.
  CHECK(describeCells(diff.cells) == Lines{"f1×p2 0→1", "f1×p3 1→0", "f2×p2 1→0", "f2×p3 0→1"});
  CHECK(describeCells(diff.cellsFilled) == Lines{"f1×p2 0→1", "f2×p3 0→1"});
  CHECK(describeCells(diff.cellsEmptied) == Lines{"f1×p3 1→0", "f2×p2 1→0"});
}

TEST_CASE("diff: gaps closed and opened", "[diff]") {
  const auto [before, after] = twoStates();
  const ProjectDiff diff = diffProjects(before, after);
  // Old gaps: g2 rests on C alone; f1×p2 and f2×p3 empty (their phases have activities
  // elsewhere); D without activity; B (no cooperation, no shared activity) and D isolated.
  // New gaps: g2 still on C alone (the same gap: not listed); f1×p3 and f2×p2 empty. A and B
  // share act4, B and C cooperate: nobody isolated.
  CHECK(describeGaps(diff.gapsClosed) == Lines{"empty_cell f1 p2", "empty_cell f2 p3", "actor_without_activity D",
                                               "isolated_actor B", "isolated_actor D"});
  CHECK(describeGaps(diff.gapsOpened) == Lines{"empty_cell f1 p3", "empty_cell f2 p2"});
}

TEST_CASE("diff: support chains mended and broken", "[diff]") {
  const auto [before, after] = twoStates();
  const ProjectDiff diff = diffProjects(before, after);
  // g1 and f1: old covered p1, p3 with a break at p2 (1 break); new p1, p2 covered, p3 outside.
  // g2 and f2: old p1, p2 covered (no break); new p1, p3 with a break at p2, which was
  // covered: coverage lost inside the chain. Goals before fields.
  CHECK(describeChains(diff.chainsMended) == Lines{"goal g1 1→0", "field f1 1→0"});
  CHECK(describeChains(diff.chainsBroken) == Lines{"goal g2 0→1", "field f2 0→1"});
}

TEST_CASE("diff: cooperations begun and ended, suggestions taken up", "[diff]") {
  const auto [before, after] = twoStates();
  const ProjectDiff diff = diffProjects(before, after);
  CHECK(describePairs(diff.cooperationsBegun) == Lines{"B–C"});
  CHECK(describePairs(diff.cooperationsEnded) == Lines{"A–C"});
  // Old: A and B both work on g1 without working together, the only such pair (A–C cooperate,
  // B and C share no goal): the one suggestion. New: they share act4.
  CHECK(describeSuggestions(diff.suggestionsTakenUp) == Lines{"A–B"});
}

TEST_CASE("diff: indicators towards and away from their targets", "[diff]") {
  const auto [before, after] = twoStates();
  const ProjectDiff diff = diffProjects(before, after);
  // i1 higher is better: latest 10 (2011) → 12 (2012), towards. i2 lower is better: 5 (2012) →
  // 7 (2013), away. i3 neutral without target: not judged.
  REQUIRE(diff.indicatorsTowards.size() == 1);
  const IndicatorMove& up = diff.indicatorsTowards[0];
  CHECK(up.indicator.value == "i1");
  CHECK(up.oldYear == 2011);
  CHECK(up.newYear == 2012);
  CHECK(up.oldValue == Approx(10.0));
  CHECK(up.newValue == Approx(12.0));
  CHECK(up.towardsTarget);
  REQUIRE(diff.indicatorsAway.size() == 1);
  CHECK(diff.indicatorsAway[0].indicator.value == "i2");
  CHECK(diff.indicatorsAway[0].oldValue == Approx(5.0));
  CHECK(diff.indicatorsAway[0].newValue == Approx(7.0));
  CHECK_FALSE(diff.indicatorsAway[0].towardsTarget);
}

TEST_CASE("diff: an indicator past its target and a neutral one with a target", "[diff]") {
  Project before, after;
  before.indicators = {indicator("up", IndicatorDirection::HigherIsBetter, {{2012, 90.0}}),
                       indicator("near", IndicatorDirection::Neutral, {{2012, 4.0}}),
                       indicator("same", IndicatorDirection::HigherIsBetter, {{2012, 3.0}})};
  after = before;
  after.indicators[0].target = IndicatorTarget{100.0, 2015};
  after.indicators[0].values[2013] = 120.0;  // past the target: better still, towards
  after.indicators[1].target = IndicatorTarget{10.0, 2015};
  after.indicators[1].values[2013] = 15.0;  // |4 − 10| = 6 → |15 − 10| = 5: closer, towards
  after.indicators[2].values[2013] = 3.0;   // the same latest value a year later: not listed
  const ProjectDiff diff = diffProjects(before, after);
  REQUIRE(diff.indicatorsTowards.size() == 2);
  CHECK(diff.indicatorsTowards[0].indicator.value == "up");
  CHECK(diff.indicatorsTowards[1].indicator.value == "near");
  CHECK(diff.indicatorsAway.empty());
}

TEST_CASE("diff: order of ids in lists and fromConference are no change", "[diff]") {
  auto [before, after] = twoStates();
  after = before;
  after.activities[0].partners = {ActorId("B"), ActorId("C")};
  before.activities[0].partners = {ActorId("C"), ActorId("B")};
  after.activities[1].fromConference = ConferenceId("k-2013");
  CHECK(diffProjects(before, after).empty());
  after.activities[0].partners = {ActorId("B")};
  CHECK(describeItems(diffProjects(before, after).changed) == Lines{"activity:act1 partners"});
}

TEST_CASE("diff: a chain that only reaches a further phase is not broken", "[diff]") {
  auto [before, after] = twoStates();
  // Old act3 serves p1 alone: g2 and f2 cover p1, p2 and p3 outside (no break). New act3
  // serves p1 and p3: p2 is a break now, but it was never covered; the chain gained p3.
  //   old g2: ✓ · ·   new g2: ✓ ✗ ✓   → extension, not broken
  auto act3 = std::ranges::find_if(before.activities, [](const Activity& a) { return a.id.value == "act3"; });
  REQUIRE(act3 != before.activities.end());
  act3->lifePhases = {LifePhaseId("p1")};
  const ProjectDiff extended = diffProjects(before, after);
  CHECK(describeChains(extended.chainsBroken).empty());
  // The same new state from the fixture's old one, where act3 served p1 and p2: p2 was covered
  // and is a break now, a real loss:   old g2: ✓ ✓ ·   new g2: ✓ ✗ ✓   → broken.
  const auto [covered, same] = twoStates();
  CHECK(describeChains(diffProjects(covered, same).chainsBroken) == Lines{"goal g2 0→1", "field f2 0→1"});
}

TEST_CASE("diff: a chain that loses all its activities is not mended", "[diff]") {
  const auto [before, after] = twoStates();
  // Old g1: p1, p3 with a break. Without act1 and act2, g1 has nothing: 0 breaks, not mended.
  Project empty = before;
  std::erase_if(empty.activities, [](const Activity& a) { return a.id.value != "act3"; });
  const ProjectDiff diff = diffProjects(before, empty);
  CHECK(describeChains(diff.chainsMended).empty());
  REQUIRE_FALSE(diff.gapsOpened.empty());
  CHECK(describeGaps(diff.gapsOpened).front() == "unserved_goal g1");
}

TEST_CASE("diff: a project compared with itself has no differences", "[diff]") {
  const auto [before, after] = twoStates();
  CHECK(diffProjects(before, before).empty());
  CHECK(diffProjects(after, after).empty());
  const LoadResult example = parseProjectJson(embeddedExampleJson());
  REQUIRE(example.project);
  CHECK(diffProjects(*example.project, *example.project).empty());
  CHECK(diffProjects(*example.project, *example.project, {ActivityFilter::all()}).empty());
  CHECK(diffProjects(Project{}, Project{}).empty());
  CHECK_FALSE(diffProjects(before, after).empty());
}

TEST_CASE("diff: the filter decides what counts in the analyses, not in the items", "[diff]") {
  const auto [before, after] = twoStates();
  // With every status counted, act2 (finished in new) still covers f1×p3, so that cell does
  // not change: only f1×p2 (act4) and f2×p2, f2×p3 (act3's phases) do.
  const ProjectDiff diff = diffProjects(before, after, {ActivityFilter::all()});
  CHECK(describeCells(diff.cells) == Lines{"f1×p2 0→1", "f2×p2 1→0", "f2×p3 0→1"});
  CHECK(describeItems(diff.changed).front() == "activity:act2 status");
}

TEST_CASE("diff acceptance: one actor removed and two activities for Alter (65+) added to the example", "[diff]") {
  const LoadResult loaded = parseProjectJson(embeddedExampleJson());
  REQUIRE(loaded.project);
  const Project& original = *loaded.project;
  Project copy = original;
  // The SPD leads no activity and is no partner; its only reference is the cooperation
  // coop-12 with stadt-integration, removed with it so that the copy stays valid.
  std::erase_if(copy.actors, [](const Actor& a) { return a.id.value == "spd-hattingen"; });
  std::erase_if(copy.cooperations, [](const Cooperation& c) { return c.id.value == "coop-12"; });
  Activity meeting;
  meeting.id = ActivityId("senioren-begegnung");
  meeting.title = "Begegnungscafé für ältere Zugewanderte";
  meeting.lead = ActorId("diakonie");
  meeting.fields = {FieldId("soziales")};
  meeting.goals = {GoalId("sk-generationen")};
  meeting.lifePhases = {LifePhaseId("alter")};
  meeting.startYear = 2013;
  Activity health = meeting;
  health.id = ActivityId("senioren-gesundheit");
  health.title = "Gesundheitssprechstunde für ältere Zugewanderte";
  health.lead = ActorId("gesundheitsamt");
  health.fields = {FieldId("gesundheit")};
  health.goals = {GoalId("sk-gesundheit")};
  copy.activities.push_back(meeting);
  copy.activities.push_back(health);
  REQUIRE_FALSE(hasErrors(validateProject(copy)));

  const ProjectDiff diff = diffProjects(original, copy);
  CHECK(describeItems(diff.added) == Lines{"activity:senioren-begegnung", "activity:senioren-gesundheit"});
  CHECK(describeItems(diff.removed) == Lines{"actor:spd-hattingen", "cooperation:coop-12"});
  CHECK(diff.changed.empty());  // no item's references changed
  // The phase gap Alter (65+) closed (nothing served "alter" before); the SPD, which had no
  // activity, is gone with its gap (it cooperated, so it was not isolated).
  CHECK(describeGaps(diff.gapsClosed) == Lines{"uncovered_phase alter", "actor_without_activity spd-hattingen"});
  // Now that "alter" has activities in Soziales and Gesundheit, its cells in the six other
  // fields (every field has goals) are empty-cell gaps, in the fields' order.
  CHECK(describeGaps(diff.gapsOpened) == Lines{"empty_cell bildung-kultur alter", "empty_cell arbeit alter",
                                               "empty_cell wohnen alter", "empty_cell sport-freizeit alter",
                                               "empty_cell infrastruktur alter", "empty_cell praevention-sucht alter"});
  CHECK(describeCells(diff.cellsFilled) == Lines{"soziales×alter 0→1", "gesundheit×alter 0→1"});
  CHECK(describeCells(diff.cells) == describeCells(diff.cellsFilled));
  CHECK(diff.cellsEmptied.empty());
  // Both goals' and fields' chains were covered up to Erwerbsleben, the phase before Alter:
  // extending them adds no break and mends none (sk-generationen keeps its break at Übergang).
  CHECK(diff.chainsMended.empty());
  CHECK(diff.chainsBroken.empty());
  // stadt-integration comes first among the actors.
  CHECK(describePairs(diff.cooperationsEnded) == Lines{"stadt-integration–spd-hattingen"});
  CHECK(diff.cooperationsBegun.empty());
  CHECK(diff.suggestionsTakenUp.empty());  // no new links, only one fewer
  CHECK(diff.indicatorsTowards.empty());
  CHECK(diff.indicatorsAway.empty());
}

TEST_CASE("diff: the example of 2012 against 2013", "[diff]") {
  const LoadResult old = parseProjectJson(embeddedExample2012Json());
  const LoadResult now = parseProjectJson(embeddedExampleJson());
  REQUIRE(old.project);
  REQUIRE(now.project);
  const ProjectDiff diff = diffProjects(*old.project, *now.project);
  const Lines removed = describeItems(diff.removed);
  CHECK(removed == Lines{"actor:frauentreff", "activity:frauentreff-fruehstueck", "cooperation:coop-frauentreff"});
  const Lines changed = describeItems(diff.changed);
  CHECK(std::find(changed.begin(), changed.end(), "activity:si-interkulturelle-woche partners") != changed.end());
  // Sixteen activities started in 2013, and cooperations coop-30, 31, 32 and 34 began.
  const Lines added = describeItems(diff.added);
  CHECK(std::count_if(added.begin(), added.end(), [](const std::string& l) { return l.starts_with("activity:"); }) ==
        16);
  CHECK(std::count_if(added.begin(), added.end(), [](const std::string& l) { return l.starts_with("cooperation:"); }) ==
        4);
  // coop-34 takes up the 2012 suggestion drk – stadtsportverband (drk first among the actors).
  const Lines takenUp = describeSuggestions(diff.suggestionsTakenUp);
  CHECK(std::find(takenUp.begin(), takenUp.end(), "drk–stadtsportverband") != takenUp.end());
  const Lines begun = describePairs(diff.cooperationsBegun);
  CHECK(std::find(begun.begin(), begun.end(), "drk–stadtsportverband") != begun.end());
  CHECK(describePairs(diff.cooperationsEnded) == Lines{"awo–frauentreff"});
}

TEST_CASE("projectAsOfYear: later activities left out, finished ones still running, later data dropped", "[diff]") {
  Project project = test::ProjectBuilder()
                        .field("f")
                        .phase("p", 1)
                        .concept_("c")
                        .goal("g", "c", {"f"})
                        .actor("A")
                        .actor("B")
                        .activity("undated", "A", {}, {"f"}, {}, {"p"})
                        .activity("starts-2013", "A", {}, {"f"}, {}, {"p"}, ActivityStatus::Running, 2013)
                        .activity("starts-2014", "A", {}, {"f"}, {}, {"p"}, ActivityStatus::Planned, 2014)
                        .activity("ended-2014", "A", {}, {"f"}, {}, {"p"}, ActivityStatus::Finished, 2010, 2014)
                        .activity("ended-2013", "A", {}, {"f"}, {}, {"p"}, ActivityStatus::Finished, 2010, 2013)
                        .activity("ends-2015", "A", {}, {"f"}, {}, {"p"}, ActivityStatus::Running, 2010, 2015)
                        .cooperation("A", "B")
                        .build();
  project.indicators = {indicator("i", IndicatorDirection::HigherIsBetter, {{2012, 1.0}, {2013, 2.0}, {2014, 3.0}})};
  project.indicators[0].target = IndicatorTarget{5.0, 2016};
  project.goals[0].priorityYears = {2012, 2013, 2014};
  project.conferences = {conference("k2013", "2013-11-20"), conference("k2014", "2014-03-01"),
                         conference("undated", "")};
  project.activities[0].fromConference = ConferenceId("k2013");
  project.activities[3].fromConference = ConferenceId("k2014");
  project.actors[0].fromConference = ConferenceId("k2014");
  project.map.positions = {{"activity:starts-2014", {1.0, 2.0}}, {"activity:undated", {3.0, 4.0}}};
  project.map.graphPositions["activities"] = {{"activity:starts-2014", {1.0, 2.0}}};

  const Project past = projectAsOfYear(project, 2013);
  Lines ids;
  for (const Activity& a : past.activities) ids.push_back(a.id.value + " " + std::string(toString(a.status)));
  // starts-2014 left out; ended-2014 still ran in 2013; ended-2013 finished that year.
  CHECK(ids == Lines{"undated running", "starts-2013 running", "ended-2014 running", "ended-2013 finished",
                     "ends-2015 running"});
  CHECK(past.indicators[0].values == std::map<int, double>{{2012, 1.0}, {2013, 2.0}});
  CHECK(past.indicators[0].target == project.indicators[0].target);
  CHECK(past.goals[0].priorityYears == std::vector<int>{2012, 2013});
  REQUIRE(past.conferences.size() == 2);
  CHECK(past.conferences[0].id.value == "k2013");
  CHECK(past.conferences[1].id.value == "undated");
  CHECK(past.activities[0].fromConference.value == "k2013");  // kept: its conference stays
  CHECK(past.activities[2].fromConference.empty());           // ended-2014: k2014 dropped
  CHECK(past.actors[0].fromConference.empty());
  CHECK(past.actors.size() == project.actors.size());
  CHECK(past.cooperations == project.cooperations);
  CHECK(past.map.positions.size() == 1);
  CHECK(past.map.positions.contains("activity:undated"));
  CHECK(past.map.graphPositions.at("activities").empty());
  // As of a year after everything, nothing changes.
  CHECK(projectAsOfYear(project, 2020) == project);
}

TEST_CASE("projectAsOfYear: the example as of 2012 has the activities of the 2012 file", "[diff]") {
  const LoadResult old = parseProjectJson(embeddedExample2012Json());
  const LoadResult now = parseProjectJson(embeddedExampleJson());
  REQUIRE(old.project);
  REQUIRE(now.project);
  const Project past = projectAsOfYear(*now.project, 2012);
  // The 2012 file was made by the same rule, plus the Frauentreff's breakfast (dissolved in
  // 2013, so not in the 2013 file) and one partner fewer for si-interkulturelle-woche.
  std::vector<std::pair<std::string, ActivityStatus>> expected, got;
  for (const Activity& a : old.project->activities)
    if (a.id.value != "frauentreff-fruehstueck") expected.emplace_back(a.id.value, a.status);
  for (const Activity& a : past.activities) got.emplace_back(a.id.value, a.status);
  CHECK(got == expected);
  CHECK(past.conferences.empty());  // ik-2013 was held in 2013
  for (const Indicator& indicator : past.indicators)
    if (!indicator.values.empty()) CHECK(indicator.values.rbegin()->first <= 2012);
  const ProjectDiff diff = diffProjects(*old.project, past);
  CHECK(describeItems(diff.removed) ==
        Lines{"actor:frauentreff", "activity:frauentreff-fruehstueck", "cooperation:coop-frauentreff"});
  CHECK(diff.added.size() == 4);  // coop-30, coop-31, coop-32, coop-34: cooperations have no dates
}

TEST_CASE("diff: every field a user edits is compared, named as saved, in the file's order", "[diff]") {
  Project before = test::ProjectBuilder()
                       .field("f")
                       .phase("p", 1)
                       .concept_("c")
                       .goal("g", "c", {"f"})
                       .actor("a")
                       .actor("b")
                       .activity("x", "a", {"b"}, {"f"}, {"g"}, {"p"})
                       .cooperation("a", "b")
                       .build();
  before.indicators = {indicator("i", IndicatorDirection::Neutral, {{2012, 1.0}})};
  Project after = before;
  after.fields[0] = {FieldId("f"), "F", Colour{1, 2, 3}};
  after.lifePhases[0] = {LifePhaseId("p"), "P", 1, 2, 3};
  after.concepts[0].name = "C";
  Goal& goal = after.goals[0];
  goal = {GoalId("g"), "G", ConceptId("c2"), GoalLevel::Annual, GoalId("g0"), {}, "kurz", {2013}};
  Actor& actor = after.actors[0];
  actor.name = "A";
  actor.type = ActorType::School;
  actor.selfDescription = "wir";
  actor.contact.phone = "0";
  actor.memberships = {ActorId("b")};
  Activity& activity = after.activities[0];
  activity = {ActivityId("x"), "X", "d", ActorId("b"), {}, {}, {}, {}, ActivityStatus::Planned, 2014, 2015};
  after.cooperations[0] = {CooperationId("coop-1"), ActorId("b"), ActorId("a"), CooperationType::Funding, "n"};
  Indicator& ind = after.indicators[0];
  ind = {IndicatorId("i"),
         "I",
         "%",
         "Amt",
         FieldId("f"),
         {GoalId("g")},
         {{2013, 2.0}},
         IndicatorKind::Population,
         {LifePhaseId("p")},
         IndicatorDirection::LowerIsBetter,
         IndicatorTarget{1.0, 2020}};

  CHECK(describeItems(diffProjects(before, after).changed) ==
        Lines{"field:f name colour", "lifePhase:p name minAge maxAge order", "concept:c name",
              "goal:g title shortTitle concept level parent fields priorityYears",
              "actor:a name type selfDescription contact memberships",
              "activity:x title description lead partners fields goals lifePhases status startYear endYear",
              "cooperation:coop-1 from to type note",
              "indicator:i name unit source field goals kind lifePhases direction target values"});
}
