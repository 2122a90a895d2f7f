// The analyses on the map: gaps marked with a dashed ring and a "Lücke" badge, colours by
// Louvain group or broker role, each with its legend.
#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>

#include "core/app_state.hpp"
#include "core/map_legend.hpp"
#include "core/map_scene.hpp"
#include "core/node_style.hpp"
#include "fixtures.hpp"
#include "text/utf8.hpp"

using namespace knp;
using namespace knp::app;

namespace {

float sixPerCharacter(const std::string& text) { return 6.0f * static_cast<float>(utf8Length(text)); }

// The small project (tests/fixtures.cpp) with its analyses done. Counted activities (running
// or planned): only act1 "Sprachcafé" (a1 leads, a2 partner; goal g1, phase p1); act2 is
// finished. So goal g2 is served by nobody and phase p2 "Alter (65+)" by nobody:
//
//   a1 ── act1 ── g1        g2 (gap)
//   a2 ──┘    └── p1        p2 (gap)
std::unique_ptr<AppState> analysed() {
  auto s = std::make_unique<AppState>(test::smallProject(), "test", Language::German);
  finishLayout(*s);
  s->analyses.request(s->project, s->dataRevision, analysisFilterOf(s->filters));
  s->analyses.wait();
  refreshFromAnalyses(*s);
  return s;
}

bool hasSection(const std::vector<LegendSection>& legend, const std::string& heading) {
  return std::any_of(legend.begin(), legend.end(), [&](const LegendSection& l) { return l.heading == heading; });
}

}  // namespace

TEST_CASE("map marks: the goal and the life phase nobody serves are gaps, nothing else", "[app][marks]") {
  auto s = analysed();
  const Vertex g2 = *s->view.vertexOf(NodeKind::Goal, "g2"), p2 = *s->view.vertexOf(NodeKind::LifePhase, "p2");
  for (Vertex v = 0; v < s->positions.size(); ++v) CHECK(s->gapMark[v] == (v == g2 || v == p2));

  // Far apart on a wide canvas: both get their ring and badge; labels never cover a badge.
  for (Vertex v = 0; v < s->positions.size(); ++v) s->positions[v] = {100.0 * static_cast<double>(v), 0.0};
  Camera camera;
  camera.centerX = 400, camera.centerY = 0, camera.scale = 1;
  MapSceneBuilder builder;
  const MapScene& scene = builder.build(*s, camera, ScreenRect{0, 0, 1000, 400}, 10.0f, sixPerCharacter);
  REQUIRE(scene.gaps.size() == 2);
  CHECK(scene.gapText == "Lücke");
  CHECK(scene.gapTextWidth == Approx(30));
  for (const SceneGap& gap : scene.gaps) {
    CHECK(gap.hasBadge());
    CHECK(gap.radius > builder.radiusOf(g2));
    CHECK(gap.y1 <= gap.centre.y - gap.radius);  // above the node
    CHECK(gap.x1 - gap.x0 == Approx(30 + 4));    // the text and 0.2 font sizes either side
    for (const SceneLabel& l : scene.labels) CHECK_FALSE((l.x0 < gap.x1 && gap.x0 < l.x1 && l.y0 < gap.y1 && gap.y0 < l.y1));
  }
  CHECK(hasSection(mapLegend(*s), "Lücke"));

  s->language = Language::English;
  CHECK(builder.build(*s, camera, ScreenRect{0, 0, 1000, 400}, 10.0f, sixPerCharacter).gapText == "Gap");
}

TEST_CASE("map marks: two gaps at one place get their badges side by side, never on top of each other",
          "[app][marks]") {
  auto s = analysed();
  for (Vertex v = 0; v < s->positions.size(); ++v) s->positions[v] = {100.0 * static_cast<double>(v), 0.0};
  s->positions[*s->view.vertexOf(NodeKind::Goal, "g2")] = {500, 0};
  s->positions[*s->view.vertexOf(NodeKind::LifePhase, "p2")] = {505, 0};
  Camera camera;
  camera.centerX = 400, camera.centerY = 0, camera.scale = 1;
  MapSceneBuilder builder;
  const MapScene& scene = builder.build(*s, camera, ScreenRect{0, 0, 1000, 400}, 10.0f, sixPerCharacter);
  REQUIRE(scene.gaps.size() == 2);
  const SceneGap &a = scene.gaps[0], &b = scene.gaps[1];
  REQUIRE(a.hasBadge());
  if (b.hasBadge()) CHECK_FALSE((a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1));
}

TEST_CASE("map marks: colour by group and by broker role, with their legends", "[app][marks]") {
  auto s = analysed();
  const Vertex a1 = *s->view.vertexOf(NodeKind::Actor, "a1"), g1 = *s->view.vertexOf(NodeKind::Goal, "g1");
  REQUIRE(s->group[a1] >= 0);

  const std::uint64_t before = s->marksRevision;
  setColourBy(*s, ColourBy::Group);
  CHECK(s->marksRevision == before + 1);
  std::vector<Rgba> colours = nodeColours(*s);
  CHECK(colours[a1] == groupColour(static_cast<std::size_t>(s->group[a1])));
  CHECK(colours[g1] == kRecededNode);
  CHECK(hasSection(mapLegend(*s), "Gruppen im Akteursnetz (Louvain)"));
  CHECK_FALSE(hasSection(mapLegend(*s), "Handlungsfelder (Farbe der Aktivitäten)"));

  setColourBy(*s, ColourBy::Betweenness);
  colours = nodeColours(*s);
  CHECK(colours[a1] == brokerColour(s->brokerShare[a1]));
  CHECK(brokerColour(0.0f) == rgba(255, 237, 160));
  CHECK(brokerColour(1.0f) == rgba(165, 15, 21));
  CHECK(hasSection(mapLegend(*s), "Mittlerrolle (Betweenness)"));

  // The scene's colours follow the choice without a data change.
  MapSceneBuilder builder;
  Camera camera;
  const MapScene& scene = builder.build(*s, camera, ScreenRect{0, 0, 800, 600}, 10.0f, sixPerCharacter);
  for (const SceneNode& node : scene.nodes)
    if (node.vertex == g1) CHECK(node.fill == kRecededNode);
}
