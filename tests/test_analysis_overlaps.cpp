#include <catch2/catch.hpp>

#include "analysis/overlaps.hpp"
#include "embedded_data.hpp"
#include "io/project_json.hpp"
#include "project_builder.hpp"

using namespace knp;

namespace {

// One field f, goals g1 g2, phases p1 p2.
//
//   activity  lead     partners  goals    phases
//   x1        awo      schule    g1       p1
//   y1        caritas  schule    g1 g2    p1 p2
//   x2        vhs      –         g1       p1
//   x4        kita     caritas   g2       p2      (kita and caritas share x4: they know each other)
//   z         awo      –         g1       p1
//   cooperation awo ══ vhs
//
// Candidate pairs from the (f, goal, phase) buckets and their fate:
//   x1~y1  awo/caritas, only partner schule in common: overlap. Jaccard goals 1/2, phases 1/2 → 0.5
//   x1~x2  awo/vhs cooperate: no.        x1~z, same lead awo: no.
//   y1~x2  caritas/vhs: overlap, goals 1/2, phases 1/2 → 0.5
//   y1~x4  caritas/kita share x4: no.    y1~z  awo/caritas: overlap 0.5.   x2~z awo/vhs: no.
// Overlaps: awo+caritas (x1~y1, z~y1) score 1.0; caritas+vhs (y1~x2) score 0.5.
Project overlapProject() {
  return test::ProjectBuilder()
      .field("f").phase("p1", 1).phase("p2", 2).concept_("c").goal("g1", "c", {"f"}).goal("g2", "c", {"f"})
      .actor("awo").actor("caritas").actor("schule", ActorType::School).actor("vhs").actor("kita", ActorType::Kita)
      .activity("x1", "awo", {"schule"}, {"f"}, {"g1"}, {"p1"})
      .activity("y1", "caritas", {"schule"}, {"f"}, {"g1", "g2"}, {"p1", "p2"})
      .activity("x2", "vhs", {}, {"f"}, {"g1"}, {"p1"})
      .activity("x4", "kita", {"caritas"}, {"f"}, {"g2"}, {"p2"})
      .activity("z", "awo", {}, {"f"}, {"g1"}, {"p1"})
      .cooperation("awo", "vhs")
      .build();
}

}  // namespace

TEST_CASE("overlaps: different leads who do not know each other, grouped by the two leads") {
  const auto result = findOverlaps(overlapProject());
  CHECK(result.totalOverlaps == 2);
  CHECK(result.totalPairs == 3);
  const auto& overlaps = result.overlaps;
  REQUIRE(overlaps.size() == 2);
  const Overlap& first = overlaps[0];
  CHECK(first.first.value == "awo");
  CHECK(first.second.value == "caritas");
  CHECK(first.score == Approx(1.0));
  REQUIRE(first.pairs.size() == 2);
  CHECK(first.pairs[0].first.value == "x1");  // first is the first actor's activity
  CHECK(first.pairs[0].second.value == "y1");
  CHECK(first.pairs[0].score == Approx(0.5));
  CHECK(first.pairs[1].first.value == "z");
  CHECK(first.pairs[1].second.value == "y1");
  REQUIRE(first.goals.size() == 1);
  CHECK(first.goals[0].value == "g1");
  REQUIRE(first.phases.size() == 1);
  CHECK(first.phases[0].value == "p1");
  CHECK(first.fields.at(0).value == "f");

  const Overlap& second = overlaps[1];
  CHECK(second.first.value == "caritas");
  CHECK(second.second.value == "vhs");
  CHECK(second.score == Approx(0.5));
  REQUIRE(second.pairs.size() == 1);
  CHECK(second.pairs[0].first.value == "y1");
}

TEST_CASE("overlaps: a limit spells out only the best ones; the totals count all") {
  const auto result = findOverlaps(overlapProject(), ActivityFilter::all(), 1);
  REQUIRE(result.overlaps.size() == 1);
  CHECK(result.overlaps[0].second.value == "caritas");  // awo+caritas, score 1.0, beats caritas+vhs
  CHECK(result.totalOverlaps == 2);
  CHECK(result.totalPairs == 3);
  CHECK(findOverlaps(overlapProject(), ActivityFilter::all(), 0).overlaps.empty());
}

TEST_CASE("overlaps: a crowded bucket is reported as such, not pair by pair") {
  // kCrowdedBucket + 1 activities by as many leads, all in (f, g, p); two of them also share
  // (f, h, p), an ordinary bucket: that pair is still found.
  test::ProjectBuilder builder;
  builder.field("f").phase("p", 1).concept_("c").goal("g", "c", {"f"}).goal("h", "c", {"f"});
  std::vector<std::string> ids;
  for (std::size_t i = 0; i <= kCrowdedBucket; ++i) ids.push_back("a" + std::to_string(i));
  for (const auto& id : ids) builder.actor(id.c_str());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const std::string activity = "x" + std::to_string(i);
    if (i < 2) builder.activity(activity.c_str(), ids[i].c_str(), {}, {"f"}, {"g", "h"}, {"p"});
    else builder.activity(activity.c_str(), ids[i].c_str(), {}, {"f"}, {"g"}, {"p"});
  }
  const Overlaps result = findOverlaps(builder.build());
  REQUIRE(result.crowded.size() == 1);
  CHECK(result.crowded[0].goal.value == "g");
  CHECK(result.crowded[0].activities == kCrowdedBucket + 1);
  CHECK(result.crowded[0].leads == kCrowdedBucket + 1);
  CHECK(result.totalPairs == 1);  // x0~x1 through (f, h, p)
  REQUIRE(result.overlaps.size() == 1);
  CHECK(result.overlaps[0].pairs[0].score == Approx(1.0));
}

TEST_CASE("overlaps: a field, a goal and a phase must all be shared") {
  //   a1: f1 g p1     b1: f2 g p1  (other field)     c1: f1 g p2 (other phase)     d1: f1 h p1 (other goal)
  const Project p = test::ProjectBuilder()
                        .field("f1").field("f2").phase("p1", 1).phase("p2", 2).concept_("c")
                        .goal("g", "c", {"f1"}).goal("h", "c", {"f1"})
                        .actor("a").actor("b").actor("c").actor("d")
                        .activity("a1", "a", {}, {"f1"}, {"g"}, {"p1"})
                        .activity("b1", "b", {}, {"f2"}, {"g"}, {"p1"})
                        .activity("c1", "c", {}, {"f1"}, {"g"}, {"p2"})
                        .activity("d1", "d", {}, {"f1"}, {"h"}, {"p1"})
                        .build();
  CHECK(findOverlaps(p).overlaps.empty());
}

TEST_CASE("overlaps: identical activities score 1, and the filter applies") {
  const Project p = test::ProjectBuilder()
                        .field("f").phase("p", 1).concept_("c").goal("g", "c", {"f"}).actor("a").actor("b")
                        .activity("a1", "a", {}, {"f", "f"}, {"g", "g"}, {"p"})
                        .activity("b1", "b", {}, {"f"}, {"g"}, {"p", "p"}, ActivityStatus::Finished)
                        .build();
  const auto all = findOverlaps(p).overlaps;
  REQUIRE(all.size() == 1);
  CHECK(all[0].score == Approx(1.0));  // duplicated references do not lower the Jaccard indices
  CHECK(findOverlaps(p, ActivityFilter::current()).totalOverlaps == 0);
}

TEST_CASE("overlaps: degenerate projects") {
  CHECK(findOverlaps(Project{}).totalOverlaps == 0);
  CHECK(findOverlaps(test::ProjectBuilder().actor("a").build()).overlaps.empty());
  SECTION("activities without goals or phases never overlap") {
    const Project p = test::ProjectBuilder()
                          .field("f").actor("a").actor("b")
                          .activity("a1", "a", {}, {"f"}, {}, {})
                          .activity("b1", "b", {}, {"f"}, {}, {})
                          .build();
    CHECK(findOverlaps(p).overlaps.empty());
  }
  SECTION("an activity with an unknown lead is skipped; a self-cooperation changes nothing") {
    const Project p = test::ProjectBuilder()
                          .field("f").phase("p", 1).concept_("c").goal("g", "c", {"f"}).actor("a").actor("b")
                          .activity("a1", "a", {}, {"f"}, {"g"}, {"p"})
                          .activity("ghost1", "ghost", {}, {"f"}, {"g"}, {"p"})
                          .activity("b1", "b", {}, {"f"}, {"g"}, {"p"})
                          .cooperation("a", "a")
                          .build();
    const auto overlaps = findOverlaps(p).overlaps;
    REQUIRE(overlaps.size() == 1);
    CHECK(overlaps[0].pairs.size() == 1);
  }
}

TEST_CASE("overlaps: the Hattingen example's planted pairs") {
  const auto loaded = parseProjectJson(embeddedExampleJson());
  REQUIRE(loaded.project);
  const auto overlaps = findOverlaps(*loaded.project, ActivityFilter::current()).overlaps;
  auto find = [&](const char* a, const char* b) -> const Overlap* {
    for (const Overlap& o : overlaps)
      if ((o.first.value == a && o.second.value == b) || (o.first.value == b && o.second.value == a)) return &o;
    return nullptr;
  };
  const Overlap* awoCaritas = find("awo", "caritas");
  REQUIRE(awoCaritas);
  std::vector<std::string> pairs;
  for (const auto& pair : awoCaritas->pairs) pairs.push_back(pair.first.value + "~" + pair.second.value);
  std::sort(pairs.begin(), pairs.end());
  CHECK(pairs == std::vector<std::string>{"awo-hausaufgabenhilfe~caritas-lernpaten",
                                          "awo-migrationsberatung~caritas-fluechtlingsberatung",
                                          "awo-stadtteilmuetter~caritas-familienpaten"});
  const Overlap* churches = find("ditib", "ev-kirche");
  REQUIRE(churches);
  REQUIRE(churches->pairs.size() == 1);
  const std::string pair = churches->pairs[0].first.value + "~" + churches->pairs[0].second.value;
  CHECK((pair == "ev-sprachcafe-frauen~ditib-deutschkurs-frauen" || pair == "ditib-deutschkurs-frauen~ev-sprachcafe-frauen"));
}
