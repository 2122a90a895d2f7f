// The map canvas driven by simulated mouse and keyboard input in a headless ImGui context:
// what a workshop does with the mouse has the effect it expects.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <cmath>
#include <memory>

#include "core/app_state.hpp"
#include "core/document.hpp"
#include "headless_imgui.hpp"
#include "project_builder.hpp"
#include "window/panels/map_canvas.hpp"
#include "core/map_framing.hpp"

using namespace knp;
using namespace knp::app;

namespace {

// One ImGui context with the built-in font, a full-window canvas at (0,0) 800×600.
class Headless {
 public:
  // Renders one frame of `canvas` with the mouse at `mouse`, the left button as given.
  void frame(MapCanvas& canvas, AppState& s, ImVec2 mouse, bool leftDown, bool shift = false, float wheel = 0) {
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = 1.0f / 60.0f;
    io.MousePos = mouse;
    io.MouseDown[0] = leftDown;
    io.KeyShift = shift;
    io.MouseWheel = wheel;
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(800, 600));
    ImGui::Begin("##test", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
    canvas.draw(s, kCanvas);
    ImGui::End();
    ImGui::Render();
  }

  // Press, hold for a few frames while moving from `from` to `to`, release.
  void drag(MapCanvas& canvas, AppState& s, ImVec2 from, ImVec2 to, bool shift = false) {
    frame(canvas, s, from, false, shift);
    frame(canvas, s, from, true, shift);
    for (int i = 1; i <= 5; ++i) {
      const float t = static_cast<float>(i) / 5;
      frame(canvas, s, ImVec2(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t), true, shift);
    }
    frame(canvas, s, to, false, shift);
    frame(canvas, s, to, false, shift);
  }

  void click(MapCanvas& canvas, AppState& s, ImVec2 at, bool shift = false) {
    frame(canvas, s, at, false, shift);
    frame(canvas, s, at, true, shift);
    frame(canvas, s, at, false, shift);
    // Let ImGui's double-click window pass so that the next click is a single one.
    ImGui::GetIO().DeltaTime = 1.0f;
    frame(canvas, s, ImVec2(at.x + 300, at.y + 300), false, shift);
  }

  static constexpr ScreenRect kCanvas{0, 0, 800, 600};

 private:
  test::HeadlessImGui m_imgui{800, 600};
};

// Three actors in a row and one far away; positions fixed by hand, no layout.
std::unique_ptr<AppState> row() {
  Project p = test::ProjectBuilder().actor("a").actor("b").actor("c").actor("d").build();
  auto s = std::make_unique<AppState>(std::move(p), "test", Language::German);
  s->layout.cancel();
  s->positions = {{0, 0}, {1, 0}, {2, 0}, {10, 10}};
  s->camera = Camera{1.0, 0.0, 100.0};  // a at (300,300), b (400,300), c (500,300); d off screen
  s->fitPending = false;
  return s;
}

}  // namespace

TEST_CASE("clicking selects, shift-click adds and removes, clicking the background clears", "[app][canvas]") {
  Headless ui;
  MapCanvas canvas;
  auto s = row();
  ui.frame(canvas, *s, ImVec2(10, 10), false);  // first frame: the renderer learns the positions
  ui.click(canvas, *s, ImVec2(400, 300));
  CHECK(s->selection == std::vector<Vertex>{1});
  ui.click(canvas, *s, ImVec2(501, 299), true);
  CHECK(s->selection == std::vector<Vertex>{1, 2});
  ui.click(canvas, *s, ImVec2(400, 300), true);
  CHECK(s->selection == std::vector<Vertex>{2});
  ui.click(canvas, *s, ImVec2(350, 450));
  CHECK(s->selection.empty());
}

TEST_CASE("dragging a node moves and pins it; dragging the background pans", "[app][canvas]") {
  Headless ui;
  MapCanvas canvas;
  auto s = row();
  ui.frame(canvas, *s, ImVec2(10, 10), false);
  ui.drag(canvas, *s, ImVec2(300, 300), ImVec2(300, 400));
  CHECK(s->positions[0].x == Approx(0.0));
  CHECK(s->positions[0].y == Approx(1.0));  // 100 pixels at scale 100
  CHECK(s->pins[0] == PinState::Pinned);
  CHECK(s->pins[1] == PinState::Free);
  CHECK(hasUnsavedChanges(*s));
  // The whole drag is one step, and undoing it puts the node back, free again.
  REQUIRE(s->history.steps().size() == 1);
  CHECK(s->history.steps()[0].label.action == EditAction::Move);
  REQUIRE(undo(*s));
  CHECK(s->positions[0].y == Approx(0.0));
  CHECK(s->pins[0] == PinState::Free);
  REQUIRE(redo(*s));
  CHECK(s->positions[0].y == Approx(1.0));

  const double before = s->camera.centerX;
  ui.drag(canvas, *s, ImVec2(600, 100), ImVec2(650, 100));  // background
  CHECK(s->camera.centerX == Approx(before - 0.5));
  CHECK(s->positions[1].x == 1.0);  // nodes stay where they are in the world
  CHECK(s->selection == std::vector<Vertex>{0});  // panning keeps the selection
}

TEST_CASE("shift-dragging the background selects the nodes in the box", "[app][canvas]") {
  Headless ui;
  MapCanvas canvas;
  auto s = row();
  ui.frame(canvas, *s, ImVec2(10, 10), false);
  ui.drag(canvas, *s, ImVec2(350, 250), ImVec2(550, 350), true);  // around b and c
  std::vector<Vertex> selected = s->selection;
  std::sort(selected.begin(), selected.end());
  CHECK(selected == std::vector<Vertex>{1, 2});
}

TEST_CASE("the wheel zooms around the cursor", "[app][canvas]") {
  Headless ui;
  MapCanvas canvas;
  auto s = row();
  ui.frame(canvas, *s, ImVec2(10, 10), false);
  ui.frame(canvas, *s, ImVec2(500, 300), false, false, 2.0f);  // over c
  CHECK(s->camera.scale == Approx(100.0 * 1.15 * 1.15));
  const auto c = s->camera.toScreen(s->positions[2], Headless::kCanvas);
  CHECK(c.x == Approx(500.0));  // the point under the cursor stays under it
  CHECK(c.y == Approx(300.0));
}

TEST_CASE("hovering a node makes it the hovered one; hidden nodes are not hit", "[app][canvas]") {
  Headless ui;
  MapCanvas canvas;
  auto s = row();
  ui.frame(canvas, *s, ImVec2(10, 10), false);
  ui.frame(canvas, *s, ImVec2(402, 301), false);
  CHECK(s->hovered == Vertex{1});
  s->filters.actorTypes = {ActorType::School};  // no actor matches
  s->filters.mode = FilterMode::Hide;
  refreshFilters(*s);
  ui.frame(canvas, *s, ImVec2(402, 301), false);
  CHECK(s->hovered == kNoVertex);
}

TEST_CASE("a layout waits while a node is held and goes on with the node pinned", "[app][canvas]") {
  Headless ui;
  MapCanvas canvas;
  auto s = row();
  ui.frame(canvas, *s, ImVec2(10, 10), false);
  startLayout(*s, layouts::Algorithm::ForceDirected);
  s->followLayout = false;  // keep the camera (and so the node under the mouse) where it is
  REQUIRE(s->layout.state() == LayoutRunner::State::Running);
  // A click without moving: the layout pauses while the button is down, then goes on.
  ui.frame(canvas, *s, ImVec2(400, 300), false);
  ui.frame(canvas, *s, ImVec2(400, 300), true);
  CHECK(s->layout.state() == LayoutRunner::State::Paused);
  ui.frame(canvas, *s, ImVec2(400, 300), false);
  CHECK(s->layout.state() == LayoutRunner::State::Running);
  // A drag: the layout restarts with the node pinned where it was dropped.
  ui.drag(canvas, *s, ImVec2(400, 300), ImVec2(400, 350));
  s->followLayout = false;
  CHECK(s->layout.state() == LayoutRunner::State::Running);
  CHECK(s->pins[1] == PinState::Pinned);
  const layouts::Point dropped = s->positions[1];
  finishLayout(*s);
  CHECK(s->positions[1].x == dropped.x);
  CHECK(s->positions[1].y == dropped.y);
}

TEST_CASE("moving a node while the user has stopped the layout drops the stopped layout", "[app][canvas]") {
  Headless ui;
  MapCanvas canvas;
  auto s = row();
  ui.frame(canvas, *s, ImVec2(10, 10), false);
  startLayout(*s, layouts::Algorithm::ForceDirected);
  s->followLayout = false;
  s->layout.pause();  // the Stop button
  ui.drag(canvas, *s, ImVec2(400, 300), ImVec2(400, 350));
  CHECK(s->layout.state() == LayoutRunner::State::Idle);  // "continue" cannot undo the move
  CHECK(s->positions[1].y == Approx(0.5));
}

TEST_CASE("framing one node shows it with its neighbours, and an isolated node keeps the zoom", "[app][canvas]") {
  // a–b–c in a row via cooperations, d alone far away.
  Project p = test::ProjectBuilder().actor("a").actor("b").actor("c").actor("d").cooperation("a", "b").cooperation("b", "c").build();
  AppState s(std::move(p), "test", Language::German);
  s.layout.cancel();
  s.positions = {{0, 0}, {1, 0}, {2, 0}, {10, 10}};
  s.camera = Camera{5.0, 5.0, 40.0};
  frameNodes(s, {1}, Headless::kCanvas, 13.0f);
  // b and its neighbours a and c: the box [0, 2] × [0, 0] fills the width less the margins.
  CHECK(s.camera.centerX == Approx(1.0));
  CHECK(s.camera.centerY == Approx(0.0));
  const double side = std::min(13.0 * 9.0, 800.0 * 0.18);
  const double fitted = (800.0 - 2 * side) / 2.0;
  const double spacing = std::sqrt(10.0 * 10.0 / 4.0);  // the whole map's box per node
  CHECK(s.camera.scale == Approx(std::min(fitted, 13.0 * 8.0 / spacing)));
  s.camera = Camera{5.0, 5.0, 40.0};
  frameNodes(s, {3}, Headless::kCanvas, 13.0f);
  CHECK(s.camera.centerX == 10.0);
  CHECK(s.camera.centerY == 10.0);
  CHECK(s.camera.scale == 40.0);
}
