// The map's state without a window: layouts running in frames, analyses off-thread, views,
// pins, start-up options.
#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <memory>
#include <filesystem>

#include "core/app_state.hpp"
#include "core/document.hpp"
#include "fixtures.hpp"
#include "embedded_data.hpp"
#include "io/project_json.hpp"
#include "core/map_views.hpp"
#include "core/palette.hpp"
#include "project_builder.hpp"
#include "core/startup_state.hpp"

using namespace knp;
using namespace knp::app;

namespace {

Project smallMap() {
  return test::ProjectBuilder()
      .field("f")
      .phase("kita", 1)
      .phase("alter", 2)
      .concept_("c")
      .goal("g", "c", {"f"})
      .actor("a")
      .actor("b")
      .activity("x", "a", {"b"}, {"f"}, {"g"}, {"kita"}, ActivityStatus::Running, 2010, 2012)
      .activity("y", "b", {}, {"f"}, {"g"}, {"alter"})
      .build();
}

// AppState owns a worker thread's future, so it does not move: tests hold it by pointer.
std::unique_ptr<AppState> settled(Project p) {
  auto s = std::make_unique<AppState>(std::move(p), "test", Language::German);
  finishLayout(*s);
  return s;
}

}  // namespace

TEST_CASE("a new map is laid out by the force layout, in bounded frames", "[app][map]") {
  AppState s(smallMap(), "test", Language::German);
  REQUIRE(s.layout.state() == LayoutRunner::State::Running);
  int frames = 0;
  while (s.layout.state() != LayoutRunner::State::Idle && frames < 10000) {
    s.layout.advance(s.positions, std::chrono::microseconds(500));
    ++frames;
  }
  CHECK(s.layout.state() == LayoutRunner::State::Idle);
  REQUIRE(s.positions.size() == 7);
  for (const auto& p : s.positions) CHECK(std::isfinite(p.x));
  // The same positions as running it at once.
  CHECK(settled(smallMap())->positions == s.positions);
}

TEST_CASE("pausing a layout stops the nodes; continuing ends where an uninterrupted run ends", "[app][map]") {
  AppState s(smallMap(), "test", Language::German);
  s.layout.advance(s.positions, std::chrono::microseconds(1));
  s.layout.pause();
  const auto paused = s.positions;
  CHECK_FALSE(s.layout.advance(s.positions, std::chrono::microseconds(1000)));
  CHECK(s.positions == paused);
  s.layout.resume();
  finishLayout(s);
  CHECK(s.positions == settled(smallMap())->positions);
}

TEST_CASE("stored positions reopen as they were; new nodes are placed, pinned ones stay", "[app][map]") {
  auto firstState = settled(smallMap());
  AppState& first = *firstState;
  setPin(first, 0, PinState::Pinned);  // one step, which stores every placement
  CHECK(first.history.position() == 1);
  CHECK(first.project.map.layout.empty());  // the default layout stays unnamed
  REQUIRE(first.project.map.positions.size() == 7);
  CHECK(first.project.map.positions.at("actor:a").pin == PinState::Pinned);

  // Reopened: nothing to lay out, every node where it was.
  AppState again(first.project, "test", Language::German);
  CHECK(again.layout.state() == LayoutRunner::State::Idle);
  CHECK(again.positions == first.positions);
  CHECK(again.pins[0] == PinState::Pinned);

  // One new activity: it gets a place; the pinned actor does not move at all.
  Project grown = first.project;
  Activity z;
  z.id = ActivityId("z");
  z.title = "z";
  z.lead = ActorId("a");
  z.goals = {GoalId("g")};
  grown.activities.push_back(z);
  AppState third(grown, "test", Language::German);
  CHECK(third.layout.state() == LayoutRunner::State::Running);
  finishLayout(third);
  const Vertex zVertex = third.view.activityVertex.at(2);
  CHECK(std::isfinite(third.positions[zVertex].x));
  CHECK(third.positions[third.view.actorVertex[0]] == first.positions[first.view.actorVertex[0]]);
}

TEST_CASE("starting another layout keeps pinned nodes exactly", "[app][map]") {
  auto state = settled(smallMap());
  AppState& s = *state;
  const Vertex pinned = s.view.goalVertex[0];
  s.positions[pinned] = {5.0, -3.0};
  setPin(s, pinned, PinState::Pinned);
  for (layouts::Algorithm algorithm : {layouts::Algorithm::ForceDirected, layouts::Algorithm::Circle}) {
    startLayout(s, algorithm);
    finishLayout(s);
    CHECK(s.positions[pinned].x == 5.0);
    CHECK(s.positions[pinned].y == -3.0);
  }
  CHECK(hasUnsavedChanges(s));
}

TEST_CASE("visibility follows filters, focus depth and highlight", "[app][map]") {
  auto state = settled(smallMap());
  AppState& s = *state;
  // Vertices: actors a0 b1, activities x2 y3, goal g4, phases kita5 alter6.
  s.filters.lifePhases = {LifePhaseId("kita")};
  refreshFilters(s);
  CHECK(visibilityOf(s, 2) == Visibility::Normal);  // x is for kita
  CHECK(visibilityOf(s, 3) == Visibility::Faded);   // y is not
  s.filters.mode = FilterMode::Hide;
  s.selection = {3};
  refreshFilters(s);
  CHECK(visibilityOf(s, 3) == Visibility::Hidden);
  CHECK(s.selection.empty());  // a hidden node cannot stay selected

  s.filters = {};
  refreshFilters(s);
  s.focus = 5;  // kita: x at 1 hop, a and b and g at 2
  s.focusDepth = 1;
  refreshFocus(s);
  CHECK(visibilityOf(s, 2) == Visibility::Normal);
  CHECK(visibilityOf(s, 0) == Visibility::Faded);
  s.focusDepth = 2;
  refreshFocus(s);
  CHECK(visibilityOf(s, 0) == Visibility::Normal);
  CHECK(visibilityOf(s, 6) == Visibility::Faded);  // alter is 4 hops away: kita–x–g–y–alter
  s.focusDepth = 7;  // clamped to 3
  refreshFocus(s);
  CHECK(s.focusDepth == 3);

  s.focus.reset();
  refreshFocus(s);
  setHighlight(s, {4}, "g");
  CHECK(visibilityOf(s, 4) == Visibility::Normal);
  CHECK(visibilityOf(s, 0) == Visibility::Faded);
  setHighlight(s, {}, {});
  CHECK(visibilityOf(s, 0) == Visibility::Normal);
}

TEST_CASE("sizes: degree normalised within each kind", "[app][map]") {
  auto state = settled(smallMap());
  AppState& s = *state;
  s.sizeMeasure = SizeMeasure::Degree;
  refreshSizes(s);
  // Actor a: x (lead) and... a–x only? a leads x; b partners x and leads y: b has degree 2, a 1.
  CHECK(s.sizeWeight[1] == Approx(1.0));
  CHECK(s.sizeWeight[0] == Approx(std::sqrt(0.5)));
  s.sizeMeasure = SizeMeasure::Uniform;
  refreshSizes(s);
  CHECK(s.sizeWeight[0] == s.sizeWeight[1]);
}

TEST_CASE("analyses run off-thread and follow the data revision and year", "[app][map][analysis]") {
  auto state = settled(smallMap());
  AppState& s = *state;
  CHECK(s.analyses.latest() == nullptr);
  s.analyses.request(s.project, s.dataRevision, ActivityFilter::current());
  s.analyses.wait();
  const ProjectAnalysis* all = s.analyses.latest();
  REQUIRE(all);
  CHECK(all->countedActivities == 2);
  const auto generation = s.analyses.generation();
  s.analyses.request(s.project, s.dataRevision, ActivityFilter::current());  // the same: nothing to do
  CHECK_FALSE(s.analyses.busy());
  ActivityFilter in2020 = ActivityFilter::current();
  in2020.year = 2020;  // x ran 2010–2012
  s.analyses.request(s.project, s.dataRevision, in2020);
  s.analyses.wait();
  CHECK(s.analyses.generation() == generation + 1);
  CHECK(s.analyses.latest()->countedActivities == 1);
}

TEST_CASE("views capture and restore filters, focus, camera and layout", "[app][map][views]") {
  auto state = settled(smallMap());
  AppState& s = *state;
  s.filters.fields = {FieldId("f")};
  s.filters.mode = FilterMode::Hide;
  s.focus = 4;
  s.focusDepth = 2;
  s.camera = Camera{1.5, -2.0, 340.0};
  CHECK(storeView(s, captureView(s, "Kita", 2.0)));
  CHECK_FALSE(storeView(s, captureView(s, "", 1.0)));
  REQUIRE(s.project.map.views.size() == 1);
  const SavedView& view = s.project.map.views[0];
  CHECK(view.focus == std::optional<std::string>("goal:g"));
  CHECK(view.camera->scale == 170.0);  // stored at UI scale 1
  CHECK(view.layout == "force");

  // Change everything, then return.
  s.filters = {};
  s.focus.reset();
  s.camera = Camera{};
  refreshFilters(s);
  refreshFocus(s);
  applyView(s, *findView(s.project, "Kita"), 1.0);
  CHECK(s.filters.fields == std::vector<FieldId>{FieldId("f")});
  CHECK(s.filters.mode == FilterMode::Hide);
  CHECK(s.focus == Vertex{4});
  CHECK(s.focusDepth == 2);
  CHECK(s.camera.centerX == 1.5);
  CHECK(s.camera.scale == 170.0);
  CHECK_FALSE(findView(s.project, "nope"));

  // Saving a view of the same name replaces it.
  s.focusDepth = 3;
  storeView(s, captureView(s, "Kita", 1.0));
  CHECK(s.project.map.views.size() == 1);
  CHECK(s.project.map.views[0].focusDepth == 3);
}

TEST_CASE("saving writes the map state and reopens it, and a failed save changes nothing", "[app][map][io]") {
  const auto dir = std::filesystem::temp_directory_path() / "knp-map-save-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  auto state = settled(smallMap());
  AppState& s = *state;
  storeView(s, captureView(s, "Alles", 1.0));
  setPin(s, 1, PinState::Pinned);
  REQUIRE(saveProject(s, dir / "map.json").ok());
  CHECK_FALSE(hasUnsavedChanges(s));
  CHECK(s.file == dir / "map.json");

  LoadResult loaded = loadProjectFile(dir / "map.json");
  REQUIRE(loaded.project);
  AppState reopened(*loaded.project, "map.json", Language::German);
  CHECK(reopened.layout.state() == LayoutRunner::State::Idle);
  CHECK(reopened.positions == s.positions);
  CHECK(reopened.pins[1] == PinState::Pinned);
  CHECK(reopened.project.map.views.size() == 1);

  const std::string onDisk = test::readText(dir / "map.json");
  s.positions[0].x += 1;
  const Outcome<void> saved = saveProject(s, dir / "missing-dir" / "map.json");
  CHECK_FALSE(saved.ok());
  CHECK(hasUnsavedChanges(s));         // the move is kept, and still to be saved
  CHECK(s.file == dir / "map.json");  // Ctrl+S still means the old file
  CHECK(test::readText(dir / "map.json") == onDisk);
  std::filesystem::remove_all(dir);
}

TEST_CASE("start-up options select, open panels and views, and refuse unknown names", "[app][map][startup]") {
  auto state = settled(smallMap());
  AppState& s = *state;
  storeView(s, captureView(s, "Alles", 1.0));
  Options options;
  options.select = "actor:b";
  options.panel = "gaps";
  options.view = "Alles";
  CHECK_FALSE(applyStartupOptions(s, options));
  CHECK(s.selection == std::vector<Vertex>{1});
  CHECK(s.panel == Panel::Gaps);
  CHECK(findNode(s, "y") == Vertex{3});  // a plain id
  CHECK(findNode(s, "lifePhase:alter") == Vertex{6});
  CHECK_FALSE(findNode(s, "nobody"));

  Options bad;
  bad.view = "Nirgends";
  auto error = applyStartupOptions(s, bad);
  REQUIRE(error);
  CHECK(error->find("\"Alles\"") != std::string::npos);  // names the views there are
  bad = {};
  bad.panel = "heat";
  CHECK(applyStartupOptions(s, bad));
  bad = {};
  bad.layout = "spring";
  CHECK(applyStartupOptions(s, bad)->find("force") != std::string::npos);
  bad = {};
  bad.select = "nobody";
  CHECK(applyStartupOptions(s, bad));
}

TEST_CASE("the Hattingen example opens with a force layout and analyses", "[app][map][example]") {
  LoadResult loaded = parseProjectJson(embeddedExampleJson());
  REQUIRE(loaded.project);
  AppState s(*loaded.project, "example", Language::German);
  finishLayout(s);
  CHECK(s.positions.size() == boost::num_vertices(s.view.graph));
  s.analyses.request(s.project, s.dataRevision, ActivityFilter::current());
  s.analyses.wait();
  REQUIRE(s.analyses.latest());
  CHECK_FALSE(s.analyses.latest()->gaps.empty());
}

TEST_CASE("a layout the window cannot run interactively is refused with a message", "[app][map]") {
  // A path of kInteractiveKamadaKawaiNodes + 1 actors linked by cooperations.
  test::ProjectBuilder builder;
  std::vector<std::string> ids;
  for (std::size_t i = 0; i <= kInteractiveKamadaKawaiNodes; ++i) ids.push_back("a" + std::to_string(i));
  for (const auto& id : ids) builder.actor(id.c_str());
  for (std::size_t i = 1; i < ids.size(); ++i) builder.cooperation(ids[i - 1].c_str(), ids[i].c_str());
  auto s = settled(builder.build());
  CHECK_FALSE(interactiveLayout(*s, layouts::Algorithm::BoostKamadaKawai));
  CHECK(interactiveLayout(*s, layouts::Algorithm::ForceDirected));
  CHECK_FALSE(startLayout(*s, layouts::Algorithm::BoostKamadaKawai));
  CHECK(s->algorithm == layouts::Algorithm::ForceDirected);  // the old choice stays
  CHECK(s->message.find("400") != std::string::npos);
  CHECK(s->layout.state() == LayoutRunner::State::Idle);
}

TEST_CASE("picking a node the filters hide shows it dimmed; a hidden focus ends", "[app][map]") {
  auto state = settled(smallMap());
  AppState& s = *state;
  s.filters.lifePhases = {LifePhaseId("kita")};
  s.filters.mode = FilterMode::Hide;
  refreshFilters(s);
  REQUIRE(visibilityOf(s, 3) == Visibility::Hidden);  // y is for alter
  select(s, 3);  // e.g. from the search box
  CHECK(s.selection == std::vector<Vertex>{3});
  CHECK(s.filters.mode == FilterMode::Dim);
  CHECK(visibilityOf(s, 3) == Visibility::Faded);

  s.focus = 3;
  refreshFocus(s);
  REQUIRE(s.focus);
  s.filters.mode = FilterMode::Hide;
  refreshFilters(s);
  CHECK_FALSE(s.focus);
  CHECK(s.selection.empty());
}

TEST_CASE("saving while a layout runs saves where it settles", "[app][map][io]") {
  const auto dir = std::filesystem::temp_directory_path() / "knp-map-save-running";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  AppState s(smallMap(), "test", Language::German);
  REQUIRE(s.layout.state() == LayoutRunner::State::Running);
  REQUIRE(saveProject(s, dir / "p.json").ok());
  CHECK(s.layout.state() == LayoutRunner::State::Idle);
  const auto settledPositions = settled(smallMap())->positions;
  CHECK(s.positions == settledPositions);
  CHECK(s.project.map.positions.at("actor:a").x == settledPositions[0].x);
  std::filesystem::remove_all(dir);
}

TEST_CASE("vertex colours: actor type, first known field, concept, phase sequence", "[app][palette]") {
  Project p = test::ProjectBuilder()
                  .field("f1")
                  .field("f2")
                  .phase("late", 2)
                  .phase("early", 1)
                  .concept_("c1")
                  .concept_("c2")
                  .goal("g", "c2", {"f1"})
                  .actor("a", ActorType::School)
                  .activity("x", "a", {}, {"missing", "f2"}, {"g"}, {"late"})
                  .activity("y", "a", {}, {}, {}, {})
                  .build();
  p.fields[1].colour = Colour{10, 20, 30};
  const ProjectGraph view = buildProjectGraph(p);
  const auto colours = vertexColours(p, view);
  REQUIRE(colours.size() == 6);
  CHECK(colours[view.actorVertex[0]] == actorTypeColour(ActorType::School));
  CHECK(colours[view.activityVertex[0]] == rgba(10, 20, 30));  // the unknown field is skipped
  CHECK(toColour(colours[view.activityVertex[0]]) == Colour{10, 20, 30});
  CHECK(colours[view.activityVertex[1]] == kNeutralActivity);
  CHECK(colours[view.goalVertex[0]] == conceptColour(1));
  CHECK(colours[view.phaseVertex[1]] == lifePhaseColour(0, 2));  // "early" comes first in the sequence
  CHECK(colours[view.phaseVertex[0]] == lifePhaseColour(1, 2));
}
