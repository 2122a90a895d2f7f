#include <catch2/catch.hpp>

#include <cmath>

#include "analysis/cooperation_suggestions.hpp"
#include "project_builder.hpp"

using namespace knp;

namespace {

// Phases p1 p2 p3; goals rare, common.
//
//   a: rare + common in p1      b: rare in p2      c: common in p1      d: common in p1
//   c ══ d cooperate;  rat (a body) also works on rare, in p3: bodies get no suggestions
//
// Active actors A = 4. Postings: rare {a, b}, common {a, c, d}.
//   idf(rare) = ln(1 + 4/2) = ln 3,  idf(common) = ln(1 + 4/3) = ln(7/3)
//   |a| = sqrt(ln²3 + ln²(7/3)), |b| = ln 3, |c| = |d| = ln(7/3)
// Candidates: (a,b) from rare; (a,c), (a,d) from common; (c,d) cooperate.
//   (a,b): goal sim = ln²3 / (|a| ln 3) = ln 3 / |a|; phases {p1} vs {p2}: 0; a covers rare in
//          p1, b in the next phase p2: a hand-over on their only common goal, complementarity 1.
//          score = 0.5 ln3/|a| + 0.3
//   (a,c): goal sim = ln(7/3) / |a|; phases equal: 1; no hand-over. score = 0.5 ln(7/3)/|a| + 0.2
//   (a,d) = (a,c).
Project suggestionProject() {
  return test::ProjectBuilder()
      .field("f").phase("p1", 1).phase("p2", 2).phase("p3", 3).concept_("c")
      .goal("rare", "c", {"f"}).goal("common", "c", {"f"})
      .actor("a").actor("b").actor("c").actor("d").actor("rat", ActorType::Body)
      .activity("A", "a", {}, {"f"}, {"rare", "common"}, {"p1"})
      .activity("B", "b", {}, {"f"}, {"rare"}, {"p2"})
      .activity("C", "c", {}, {"f"}, {"common"}, {"p1"})
      .activity("D", "d", {}, {"f"}, {"common"}, {"p1"})
      .activity("R", "rat", {}, {"f"}, {"rare"}, {"p3"})
      .cooperation("c", "d")
      .build();
}

}  // namespace

TEST_CASE("cooperation suggestions: scores, order and reasons computed by hand") {
  const double normA = std::sqrt(std::log(3.0) * std::log(3.0) + std::log(7.0 / 3) * std::log(7.0 / 3));
  const auto result = suggestCooperations(suggestionProject(), ActivityFilter::all(), {10, 3});
  REQUIRE(result.top.size() == 3);

  const CooperationSuggestion& ab = result.top[0];
  CHECK(ab.first.value == "a");
  CHECK(ab.second.value == "b");
  CHECK(ab.goalSimilarity == Approx(std::log(3.0) / normA));  // 0.79185
  CHECK(ab.phaseSimilarity == Approx(0.0));
  CHECK(ab.complementarity == Approx(1.0));
  CHECK(ab.score == Approx(0.5 * std::log(3.0) / normA + 0.3));  // 0.69593
  REQUIRE(ab.handover);
  CHECK(ab.handover->goal.value == "rare");
  CHECK(ab.handover->earlierActor.value == "a");
  CHECK(ab.handover->earlierPhase.value == "p1");
  CHECK(ab.handover->laterActor.value == "b");
  CHECK(ab.handover->laterPhase.value == "p2");
  CHECK(ab.sharedPhases.empty());

  const CooperationSuggestion& ac = result.top[1];
  CHECK(ac.second.value == "c");
  CHECK(ac.score == Approx(0.5 * std::log(7.0 / 3) / normA + 0.2));  // 0.50536
  CHECK_FALSE(ac.handover);
  REQUIRE(ac.sharedGoals.size() == 1);
  CHECK(ac.sharedGoals[0].value == "common");
  REQUIRE(ac.sharedPhases.size() == 1);
  CHECK(result.top[2].second.value == "d");  // same score as (a, c): project order decides

  for (const auto& s : result.top) {  // c and d cooperate; the body gets nothing
    CHECK_FALSE((s.first.value == "c" && s.second.value == "d"));
    CHECK(s.first.value != "rat");
    CHECK(s.second.value != "rat");
  }
}

TEST_CASE("cooperation suggestions: top k overall and per actor") {
  const auto result = suggestCooperations(suggestionProject(), ActivityFilter::all(), {1, 2});
  REQUIRE(result.top.size() == 1);
  REQUIRE(result.perActor.size() == 4);  // a, b, c, d in project order
  CHECK(result.perActor[0].actor.value == "a");
  REQUIRE(result.perActor[0].suggestions.size() == 2);  // (a,b) and (a,c); (a,d) cut by k = 2
  CHECK(result.perActor[0].suggestions[1].second.value == "c");
  CHECK(result.perActor[1].actor.value == "b");
  REQUIRE(result.perActor[1].suggestions.size() == 1);
  CHECK(result.perActor[3].actor.value == "d");
}

TEST_CASE("cooperation suggestions: rarer shared goals come first in the reason") {
  //   x and y share rare (only they) and common (everyone); z works on common only.
  const Project p = test::ProjectBuilder()
                        .field("f").phase("p", 1).concept_("c").goal("common", "c", {"f"}).goal("rare", "c", {"f"})
                        .actor("x").actor("y").actor("z")
                        .activity("X", "x", {}, {"f"}, {"common", "rare"}, {"p"})
                        .activity("Y", "y", {}, {"f"}, {"common", "rare"}, {"p"})
                        .activity("Z", "z", {}, {"f"}, {"common"}, {"p"})
                        .build();
  const auto result = suggestCooperations(p);
  REQUIRE_FALSE(result.top.empty());
  const auto& best = result.top[0];
  CHECK(best.first.value == "x");
  CHECK(best.second.value == "y");
  CHECK(best.goalSimilarity == Approx(1.0));  // identical goal sets
  REQUIRE(best.sharedGoals.size() == 2);
  CHECK(best.sharedGoals[0].value == "rare");
}

TEST_CASE("cooperation suggestions: degenerate projects") {
  CHECK(suggestCooperations(Project{}).top.empty());
  CHECK(suggestCooperations(test::ProjectBuilder().actor("a").build()).top.empty());
  SECTION("partners in the same activity are not suggested to each other") {
    const Project p = test::ProjectBuilder()
                          .field("f").phase("p", 1).concept_("c").goal("g", "c", {"f"}).actor("a").actor("b")
                          .activity("A", "a", {"b"}, {"f"}, {"g"}, {"p"})
                          .activity("B", "b", {}, {"f"}, {"g"}, {"p"})
                          .build();
    CHECK(suggestCooperations(p).top.empty());
  }
  SECTION("activities without goals give no suggestion; a self-cooperation is ignored") {
    const Project p = test::ProjectBuilder()
                          .field("f").actor("a").actor("b")
                          .activity("A", "a", {}, {"f"}, {}, {})
                          .activity("B", "b", {}, {"f"}, {}, {})
                          .cooperation("a", "a")
                          .build();
    CHECK(suggestCooperations(p).top.empty());
  }
  SECTION("scores stay finite and in [0, 1] with duplicated references") {
    const Project p = test::ProjectBuilder()
                          .field("f").phase("p", 1).phase("q", 2).concept_("c").goal("g", "c", {"f"})
                          .actor("a").actor("b")
                          .activity("A", "a", {}, {"f"}, {"g", "g"}, {"p", "p"})
                          .activity("B", "b", {}, {"f"}, {"g"}, {"q"})
                          .build();
    const auto result = suggestCooperations(p);
    REQUIRE(result.top.size() == 1);
    CHECK(std::isfinite(result.top[0].score));
    CHECK(result.top[0].score >= 0.0);
    CHECK(result.top[0].score <= 1.0);
    CHECK(result.top[0].complementarity == Approx(1.0));
  }
}
