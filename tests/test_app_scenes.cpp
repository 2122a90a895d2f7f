// A conference's scenes without a window: taken from the map and shown again exactly, the
// camera's glide between them, stepping through them, the start-up options that open one,
// and the marks of items captured while the conference runs.
#include <catch2/catch.hpp>

#include <cmath>
#include <memory>

#include "core/app_state.hpp"
#include "core/conference_session.hpp"
#include "core/document.hpp"
#include "core/quick_add.hpp"
#include "core/scene_player.hpp"
#include "core/scene_steps.hpp"
#include "core/scenes.hpp"
#include "core/startup_state.hpp"
#include "edit/conference_edits.hpp"
#include "edit/item_edits.hpp"
#include "edit/references.hpp"
#include "project_builder.hpp"
#include "view/map_filter.hpp"

using namespace knp;
using namespace knp::app;

namespace {

//   a ──x── b        actors a, b, c; activity x led by a with partner b, y led by b;
//    \      |        c cooperates with a; x serves goal g (field f, phase kita),
//     c     y        y serves g for phase alter.
Project smallMap() {
  return test::ProjectBuilder()
      .field("f")
      .field("h")
      .phase("kita", 1)
      .phase("alter", 2)
      .concept_("k")
      .goal("g", "k", {"f"})
      .actor("a")
      .actor("b")
      .actor("c", ActorType::School)
      .activity("x", "a", {"b"}, {"f"}, {"g"}, {"kita"})
      .activity("y", "b", {}, {"h"}, {"g"}, {"alter"})
      .cooperation("c", "a")
      .build();
}

// AppState owns a worker thread's future, so it does not move: tests hold it by pointer.
std::unique_ptr<AppState> settled(Project p = smallMap()) {
  auto s = std::make_unique<AppState>(std::move(p), "test", Language::German);
  finishLayout(*s);
  return s;
}

Vertex vertex(const AppState& s, const char* key) {
  auto v = vertexOfKey(s.view, key);
  REQUIRE(v);
  return *v;
}

// A conference "k1" chosen, with `scenes`.
void withConference(AppState& s, std::vector<Scene> scenes) {
  REQUIRE(createConference(s, "Konferenz", "2013-05-04"));
  Conference c = *currentConference(s);
  c.scenes = std::move(scenes);
  dispatch(s, changeConferenceEdit(s.project, c, makeLabel(EditAction::ChangeConference, ItemKind::Actor)));
}

Scene sceneWithCamera(const char* heading, double x, double y, double scale, Abstraction graph = Abstraction::Full) {
  Scene scene;
  scene.heading = heading;
  scene.view.camera = CameraState{x, y, scale};
  scene.view.graph = std::string(toString(graph));
  scene.view.layout = "force";
  scene.view.focusDepth = 1;
  return scene;
}

}  // namespace

TEST_CASE("scenes: taken, shown on another map state and taken again give the same scene", "[app][scenes]") {
  auto s = settled();
  // The state a scene is taken from: filters, focus at depth 2, a highlight, a camera.
  s->filters.fields = {FieldId("f")};
  s->filters.mode = FilterMode::Hide;
  s->filters.year = 2013;
  refreshFilters(*s);
  s->focus = vertex(*s, "actor:a");
  s->focusDepth = 2;
  refreshFocus(*s);
  setHighlight(*s, {vertex(*s, "goal:g"), vertex(*s, "lifePhase:kita")}, "Lücke: Kita");
  s->camera = Camera{0.25, -0.5, 80.0};
  const Scene taken = captureScene(*s, "Bildung", "Wer arbeitet mit Kitas?", 2.0);
  CHECK(taken.view.camera == CameraState{0.25, -0.5, 40.0});  // stored at UI scale 1
  CHECK(taken.highlight == std::vector<std::string>{"goal:g", "lifePhase:kita"});

  // Somewhere else entirely: other filters, no focus, another highlight and camera.
  s->filters = {};
  s->filters.actorTypes = {ActorType::School};
  refreshFilters(*s);
  s->focus.reset();
  s->focusDepth = 3;
  refreshFocus(*s);
  setHighlight(*s, {vertex(*s, "actor:c")}, "Makler");
  s->camera = Camera{9, 9, 3};

  applyScene(*s, taken, 2.0);
  CHECK(s->camera.scale == Approx(80.0));
  CHECK(captureScene(*s, "Bildung", "Wer arbeitet mit Kitas?", 2.0) == taken);
}

TEST_CASE("scenes: a scene of another abstraction brings its map back, and comes back the same", "[app][scenes]") {
  auto s = settled();
  setAbstraction(*s, Abstraction::ActorNetwork);
  finishLayout(*s);
  s->focus = vertex(*s, "actor:b");
  refreshFocus(*s);
  setHighlight(*s, {vertex(*s, "actor:a"), vertex(*s, "actor:c")}, "Kooperation a–c");
  s->camera = Camera{1.5, 2.5, 120.0};
  const Scene actors = captureScene(*s, "Netz", "", 1.0);
  CHECK(actors.view.graph == "actors");

  setAbstraction(*s, Abstraction::Full);
  finishLayout(*s);
  s->filters.lifePhases = {LifePhaseId("alter")};
  refreshFilters(*s);
  const Scene full = captureScene(*s, "Alles", "", 1.0);

  applyScene(*s, actors, 1.0);
  CHECK(s->graph == Abstraction::ActorNetwork);
  CHECK(captureScene(*s, "Netz", "", 1.0) == actors);
  applyScene(*s, full, 1.0);
  CHECK(s->graph == Abstraction::Full);
  CHECK(captureScene(*s, "Alles", "", 1.0) == full);
}

TEST_CASE("scenes: a highlighted node deleted since is left out, the rest shown", "[app][scenes]") {
  auto s = settled();
  setHighlight(*s, {vertex(*s, "actor:a"), vertex(*s, "actor:c")}, "Paar");
  const Scene taken = captureScene(*s, "Paar", "", 1.0);
  withConference(*s, {taken});
  // c goes (its cooperation with it): the stored scene loses it too (applyDeletion).
  dispatch(*s, deleteItemsEdit(s->project, planDeletion(s->project, {ItemRef{ItemKind::Actor, "c"}})));
  CHECK(currentConference(*s)->scenes.front().highlight == std::vector<std::string>{"actor:a"});

  setHighlight(*s, {}, {});
  applyScene(*s, taken, 1.0);  // the copy taken before still names c
  REQUIRE(s->highlight.size() == 1);
  CHECK(nodeKey(s->project, s->view, s->highlight.front()) == "actor:a");
  Scene expected = taken;
  expected.highlight = {"actor:a"};
  CHECK(captureScene(*s, "Paar", "", 1.0) == expected);

  // Nothing of the highlight left: no highlight and no label.
  Scene gone = taken;
  gone.highlight = {"actor:c"};
  applyScene(*s, gone, 1.0);
  CHECK(s->highlight.empty());
  CHECK(s->highlightLabel.empty());
}

TEST_CASE("scenes: the glide eases the centre and interpolates the zoom in log space", "[app][scenes][camera]") {
  const Camera from{0, 0, 50}, to{10, -20, 200};
  CHECK(easeInOut(0) == 0);
  CHECK(easeInOut(1) == 1);
  CHECK(easeInOut(0.5) == Approx(0.5));
  CHECK(easeInOut(0.25) == Approx(0.15625));  // 3/16 − 2/64
  CHECK(easeInOut(-1) == 0);
  CHECK(easeInOut(2) == 1);
  CHECK(easeInOut(std::nan("")) == 0);

  const Camera start = glideCamera(from, to, 0);
  CHECK(start.centerX == 0);
  CHECK(start.scale == 50);
  const Camera end = glideCamera(from, to, 1);
  CHECK(end.centerX == 10);  // exactly the scene's camera
  CHECK(end.centerY == -20);
  CHECK(end.scale == 200);
  const Camera mid = glideCamera(from, to, 0.5);
  CHECK(mid.centerX == Approx(5));
  CHECK(mid.centerY == Approx(-10));
  CHECK(mid.scale == Approx(100));  // the geometric mean of 50 and 200, not 125
  const Camera quarter = glideCamera(from, to, 0.25);
  CHECK(quarter.centerX == Approx(1.5625));
  CHECK(quarter.scale == Approx(50 * std::pow(4.0, 0.15625)));  // 62.09
  // Zooming out is the same way back.
  CHECK(glideCamera(to, from, 0.5).scale == Approx(100));
}

TEST_CASE("scenes: F5 starts at the first scene; stepping clamps at both ends", "[app][scenes]") {
  auto s = settled();
  CHECK(startScenes(*s, 0, 1.0) == SceneStart::NoConference);
  CHECK_FALSE(s->presenting);
  CHECK_FALSE(s->sceneShow);
  withConference(*s, {});
  CHECK(startScenes(*s, 0, 1.0) == SceneStart::NoScenes);
  CHECK_FALSE(s->presenting);

  withConference(*s, {sceneWithCamera("eins", 0, 0, 10), sceneWithCamera("zwei", 1, 1, 20),
                      sceneWithCamera("drei", 2, 2, 40)});
  CHECK(nextScene(*s, 1.0, Glide::No) == false);  // no show yet
  REQUIRE(startScenes(*s, 0, 1.0) == SceneStart::Started);
  CHECK(s->presenting);
  CHECK(shownScene(*s)->heading == "eins");
  CHECK(shownSceneCount(*s) == 3);
  CHECK(s->camera.scale == Approx(10));
  CHECK_FALSE(s->sceneShow->glide);  // the first scene is there at once
  CHECK_FALSE(previousScene(*s, 1.0, Glide::No));
  CHECK(s->sceneShow->index == 0);
  CHECK(nextScene(*s, 1.0, Glide::No));
  CHECK(nextScene(*s, 1.0, Glide::No));
  CHECK(shownScene(*s)->heading == "drei");
  CHECK(s->camera.centerX == Approx(2));
  CHECK_FALSE(nextScene(*s, 1.0, Glide::No));
  CHECK(s->sceneShow->index == 2);
  CHECK(previousScene(*s, 1.0, Glide::No));
  CHECK(shownScene(*s)->heading == "zwei");

  // B blanks; the next press brings the picture back without skipping a scene.
  toggleBlank(*s);
  CHECK(s->sceneShow->blank);
  CHECK(nextScene(*s, 1.0, Glide::No));
  CHECK_FALSE(s->sceneShow->blank);
  CHECK(s->sceneShow->index == 1);

  // "Ab hier präsentieren" beyond the end starts at the last.
  stopScenes(*s);
  CHECK_FALSE(s->sceneShow);
  REQUIRE(startScenes(*s, 7, 1.0) == SceneStart::Started);
  CHECK(s->sceneShow->index == 2);
}

TEST_CASE("scenes: the camera glides to the next scene and ends exactly on it", "[app][scenes][camera]") {
  auto s = settled();
  withConference(*s, {sceneWithCamera("eins", 0, 0, 50), sceneWithCamera("zwei", 10, -20, 200),
                      sceneWithCamera("Netz", 1, 1, 30, Abstraction::ActorNetwork)});
  REQUIRE(startScenes(*s, 0, 2.0) == SceneStart::Started);
  CHECK(s->camera.scale == Approx(100));  // 50 at UI scale 2
  REQUIRE(nextScene(*s, 2.0, Glide::Yes));
  REQUIRE(s->sceneShow->glide);
  CHECK(s->camera.scale == Approx(100));  // not moved yet
  // The first frame's time is the wait before the key press: it starts the clock only.
  CHECK(advanceGlide(*s, 5.0));
  CHECK(s->camera.scale == Approx(100));
  CHECK(advanceGlide(*s, kSceneGlideSeconds / 2));
  CHECK(s->camera.centerX == Approx(5));
  CHECK(s->camera.scale == Approx(200));  // geometric mean of 100 and 400
  CHECK_FALSE(advanceGlide(*s, kSceneGlideSeconds));
  CHECK(s->camera.centerX == 10);
  CHECK(s->camera.scale == Approx(400));
  CHECK_FALSE(s->sceneShow->glide);
  // Another abstraction is another world: cut, no glide.
  REQUIRE(nextScene(*s, 2.0, Glide::Yes));
  CHECK(s->graph == Abstraction::ActorNetwork);
  CHECK_FALSE(s->sceneShow->glide);
  CHECK(s->camera.scale == Approx(60));
}

TEST_CASE("scenes: the tab's steps add, change and delete one scene each, undoably", "[app][scenes]") {
  auto s = settled();
  CHECK(addSceneEdit(*s, 1.0).empty());  // no conference
  withConference(*s, {});
  const Project before = s->project;
  s->filters.fields = {FieldId("f"), FieldId("h")};
  s->filters.year = 2014;
  refreshFilters(*s);
  REQUIRE(dispatch(*s, addSceneEdit(*s, 1.0)));
  REQUIRE(currentConference(*s)->scenes.size() == 1);
  CHECK(currentConference(*s)->scenes[0].heading == "Alles (vier Arten): f, h, Jahr 2014");
  CHECK(currentConference(*s)->scenes[0].caption.empty());
  CHECK(s->history.nextUndo()->action == EditAction::AddScene);
  CHECK(s->history.nextUndo()->otherName == "Alles (vier Arten): f, h, Jahr 2014");
  // With a highlight, its label heads the scene.
  setHighlight(*s, {vertex(*s, "goal:g")}, "Lücke: g");
  CHECK(defaultSceneHeading(*s) == "Lücke: g");

  CHECK(changeSceneTextEdit(*s, 0, SceneText::Heading, "  ").empty());  // a scene needs a heading
  CHECK(changeSceneTextEdit(*s, 0, SceneText::Heading, "Alles (vier Arten): f, h, Jahr 2014").empty());
  CHECK(changeSceneTextEdit(*s, 3, SceneText::Caption, "x").empty());
  REQUIRE(dispatch(*s, changeSceneTextEdit(*s, 0, SceneText::Caption, "Zwei Felder, ein Jahr.")));
  CHECK(s->history.nextUndo()->action == EditAction::ChangeScene);
  CHECK(currentConference(*s)->scenes[0].caption == "Zwei Felder, ein Jahr.");
  REQUIRE(dispatch(*s, deleteSceneEdit(*s, 0)));
  CHECK(currentConference(*s)->scenes.empty());
  undo(*s), undo(*s), undo(*s);
  CHECK(s->project == before);
}

TEST_CASE("scenes: --conference and --scene open a scene, or are refused naming what exists", "[app][scenes][startup]") {
  auto s = settled();
  withConference(*s, {sceneWithCamera("eins", 0, 0, 10), sceneWithCamera("zwei", 3, 4, 20)});
  const std::string id = currentConference(*s)->id.value;
  REQUIRE(id == "konferenz");
  s->conference = ConferenceId();

  Options options;
  options.scene = 2;
  auto refused = applyStartupOptions(*s, options);
  REQUIRE(refused);
  CHECK(*refused == "--scene 2: needs --conference ID to say whose scenes");

  options.conference = "nope";
  refused = applyStartupOptions(*s, options);
  REQUIRE(refused);
  CHECK(*refused == "--conference \"nope\": the project has no conference of that id (it has: \"konferenz\" (Konferenz))");

  options.conference = id;
  for (int out : {0, 3}) {
    options.scene = out;
    refused = applyStartupOptions(*s, options);
    REQUIRE(refused);
    CHECK(*refused == "--scene " + std::to_string(out) + ": the conference \"konferenz\" has 2 scenes (1 to 2)");
  }
  CHECK_FALSE(s->presenting);  // refused: nothing changed
  CHECK(s->conference.empty());

  options.scene = 2;
  options.uiScale = 1.5f;
  REQUIRE_FALSE(applyStartupOptions(*s, options));
  CHECK(s->presenting);
  CHECK(s->conference.value == "konferenz");
  REQUIRE(shownScene(*s));
  CHECK(shownScene(*s)->heading == "zwei");
  CHECK(s->camera.centerX == Approx(3));
  CHECK(s->camera.scale == Approx(30));
}

TEST_CASE("scenes: a conference without scenes refuses --scene with how to make one", "[app][scenes][startup]") {
  auto s = settled();
  withConference(*s, {});
  Options options;
  options.conference = "konferenz";
  options.scene = 1;
  const auto refused = applyStartupOptions(*s, options);
  REQUIRE(refused);
  CHECK(refused->find("has no scenes yet") != std::string::npos);
  CHECK(refused->find("+ Szene aus der aktuellen Karte") != std::string::npos);
}

TEST_CASE("quick capture: items made while the conference runs carry its mark", "[app][scenes][conference]") {
  auto s = settled();
  withConference(*s, {});
  // Not running yet: no mark.
  QuickAdd made = quickAdd(*s, vertex(*s, "actor:a"), kNoVertex);
  REQUIRE(dispatch(*s, made.edit));
  CHECK(findActivity(s->project, ActivityId(made.item->id))->fromConference.empty());

  startConference(*s, "2013-05-04T10:00");
  REQUIRE(conferenceRunning(*s));
  made = quickAdd(*s, vertex(*s, "actor:a"), kNoVertex);  // Ctrl+drag onto empty space
  REQUIRE(dispatch(*s, made.edit));
  CHECK(findActivity(s->project, ActivityId(made.item->id))->fromConference.value == "konferenz");
  made = quickAdd(*s, vertex(*s, "actor:b"), vertex(*s, "actor:c"));  // Ctrl+drag onto an actor
  REQUIRE(dispatch(*s, made.edit));
  REQUIRE(made.item->kind == ItemKind::Cooperation);
  CHECK(s->project.cooperations.back().id.value == made.item->id);
  CHECK(s->project.cooperations.back().fromConference.value == "konferenz");

  // The presentation's form: an activity with a goal, a cooperation, an idea.
  CHECK(captureActivity(*s, "   ", ActorId("a"), std::nullopt).edit.empty());
  CHECK(captureActivity(*s, "Lesepaten", ActorId("zz"), std::nullopt).edit.empty());
  CHECK(captureActivity(*s, "Lesepaten", ActorId("a"), GoalId("zz")).edit.empty());
  made = captureActivity(*s, " Lesepaten ", ActorId("c"), GoalId("g"));
  REQUIRE(dispatch(*s, made.edit));
  const Activity* lesepaten = findActivity(s->project, ActivityId(made.item->id));
  REQUIRE(lesepaten);
  CHECK(lesepaten->title == "Lesepaten");
  CHECK(lesepaten->lead.value == "c");
  CHECK(lesepaten->goals == std::vector<GoalId>{GoalId("g")});
  CHECK(lesepaten->fromConference.value == "konferenz");

  CHECK(captureCooperation(*s, ActorId("a"), ActorId("a")).edit.empty());
  const QuickAdd existing = captureCooperation(*s, ActorId("a"), ActorId("c"));  // c → a exists
  CHECK(existing.edit.empty());
  REQUIRE(existing.item);
  CHECK(existing.item->kind == ItemKind::Cooperation);

  select(*s, vertex(*s, "actor:b"));
  CHECK(ideaTarget(*s) == "actor:b");
  REQUIRE(dispatch(*s, captureIdea(*s, "Sprachcafé im Stadtteil", ideaTarget(*s), "2013-05-04")));
  CHECK(s->history.nextUndo()->action == EditAction::AddComment);
  const Comment& idea = currentConference(*s)->comments.back();
  CHECK(idea.kind == CommentKind::Idea);
  CHECK(idea.item == "actor:b");
  CHECK(idea.text == "Sprachcafé im Stadtteil");
  CHECK(idea.date == "2013-05-04");
  CHECK(idea.id == "c1");
  s->selection.clear();
  REQUIRE(dispatch(*s, captureIdea(*s, "Mehr für Senioren", ideaTarget(*s), "")));
  CHECK(currentConference(*s)->comments.back().item.empty());  // on the map as a whole
  CHECK(currentConference(*s)->comments.back().id == "c2");
  CHECK(captureIdea(*s, " ", "", "").empty());

  endConference(*s, "2013-05-04T16:00");
  made = captureActivity(*s, "Danach", ActorId("a"), std::nullopt);
  REQUIRE(dispatch(*s, made.edit));
  CHECK(findActivity(s->project, ActivityId(made.item->id))->fromConference.empty());
}
