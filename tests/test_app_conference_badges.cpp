// A conference on the map (core/conference_marks.hpp, core/map_scene.hpp): the chosen poll's
// dots and the chosen conference's comments as badges per vertex, computed from a hand-built
// project; an item's comments from every conference; the year of an agreement; the items a
// poll may offer.
#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>

#include "core/app_state.hpp"
#include "core/conference_marks.hpp"
#include "core/document.hpp"
#include "core/map_scene.hpp"
#include "edit/conference_edits.hpp"
#include "project_builder.hpp"
#include "text/utf8.hpp"
#include "view/abstraction.hpp"

using namespace knp;
using namespace knp::app;

namespace {

// The full view's vertices: actors, activities, goals, life phases, each in project order.
//
//   A(0) ──lead── x(2) ──serves── g(3)        h(4): a goal nobody serves
//                  └──targets── kid(5)         old(6): a phase nobody covers
//   B(1): no activity
//
// The conference "k" has the poll "p1" with the options
//   o1 goal:g   T1: 2, T2: 1   → 3        o4 actor:B  T2: 2   → B: 1 + 2 = 3 (two options add up)
//   o2 goal:h   no dots       → 0         o5 free text, o6 gap:bildung/old, o7 suggestion:A/B,
//   o3 actor:B  T1: 1                     o8 cooperation:k1: items without a node, no badge
// and the comments: two about A, one about g, one about the map, one about a deleted actor.
Project townWithConference() {
  Project p = test::ProjectBuilder()
                  .field("bildung")
                  .phase("kid", 1)
                  .phase("old", 2)
                  .concept_("c")
                  .goal("g", "c", {"bildung"})
                  .goal("h", "c", {"bildung"})
                  .actor("A")
                  .actor("B")
                  .activity("x", "A", {}, {"bildung"}, {"g"}, {"kid"})
                  .build();
  Poll poll;
  poll.id = "p1";
  poll.question = "Was ist am dringendsten?";
  poll.kind = PollKind::Agreement;
  poll.tables = {"T1", "T2"};
  poll.options = {{"o1", "goal:g", "g", {{"T1", 2}, {"T2", 1}}},
                  {"o2", "goal:h", "h", {}},
                  {"o3", "actor:B", "B", {{"T1", 1}}},
                  {"o4", "actor:B", "B noch einmal", {{"T2", 2}}},
                  {"o5", "", "Mehr Abendtermine", {{"T1", 4}}},
                  {"o6", "gap:bildung/old", "bildung × old", {{"T2", 1}}},
                  {"o7", "suggestion:A/B", "A – B", {{"T2", 1}}},
                  {"o8", "cooperation:k1", "A – B", {{"T1", 1}}}};
  Conference k;
  k.id = ConferenceId("k");
  k.title = "Integrationskonferenz 2013";
  k.date = "2013-11-20";
  k.polls = {poll};
  k.comments = {{"c1", CommentKind::Idea, "actor:A", "Samstags auch", "Murmelgruppe 2", "2013-11-20", ""},
                {"c2", CommentKind::Question, "actor:A", "Wer zahlt?", "", "", ""},
                {"c3", CommentKind::Comment, "goal:g", "Wichtig", "", "", ""},
                {"c4", CommentKind::Comment, "", "Gute Karte", "", "", ""},
                {"c5", CommentKind::Comment, "actor:gone", "Über ein gelöschtes", "", "", ""}};
  p.conferences = {k};
  return p;
}

float sixPerCharacter(const std::string& text) { return 6.0f * static_cast<float>(utf8Length(text)); }

}  // namespace

TEST_CASE("badges per vertex: the poll's dots on its options' nodes, the comments' count", "[app][conference]") {
  const Project p = townWithConference();
  const ProjectGraph view = buildProjectGraph(p);
  REQUIRE(boost::num_vertices(view.graph) == 7);
  const Conference& k = p.conferences.front();
  const ConferenceBadges badges = conferenceBadges(view, &k, findPoll(k, "p1"));
  //                                  A             B  x             g  h  kid           old
  CHECK(badges.dots == std::vector<int>{kNotAnOption, 3, kNotAnOption, 3, 0, kNotAnOption, kNotAnOption});
  CHECK(badges.comments == std::vector<int>{2, 0, 0, 1, 0, 0, 0});

  SECTION("without a poll only comments, without a conference nothing") {
    const ConferenceBadges noPoll = conferenceBadges(view, &k, nullptr);
    CHECK(std::all_of(noPoll.dots.begin(), noPoll.dots.end(), [](int d) { return d == kNotAnOption; }));
    CHECK(noPoll.comments == badges.comments);
    const ConferenceBadges none = conferenceBadges(view, nullptr, nullptr);
    CHECK(none.comments == std::vector<int>(7, 0));
  }
  SECTION("the actor network has no goal nodes: their dots and comments have no badge") {
    const ProjectGraph actors = buildProjectGraph(p, Abstraction::ActorNetwork);
    REQUIRE(boost::num_vertices(actors.graph) == 2);
    const ConferenceBadges network = conferenceBadges(actors, &k, findPoll(k, "p1"));
    CHECK(network.dots == std::vector<int>{kNotAnOption, 3});
    CHECK(network.comments == std::vector<int>{2, 0});
  }
}

TEST_CASE("the map scene draws the chosen poll's and conference's badges above their nodes",
          "[app][conference][scene]") {
  auto s = std::make_unique<AppState>(townWithConference(), "test", Language::German);
  finishLayout(*s);
  // Vertex v at world (150 v, 0); the camera puts it at screen (200 + 150 v, 200).
  for (Vertex v = 0; v < s->positions.size(); ++v) s->positions[v] = {150.0 * static_cast<double>(v), 0.0};
  Camera camera;
  camera.centerX = 400;
  camera.centerY = 0;
  camera.scale = 1;
  const ScreenRect canvas{0, 0, 1200, 400};
  MapSceneBuilder builder;

  // A project opens on its newest conference; with none chosen there are no badges.
  CHECK(s->conference == ConferenceId("k"));
  s->conference = ConferenceId();
  CHECK(builder.build(*s, camera, canvas, 10.0f, sixPerCharacter).badges.empty());

  s->conference = ConferenceId("k");
  s->poll = "p1";
  const MapScene& scene = builder.build(*s, camera, canvas, 10.0f, sixPerCharacter);
  auto badge = [&](Vertex v, BadgeKind kind) -> const SceneBadge* {
    for (const SceneBadge& b : scene.badges)
      if (b.vertex == v && b.kind == kind) return &b;
    return nullptr;
  };
  REQUIRE(scene.badges.size() == 5);  // dots: B, g, h; comments: A, g
  REQUIRE(badge(1, BadgeKind::Dots));
  CHECK(badge(1, BadgeKind::Dots)->text == "3");
  CHECK(badge(4, BadgeKind::Dots)->text == "0");
  CHECK(badge(0, BadgeKind::Comments)->text == "2");
  CHECK(badge(3, BadgeKind::Comments)->text == "1");
  CHECK_FALSE(badge(0, BadgeKind::Dots));
  // Dots at the upper right, comments at the upper left, both above the label line (the
  // label is a font size high around the node's centre, y 195..205).
  const SceneBadge& dots = *badge(3, BadgeKind::Dots);
  const SceneBadge& comments = *badge(3, BadgeKind::Comments);
  const float gx = 200 + 150 * 3;
  CHECK(dots.x0 > gx - 1);
  CHECK(comments.x1 < gx + 1);
  CHECK(dots.y1 <= 195.0f);
  CHECK(comments.y1 <= 195.0f);
  // No label covers a badge.
  for (const SceneLabel& label : scene.labels)
    for (const SceneBadge& b : scene.badges)
      CHECK_FALSE((label.x0 < b.x1 && b.x0 < label.x1 && label.y0 + 1.5f < b.y1 && b.y0 < label.y1 - 1.5f));

  SECTION("a dot entered is on the next frame's badge") {
    REQUIRE(dispatch(*s, setDotsEdit(s->project, ConferenceId("k"), "p1", "o2", "T1", 4)));
    const MapScene& next = builder.build(*s, camera, canvas, 10.0f, sixPerCharacter);
    const auto h = std::find_if(next.badges.begin(), next.badges.end(),
                                [](const SceneBadge& b) { return b.vertex == 4 && b.kind == BadgeKind::Dots; });
    REQUIRE(h != next.badges.end());
    CHECK(h->text == "4");
  }
  SECTION("another poll (none) leaves the comments") {
    s->poll.clear();
    const MapScene& next = builder.build(*s, camera, canvas, 10.0f, sixPerCharacter);
    CHECK(next.badges.size() == 2);
    CHECK(std::all_of(next.badges.begin(), next.badges.end(),
                      [](const SceneBadge& b) { return b.kind == BadgeKind::Comments; }));
  }
}

TEST_CASE("an item's comments from every conference, the agreement's year", "[app][conference]") {
  Project p = townWithConference();
  Conference later;
  later.id = ConferenceId("k2");
  later.title = "Integrationskonferenz 2014";
  later.comments = {{"c1", CommentKind::Comment, "actor:A", "Läuft jetzt", "", "", ""}};
  p.conferences.push_back(later);
  const std::vector<ItemComment> onA = commentsOn(p, "actor:A");
  REQUIRE(onA.size() == 3);
  CHECK(onA[0].comment->text == "Samstags auch");
  CHECK(onA[1].comment->text == "Wer zahlt?");
  CHECK(onA[2].conference->title == "Integrationskonferenz 2014");
  CHECK(commentsOn(p, "actor:B").empty());
  CHECK(commentsOn(p, "").empty());  // the map's comments are about no item

}

TEST_CASE("a poll's option candidates: goals, activities, gaps and suggestions from the analyses",
          "[app][conference]") {
  const Project p = townWithConference();
  CHECK(optionCandidates(p, nullptr, OptionSource::Goal) ==
        std::vector<OptionCandidate>{{"goal:g", "g"}, {"goal:h", "h"}});
  CHECK(optionCandidates(p, nullptr, OptionSource::Activity) == std::vector<OptionCandidate>{{"activity:x", "x"}});
  CHECK(optionCandidates(p, nullptr, OptionSource::Gap).empty());  // no analysis yet
  ProjectAnalysis a;
  Gap unserved;
  unserved.kind = GapKind::UnservedGoal;
  unserved.goal = GoalId("h");
  Gap phase;
  phase.kind = GapKind::UncoveredPhase;
  phase.phase = LifePhaseId("old");
  Gap cell;
  cell.kind = GapKind::EmptyCell;
  cell.field = FieldId("bildung");
  cell.phase = LifePhaseId("old");
  Gap gone;
  gone.kind = GapKind::UnservedGoal;
  gone.goal = GoalId("deleted");
  Gap fragile;
  fragile.kind = GapKind::FragileGoal;
  fragile.goal = GoalId("g");
  a.gaps = {unserved, phase, cell, gone, fragile};
  CooperationSuggestion suggestion;
  suggestion.first = ActorId("A");
  suggestion.second = ActorId("B");
  a.suggestions.top = {suggestion};
  CHECK(optionCandidates(p, &a, OptionSource::Gap) ==
        std::vector<OptionCandidate>{{"goal:h", "h"}, {"lifePhase:old", "old"}, {"gap:bildung/old", "bildung × old"}});
  CHECK(optionCandidates(p, &a, OptionSource::Suggestion) == std::vector<OptionCandidate>{{"suggestion:A/B", "A – B"}});
}
