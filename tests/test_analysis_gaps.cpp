#include <catch2/catch.hpp>

#include "analysis/gaps.hpp"
#include "embedded_data.hpp"
#include "io/project_json.hpp"
#include "town_project.hpp"

using namespace knp;

namespace {

// "kind subject[ subject]" per gap, easy to compare as a whole list.
std::vector<std::string> describeAll(const std::vector<Gap>& gaps) {
  std::vector<std::string> lines;
  for (const Gap& gap : gaps) {
    std::string line(toString(gap.kind));
    if (gap.field) line += " " + gap.field->value;
    if (gap.goal) line += " " + gap.goal->value;
    if (gap.phase) line += " " + gap.phase->value;
    if (gap.actor) line += " " + gap.actor->value;
    line += " " + std::to_string(gap.activities);
    lines.push_back(line);
  }
  return lines;
}

bool hasGap(const std::vector<Gap>& gaps, GapKind kind, const std::string& subject) {
  for (const Gap& gap : gaps) {
    if (gap.kind != kind) continue;
    std::string text = (gap.goal ? gap.goal->value : "") + (gap.field ? gap.field->value + "×" : "") +
                       (gap.phase ? gap.phase->value : "") + (gap.actor && kind != GapKind::FragileGoal ? gap.actor->value : "");
    if (text == subject) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("gaps: every kind in the small town, in kind order then project order") {
  // unserved: mobil. fragile: offen rests on awo (a1). uncovered: alter. empty cell: soziales ×
  // kita (wohnen has no goals; alter is reported once as a phase). without activity: idle (rat
  // is a body). isolated: awo (a1, old), solo (o1), idle.
  CHECK(describeAll(findGaps(test::townProject())) == std::vector<std::string>{
                                                          "unserved_goal mobil 0",
                                                          "fragile_goal offen awo 1",
                                                          "uncovered_phase alter 0",
                                                          "empty_cell soziales kita 0",
                                                          "actor_without_activity idle 0",
                                                          "isolated_actor awo 2",
                                                          "isolated_actor solo 1",
                                                          "isolated_actor idle 0",
                                                      });
}

TEST_CASE("gaps: the filter decides what closes a gap") {
  // Only running and planned: o1 (solo, beruf, eltern) drops out. soziales × beruf becomes empty,
  // solo has no activity left and is isolated.
  const auto gaps = describeAll(findGaps(test::townProject(), ActivityFilter::current()));
  CHECK(std::find(gaps.begin(), gaps.end(), "empty_cell soziales beruf 0") != gaps.end());
  CHECK(std::find(gaps.begin(), gaps.end(), "actor_without_activity solo 0") != gaps.end());
  CHECK(std::find(gaps.begin(), gaps.end(), "isolated_actor solo 0") != gaps.end());
}

TEST_CASE("gaps: a cooperation or a shared activity ends isolation; a membership does not") {
  //   x ─member─ body ─member─ y      x ══ z
  const Project p = test::ProjectBuilder()
                        .actor("body", ActorType::Body)
                        .actor("x", ActorType::Association, {"body"})
                        .actor("y", ActorType::Association, {"body"})
                        .actor("z")
                        .cooperation("x", "z")
                        .build();
  const auto gaps = findGaps(p);
  CHECK_FALSE(hasGap(gaps, GapKind::IsolatedActor, "x"));
  CHECK(hasGap(gaps, GapKind::IsolatedActor, "y"));
  CHECK_FALSE(hasGap(gaps, GapKind::IsolatedActor, "z"));
  CHECK_FALSE(hasGap(gaps, GapKind::IsolatedActor, "body"));
}

TEST_CASE("gaps: degenerate projects") {
  CHECK(findGaps(Project{}).empty());
  SECTION("one actor and nothing else: without activity and isolated") {
    CHECK(describeAll(findGaps(test::ProjectBuilder().actor("a").build())) ==
          std::vector<std::string>{"actor_without_activity a 0", "isolated_actor a 0"});
  }
  SECTION("a cooperation of an actor with itself does not end its isolation") {
    const auto gaps = findGaps(test::ProjectBuilder().actor("a").cooperation("a", "a").build());
    CHECK(hasGap(gaps, GapKind::IsolatedActor, "a"));
  }
  SECTION("goals without activities are all unserved, and no cell gap without any activity") {
    const auto gaps = describeAll(findGaps(test::ProjectBuilder()
                                               .field("f").phase("p", 1).concept_("c")
                                               .goal("g1", "c", {"f"}).goal("g2", "c", {"f"})
                                               .build()));
    CHECK(gaps == std::vector<std::string>{"unserved_goal g1 0", "unserved_goal g2 0", "uncovered_phase p 0"});
  }
  SECTION("an activity nobody runs (unknown lead, no partners) serves nothing") {
    //   goal g: served only by x, whose lead does not exist → unserved, not fragile
    const auto gaps = describeAll(findGaps(test::ProjectBuilder()
                                               .field("f").phase("p", 1).concept_("c").goal("g", "c", {"f"})
                                               .activity("x", "ghost", {}, {"f"}, {"g"}, {"p"})
                                               .build()));
    CHECK(gaps == std::vector<std::string>{"unserved_goal g 0", "uncovered_phase p 0"});
  }
  SECTION("duplicated references count once") {
    const auto gaps = describeAll(findGaps(test::ProjectBuilder()
                                               .field("f").phase("p", 1).concept_("c").goal("g", "c", {"f"})
                                               .actor("a")
                                               .activity("x", "a", {"a", "a"}, {"f", "f"}, {"g", "g"}, {"p", "p"})
                                               .build()));
    CHECK(gaps == std::vector<std::string>{"fragile_goal g a 1", "isolated_actor a 1"});
  }
  SECTION("an activity without goals or phases still counts as the actor's activity") {
    const auto gaps = findGaps(test::ProjectBuilder().actor("a").activity("x", "a", {}, {}, {}, {}).build());
    CHECK_FALSE(hasGap(gaps, GapKind::ActorWithoutActivity, "a"));
    CHECK(hasGap(gaps, GapKind::IsolatedActor, "a"));
  }
}

TEST_CASE("gaps: the embedded Hattingen example shows its planted gaps by name") {
  const auto loaded = parseProjectJson(embeddedExampleJson());
  REQUIRE(loaded.project);
  const auto gaps = findGaps(*loaded.project, ActivityFilter::current());
  CHECK(hasGap(gaps, GapKind::UnservedGoal, "ik-l7"));
  CHECK(hasGap(gaps, GapKind::UnservedGoal, "sek-mobilitaet"));
  CHECK(hasGap(gaps, GapKind::UncoveredPhase, "alter"));
  CHECK(hasGap(gaps, GapKind::EmptyCell, "wohnen×jugend"));
  CHECK(hasGap(gaps, GapKind::EmptyCell, "praevention-sucht×grundschule"));
  CHECK(hasGap(gaps, GapKind::EmptyCell, "arbeit×kita"));
  CHECK(hasGap(gaps, GapKind::ActorWithoutActivity, "spd-hattingen"));
  CHECK(hasGap(gaps, GapKind::ActorWithoutActivity, "cdu-hattingen"));
  CHECK(hasGap(gaps, GapKind::ActorWithoutActivity, "dgb-hattingen"));
  CHECK(hasGap(gaps, GapKind::IsolatedActor, "nachbarschaftsverein-welper"));
  bool fragileL6 = false;
  for (const Gap& gap : gaps)
    if (gap.kind == GapKind::FragileGoal && gap.goal->value == "ik-l6") fragileL6 = gap.actor->value == "stadt-integration";
  CHECK(fragileL6);
}
