// The analyses panel's pictures drawn headlessly: every tab draws without tripping ImGui, and a
// click on an empty coverage cell explains it and highlights the work next to it.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <memory>

#include "core/app_state.hpp"
#include "headless_imgui.hpp"
#include "project_builder.hpp"
#include "window/panels/analyses.hpp"

using namespace knp;
using namespace knp::app;

namespace {

// The town of test_report_empty_cell.cpp:
//               kind    jugend   erwachsene   alter
//   bildung     a1      a1       a2 a3        ·        a1: A          a2: A + B   a3: C
//   gesundheit  ·       ·        a4           a4 a5    a4: D          a5: E + A
//   wohnen      ·       ·        ·            ·
std::unique_ptr<AppState> town(Language language) {
  Project p = test::ProjectBuilder()
                  .field("bildung").field("gesundheit").field("wohnen")
                  .phase("kind", 1).phase("jugend", 2).phase("erwachsene", 3).phase("alter", 4)
                  .concept_("k")
                  .goal("g", "k", {"bildung"})
                  .goal("h", "k", {"gesundheit"})
                  .actor("A").actor("B").actor("C").actor("D").actor("E").actor("F")
                  .activity("a1", "A", {}, {"bildung"}, {"g"}, {"kind", "jugend"})
                  .activity("a2", "A", {"B"}, {"bildung"}, {"g"}, {"erwachsene"})
                  .activity("a3", "C", {}, {"bildung"}, {"g"}, {"erwachsene"})
                  .activity("a4", "D", {}, {"gesundheit"}, {"h"}, {"erwachsene", "alter"})
                  .activity("a5", "E", {"A"}, {"gesundheit"}, {"h"}, {"alter"})
                  .cooperation("A", "D")
                  .build();
  auto s = std::make_unique<AppState>(std::move(p), "test", language);
  s->layout.cancel();
  return s;
}

void frame(AnalysesPanel& panel, AppState& s, ImVec2 mouse = ImVec2(-1, -1)) {
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = 1.0f / 60.0f;
  io.MousePos = mouse;
  ImGui::NewFrame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(420, 700));
  ImGui::Begin("##test", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
  panel.draw(s);
  ImGui::End();
  ImGui::Render();
}

// Draws until the analyses are in.
const ProjectAnalysis& ready(AnalysesPanel& panel, AppState& s) {
  frame(panel, s);
  s.analyses.wait();
  frame(panel, s);
  const ProjectAnalysis* a = s.analyses.latest();
  REQUIRE(a != nullptr);
  return *a;
}

}  // namespace

TEST_CASE("Every analysis tab draws headlessly, hovered everywhere", "[window][analyses]") {
  test::HeadlessImGui imgui(420, 700);
  auto s = town(Language::German);
  AnalysesPanel panel;
  ready(panel, *s);
  for (Panel tab : {Panel::Coverage, Panel::Gaps, Panel::Chains, Panel::Overlaps, Panel::Suggestions, Panel::Brokers}) {
    s->panel = tab;
    // A sweep of the mouse over the panel opens every tooltip once.
    for (float y = 0; y < 700; y += 9) frame(panel, *s, ImVec2(60.0f + y * 0.5f, y));
  }
  s->language = Language::English;
  frame(panel, *s);
  SUCCEED();
}

TEST_CASE("A click on an empty coverage cell explains it and highlights the work nearby", "[window][analyses]") {
  test::HeadlessImGui imgui(420, 700);
  auto s = town(Language::German);
  s->panel = Panel::Coverage;
  AnalysesPanel panel;
  const ProjectAnalysis& a = ready(panel, *s);
  REQUIRE(a.coverage.fields.size() == 3);
  REQUIRE(a.coverage.phases.size() == 4);

  panel.clickCoverageCell(*s, a, 0, 3);  // bildung × alter
  CHECK(panel.cellExplanation() ==
        "Im Handlungsfeld bildung arbeitet niemand für alter. Nebenan: 2 Aktivitäten in erwachsene. "
        "Im selben Lebensabschnitt: 2 Aktivitäten in gesundheit.");
  const ProjectGraph& v = s->view;
  CHECK(s->highlight == std::vector<Vertex>{v.activityVertex[1], v.activityVertex[2], v.activityVertex[3],
                                            v.activityVertex[4], v.actorVertex[0], v.actorVertex[1],
                                            v.actorVertex[2], v.actorVertex[3], v.actorVertex[4]});
  CHECK(s->highlightLabel == "bildung × alter");
  CHECK(s->frameRequest == s->highlight);
  frame(panel, *s);  // the sentence is drawn under the heatmap

  // A new language explains the same cell in it.
  s->language = Language::English;
  frame(panel, *s);
  CHECK(panel.cellExplanation() ==
        "In the field bildung, nobody works for alter. Next door: 2 activities in erwachsene. "
        "In the same life phase: 2 activities in gesundheit.");

  // A cell with activities highlights them and ends the explanation.
  panel.clickCoverageCell(*s, a, 0, 2);
  CHECK(panel.cellExplanation().empty());
  CHECK(s->highlight == std::vector<Vertex>{v.activityVertex[1], v.activityVertex[2]});
}
