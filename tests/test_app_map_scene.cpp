// The map scene (core/map_scene.hpp): what the window and the poster both paint. Positions
// and the camera are set by hand, text is measured as 6 pixels per character, so every
// expectation below is computed on paper.
#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>

#include "core/app_state.hpp"
#include "core/map_legend.hpp"
#include "core/map_scene.hpp"
#include "fixtures.hpp"
#include "text/utf8.hpp"

using namespace knp;
using namespace knp::app;

namespace {

constexpr float kFont = 10.0f;
const ScreenRect kCanvas{0, 0, 1000, 400};

float sixPerCharacter(const std::string& text) { return 6.0f * static_cast<float>(utf8Length(text)); }

// The small project (9 vertices) with vertex v at world (100 v, 0); seen through a camera at
// (400, 0) with scale 1, vertex v is at screen (100 + 100 v, 200) on kCanvas.
std::unique_ptr<AppState> inARow(Project p = test::smallProject()) {
  auto s = std::make_unique<AppState>(std::move(p), "test", Language::German);
  finishLayout(*s);
  for (Vertex v = 0; v < s->positions.size(); ++v) s->positions[v] = {100.0 * static_cast<double>(v), 0.0};
  return s;
}

Camera rowCamera() {
  Camera c;
  c.centerX = 400;
  c.centerY = 0;
  c.scale = 1;
  return c;
}

// Label boxes less the vertical tolerance the placement allows (0.15 font sizes) never overlap.
bool anyOverlap(const std::vector<SceneLabel>& labels) {
  const float t = kFont * 0.15f;
  for (std::size_t i = 0; i < labels.size(); ++i)
    for (std::size_t j = i + 1; j < labels.size(); ++j) {
      const SceneLabel &a = labels[i], &b = labels[j];
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 + t < b.y1 - t && b.y0 + t < a.y1 - t) return true;
    }
  return false;
}

const SceneLabel* labelOf(const MapScene& scene, Vertex v) {
  for (const SceneLabel& l : scene.labels)
    if (l.vertex == v) return &l;
  return nullptr;
}

}  // namespace

TEST_CASE("map scene: every node where the camera puts it, labels without overlap", "[app][scene]") {
  auto s = inARow();
  MapSceneBuilder builder;
  const MapScene& scene = builder.build(*s, rowCamera(), kCanvas, kFont, sixPerCharacter);
  REQUIRE(scene.nodes.size() == 9);
  for (const SceneNode& node : scene.nodes) {
    CHECK(node.centre.x == Approx(100.0f + 100.0f * static_cast<float>(node.vertex)));
    CHECK(node.centre.y == Approx(200.0f));
    CHECK(node.shape == nodeShape(s->view.graph[node.vertex].kind));
    CHECK_FALSE(node.dot);
    CHECK(builder.radiusOf(node.vertex) == node.radius);
  }
  // 11 edges, none hidden, nothing selected: all drawn, none strong.
  CHECK(scene.edges.size() == 11);
  CHECK(scene.strongEdges.empty());
  CHECK(scene.rings.empty());
  // 100 pixels apart with names of up to 32 characters (192 px): not all fit; those that
  // show are inside the canvas and apart.
  CHECK_FALSE(scene.labels.empty());
  CHECK_FALSE(anyOverlap(scene.labels));
  for (const SceneLabel& l : scene.labels) {
    CHECK(l.x0 >= kCanvas.x);
    CHECK(l.x1 <= kCanvas.x + kCanvas.width);
    // Names up to 25 characters (150 px) whole; the one longer name cut to 24 and "…".
    const std::string& name = nodeName(*s, l.vertex);
    CHECK(l.text == (name == "Mehrsprachigkeit wird gestaltet." ? "Mehrsprachigkeit wird ge…" : name));
  }
  // Life phases win: both are labelled.
  for (Vertex v = 0; v < s->positions.size(); ++v)
    if (s->view.graph[v].kind == NodeKind::LifePhase) CHECK(labelOf(scene, v) != nullptr);
}

TEST_CASE("map scene: a long name is cut with an ellipsis at 15 font sizes", "[app][scene]") {
  Project p = test::smallProject();
  p.actors[0].name = std::string(60, 'x');
  auto s = inARow(std::move(p));
  Vertex actor = 0;
  while (!(s->view.graph[actor].kind == NodeKind::Actor && s->view.graph[actor].index == 0)) ++actor;
  select(*s, actor);  // selected: its label always competes first
  MapSceneBuilder builder;
  const MapScene& scene = builder.build(*s, rowCamera(), kCanvas, kFont, sixPerCharacter);
  const SceneLabel* label = labelOf(scene, actor);
  REQUIRE(label != nullptr);
  // At most 150 px: 24 characters and "…" are 25 × 6 = 150.
  CHECK(label->text == std::string(24, 'x') + "…");
  CHECK(label->x1 - label->x0 == Approx(150.0f + 2 * kFont * 0.2f));
}

TEST_CASE("map scene: hidden nodes are left out, faded ones come first and pale", "[app][scene]") {
  auto s = inARow();
  s->filters.actorTypes = {ActorType::School};
  s->filters.mode = FilterMode::Hide;
  refreshFilters(*s);
  MapSceneBuilder builder;
  const MapScene& hidden = builder.build(*s, rowCamera(), kCanvas, kFont, sixPerCharacter);
  std::size_t shown = 0;
  for (Vertex v = 0; v < s->positions.size(); ++v) shown += visibilityOf(*s, v) != Visibility::Hidden;
  REQUIRE(shown < 9);
  CHECK(hidden.nodes.size() == shown);
  // Every edge ends at shown nodes (vertex v is at x = 100 + 100 v).
  auto vertexAt = [](ScenePoint p) { return static_cast<Vertex>((p.x - 100.0f) / 100.0f + 0.5f); };
  CHECK_FALSE(hidden.edges.empty());
  for (std::size_t i = 0; i < hidden.edges.size(); ++i) {
    const SceneEdge e = hidden.edge(i);
    CHECK(visibilityOf(*s, vertexAt(e.a)) != Visibility::Hidden);
    CHECK(visibilityOf(*s, vertexAt(e.b)) != Visibility::Hidden);
  }

  s->filters.mode = FilterMode::Dim;
  refreshFilters(*s);
  const MapScene& dimmed = builder.build(*s, rowCamera(), kCanvas, kFont, sixPerCharacter);
  REQUIRE(dimmed.nodes.size() == 9);
  const std::size_t fadedCount = 9 - shown;
  for (std::size_t i = 0; i < dimmed.nodes.size(); ++i) {
    const bool isFaded = visibilityOf(*s, dimmed.nodes[i].vertex) == Visibility::Faded;
    CHECK(isFaded == (i < fadedCount));  // faded first, so that matching nodes cover them
    if (isFaded) CHECK((dimmed.nodes[i].fill >> 24) <= kFadedAlpha);
    if (isFaded) CHECK(labelOf(dimmed, dimmed.nodes[i].vertex) == nullptr);
  }
}

TEST_CASE("map scene: far out, nodes are dots without labels; the selection keeps its label and ring", "[app][scene]") {
  auto s = inARow();
  Camera far = rowCamera();
  far.scale = 0.01;  // 9 nodes within 8 pixels
  MapSceneBuilder builder;
  const MapScene& dots = builder.build(*s, far, kCanvas, kFont, sixPerCharacter);
  REQUIRE(dots.nodes.size() == 9);
  for (const SceneNode& node : dots.nodes) CHECK(node.dot);
  CHECK(dots.labels.empty());

  const Vertex chosen = 4;
  select(*s, chosen);
  const MapScene& selected = builder.build(*s, far, kCanvas, kFont, sixPerCharacter);
  REQUIRE(selected.labels.size() >= 1);
  CHECK(selected.labels.front().vertex == chosen);
  REQUIRE(selected.rings.size() == 1);
  CHECK(selected.rings[0].colour == kSelection);
  // Its edges are drawn again, strong, after the others.
  const std::size_t degree = boost::out_degree(chosen, s->view.graph);
  CHECK(selected.strongEdges.size() == degree);
  CHECK(selected.edges.size() + degree == 11);
}

TEST_CASE("map scene: a label the canvas edge would cut goes to the other side or is left out", "[app][scene]") {
  auto s = inARow();
  // The rightmost vertex (8) sits 5 px inside the canvas's right edge.
  const ScreenRect narrow{0, 0, 905, 400};
  Camera c = rowCamera();
  c.centerX = 400 - 47.5;  // screen x = 452.5 + (world - 352.5): vertex 8 at 900
  MapSceneBuilder builder;
  const MapScene& scene = builder.build(*s, c, narrow, kFont, sixPerCharacter);
  for (const SceneLabel& l : scene.labels) {
    CHECK(l.x0 >= narrow.x);
    CHECK(l.x1 <= narrow.x + narrow.width);
  }
  if (const SceneLabel* last = labelOf(scene, 8)) CHECK(last->x1 < 900.0f);
}

TEST_CASE("map scene: an empty project is an empty scene", "[app][scene]") {
  AppState s(Project{}, "test", Language::German);
  MapSceneBuilder builder;
  const MapScene& scene = builder.build(s, Camera{}, kCanvas, kFont, sixPerCharacter);
  CHECK(scene.nodes.empty());
  CHECK(scene.edges.empty());
  CHECK(scene.labels.empty());
  CHECK(builder.radiusOf(0) == 0.0f);
}

TEST_CASE("map legend: kinds with the size key, the project's actor types, fields, concepts, edges", "[app][scene]") {
  auto s = inARow();
  const std::vector<LegendSection> legend = mapLegend(*s);
  REQUIRE(legend.size() == 5);
  CHECK(legend[0].heading == "Legende");
  const auto& kinds = legend[0].entries;
  REQUIRE(kinds.size() == 8);
  CHECK(kinds[4].swatch == LegendSwatch::SizeKey);
  CHECK(kinds[4].text == "Größe: Zahl der Verbindungen");
  // smallProject has an association, a school and a body, in the order of ActorType.
  REQUIRE(legend[1].entries.size() == 3);
  CHECK(legend[2].entries.size() == 2);  // two fields
  REQUIRE(legend[3].entries.size() == 1);
  CHECK(legend[3].entries[0].text == "Integrationskonzept");
  CHECK(legend[4].entries.size() == 5 + 1);  // five edge kinds and the one cooperation type present
  s->sizeMeasure = SizeMeasure::Uniform;
  s->language = Language::English;
  CHECK(mapLegend(*s)[0].heading == "Legend");
}
