// The document behind the window: every change, node moves, layouts and imports included,
// is one step of the undo history, and undo gives back the saved bytes.
#include <catch2/catch.hpp>

#include <cmath>
#include <memory>

#include "core/document.hpp"
#include "edit/item_edits.hpp"
#include "fixtures.hpp"
#include "io/grid_file.hpp"
#include "io/project_json.hpp"
#include "core/map_views.hpp"
#include "core/quick_add.hpp"

using namespace knp;
using namespace knp::app;

namespace {

// The small project opened in the window, its opening layout run to the end and settled.
std::unique_ptr<AppState> opened(Project p = test::smallProject()) {
  auto s = std::make_unique<AppState>(std::move(p), "test", Language::German);
  finishLayout(*s);
  settleLayout(*s);
  return s;
}

Vertex vertexOf(const AppState& s, NodeKind kind, const char* id) { return s.view.vertexOf(kind, id).value(); }

}  // namespace

TEST_CASE("the layout a project opens with is no step and no unsaved change", "[app][document]") {
  auto s = opened();
  CHECK(s->history.steps().empty());
  CHECK_FALSE(hasUnsavedChanges(*s));
  CHECK(s->project.map.positions.size() == 9);  // stored, so that edits can be undone exactly
}

TEST_CASE("an edit keeps the selection by key and places new nodes beside their neighbours", "[app][document]") {
  auto s = opened();
  const Vertex a1 = vertexOf(*s, NodeKind::Actor, "a1");
  select(*s, a1);
  const layouts::Point a1At = s->positions[a1];
  Activity a;
  a.id = ActivityId("neu");
  a.title = "Kochtreff";
  a.lead = ActorId("a1");
  REQUIRE(dispatch(*s, addItemEdit(s->project, a)));
  // The new activity comes before a1 in no list, but vertex numbers shift after actors…
  REQUIRE(s->selection.size() == 1);
  CHECK(s->selection[0] == vertexOf(*s, NodeKind::Actor, "a1"));
  const Vertex added = vertexOf(*s, NodeKind::Activity, "neu");
  const double distance = std::hypot(s->positions[added].x - a1At.x, s->positions[added].y - a1At.y);
  CHECK(distance > 0);
  CHECK(distance < 1.0);  // one typical edge length from its lead, inside the unit-square map
  CHECK(s->project.map.positions.contains("activity:neu"));  // placed within the same step
  CHECK(s->history.steps().size() == 1);
  CHECK(hasUnsavedChanges(*s));
}

TEST_CASE("undo and redo through the window give back the saved bytes", "[app][document]") {
  auto s = opened();
  const std::string original = writeProjectJson(s->project);
  REQUIRE(dispatch(*s, deleteItemsEdit(s->project, planDeletion(s->project, {{ItemKind::Actor, "a2"}}))));
  CHECK(s->project.activities.size() == 1);
  CHECK(boost::num_vertices(s->view.graph) == 7);  // a2 and act2 gone from the map
  const std::string deleted = writeProjectJson(s->project);
  REQUIRE(undo(*s));
  CHECK(writeProjectJson(s->project) == original);
  CHECK(boost::num_vertices(s->view.graph) == 9);
  CHECK_FALSE(hasUnsavedChanges(*s));  // back to what is on disk
  REQUIRE(redo(*s));
  CHECK(writeProjectJson(s->project) == deleted);
  jumpToStep(*s, 0);
  CHECK(writeProjectJson(s->project) == original);
}

TEST_CASE("a layout the user starts is one step; undo puts every node back", "[app][document]") {
  auto s = opened();
  const auto before = s->positions;
  REQUIRE(startLayout(*s, layouts::Algorithm::Circle));
  finishLayout(*s);
  CHECK(hasUnsavedChanges(*s));  // even before it is committed
  settleLayout(*s);
  REQUIRE(s->history.steps().size() == 1);
  CHECK(s->history.steps()[0].label.action == EditAction::Arrange);
  CHECK(s->project.map.layout == "circle");
  REQUIRE(undo(*s));
  CHECK(s->positions == before);
  CHECK(s->algorithm == layouts::Algorithm::ForceDirected);
}

TEST_CASE("pinning, saving a view and deleting it are steps", "[app][document]") {
  auto s = opened();
  setPin(*s, 0, PinState::Pinned);
  setPin(*s, 0, PinState::Pinned);  // no change, no step
  REQUIRE(storeView(*s, captureView(*s, "Kita", 1.0)));
  deleteView(*s, "Kita");
  REQUIRE(s->history.steps().size() == 3);
  CHECK(s->history.steps()[0].label.action == EditAction::Pin);
  CHECK(s->history.steps()[1].label.action == EditAction::SaveView);
  CHECK(s->history.steps()[2].label.action == EditAction::DeleteView);
  REQUIRE(undo(*s));
  CHECK(s->project.map.views.size() == 1);
  jumpToStep(*s, 0);
  CHECK(s->pins[0] == PinState::Free);
}

TEST_CASE("an import is one step and undo removes all it brought", "[app][document][import]") {
  test::TempFolder dir;
  test::writeText(dir / "raster.csv",
                  "Akteur;Aktivität;Lebensphasen\n"
                  "Verein Ä;Hausaufgabenhilfe;Kita (3–6)\n"
                  "Neuer Verein;Nähcafé;Alter (65+)\n");
  auto s = opened();
  const std::string original = writeProjectJson(s->project);
  const Outcome<RasterImport> result = importGridFile(s->project, dir / "raster.csv");
  REQUIRE(result.ok());
  const RasterImport& r = result.value();
  REQUIRE(r.rejectedRows == 0);
  REQUIRE(dispatch(*s, importEdit(s->project, r.project, "raster.csv")));
  CHECK(s->project.activities.size() == 4);
  CHECK(s->project.actors.size() == 4);
  REQUIRE(s->history.steps().size() == 1);
  CHECK(s->history.steps()[0].label.action == EditAction::Import);
  CHECK(s->history.steps()[0].label.name == "raster.csv");
  for (const char* key : {"activity:hausaufgabenhilfe", "actor:neuer-verein"})
    if (s->project.map.positions.contains(key)) SUCCEED();
  CHECK(s->project.map.positions.size() == 9 + 3);  // two activities and one actor placed
  REQUIRE(undo(*s));
  CHECK(writeProjectJson(s->project) == original);
}

TEST_CASE("quick-add: an actor dragged onto empty space or onto another actor", "[app][document]") {
  auto s = opened();
  const Vertex a1 = vertexOf(*s, NodeKind::Actor, "a1"), a2 = vertexOf(*s, NodeKind::Actor, "a2"),
               body = vertexOf(*s, NodeKind::Actor, "body"), act1 = vertexOf(*s, NodeKind::Activity, "act1");
  const QuickAdd activity = quickAdd(*s, a1, kNoVertex);
  REQUIRE(activity.item);
  CHECK(activity.item->kind == ItemKind::Activity);
  REQUIRE(dispatch(*s, activity.edit, MapPoint{0.25, 0.75}));
  const Activity& created = s->project.activities.back();
  CHECK(created.title == "Neue Aktivität");
  CHECK(created.lead == ActorId("a1"));
  CHECK(s->project.map.positions.at("activity:" + created.id.value).x == 0.25);  // where it was dropped

  const QuickAdd existing = quickAdd(*s, a2, a1);  // coop1 joins a1 and a2 already
  CHECK(existing.edit.empty());
  REQUIRE(existing.item);
  CHECK(existing.item->id == "coop1");
  const QuickAdd coop = quickAdd(*s, a1, body);
  REQUIRE_FALSE(coop.edit.empty());
  REQUIRE(dispatch(*s, coop.edit));
  CHECK(s->project.cooperations.back().from == ActorId("a1"));
  CHECK(s->project.cooperations.back().to == ActorId("body"));
  CHECK(quickAdd(*s, a1, a1).edit.empty());
  CHECK(quickAdd(*s, a1, act1).edit.empty());   // onto an activity: nothing
  CHECK(quickAdd(*s, act1, kNoVertex).edit.empty());  // not from an actor
}
