// Indicators in the window, driven in a headless ImGui context: the Kennzahlen tab lists the
// example's indicators with the status the rule of analysis/indicator_progress.hpp gives
// (checked by hand below), draws the chosen one's chart and names the point under the mouse;
// --select indicator:ID and --panel indicators open it; the inspector edits an indicator's
// kind, life phases, direction, target and values, each change one undo step, and refuses a
// target without a direction; a goal's card counts its activities and actors year by year.
#include <imgui.h>
#include <imgui_internal.h>  // HoveredId, FindWindowByName, PushOverrideID: where a widget is

#include <catch2/catch.hpp>
#include <functional>
#include <limits>
#include <map>
#include <memory>

#include "analysis/indicator_progress.hpp"
#include "core/app_state.hpp"
#include "core/document.hpp"
#include "core/edit_labels.hpp"
#include "core/indicator_words.hpp"
#include "core/startup_state.hpp"
#include "embedded_data.hpp"
#include "fixtures.hpp"
#include "headless_imgui.hpp"
#include "io/project_json.hpp"
#include "project_builder.hpp"
#include "window/inspector/forms.hpp"
#include "window/inspector/inspector.hpp"
#include "window/panels/details.hpp"
#include "window/panels/indicators.hpp"

using namespace knp;
using namespace knp::app;

namespace {

constexpr float kWidth = 600, kHeight = 900;
const ImVec2 kOutside(kWidth - 10, kHeight - 10);  // nothing is drawn there: a click leaves a field

// One ImGui context with the built-in font and a window filling the display.
class Headless {
 public:
  Headless() {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyMap[ImGuiKey_Enter] = kEnter;
    io.KeyMap[ImGuiKey_A] = kA;
  }

  void frame(const std::function<void()>& content, ImVec2 mouse = ImVec2(-1, -1), bool leftDown = false) {
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = 1.0f / 60.0f;
    io.MousePos = mouse;
    io.MouseDown[0] = leftDown;
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(kWidth, kHeight));
    ImGui::Begin("##test", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
    content();
    ImGui::End();
    ImGui::Render();
  }

  void click(const std::function<void()>& content, ImVec2 at) {
    frame(content, at, false);
    frame(content, at, true);
    frame(content, at, false);
  }

  // Holds key `key` (kEnter, kA) down for one frame, with Ctrl as given.
  void press(const std::function<void()>& content, int key, bool ctrl = false) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl;
    io.KeysDown[key] = true;
    frame(content, io.MousePos);
    io.KeysDown[key] = false;
    io.KeyCtrl = false;
    frame(content, io.MousePos);
  }

  static constexpr int kEnter = 1, kA = 2;

 private:
  test::HeadlessImGui m_imgui{kWidth, kHeight};
};

// Where the widget `id` is: the first point, down the lines x = 20, 100, 200, … 500 and 580 in turn,
// where the mouse hovers it.
ImVec2 findItem(Headless& ui, const std::function<void()>& content, ImGuiID id) {
  REQUIRE(id != 0);
  for (float x : {20.0f, 100.0f, 200.0f, 300.0f, 400.0f, 500.0f, 580.0f})
    for (float y = 0; y < kHeight; y += 3) {
      ui.frame(content, ImVec2(x, y));
      if (ImGui::GetCurrentContext()->HoveredId == id) return ImVec2(x, y + 2);
    }
  FAIL("widget " << id << " not found");
  return {};
}

// Replaces the text of the field `id` with `text` and leaves the field.
void typeInto(Headless& ui, const std::function<void()>& content, ImGuiID id, const char* text) {
  const ImVec2 field = findItem(ui, content, id);
  ui.click(content, field);
  ui.press(content, Headless::kA, true);  // Ctrl+A: what is typed replaces the text
  ImGui::GetIO().AddInputCharactersUTF8(text);
  ui.frame(content, field);
  ui.click(content, kOutside);
}

// Opens the combo `id` and clicks its entry `row` (0: the first): the popup lies under the
// combo, one entry per text line.
void chooseEntry(Headless& ui, const std::function<void()>& content, ImGuiID id, int row) {
  const ImVec2 combo = findItem(ui, content, id);
  ui.click(content, combo);
  ui.frame(content, combo);  // a popup is sized in the frame after it appears
  const ImGuiWindow* popup = ImGui::FindWindowByName("##Combo_00");
  REQUIRE(popup);
  REQUIRE(popup->Active);
  const float pitch = ImGui::GetTextLineHeightWithSpacing();
  ui.click(content, ImVec2(popup->Pos.x + 30, popup->Pos.y + ImGui::GetStyle().WindowPadding.y +
                                                  pitch * static_cast<float>(row) + ImGui::GetFontSize() * 0.5f));
  ui.frame(content);
}

std::unique_ptr<AppState> stateOf(Project project) {
  auto s = std::make_unique<AppState>(std::move(project), "test", Language::German);
  finishLayout(*s);
  settleLayout(*s);  // the arrangement at opening is part of the project, not a step
  return s;
}

std::unique_ptr<AppState> hattingen() {
  LoadResult loaded = parseProjectJson(embeddedExampleJson());
  REQUIRE(loaded.project);
  return stateOf(std::move(*loaded.project));
}

const Indicator& indicatorOf(const AppState& s, const char* id) {
  for (const Indicator& i : s.project.indicators)
    if (i.id.value == id) return i;
  FAIL("no indicator " << id);
  return s.project.indicators.front();
}

std::vector<std::string> idsOf(const AppState& s, const std::vector<IndicatorsPanel::Row>& rows) {
  std::vector<std::string> ids;
  for (const IndicatorsPanel::Row& row : rows) ids.push_back(s.project.indicators[row.index].id.value);
  return ids;
}

const IndicatorsPanel::Row& rowOf(const AppState& s, const std::vector<IndicatorsPanel::Row>& rows, const char* id) {
  for (const IndicatorsPanel::Row& row : rows)
    if (s.project.indicators[row.index].id.value == id) return row;
  FAIL("no row " << id);
  return rows.front();
}

}  // namespace

// The example's targets, by hand. Each series runs 2008–2013, so x − 2010,5 is −2,5 … 2,5 and
// Sxx = 2 × (6,25 + 2,25 + 0,25) = 17,5; the slope is Σ (x − 2010,5) · y / Sxx.
//   einbuergerungen (higher is better, 105 by 2015): 68 74 81 77 92 96
//     Σ = −170 − 111 − 40,5 + 38,5 + 138 + 240 = 95, slope 95 / 17,5 = 5,428571;
//     96 < 105 not reached, 2013 < 2015; projected 96 + 2 × 5,428571 = 106,857 ≥ 105: on track.
//     Trend 92 → 96: better.
//   schulabgaenger-ohne-abschluss (lower is better, 7 by 2016): 13,9 12,7 12,1 10,8 9,6 9,9
//     Σ = −34,75 − 19,05 − 6,05 + 5,4 + 14,4 + 24,75 = −15,3, slope −0,874286;
//     projected 9,9 − 3 × 0,874286 = 7,277 > 7: off track. Trend 9,6 → 9,9: worse.
//   arbeitslosenquote-auslaender (lower is better, 12 by 2016): 17,2 18,5 17,6 16,3 15,8 15,4
//     Σ = −43 − 27,75 − 8,8 + 8,15 + 23,7 + 38,5 = −9,2, slope −0,525714;
//     projected 15,4 − 3 × 0,525714 = 13,823 > 12: off track. Trend 15,8 → 15,4: better.
//   anteil-migrationshintergrund, kita-kinder-migrationshintergrund: no target ("kein Ziel").
// Population 2013: 1362 + 1380 + 1905 + 3150 + 5530 + 29380 + 12910 = 55617 people;
// Alter 12910 / 55617 = 0,2321 → "23 %", Erwerbsleben 29380 / 55617 = 0,5283 → "53 %".
TEST_CASE("the Kennzahlen tab lists the example's indicators with their status and trend", "[window][indicators]") {
  Headless ui;
  auto s = hattingen();
  IndicatorsPanel panel;
  ui.frame([&] { panel.draw(*s); });

  CHECK(idsOf(*s, panel.figures()) == std::vector<std::string>{"anteil-migrationshintergrund",
                                                               "schulabgaenger-ohne-abschluss",
                                                               "arbeitslosenquote-auslaender", "einbuergerungen",
                                                               "kita-kinder-migrationshintergrund"});
  CHECK(idsOf(*s, panel.population()) == std::vector<std::string>{"bevoelkerung-fruehe-kindheit", "bevoelkerung-kita",
                                                                  "bevoelkerung-grundschule", "bevoelkerung-jugend",
                                                                  "bevoelkerung-uebergang", "bevoelkerung-erwerbsleben",
                                                                  "bevoelkerung-alter"});

  const IndicatorsPanel::Row& einbuergerungen = rowOf(*s, panel.figures(), "einbuergerungen");
  CHECK(einbuergerungen.progress.status == TargetStatus::OnTrack);
  CHECK(einbuergerungen.progress.trend == Trend::Better);
  CHECK(einbuergerungen.progress.projected.value() == Approx(106.857142857));
  const IndicatorsPanel::Row& schule = rowOf(*s, panel.figures(), "schulabgaenger-ohne-abschluss");
  CHECK(schule.progress.status == TargetStatus::OffTrack);
  CHECK(schule.progress.trend == Trend::Worse);
  CHECK(schule.progress.projected.value() == Approx(7.277142857));
  const IndicatorsPanel::Row& arbeit = rowOf(*s, panel.figures(), "arbeitslosenquote-auslaender");
  CHECK(arbeit.progress.status == TargetStatus::OffTrack);
  CHECK(arbeit.progress.trend == Trend::Better);
  CHECK(arbeit.progress.projected.value() == Approx(13.822857143));
  const IndicatorsPanel::Row& anteil = rowOf(*s, panel.figures(), "anteil-migrationshintergrund");
  CHECK(anteil.progress.status == TargetStatus::NoData);

  // What the status column and its tooltip say.
  const Language de = Language::German;
  CHECK(uiText(statusName(indicatorOf(*s, "einbuergerungen"), einbuergerungen.progress), de) ==
        std::string("auf Kurs"));
  CHECK(uiText(statusName(indicatorOf(*s, "arbeitslosenquote-auslaender"), arbeit.progress), de) ==
        std::string("nicht auf Kurs"));
  CHECK(uiText(statusName(indicatorOf(*s, "anteil-migrationshintergrund"), anteil.progress), de) ==
        std::string("kein Ziel"));
  CHECK(statusExplanation(indicatorOf(*s, "einbuergerungen"), einbuergerungen.progress, de) ==
        "Der Trend aller Werte bis 2013 führt im Zieljahr 2015 zu 106,9 Anzahl.");
  CHECK(statusExplanation(indicatorOf(*s, "schulabgaenger-ohne-abschluss"), schule.progress, Language::English) ==
        "The trend of all values up to 2013 leads to 7.3 % in the target year 2016.");
  CHECK(targetText(indicatorOf(*s, "schulabgaenger-ohne-abschluss"), de) == "Ziel: 7 % bis 2016");

  // The population per life phase with its share.
  const IndicatorsPanel::Row& alter = rowOf(*s, panel.population(), "bevoelkerung-alter");
  CHECK(alter.share.value() == Approx(12910.0 / 55617.0));
  CHECK(rowOf(*s, panel.population(), "bevoelkerung-erwerbsleben").share.value() == Approx(29380.0 / 55617.0));
  CHECK(alter.progress.trend == Trend::Up);  // 12760 → 12910, a neutral figure
  CHECK(valueText(*alter.progress.latest, indicatorOf(*s, "bevoelkerung-alter"), de) == "12.910 Personen");

  // Nothing chosen: no chart. The whole panel draws in English, hovered all over, too.
  CHECK_FALSE(panel.chart());
  s->language = Language::English;
  for (float y = 0; y < kHeight; y += 11) ui.frame([&] { panel.draw(*s); }, ImVec2(150 + y * 0.4f, y));
  CHECK(s->history.steps().empty());  // looking changes nothing
}

TEST_CASE("the chosen indicator's chart: its geometry, and the point under the mouse", "[window][indicators]") {
  Headless ui;
  auto s = hattingen();
  IndicatorsPanel panel;
  Options options;
  options.select = "indicator:einbuergerungen";
  REQUIRE_FALSE(applyStartupOptions(*s, options));
  CHECK(s->indicator == IndicatorId("einbuergerungen"));
  CHECK(s->rightTab == RightTab::Indicators);  // no --panel: the Kennzahlen tab shows it
  auto draw = [&] { panel.draw(*s); };
  ui.frame(draw);
  REQUIRE(panel.chart());
  const LineChart& chart = panel.chart()->chart;
  // Values 2008–2013 and the target year 2015; the conference ik-2013 (2013-11-20) lies in between.
  CHECK(chart.firstYear == 2008);
  CHECK(chart.lastYear == 2015);
  REQUIRE(chart.points.size() == 6);
  REQUIRE(chart.target);
  CHECK(chart.target->year == 2015);
  CHECK(chart.target->value == Approx(105));
  REQUIRE(chart.conferences.size() == 1);
  CHECK(chart.conferences.front().year == 2013);
  // As wide as the panel: the window's content (600 − 2 × 8 padding) in chart units.
  const float contentWidth = kWidth - 2 * ImGui::GetStyle().WindowPadding.x;
  CHECK(chart.width * panel.chart()->scale == Approx(contentWidth).margin(1));

  // The mouse on the point of 2012 (its x): its year, and nothing once the mouse leaves.
  const ChartPoint& p2012 = chart.points[4];
  REQUIRE(p2012.year == 2012);
  ui.frame(draw, panel.chart()->onScreen(p2012));
  CHECK(panel.hoveredYear() == 2012);
  ui.frame(draw, panel.chart()->onScreen(chart.points.back()));
  CHECK(panel.hoveredYear() == 2013);
  ui.frame(draw, kOutside);
  CHECK_FALSE(panel.hoveredYear());

  // "Bearbeiten …" asks the inspector to show the indicator, once.
  CHECK_FALSE(panel.takeEditRequest());
  ImGuiID edit = 0;
  auto drawAndFind = [&] {
    ImGui::PushID("einbuergerungen");
    edit = ImGui::GetID(uiText(UiText::IndicatorEdit, Language::German));
    ImGui::PopID();
    draw();
  };
  ui.frame(drawAndFind);
  ui.click(drawAndFind, findItem(ui, drawAndFind, edit));
  CHECK(panel.takeEditRequest() == ItemRef{ItemKind::Indicator, "einbuergerungen"});
  CHECK_FALSE(panel.takeEditRequest());
}

TEST_CASE("the command line opens the Kennzahlen tab with --panel indicators and --select indicator:ID, or names the ids", "[window][indicators]") {
  auto s = stateOf(test::smallProject());
  Options options;
  options.panel = "indicators";
  CHECK_FALSE(applyStartupOptions(*s, options));
  CHECK(s->rightTab == RightTab::Indicators);

  options.panel = "edit";
  options.select = "indicator:i1";
  CHECK_FALSE(applyStartupOptions(*s, options));
  CHECK(s->indicator == IndicatorId("i1"));
  CHECK(s->rightTab == RightTab::Inspector);  // --panel wins

  options.panel.reset();
  options.select = "indicator:i9";
  const auto refused = applyStartupOptions(*s, options);
  REQUIRE(refused);
  CHECK(*refused == "--select \"indicator:i9\": the project has no indicator of that id (it has: \"i1\")");
  CHECK(s->rightTab == RightTab::Inspector);  // nothing else changed

  options.select.reset();
  options.panel = "kennzahlen";
  const auto unknown = applyStartupOptions(*s, options);
  REQUIRE(unknown);
  CHECK(unknown->find("edit, history, conference or indicators") != std::string::npos);
}

TEST_CASE("an indicator's new fields edited in the inspector, each change one undo step",
          "[window][inspector][indicators]") {
  Headless ui;
  Inspector inspector;
  auto s = stateOf(test::smallProject());
  inspector.show({ItemKind::Indicator, "i1"});
  std::function<void()> draw = [&] { inspector.draw(*s); };
  for (int i = 0; i < 3; ++i) ui.frame(draw);
  ui.click(draw, kOutside);  // the name field had the keyboard (show()); leave it unchanged
  REQUIRE(s->history.steps().empty());

  // The form's widgets, by the ImGui ids of their labels inside the item's id scope.
  struct Ids {
    ImGuiID kind, direction, addPhase, targetValue, targetYear, removeTarget, value2011, remove2010, newValue, addValue;
  } id{};
  auto drawAndFind = [&] {
    ImGui::PushID("indicator");
    ImGui::PushID("i1");
    id.kind = ImGui::GetID("Art");
    id.direction = ImGui::GetID("Richtung");
    ImGui::PushID("Lebensphasen");
    id.addPhase = ImGui::GetID("##add");
    ImGui::PopID();
    id.targetValue = ImGui::GetID("Zielwert");
    id.targetYear = ImGui::GetID("Zieljahr");
    id.removeTarget = ImGui::GetID("Zielwert entfernen");
    id.newValue = ImGui::GetID("##newValue");
    id.addValue = ImGui::GetID("Wert hinzufügen");
    ImGui::PushOverrideID(ImGui::GetID("##values"));  // a table's rows live in its own id scope
    ImGui::PushID(2011);
    id.value2011 = ImGui::GetID("##value");
    ImGui::PopID();
    ImGui::PushID(2010);
    id.remove2010 = ImGui::GetID("×");
    ImGui::PopID();
    ImGui::PopID();
    ImGui::PopID();
    ImGui::PopID();
    inspector.draw(*s);
  };
  draw = drawAndFind;
  ui.frame(draw);

  // The indicator after each step, to walk back through with undo.
  std::vector<Indicator> states{indicatorOf(*s, "i1")};
  auto stepped = [&](const char* what) {
    INFO(what);
    CHECK_FALSE(inspector.problem());
    REQUIRE(s->history.steps().size() == states.size());
    CHECK(stepText(*s->history.nextUndo(), Language::German) == "Kennzahl „Anteil mit Migrationshintergrund“ ändern");
    states.push_back(indicatorOf(*s, "i1"));
  };

  chooseEntry(ui, draw, id.kind, 1);  // Kennzahl, Bevölkerung
  CHECK(indicatorOf(*s, "i1").kind == IndicatorKind::Population);
  stepped("kind");

  const ImVec2 addPhase = findItem(ui, draw, id.addPhase);
  ui.click(draw, addPhase);
  ui.frame(draw, addPhase);  // the picker's filter takes the keyboard
  ImGui::GetIO().AddInputCharactersUTF8("alter");
  ui.frame(draw);
  ui.press(draw, Headless::kEnter);
  CHECK(indicatorOf(*s, "i1").lifePhases == std::vector<LifePhaseId>{LifePhaseId("p2")});
  stepped("life phase");

  chooseEntry(ui, draw, id.direction, 2);  // neutral, höher, niedriger ist besser
  CHECK(indicatorOf(*s, "i1").direction == IndicatorDirection::LowerIsBetter);
  stepped("direction");

  // A target's value alone waits for its year: no step yet.
  typeInto(ui, draw, id.targetValue, "10,5");
  CHECK_FALSE(indicatorOf(*s, "i1").target);
  CHECK(s->history.steps().size() == 3);
  typeInto(ui, draw, id.targetYear, "2016");
  CHECK(indicatorOf(*s, "i1").target == IndicatorTarget{10.5, 2016});
  stepped("target");

  typeInto(ui, draw, id.targetYear, "2015");
  CHECK(indicatorOf(*s, "i1").target == IndicatorTarget{10.5, 2015});
  stepped("target year");

  typeInto(ui, draw, id.value2011, "12,25");
  CHECK(indicatorOf(*s, "i1").values.at(2011) == Approx(12.25));
  stepped("value of 2011");

  // The new row offers the year after the last (2013).
  typeInto(ui, draw, id.newValue, "9,5");
  ui.click(draw, findItem(ui, draw, id.addValue));
  CHECK(indicatorOf(*s, "i1").values == std::map<int, double>{{2010, 11.25}, {2011, 12.25}, {2012, 0.1}, {2013, 9.5}});
  stepped("year added");

  ui.click(draw, findItem(ui, draw, id.remove2010));
  CHECK(indicatorOf(*s, "i1").values == std::map<int, double>{{2011, 12.25}, {2012, 0.1}, {2013, 9.5}});
  stepped("year removed");

  ui.click(draw, findItem(ui, draw, id.removeTarget));
  CHECK_FALSE(indicatorOf(*s, "i1").target);
  stepped("target removed");

  // Undo walks back one state per step, to the indicator as it was.
  for (std::size_t back = states.size() - 1; back > 0; --back) {
    REQUIRE(undo(*s));
    CHECK(indicatorOf(*s, "i1") == states[back - 1]);
  }
  CHECK(indicatorOf(*s, "i1") == test::smallProject().indicators.front());
}

TEST_CASE("a target without a direction is refused with a message; choosing one takes it",
          "[window][inspector][indicators]") {
  Headless ui;
  Inspector inspector;
  auto s = stateOf(test::smallProject());
  inspector.show({ItemKind::Indicator, "i1"});
  ImGuiID direction = 0, targetValue = 0, targetYear = 0;
  std::function<void()> draw = [&] {
    ImGui::PushID("indicator");
    ImGui::PushID("i1");
    direction = ImGui::GetID("Richtung");
    targetValue = ImGui::GetID("Zielwert");
    targetYear = ImGui::GetID("Zieljahr");
    ImGui::PopID();
    ImGui::PopID();
    inspector.draw(*s);
  };
  for (int i = 0; i < 3; ++i) ui.frame(draw);
  ui.click(draw, kOutside);
  const Indicator before = indicatorOf(*s, "i1");
  REQUIRE(before.direction == IndicatorDirection::Neutral);

  // A year the form does not take.
  typeInto(ui, draw, targetYear, "1850");
  CHECK(inspector.problem() == UiText::IndicatorYearRange);

  typeInto(ui, draw, targetValue, "7");
  typeInto(ui, draw, targetYear, "2016");
  CHECK(inspector.problem() == UiText::TargetNeedsDirection);
  CHECK(uiText(*inspector.problem(), Language::German) ==
        std::string("Ein Zielwert braucht eine Richtung: erst „höher ist besser“ oder „niedriger ist besser“ wählen."));
  CHECK(indicatorOf(*s, "i1") == before);
  CHECK(s->history.steps().empty());

  // Choosing a direction takes the target typed with it, as one step.
  chooseEntry(ui, draw, direction, 1);  // höher ist besser
  CHECK_FALSE(inspector.problem());
  CHECK(indicatorOf(*s, "i1").direction == IndicatorDirection::HigherIsBetter);
  CHECK(indicatorOf(*s, "i1").target == IndicatorTarget{7, 2016});
  CHECK(s->history.steps().size() == 1);

  // Back to neutral while it has a target: refused, nothing changes.
  chooseEntry(ui, draw, direction, 0);
  CHECK(inspector.problem() == UiText::TargetNeedsDirection);
  CHECK(indicatorOf(*s, "i1").direction == IndicatorDirection::HigherIsBetter);
  CHECK(s->history.steps().size() == 1);

  REQUIRE(undo(*s));
  CHECK(indicatorOf(*s, "i1") == before);
}

TEST_CASE("what the indicator form refuses, without UI", "[inspector][indicators]") {
  Indicator i;
  i.name = "Einbürgerungen";
  CHECK_FALSE(problemWith(i));
  i.target = IndicatorTarget{105, 2015};
  CHECK(problemWith(i) == UiText::TargetNeedsDirection);
  i.direction = IndicatorDirection::HigherIsBetter;
  CHECK_FALSE(problemWith(i));
  i.target->value = std::numeric_limits<double>::infinity();
  CHECK(problemWith(i) == UiText::NumberRequired);
  i.target.reset();
  i.kind = IndicatorKind::Population;  // without a life phase: a warning of validation, no refusal
  CHECK_FALSE(problemWith(i));

  CHECK(parseIndicatorYear(" 2016 ") == 2016);
  CHECK(parseIndicatorYear("1900") == 1900);
  CHECK(parseIndicatorYear("2200") == 2200);
  CHECK_FALSE(parseIndicatorYear("1899"));
  CHECK_FALSE(parseIndicatorYear("2201"));
  CHECK_FALSE(parseIndicatorYear("20x6"));
}

// A goal g with a sub-goal h; three activities, an indicator naming g:
//
//        2009   2010   2011            a1: lead A, for g, 2010–2011, finished by now
//   a1    ·      ■      ■              a2: lead B, partner C, for h (below g), from 2011
//   a2    ·      ·      ■              a3: lead D, for nothing, 2009 only
//   a3    ■      ·      ·              i1: for g, 5 (2010), 7 (2011), higher is better, 10 by 2013
//
// The project spans 2009–2011 (activity years; the indicator's values lie within). The card:
//   2009: no activity;  2010: a1 → 1 activity, 1 actor (A);
//   2011: a1, a2 (through h) → 2 activities, 3 actors (A, B, C).
// i1: slope (7 − 5) / 1 = 2, projected 7 + 2 × (2013 − 2011) = 11 ≥ 10: on track; 5 → 7 better.
TEST_CASE("a selected goal's card: its indicator and its activities and actors year by year", "[window][indicators]") {
  Project p = test::ProjectBuilder()
                  .field("f")
                  .phase("p", 1)
                  .concept_("k")
                  .goal("g", "k", {"f"})
                  .goal("h", "k", {"f"}, "g")
                  .actor("A")
                  .actor("B")
                  .actor("C")
                  .actor("D")
                  .activity("a1", "A", {}, {"f"}, {"g"}, {"p"}, ActivityStatus::Finished, 2010, 2011)
                  .activity("a2", "B", {"C"}, {"f"}, {"h"}, {"p"}, ActivityStatus::Running, 2011)
                  .activity("a3", "D", {}, {"f"}, {}, {"p"}, ActivityStatus::Finished, 2009, 2009)
                  .build();
  Indicator i1;
  i1.id = IndicatorId("i1");
  i1.name = "Teilnehmende";
  i1.goals = {GoalId("g")};
  i1.values = {{2010, 5}, {2011, 7}};
  i1.direction = IndicatorDirection::HigherIsBetter;
  i1.target = IndicatorTarget{10, 2013};
  p.indicators = {i1};
  Headless ui;
  auto s = stateOf(std::move(p));
  DetailsPanel details;
  auto draw = [&] { details.draw(*s); };

  ui.frame(draw);
  CHECK_FALSE(details.goalCard());  // nothing selected
  const std::optional<Vertex> g = s->view.vertexOf(NodeKind::Goal, "g");
  REQUIRE(g);
  select(*s, *g);
  ui.frame(draw);
  REQUIRE(details.goalCard());
  const GoalCard& card = *details.goalCard();
  CHECK(card.goal == GoalId("g"));
  REQUIRE(card.years.size() == 3);
  CHECK((card.years[0].year == 2009 && card.years[0].activities == 0 && card.years[0].actors == 0));
  CHECK((card.years[1].year == 2010 && card.years[1].activities == 1 && card.years[1].actors == 1));
  CHECK((card.years[2].year == 2011 && card.years[2].activities == 2 && card.years[2].actors == 3));
  REQUIRE(card.indicators.size() == 1);
  CHECK(card.indicators.front().status == TargetStatus::OnTrack);
  CHECK(card.indicators.front().projected.value() == Approx(11));
  CHECK(card.indicators.front().trend == Trend::Better);

  // The Kennzahlen tab shows the same card while the goal is selected.
  IndicatorsPanel indicators;
  ui.frame([&] { indicators.draw(*s); });
  REQUIRE(indicators.goalCard());
  CHECK(indicators.goalCard()->years.size() == 3);
  CHECK(indicators.goalCard()->years[2].actors == 3);

  // Hovered all over, in English, it draws; an actor selected shows no card.
  s->language = Language::English;
  for (float y = 0; y < kHeight; y += 9) ui.frame(draw, ImVec2(100, y));
  select(*s, *s->view.vertexOf(NodeKind::Actor, "A"));
  ui.frame(draw);
  ui.frame([&] { indicators.draw(*s); });
  CHECK_FALSE(details.goalCard());
  CHECK_FALSE(indicators.goalCard());
  CHECK(s->history.steps().empty());
}

TEST_CASE("the card looks at the last eight years the project spans", "[window][indicators]") {
  Project p = test::ProjectBuilder()
                  .field("f")
                  .phase("p", 1)
                  .concept_("k")
                  .goal("g", "k", {"f"})
                  .actor("A")
                  .activity("a1", "A", {}, {"f"}, {"g"}, {"p"}, ActivityStatus::Running, 2001, 2020)
                  .build();
  Headless ui;
  auto s = stateOf(std::move(p));
  DetailsPanel details;
  select(*s, *s->view.vertexOf(NodeKind::Goal, "g"));
  ui.frame([&] { details.draw(*s); });
  REQUIRE(details.goalCard());
  // 2001–2020 spanned: the card shows 2013–2020, a1 running in each.
  const std::vector<GoalYear>& years = details.goalCard()->years;
  REQUIRE(years.size() == static_cast<std::size_t>(kGoalCardYears));
  CHECK(years.front().year == 2013);
  CHECK(years.back().year == 2020);
  for (const GoalYear& year : years) CHECK((year.activities == 1 && year.actors == 1));
}
