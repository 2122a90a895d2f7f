// Keeping the mental map: a node added live lands beside its neighbours without moving the
// camera, and "Neu anordnen" continues from the current positions instead of starting afresh.
#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <memory>
#include <string>

#include "core/app_state.hpp"
#include "core/document.hpp"
#include "core/quick_add.hpp"
#include "embedded_data.hpp"
#include "io/project_json.hpp"
#include "view/map_filter.hpp"

using namespace knp;
using namespace knp::app;

namespace {

std::unique_ptr<AppState> example() {
  auto loaded = parseProjectJson(embeddedExampleJson());
  REQUIRE(loaded.project);
  loaded.project->map.graph.clear();  // every kind: the quick-add below adds an activity
  auto s = std::make_unique<AppState>(std::move(*loaded.project), "example", Language::German);
  finishLayout(*s);
  settleLayout(*s);
  return s;
}

std::map<std::string, layouts::Point> positionsByKey(const AppState& s) {
  std::map<std::string, layouts::Point> out;
  for (Vertex v = 0; v < s.positions.size(); ++v) out[nodeKey(s.project, s.view, v)] = s.positions[v];
  return out;
}

double meanEdgeLength(const AppState& s) {
  double sum = 0;
  std::size_t count = 0;
  for (auto [e, end] = boost::edges(s.view.graph); e != end; ++e) {
    const auto a = s.positions[boost::source(*e, s.view.graph)], b = s.positions[boost::target(*e, s.view.graph)];
    sum += std::hypot(a.x - b.x, a.y - b.y), ++count;
  }
  return count ? sum / static_cast<double>(count) : 1.0;
}

// Mean distance the nodes of `before` moved, in units of the mean edge length now.
double meanMove(const AppState& s, const std::map<std::string, layouts::Point>& before) {
  const auto now = positionsByKey(s);
  double sum = 0;
  for (const auto& [key, p] : before) {
    const auto q = now.at(key);
    sum += std::hypot(p.x - q.x, p.y - q.y);
  }
  return sum / static_cast<double>(before.size()) / meanEdgeLength(s);
}

}  // namespace

TEST_CASE("relayout: after one node is added live, Neu anordnen moves the others < 5 % of an edge", "[app][relayout]") {
  auto s = example();
  const Camera camera = s->camera;
  s->fitPending = false;
  const auto before = positionsByKey(*s);

  // Ctrl+drag from the first actor onto empty space: a new activity led by it.
  const QuickAdd add = quickAdd(*s, s->view.actorVertex[0], kNoVertex);
  REQUIRE(dispatch(*s, add.edit));
  finishLayout(*s);
  settleLayout(*s);
  CHECK(s->positions.size() == before.size() + 1);
  // The camera stays where the workshop had it, and stays there while the node settles.
  CHECK_FALSE(s->fitPending);
  CHECK_FALSE(s->followLayout);
  CHECK(s->camera.centerX == camera.centerX);
  CHECK(s->camera.scale == camera.scale);
  CHECK(meanMove(*s, before) < 0.05);

  const auto settled = positionsByKey(*s);
  REQUIRE(startLayout(*s, layouts::Algorithm::ForceDirected, LayoutStart::Continue));
  finishLayout(*s);
  const double moved = meanMove(*s, settled);

  INFO("mean move after Neu anordnen: " << moved << " edge lengths");
  CHECK(moved < 0.05);

  // Von vorn anordnen starts afresh: the drawing is a new one, not the old one nudged.
  REQUIRE(startLayout(*s, layouts::Algorithm::ForceDirected, LayoutStart::Fresh));
  finishLayout(*s);
  CHECK(meanMove(*s, settled) > 0.05);
}

TEST_CASE("relayout: a document replaced by one with fewer actors is rebuilt from the kept keys", "[app][relayout]") {
  // The restored recovery copy lacks an actor: the old view's vertex 44 names no actor of the
  // new project, so the nodes added since must be found by the keys kept, not by the old view.
  auto s = example();
  s->graph = Abstraction::ActorNetwork;
  rebuildGraph(*s);
  Project smaller = s->project;
  smaller.actors.pop_back();
  std::erase_if(smaller.cooperations, [&](const Cooperation& c) {
    return c.from == s->project.actors.back().id || c.to == s->project.actors.back().id;
  });
  for (Activity& a : smaller.activities) std::erase(a.partners, s->project.actors.back().id);
  std::erase_if(smaller.activities, [&](const Activity& a) { return a.lead == s->project.actors.back().id; });
  smaller.map.graph = "actors";  // the file's choice, which the document takes over
  replaceDocument(*s, smaller, std::nullopt, DiskState::Unsaved);
  CHECK(s->graph == Abstraction::ActorNetwork);
  finishLayout(*s);
  CHECK(s->positions.size() == smaller.actors.size());
  CHECK(s->viewKeys.size() == smaller.actors.size());
  CHECK(s->recentNodes.empty());  // nothing was added
}
