// Presenting a conference's scenes in the whole window, drawn headlessly at 1280×720 with the
// text size of --ui-scale 1.5: F5 from the first scene, the clicker's keys, the heading and
// caption in a band under the map, B, N and Esc; keys do nothing while a text field has them.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <algorithm>
#include <memory>

#include "core/app_state.hpp"
#include "core/conference_session.hpp"
#include "core/document.hpp"
#include "core/scene_player.hpp"
#include "edit/conference_edits.hpp"
#include "headless_imgui.hpp"
#include "project_builder.hpp"
#include "window/fonts.hpp"
#include "window/main_window.hpp"

using namespace knp;
using namespace knp::app;

namespace {

// GLFW's key codes, as the window's backend indexes keys.
constexpr int kKeyF5 = 294, kKeyEscape = 256, kKeyPageUp = 266, kKeyPageDown = 267, kKeyRight = 262,
              kKeyLeft = 263, kKeySpace = 32;
constexpr float kWidth = 1280, kHeight = 720, kScale = 1.5f;

//   a ── b ── c   three actors in a row (two cooperations)
std::unique_ptr<AppState> threeActors() {
  Project p = test::ProjectBuilder().actor("a").actor("b").actor("c").cooperation("a", "b").cooperation("b", "c").build();
  auto s = std::make_unique<AppState>(std::move(p), "test", Language::German);
  finishLayout(*s);
  return s;
}

Scene scene(const char* heading, const char* caption, double x, double scale) {
  Scene sc;
  sc.heading = heading;
  sc.caption = caption;
  sc.view.camera = CameraState{x, 0, scale};
  sc.view.graph = "full";
  sc.view.layout = "force";
  return sc;
}

void withScenes(AppState& s, std::vector<Scene> scenes) {
  REQUIRE(createConference(s, "Integrationskonferenz 2013", "2013-05-04"));
  Conference c = *currentConference(s);
  c.scenes = std::move(scenes);
  dispatch(s, changeConferenceEdit(s.project, c, makeLabel(EditAction::ChangeConference, ItemKind::Actor)));
}

void frame(MainWindow& ui, AppState& s, int key = -1, double seconds = 1.0 / 60) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(kWidth, kHeight);
  io.DeltaTime = static_cast<float>(seconds);
  io.FontGlobalScale = kBaseFontPixels * kScale / 13.0f;  // the built-in font is 13 px
  io.KeyMap[ImGuiKey_Escape] = kKeyEscape;
  io.KeyMap[ImGuiKey_PageUp] = kKeyPageUp;
  io.KeyMap[ImGuiKey_PageDown] = kKeyPageDown;
  io.KeyMap[ImGuiKey_RightArrow] = kKeyRight;
  io.KeyMap[ImGuiKey_LeftArrow] = kKeyLeft;
  io.KeyMap[ImGuiKey_Space] = kKeySpace;
  std::fill(std::begin(io.KeysDown), std::end(io.KeysDown), false);
  if (key >= 0) io.KeysDown[key] = true;
  ImGui::NewFrame();
  Fonts fonts;
  fonts.regular = fonts.bold = ImGui::GetFont();
  ui.draw(s, fonts, kWidth, kHeight);
  ImGui::Render();
}

void press(MainWindow& ui, AppState& s, int key) {
  frame(ui, s, key);
  frame(ui, s);
}

std::size_t shownIndex(const AppState& s) { return s.sceneShow ? s.sceneShow->index : 99; }

}  // namespace

TEST_CASE("scene show: F5 without scenes says how to make them and changes nothing", "[app][scenes][window]") {
  test::HeadlessImGui imgui(kWidth, kHeight);
  auto s = threeActors();
  MainWindow ui;
  frame(ui, *s);
  press(ui, *s, kKeyF5);
  CHECK_FALSE(s->presenting);
  CHECK(s->message.find("Keine Konferenz gewählt") != std::string::npos);
  withScenes(*s, {});
  press(ui, *s, kKeyF5);
  CHECK_FALSE(s->presenting);
  CHECK(s->message.find("„Integrationskonferenz 2013“ hat noch keine Szenen") != std::string::npos);
}

TEST_CASE("scene show: F5 from the first scene, the clicker's keys step and clamp, Esc ends", "[app][scenes][window]") {
  test::HeadlessImGui imgui(kWidth, kHeight);
  auto s = threeActors();
  withScenes(*s, {scene("Eins", "", 0, 50), scene("Zwei", "Eine Bildunterschrift.", 1, 100),
                  scene("Drei", "", 2, 200)});
  MainWindow ui;
  frame(ui, *s);
  press(ui, *s, kKeyF5);
  REQUIRE(s->presenting);
  CHECK(shownIndex(*s) == 0);
  frame(ui, *s);  // the legend appears: the scene's camera stays
  CHECK(s->camera.scale == Approx(50 * kScale));
  press(ui, *s, kKeyPageUp);  // nothing before the first
  CHECK(shownIndex(*s) == 0);
  press(ui, *s, kKeyPageDown);
  CHECK(shownIndex(*s) == 1);
  // The camera glides: part of the way after a frame, there after the glide's time.
  CHECK(s->camera.scale > 50 * kScale);
  CHECK(s->camera.scale < 100 * kScale);
  frame(ui, *s, -1, kSceneGlideSeconds);
  CHECK(s->camera.scale == Approx(100 * kScale));
  CHECK_FALSE(s->sceneShow->glide);
  press(ui, *s, kKeyRight);
  CHECK(shownIndex(*s) == 2);
  press(ui, *s, kKeySpace);  // nothing after the last
  CHECK(shownIndex(*s) == 2);
  press(ui, *s, kKeyLeft);
  CHECK(shownIndex(*s) == 1);
  press(ui, *s, 'B');
  CHECK(s->sceneShow->blank);
  press(ui, *s, 'B');
  CHECK_FALSE(s->sceneShow->blank);
  // The band under the map holds the heading and caption: the map ends above it.
  CHECK(ui.canvasRect().y + ui.canvasRect().height < kHeight - 2 * kBaseFontPixels * kScale);
  press(ui, *s, kKeyEscape);
  CHECK_FALSE(s->presenting);
  CHECK_FALSE(s->sceneShow);
}

TEST_CASE("scene show: N opens the capture form; its text field keeps the stepping keys", "[app][scenes][window]") {
  test::HeadlessImGui imgui(kWidth, kHeight);
  auto s = threeActors();
  withScenes(*s, {scene("Eins", "", 0, 50), scene("Zwei", "", 1, 100)});
  MainWindow ui;
  frame(ui, *s);
  press(ui, *s, kKeyF5);
  REQUIRE(shownIndex(*s) == 0);
  press(ui, *s, 'N');
  frame(ui, *s);
  REQUIRE(ImGui::GetIO().WantTextInput);  // the title field has the keyboard
  press(ui, *s, kKeyPageDown);
  press(ui, *s, kKeyRight);
  CHECK(shownIndex(*s) == 0);
  press(ui, *s, kKeyEscape);  // closes the form, stays in the show
  frame(ui, *s);
  CHECK(s->presenting);
  CHECK_FALSE(ImGui::GetIO().WantTextInput);
  press(ui, *s, kKeyPageDown);
  CHECK(shownIndex(*s) == 1);
}

TEST_CASE("scene show: a long caption is fitted into the band, never cut", "[app][scenes][window]") {
  test::HeadlessImGui imgui(kWidth, kHeight);
  auto s = threeActors();
  std::string caption;
  for (int i = 0; i < 12; ++i) caption += "Viele Akteure arbeiten mit Kitas, wenige mit Senioren. ";
  withScenes(*s, {scene("Wer arbeitet für welche Lebensphase? Eine lange Überschrift, die umbricht", caption.c_str(),
                        0, 50)});
  MainWindow ui;
  frame(ui, *s);
  press(ui, *s, kKeyF5);
  frame(ui, *s);
  // The band takes what the text needs but leaves the map most of the screen's rest.
  const float map = ui.canvasRect().height;
  CHECK(map > 0.3f * kHeight);
  CHECK(map < 0.75f * kHeight);
}
