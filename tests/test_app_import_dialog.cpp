// "Datei › Raster oder Kennzahlen importieren …" with a table of indicators by year, driven in a headless ImGui
// context: the typed file name and Enter show the preview, "Übernehmen" applies it as one
// step, undo takes it back; and the preview's lines for each indicator in both languages.
#include <imgui.h>
#include <imgui_internal.h>

#include <catch2/catch.hpp>
#include <memory>

#include "core/app_state.hpp"
#include "core/document.hpp"
#include "fixtures.hpp"
#include "headless_imgui.hpp"
#include "window/files/import_dialog.hpp"

using namespace knp;
using namespace knp::app;

namespace {

constexpr int kEnterKey = 2;

// One frame of the dialog: the mouse at `mouse` (pressed when `click`), Enter held when `enter`.
void frame(ImportDialog& dialog, AppState& s, ImVec2 mouse = ImVec2(-1, -1), bool click = false, bool enter = false) {
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = 1.0f / 60.0f;
  io.KeyMap[ImGuiKey_Enter] = kEnterKey;
  io.MousePos = mouse;
  io.MouseDown[0] = click;
  io.KeysDown[kEnterKey] = enter;
  ImGui::NewFrame();
  dialog.draw(s);
  ImGui::Render();
}

// Opens the dialog, types `path` into the file field and presses Enter: the preview.
void preview(ImportDialog& dialog, AppState& s, const std::string& path) {
  dialog.open();
  frame(dialog, s);  // opens, the file field takes the keyboard focus
  frame(dialog, s);
  ImGui::GetIO().AddInputCharactersUTF8(path.c_str());
  frame(dialog, s);
  frame(dialog, s, ImVec2(-1, -1), false, true);
  frame(dialog, s);
}

// Clicks the dialog's button `label`: the mouse sweeps the display until ImGui reports the
// button hovered. False when it is not found.
bool clickButton(ImportDialog& dialog, AppState& s, const char* label) {
  ImGuiWindow* popup = ImGui::FindWindowByName("##import");
  REQUIRE(popup != nullptr);
  const ImGuiID id = ImHashStr(label, 0, popup->ID);
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  for (float y = 2; y < size.y; y += 4)
    for (float x = 4; x < size.x; x += 16) {
      frame(dialog, s, ImVec2(x, y));
      if (ImGui::GetCurrentContext()->HoveredIdPreviousFrame != id) continue;
      frame(dialog, s, ImVec2(x, y), true);
      frame(dialog, s, ImVec2(x, y), false);
      return true;
    }
  return false;
}

}  // namespace

TEST_CASE("import dialog: an indicator table previewed, applied as one step, undone", "[app][import][indicatortable]") {
  test::TempFolder folder;
  // The small project's indicator i1 has 2010: 11.25, 2011: 11.5, 2012: 0.1.
  test::writeText(folder / "k.csv", "Kennzahl;2012;2013\nAnteil mit Migrationshintergrund;12,0;12,5\n");
  test::HeadlessImGui imgui(1200, 900);
  auto s = std::make_unique<AppState>(test::smallProject(), "test", Language::German);
  finishLayout(*s);
  settleLayout(*s);
  const Project before = s->project;
  const std::size_t steps = s->history.steps().size();
  ImportDialog dialog;
  preview(dialog, *s, (folder / "k.csv").string());
  CHECK(s->project == before);  // a preview changes nothing

  REQUIRE(clickButton(dialog, *s, "Übernehmen"));
  CHECK(s->project.indicators.at(0).values ==
        std::map<int, double>{{2010, 11.25}, {2011, 11.5}, {2012, 12.0}, {2013, 12.5}});
  REQUIRE(s->history.steps().size() == steps + 1);
  CHECK(s->history.steps().back().label.action == EditAction::Import);
  CHECK(s->history.steps().back().label.name == "k.csv");
  CHECK(s->message.find("Kennzahlen übernommen") != std::string::npos);
  REQUIRE(undo(*s));
  CHECK(s->project == before);
}

TEST_CASE("import dialog: a table with an error cannot be applied until its rows are skipped",
          "[app][import][indicatortable]") {
  test::TempFolder folder;
  test::writeText(folder / "k.csv", "Kennzahl;2013\nAnteil mit Migrationshintergrund;viel\nNeue Kennzahl;3\n");
  test::HeadlessImGui imgui(1200, 900);
  auto s = std::make_unique<AppState>(test::smallProject(), "test", Language::English);
  finishLayout(*s);
  settleLayout(*s);
  const Project before = s->project;
  ImportDialog dialog;
  preview(dialog, *s, (folder / "k.csv").string());
  REQUIRE(clickButton(dialog, *s, "Apply"));  // disabled: nothing happens
  CHECK(s->project == before);
  REQUIRE(clickButton(dialog, *s, "Skip rows with errors"));
  REQUIRE(clickButton(dialog, *s, "Apply"));
  REQUIRE(s->project.indicators.size() == 2);
  CHECK(s->project.indicators[1].name == "Neue Kennzahl");
  CHECK(s->project.indicators[1].values == std::map<int, double>{{2013, 3.0}});
  CHECK(s->project.indicators[0] == before.indicators[0]);  // the row with the error
}

TEST_CASE("the preview's line for an indicator, in German and English", "[app][import][indicatortable]") {
  IndicatorRowChange change;
  change.name = "Einbürgerungen";
  change.addedYears = {2014, 2015};
  change.changedValues = {{2013, 96.0, 97.5, "2013"}};
  change.changedDetails = {"Einheit", "Quelle"};
  CHECK(indicatorChangeLine(change, Language::German) ==
        "Einbürgerungen – 2014, 2015 neu; 2013: 96 → 97,5; Einheit, Quelle geändert");
  CHECK(indicatorChangeLine(change, Language::English) ==
        "Einbürgerungen – 2014, 2015 added; 2013: 96 → 97.5; Einheit, Quelle changed");
  IndicatorRowChange created;
  created.name = "Sprachkurse";
  created.created = true;
  created.addedYears = {2013};
  CHECK(indicatorChangeLine(created, Language::German) == "Neu: Sprachkurse – 2013 neu");
}
