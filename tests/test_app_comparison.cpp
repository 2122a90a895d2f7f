// *Vergleichen mit …* in the window's core (core/comparison.hpp, core/comparison_state.hpp):
// the marks, ghosts, cell changes, legend and scene of a comparison, for the two states of
// diff_fixture.hpp whose differences are worked out there by hand:
//   removed: actor D; changed: act2 (finished), act3 (renamed, phases p1+p2 → p1+p3);
//   added: act4 (f1, p2, lead A, partner B); cells f1×p2 0→1, f1×p3 1→0 (act2 finished is
//   not counted), f2×p2 1→0, f2×p3 0→1.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>

#include "core/app_state.hpp"
#include "core/comparison_state.hpp"
#include "core/document.hpp"
#include "core/map_legend.hpp"
#include "core/map_scene.hpp"
#include "core/startup_state.hpp"
#include "diff_fixture.hpp"
#include "fixtures.hpp"
#include "io/project_json.hpp"
#include "report/progress_model.hpp"
#include "text/utf8.hpp"

using namespace knp;
using namespace knp::app;

namespace {

std::filesystem::path writeProject(const std::filesystem::path& folder, const std::string& name, const Project& p) {
  const std::filesystem::path file = folder / name;
  std::ofstream(file) << writeProjectJson(p);
  return file;
}

std::unique_ptr<AppState> stateOf(Project p) {
  auto s = std::make_unique<AppState>(std::move(p), "test", Language::German);
  finishLayout(*s);
  return s;
}

// `now` in the window, compared with `before` saved as folder/name.
std::unique_ptr<AppState> comparedWithFile(const test::TempFolder& folder, const std::string& name,
                                           const Project& before, Project now) {
  auto s = stateOf(std::move(now));
  REQUIRE_FALSE(startComparison(*s, {writeProject(folder.path(), name, before), std::nullopt}));
  return s;
}

Vertex vertexOf(const AppState& s, NodeKind kind, const char* id) { return s.view.vertexOf(kind, id).value(); }

// The cell's activities before and after; {0, 0} when it did not change.
std::pair<std::size_t, std::size_t> change(const AppState& s, const char* field, const char* phase) {
  const CellChange* cell = cellChangeOf(s, FieldId(field), LifePhaseId(phase));
  return cell ? std::pair{cell->before, cell->after} : std::pair<std::size_t, std::size_t>{0, 0};
}

}  // namespace

TEST_CASE("Comparing with last year's file marks what was added and changed, and the cells' changes") {
  const test::TwoStates states = test::twoStates();
  test::TempFolder folder;
  auto s = comparedWithFile(folder, "2012.json", states.before, states.after);
  REQUIRE(s->comparison);
  CHECK(comparisonLabel(s->comparison->source, Language::German) == "2012.json");

  CHECK(changeMarkOf(*s, vertexOf(*s, NodeKind::Activity, "act4")) == ChangeMark::Added);
  CHECK(changeMarkOf(*s, vertexOf(*s, NodeKind::Activity, "act2")) == ChangeMark::Changed);
  CHECK(changeMarkOf(*s, vertexOf(*s, NodeKind::Activity, "act3")) == ChangeMark::Changed);
  CHECK(changeMarkOf(*s, vertexOf(*s, NodeKind::Activity, "act1")) == ChangeMark::None);
  CHECK(changeMarkOf(*s, vertexOf(*s, NodeKind::Actor, "A")) == ChangeMark::None);
  CHECK(s->comparison->marked.size() == 3);

  CHECK(change(*s, "f1", "p2") == std::pair<std::size_t, std::size_t>{0, 1});
  CHECK(change(*s, "f1", "p3") == std::pair<std::size_t, std::size_t>{1, 0});
  CHECK(change(*s, "f2", "p2") == std::pair<std::size_t, std::size_t>{1, 0});
  CHECK(change(*s, "f2", "p3") == std::pair<std::size_t, std::size_t>{0, 1});
  CHECK_FALSE(cellChangeOf(*s, FieldId("f1"), LifePhaseId("p1")));  // act1 there in both

  // D had no activity and no cooperation, and the old file no positions: listed, not drawn.
  CHECK(s->comparison->ghosts.empty());
  REQUIRE(s->comparison->removedOffMap.size() == 1);
  CHECK(s->comparison->removedOffMap[0].item.id == "D");
  CHECK(s->message == "Vergleich mit 2012.json: " + std::to_string(findingCount(s->comparison->diff)) + " Befunde.");

  CHECK(changesOffMap(*s) == 0);  // the map of all four kinds draws them all
  // The actor network draws no activities: act4, act2 and act3 are off the map; D is an actor.
  setAbstraction(*s, Abstraction::ActorNetwork);
  CHECK(refreshComparison(*s));
  CHECK(changesOffMap(*s) == 3);
  CHECK(s->comparison->marked.empty());
  CHECK(s->comparison->removedOffMap.size() == 1);

  endComparison(*s);
  CHECK_FALSE(s->comparison);
  CHECK(changesOffMap(*s) == 0);
  CHECK_FALSE(cellChangeOf(*s, FieldId("f1"), LifePhaseId("p2")));

  // Opening another document ends a comparison.
  REQUIRE_FALSE(startComparison(*s, {folder / "2012.json", std::nullopt}));
  replaceDocument(*s, states.before, std::nullopt, DiskState::Saved);
  CHECK_FALSE(s->comparison);
}

TEST_CASE("A removed item is a ghost among its former neighbours, or where the old file placed it") {
  test::TwoStates states = test::twoStates();
  states.before.map.positions["actor:D"] = NodePlacement{5.0, 7.0, PinState::Free};
  // act1 (lead A, goal g1, phase p1, field f1) is gone too.
  Project now = states.after;
  now.activities.erase(now.activities.begin());
  test::TempFolder folder;
  auto s = comparedWithFile(folder, "old.json", states.before, now);
  REQUIRE(s->comparison->ghosts.size() == 2);  // in the old file's order: actors, then activities
  const ComparisonGhost& d = s->comparison->ghosts[0];
  const ComparisonGhost& act1 = s->comparison->ghosts[1];
  CHECK(d.key == "actor:D");
  CHECK(d.anchors.empty());
  CHECK(act1.key == "activity:act1");
  CHECK(act1.kind == NodeKind::Activity);
  REQUIRE(act1.anchors.size() == 3);

  // Every vertex at the origin but A (0,0), g1 (4,0), p1 (2,6): the box is 4 × 6 around
  // (2,3), the mean of act1's neighbours (2,2), pushed half a spacing away from the centre.
  for (auto& p : s->positions) p = {0.0, 0.0};
  s->positions[vertexOf(*s, NodeKind::Goal, "g1")] = {4.0, 0.0};
  s->positions[vertexOf(*s, NodeKind::LifePhase, "p1")] = {2.0, 6.0};
  const layouts::Box box = layouts::boundingBox(s->positions);
  const double spacing = std::sqrt(24.0 / static_cast<double>(s->positions.size()));
  REQUIRE(s->positions.size() == 11);  // 3 actors, 3 activities, 2 goals, 3 phases
  const auto at = ghostPosition(*s, act1, box);
  REQUIRE(at);
  CHECK(at->x == Approx(2.0));
  CHECK(at->y == Approx(2.0 - spacing * 0.5));
  const auto dAt = ghostPosition(*s, d, box);
  REQUIRE(dAt);
  CHECK(*dAt == layouts::Point{5.0, 7.0});

  // The scene draws both (on a canvas that shows them), the activity's as a diamond, under the nodes.
  Camera camera;
  camera.centerX = 2.5, camera.centerY = 3.5, camera.scale = 40;
  MapSceneBuilder builder;
  const MapScene& scene = builder.build(*s, camera, ScreenRect{0, 0, 800, 600}, 10.0f,
                                        [](const std::string& t) { return 6.0f * static_cast<float>(utf8Length(t)); });
  REQUIRE(scene.ghosts.size() == 2);
  CHECK(scene.ghosts[1].shape == NodeShape::Diamond);
  CHECK(scene.ghosts[1].name == "act1");
  CHECK(scene.ghosts[0].centre.x == Approx(400 + (5.0 - 2.5) * 40));
  CHECK(scene.ghosts[0].centre.y == Approx(300 + (7.0 - 3.5) * 40));
  // act4 (added) and act2, act3 (changed) are ringed in their colours.
  std::size_t added = 0, changed = 0;
  for (const SceneRing& ring : scene.rings) added += ring.colour == kAddedColour, changed += ring.colour == kChangedColour;
  CHECK(added == 1);
  CHECK(changed == 2);
  // B–C began and A–C ended: a line each, between the actors' points.
  REQUIRE(scene.begunEdges.size() == 1);
  REQUIRE(scene.endedEdges.size() == 1);
  CHECK(scene.begunEdges[0].colour == kAddedColour);
  CHECK(scene.endedEdges[0].colour == kGhostColour);
  // The ghosts' names, in grey, where they fit (nothing else is labelled near them).
  REQUIRE(scene.ghostLabels.size() == 2);
  CHECK(scene.ghostLabels[0].text == "D");
  CHECK(scene.ghostLabels[0].colour == kGhostColour);
  CHECK(scene.ghostLabels[1].text == "act1");
  // The legend names the ghosts now that they are drawn.
  const std::vector<LegendSection> legend = mapLegend(*s);
  CHECK(std::any_of(legend[1].entries.begin(), legend[1].entries.end(),
                    [](const LegendEntry& e) { return e.swatch == LegendSwatch::Ghost && e.text == "entfernt"; }));
}

TEST_CASE("Comparing with an earlier year takes the project as it stood then") {
  Project now = test::twoStates().after;
  now.activities.back().startYear = 2013;  // act4 began in 2013
  REQUIRE(stateYear(now) == 2013);
  auto s = stateOf(now);

  SECTION("2012: act4 is new, i2 moved away from its target") {
    REQUIRE_FALSE(startComparison(*s, {std::nullopt, 2012}));
    const ProjectDiff& d = s->comparison->diff;
    REQUIRE(d.added.size() == 1);
    CHECK(d.added[0].item.id == "act4");
    CHECK(d.removed.empty());
    // Only the indicators' values after 2012 differ.
    REQUIRE(d.changed.size() == 2);
    CHECK(d.changed[0].item == ItemRef{ItemKind::Indicator, "i2"});
    CHECK(d.changed[1].item == ItemRef{ItemKind::Indicator, "i3"});
    REQUIRE(d.indicatorsAway.size() == 1);
    CHECK(d.indicatorsAway[0].indicator == IndicatorId("i2"));
    CHECK(changeMarkOf(*s, vertexOf(*s, NodeKind::Activity, "act4")) == ChangeMark::Added);
    CHECK(change(*s, "f1", "p2") == std::pair<std::size_t, std::size_t>{0, 1});
    CHECK_FALSE(yearNoLongerEarlier(*s->comparison));
    // Without the values of 2013 the project stands in 2012: the tab asks for an earlier year.
    for (Indicator& i : s->project.indicators) i.values.erase(2013);
    rebuildGraph(*s, Framing::KeepCamera);
    REQUIRE(refreshComparison(*s));
    CHECK(yearNoLongerEarlier(*s->comparison));
    CHECK(comparisonLabel(s->comparison->source, Language::German) == "Stand 2012");
    CHECK(comparisonLabel(s->comparison->source, Language::English) == "as of 2012");
  }
  SECTION("the project's own year or later, and nonsense years, are refused and change nothing") {
    const auto same = startComparison(*s, {std::nullopt, 2013});
    REQUIRE(same);
    CHECK(same->message == "2013: Das Projekt hat den Stand 2013; bitte ein früheres Jahr angeben.");
    const auto bad = startComparison(*s, {std::nullopt, 1800});
    REQUIRE(bad);
    CHECK(bad->message == "1800: bitte ein Jahr zwischen 1900 und 2200 angeben.");
    CHECK_FALSE(s->comparison);
  }
}

TEST_CASE("A file that does not load is refused with its problems") {
  test::TempFolder folder;
  const auto broken = folder / "broken.json";
  std::ofstream(broken) << "{\"format\": \"knotenpunkt\",\n  \"version\": ";
  auto s = stateOf(test::twoStates().after);
  const auto refused = startComparison(*s, {broken, std::nullopt});
  REQUIRE(refused);
  CHECK(refused->message == broken.string() + ": kann nicht verglichen werden, die Datei hat Fehler:");
  REQUIRE_FALSE(refused->details.empty());
  CHECK(refused->details[0].find("broken.json:2:") != std::string::npos);  // with its line
  CHECK_FALSE(s->comparison);
  const auto missing = startComparison(*s, {folder / "gone.json", std::nullopt});
  REQUIRE(missing);
  CHECK_FALSE(missing->details.empty());
}

TEST_CASE("Editing the project or the filter recomputes the comparison") {
  const test::TwoStates states = test::twoStates();
  test::TempFolder folder;
  auto s = comparedWithFile(folder, "old.json", states.before, states.after);
  CHECK_FALSE(refreshComparison(*s));  // nothing changed since
  s->project.activities[0].title = "act1 renamed";
  rebuildGraph(*s, Framing::KeepCamera);
  CHECK(refreshComparison(*s));
  CHECK(changeMarkOf(*s, vertexOf(*s, NodeKind::Activity, "act1")) == ChangeMark::Changed);
  // Counting finished activities too: f1×p3 keeps act2, so it no longer changed.
  REQUIRE(cellChangeOf(*s, FieldId("f1"), LifePhaseId("p3")));
  s->filters.statuses = {ActivityStatus::Planned, ActivityStatus::Running, ActivityStatus::Finished};
  CHECK(refreshComparison(*s));
  CHECK_FALSE(cellChangeOf(*s, FieldId("f1"), LifePhaseId("p3")));
}

TEST_CASE("The legend explains a comparison's marks while one is shown") {
  const test::TwoStates states = test::twoStates();
  test::TempFolder folder;
  const auto old = writeProject(folder.path(), "2012.json", states.before);
  auto s = stateOf(states.after);
  std::vector<LegendSection> made;
  auto legend = [&]() -> const std::vector<LegendSection>& { return made; };
  auto sectionOf = [&]() -> const LegendSection* {
    made = mapLegend(*s);
    for (const LegendSection& section : made)
      if (section.heading.starts_with("Vergleich mit")) return &section;
    return nullptr;
  };
  CHECK_FALSE(sectionOf());
  REQUIRE_FALSE(startComparison(*s, {old, std::nullopt}));
  const LegendSection* section = sectionOf();
  REQUIRE(section);
  CHECK(section->heading == "Vergleich mit 2012.json");
  CHECK(section->essential);
  // Second, after the kinds: what the room looks at. D is removed but drawn nowhere (no
  // neighbours, no position): no ghost, so no "entfernt". B–C began, A–C ended: both lines.
  CHECK(&legend()[1] == section);
  REQUIRE(section->entries.size() == 4);
  CHECK(section->entries[0].text == "neu");
  CHECK(section->entries[0].colour == kAddedColour);
  CHECK(section->entries[1].text == "geändert");
  CHECK(section->entries[2].text == "Kooperation begonnen");
  CHECK(section->entries[2].swatch == LegendSwatch::Line);
  CHECK(section->entries[3].text == "Kooperation beendet");
}

TEST_CASE("Start-up: --compare starts a comparison at start-up and opens the Vergleich tab unless another is asked for") {
  Project now = test::twoStates().after;
  now.activities.back().startYear = 2013;
  auto s = stateOf(now);
  Options options;
  options.compare = "2012";
  REQUIRE_FALSE(applyStartupOptions(*s, options));
  REQUIRE(s->comparison);
  CHECK(s->comparison->source.year == 2012);
  CHECK(s->rightTab == RightTab::Comparison);

  auto t = stateOf(now);
  options.panel = "history";
  REQUIRE_FALSE(applyStartupOptions(*t, options));
  CHECK(t->comparison);
  CHECK(t->rightTab == RightTab::History);

  auto u = stateOf(now);
  Options wrong;
  wrong.compare = "2013";
  wrong.panel = "history";
  const auto refused = applyStartupOptions(*u, wrong);
  REQUIRE(refused);
  CHECK(*refused == "--compare: 2013: Das Projekt hat den Stand 2013; bitte ein früheres Jahr angeben.");
  CHECK_FALSE(u->comparison);
  CHECK(u->rightTab == RightTab::Analyses);  // nothing else applied
}
