#pragma once
// The Kennzahlen tab: "Woran merken wir es?" for the whole project.
//
// While one goal is selected on the map, its card comes first (window/goal_card.hpp), under
// a header with the goal's title: the tab shows it where the left column with the details
// has given way to the map (small windows).
//
// At the top the indicator chosen (AppState::indicator): its latest value and trend, target
// status, target and direction, and its line chart as wide as the panel and as high as the
// panel's height in view allows (6 to 15 font sizes), laid out by report/line_chart.hpp and
// painted here with ImGui's draw lists (panels/indicators/line_chart.cpp): the series with a
// dot per year, the target as a dashed line ending in a ring, the conferences' years as thin
// lines labelled above the plot, year and value labels; hovering a point shows its year and
// value. Below it why the status is what it is (core/indicator_words.hpp), the indicator's
// source, field, life phases and goals (a click selects the goal on the map, whose card the
// details then show), and a button to edit it in the inspector.
//
// Then the list, in two groups, each in project order: the figures (kind Figure) with their
// latest value, target, status (auf Kurs / nicht auf Kurs / keine Daten / kein Ziel) and trend
// arrow (window/indicator_marks.hpp); the population per life phase (kind Population) with
// their latest value, the phase's share of the population (phasePopulation) and trend. A
// click on a row chooses that indicator.
//
// Assessments are made anew when the data change (dataRevision), not every frame.
#include <imgui.h>

#include <cstdint>
#include <optional>
#include <vector>

#include "analysis/indicator_progress.hpp"
#include "core/app_state.hpp"
#include "edit/item_kind.hpp"
#include "report/line_chart.hpp"
#include "window/goal_card.hpp"

namespace knp::app {

class IndicatorsPanel {
 public:
  // The panel's content; the caller has begun a child window or tab for it.
  void draw(AppState& state);

  // One indicator of the list: its place in Project::indicators and its assessment as of its
  // latest value; for a population figure of one life phase, that phase's share of the
  // population (phasePopulation), when known.
  struct Row {
    std::size_t index = 0;
    IndicatorProgress progress;
    std::optional<double> share;
  };
  // The two groups as last drawn (figures, then population), each in project order.
  const std::vector<Row>& figures() const { return m_figures; }
  const std::vector<Row>& population() const { return m_population; }

  // The chart as last drawn: its geometry (in chart units), where its origin was on the
  // screen and the pixels per unit; nothing when no chart was drawn.
  struct DrawnChart {
    LineChart chart;
    ImVec2 origin;
    float scale = 1.0f;
    // Where `point` is on the screen.
    ImVec2 onScreen(const ChartPoint& point) const;
  };
  const std::optional<DrawnChart>& chart() const { return m_chart; }
  // The year of the point the mouse was over in the last frame (its tooltip shows its year
  // and value); nothing when none.
  std::optional<int> hoveredYear() const { return m_hoveredYear; }

  // The card of the goal selected on the map as last drawn; nothing when none was shown.
  const std::optional<GoalCard>& goalCard() const { return m_goalCard.card(); }

  // The indicator "Bearbeiten …" asked the inspector to show, once; nothing otherwise.
  std::optional<ItemRef> takeEditRequest();

 private:
  void refresh(const AppState& s);
  void drawChosen(AppState& s, const Indicator& indicator, const IndicatorProgress& progress);
  void drawFacts(AppState& s, const Indicator& indicator);
  void drawGroup(AppState& s, const std::vector<Row>& rows, bool population);
  // panels/indicators/line_chart.cpp: the chart `width` pixels wide at the cursor, in at most
  // `room` pixels of height where they allow a readable chart.
  void drawChart(const AppState& s, const Indicator& indicator, float width, float room);

  std::uint64_t m_revision = UINT64_MAX;  // the dataRevision the rows were made for
  std::vector<Row> m_figures, m_population;
  std::optional<DrawnChart> m_chart;
  std::optional<int> m_hoveredYear;
  std::optional<ItemRef> m_editRequest;
  GoalCardView m_goalCard;
};

}  // namespace knp::app
