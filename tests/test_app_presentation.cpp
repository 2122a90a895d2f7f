// The main window on a projector, drawn headlessly with the built-in font scaled to the text
// size of --ui-scale 1.5 (17 px × 1.5): presentation gives the map the screen, the columns
// collapse and come back, and "Fit all" keeps every label inside the map.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <algorithm>
#include <memory>

#include "core/app_state.hpp"
#include "core/map_framing.hpp"
#include "core/map_scene.hpp"
#include "embedded_data.hpp"
#include "headless_imgui.hpp"
#include "io/project_json.hpp"
#include "project_builder.hpp"
#include "window/fonts.hpp"
#include "window/main_window.hpp"

using namespace knp;
using namespace knp::app;

namespace {

constexpr int kKeyF9 = 298, kKeyF11 = 300, kKeyEscape = 256;  // GLFW's codes, as the window's backend indexes keys

std::unique_ptr<AppState> example() {
  LoadResult loaded = parseProjectJson(embeddedExampleJson());
  REQUIRE(loaded.project);
  auto s = std::make_unique<AppState>(std::move(*loaded.project), "Beispiel", Language::German);
  finishLayout(*s);
  s->analyses.request(s->project, s->dataRevision, analysisFilterOf(s->filters));  // as the window's loop does
  s->analyses.wait();
  refreshFromAnalyses(*s);
  return s;
}

// One frame of the whole window at `width` × `height`, text as at `uiScale`; `key` held down.
void frame(MainWindow& ui, AppState& s, float width, float height, float uiScale, int key = -1) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(width, height);
  io.DeltaTime = 1.0f / 60.0f;
  io.FontGlobalScale = kBaseFontPixels * uiScale / 13.0f;  // the built-in font is 13 px
  io.KeyMap[ImGuiKey_Escape] = kKeyEscape;                 // as the GLFW backend maps it
  std::fill(std::begin(io.KeysDown), std::end(io.KeysDown), false);
  if (key >= 0) io.KeysDown[key] = true;
  ImGui::NewFrame();
  Fonts fonts;
  fonts.regular = fonts.bold = ImGui::GetFont();
  ui.draw(s, fonts, width, height);
  ImGui::Render();
}

// Presses `key` (down for a frame, then up).
void press(MainWindow& ui, AppState& s, float width, float height, float uiScale, int key) {
  frame(ui, s, width, height, uiScale, key);
  frame(ui, s, width, height, uiScale);
}

float area(const ScreenRect& r) { return r.width * r.height; }

}  // namespace

TEST_CASE("presentation: at 1280x720 and scale 1.5 the map covers at least three quarters", "[app][presentation]") {
  test::HeadlessImGui imgui(1280, 720);
  auto s = example();
  MainWindow ui;
  frame(ui, *s, 1280, 720, 1.5f);
  const float normal = area(ui.canvasRect()) / (1280.0f * 720.0f);
  press(ui, *s, 1280, 720, 1.5f, kKeyF11);
  REQUIRE(s->presenting);
  frame(ui, *s, 1280, 720, 1.5f);
  const float presented = area(ui.canvasRect()) / (1280.0f * 720.0f);
  INFO("map share: normal " << normal << ", presentation " << presented);
  CHECK(presented >= 0.75f);
  CHECK(presented > normal);
  // The labels are drawn in the text size: DejaVu Sans' capitals are 0.729 em, ≥ 16 px here.
  const MapScene& scene = ui.canvas().renderer().scene();
  CHECK(scene.fontSize * 0.729f >= 16.0f);
  CHECK(scene.labels.size() >= 15);  // the actors' names, readable from the back of the room
  CHECK(scene.gapNotes.size() == 3);  // two unserved goals and Alter (65+): the actor network has no node for them
  // Esc returns, and the columns are back.
  press(ui, *s, 1280, 720, 1.5f, kKeyEscape);
  CHECK_FALSE(s->presenting);
  CHECK(ui.body().rightShown);
}

TEST_CASE("presentation: at 1024x768 and scale 1.5 the normal window still shows a usable map", "[app][presentation]") {
  test::HeadlessImGui imgui(1024, 768);
  auto s = example();
  MainWindow ui;
  frame(ui, *s, 1024, 768, 1.5f);
  frame(ui, *s, 1024, 768, 1.5f);
  CHECK_FALSE(ui.body().leftShown);  // the left column gave way
  CHECK(ui.canvasRect().width >= 0.4f * 1024);
  CHECK(ui.canvasRect().height >= 0.6f * 768);
}

TEST_CASE("presentation: F9 collapses the left column and brings it back", "[app][presentation]") {
  test::HeadlessImGui imgui(1600, 1000);
  auto s = example();
  MainWindow ui;
  frame(ui, *s, 1600, 1000, 1.0f);
  REQUIRE(ui.body().leftShown);
  const float before = ui.canvasRect().width;
  press(ui, *s, 1600, 1000, 1.0f, kKeyF9);
  CHECK_FALSE(ui.body().leftShown);
  CHECK(s->settings.columns.left == ColumnMode::Closed);
  CHECK(ui.canvasRect().width > before);
  press(ui, *s, 1600, 1000, 1.0f, kKeyF9);
  CHECK(ui.body().leftShown);
  CHECK(s->settings.columns.left == ColumnMode::Open);
  CHECK(ui.canvasRect().width == Approx(before));
}

TEST_CASE("fit all: every label of the scene lies inside the canvas, the rim's labels included", "[app][presentation]") {
  // Three actors in a row with long names: framed without their labels, the outer two would
  // sit at the canvas edges and lose their labels (a label the edge would cut is not drawn).
  Project p = test::ProjectBuilder().actor("links").actor("mitte").actor("rechts").build();
  p.actors[0].name = "Ein sehr langer Vereinsname links";
  p.actors[2].name = "Ein sehr langer Vereinsname rechts";
  auto s = std::make_unique<AppState>(std::move(p), "test", Language::German);
  finishLayout(*s);
  s->positions = {{0, 0}, {1, 0}, {2, 0}};
  const ScreenRect canvas{0, 0, 900, 300};
  auto measure = [](const std::string& text) { return 7.0f * static_cast<float>(text.size()); };
  frameNodes(*s, {}, canvas, 12.0f, measure);
  MapSceneBuilder builder;
  const MapScene& scene = builder.build(*s, s->camera, canvas, 12.0f, measure);
  REQUIRE(scene.labels.size() == 3);
  for (const SceneLabel& l : scene.labels) {
    CHECK(l.x0 >= canvas.x);
    CHECK(l.x1 <= canvas.x + canvas.width);
    CHECK(l.y0 >= canvas.y);
    CHECK(l.y1 <= canvas.y + canvas.height);
  }
  // The labels point outwards and the map uses the width: the outer labels reach the margins
  // (half a font size, 6 px, plus the label's own padding).
  float leftmost = canvas.width, rightmost = 0;
  for (const SceneLabel& l : scene.labels) leftmost = std::min(leftmost, l.x0), rightmost = std::max(rightmost, l.x1);
  CHECK(leftmost < 20.0f);
  CHECK(rightmost > canvas.width - 20.0f);
}
