// *Vergleichen mit …* in the window, driven in a headless ImGui context: the dialog compares
// with the year before the project's state on Enter, refuses a year that is not earlier in
// the dialog; the Vergleich tab draws the findings and a line's target is found on the map.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <memory>

#include "core/app_state.hpp"
#include "core/comparison_state.hpp"
#include "diff_fixture.hpp"
#include "headless_imgui.hpp"
#include "window/files/compare_dialog.hpp"
#include "window/panels/comparison.hpp"

using namespace knp;
using namespace knp::app;

namespace {

template <class Draw>
void frame(Draw draw) {
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = 1.0f / 60.0f;
  ImGui::NewFrame();
  draw();
  ImGui::Render();
}

// The project of diff_fixture.hpp's new state with act4 begun in 2013: it stands in 2013.
std::unique_ptr<AppState> state() {
  Project now = test::twoStates().after;
  now.activities.back().startYear = 2013;
  auto s = std::make_unique<AppState>(std::move(now), "test", Language::German);
  finishLayout(*s);
  return s;
}

void pressEnter(CompareDialog& dialog, AppState& s) {
  ImGuiIO& io = ImGui::GetIO();
  io.KeysDown[2] = true;
  frame([&] { dialog.draw(s); });
  io.KeysDown[2] = false;
  frame([&] { dialog.draw(s); });
}

}  // namespace

TEST_CASE("compare dialog: Enter compares with the year before the project's state", "[app][compare]") {
  test::HeadlessImGui imgui(1200, 900);
  ImGui::GetIO().KeyMap[ImGuiKey_Enter] = 2;
  auto s = state();
  CompareDialog dialog;
  dialog.open();
  frame([&] { dialog.draw(*s); });  // opens; the year field (2012) takes the keyboard focus
  frame([&] { dialog.draw(*s); });
  CHECK(dialog.showing());
  pressEnter(dialog, *s);
  REQUIRE(s->comparison);
  CHECK(s->comparison->source.year == 2012);
  CHECK(s->rightTab == RightTab::Comparison);
  CHECK(s->message == "Vergleich mit Stand 2012: " + std::to_string(findingCount(s->comparison->diff)) + " Befunde.");
  CHECK_FALSE(dialog.showing());
  CHECK(dialog.refusal().empty());
}

TEST_CASE("compare dialog: a year that is not earlier is refused and the dialog stays", "[app][compare]") {
  test::HeadlessImGui imgui(1200, 900);
  ImGuiIO& io = ImGui::GetIO();
  io.KeyMap[ImGuiKey_Enter] = 2;
  auto s = state();
  CompareDialog dialog;
  dialog.open();
  frame([&] { dialog.draw(*s); });
  frame([&] { dialog.draw(*s); });
  io.AddInputCharactersUTF8("2014");  // replaces the selected 2012
  frame([&] { dialog.draw(*s); });
  pressEnter(dialog, *s);
  CHECK_FALSE(s->comparison);
  CHECK(s->rightTab == RightTab::Analyses);
  CHECK(dialog.showing());
  CHECK(dialog.refusal() == "2014: Das Projekt hat den Stand 2013; bitte ein früheres Jahr angeben.");
}

TEST_CASE("comparison tab: drawn with the findings, and a line's target as vertices and indicator", "[app][compare]") {
  test::HeadlessImGui imgui(1200, 900);
  auto s = state();
  REQUIRE_FALSE(startComparison(*s, {std::nullopt, 2012}));
  ComparisonPanel panel;
  frame([&] {
    ImGui::Begin("tab");
    panel.draw(*s);
    ImGui::End();
  });
  CHECK(s->comparison);  // drawing changes nothing
  const FindingTarget target = findingTarget(*s, DiffLine{"x", {"activity:act4", "actor:A", "indicator:i2", "goal:none"}});
  CHECK(target.vertices == std::vector<Vertex>{*s->view.vertexOf(NodeKind::Activity, "act4"),
                                               *s->view.vertexOf(NodeKind::Actor, "A")});
  REQUIRE(target.indicator);
  CHECK(*target.indicator == IndicatorId("i2"));
}
