// The Kennzahlen tab's line chart (declared in panels/indicators.hpp): report/line_chart.hpp
// lays it out once; this file only paints that geometry with ImGui's draw lists, scaled so
// that the layout's margins hold labels at the window's font size.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <utility>

#include "conference/conference_dates.hpp"
#include "core/indicator_words.hpp"
#include "core/palette.hpp"
#include "core/ui_text.hpp"
#include "window/panels/indicators.hpp"

namespace knp::app {
namespace {

// Chart units per font size. The layout leaves kChartLeft (48) units for the value labels and
// kChartBottom (24) for the years; at 13 units a font size those are 3.7 and 1.8 font sizes,
// room for "29.380" and for a year under its tick at any text size.
constexpr float kUnitsPerFont = 13.0f;

const Rgba kSeries = rgba(31, 63, 143);  // dark blue, as the reports' SVG
const Rgba kTarget = rgba(36, 138, 61);  // green
const Rgba kConference = rgba(150, 150, 150);
const Rgba kAxis = rgba(120, 120, 120);
const Rgba kGrid = rgba(228, 228, 228);
const Rgba kLabel = rgba(70, 70, 70);

// A dashed line from `a` to `b`: dashes `dash` long with `gap` between.
void dashedLine(ImDrawList* list, ImVec2 a, ImVec2 b, Rgba colour, float thickness, float dash, float gap) {
  const float dx = b.x - a.x, dy = b.y - a.y;
  const float length = std::sqrt(dx * dx + dy * dy);
  if (length <= 0) return;
  const float ux = dx / length, uy = dy / length;
  for (float t = 0; t < length; t += dash + gap) {
    const float end = std::min(t + dash, length);
    list->AddLine(ImVec2(a.x + ux * t, a.y + uy * t), ImVec2(a.x + ux * end, a.y + uy * end), colour, thickness);
  }
}

void tooltip(const std::string& text) {
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(text.c_str());
  ImGui::EndTooltip();
}

}  // namespace

ImVec2 IndicatorsPanel::DrawnChart::onScreen(const ChartPoint& point) const {
  return ImVec2(origin.x + static_cast<float>(point.x) * scale, origin.y + static_cast<float>(point.y) * scale);
}

void IndicatorsPanel::drawChart(const AppState& s, const Indicator& indicator, float width, float room) {
  const Language lang = s.language;
  const float font = ImGui::GetFontSize();
  if (width < font * 8) return;  // too narrow to read; the values are in the inspector
  const float scale = font / kUnitsPerFont;
  std::vector<int> conferenceYears;
  for (const Conference& c : s.project.conferences)
    if (const std::optional<int> year = conferenceYear(c)) conferenceYears.push_back(*year);
  // A line above the chart for the conferences' labels: the layout's top margin holds none
  // at the window's font size. The height does not change which years show, so a first
  // layout tells whether the line is needed.
  const bool labelled =
      !layoutLineChart(indicator, conferenceYears, width / scale, font * 6 / scale, lang).conferences.empty();
  const float labelRow = labelled ? font * 1.2f : 0.0f;
  const float height = std::clamp(std::min(width * 0.55f, room - labelRow - font * 0.5f), font * 6, font * 15);
  LineChart laidOut = layoutLineChart(indicator, conferenceYears, width / scale, height / scale, lang);
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const ImVec2 origin(top.x, top.y + labelRow);
  m_chart = DrawnChart{std::move(laidOut), origin, scale};
  const DrawnChart& drawn = *m_chart;
  const LineChart& chart = drawn.chart;
  ImGui::InvisibleButton("##chart", ImVec2(width, labelRow + height));
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* list = ImGui::GetWindowDrawList();
  auto at = [&](double x, double y) {
    return ImVec2(origin.x + static_cast<float>(x) * scale, origin.y + static_cast<float>(y) * scale);
  };
  const ImVec2 plotMin = at(chart.left, chart.top), plotMax = at(chart.right, chart.bottom);
  const float thin = std::max(1.0f, scale * 0.8f);

  // Grid and value labels: right-aligned left of the plot, centred on their line.
  for (const ChartTick& tick : chart.valueTicks) {
    const float y = at(0, tick.position).y;
    list->AddLine(ImVec2(plotMin.x, y), ImVec2(plotMax.x, y), kGrid, thin);
    const ImVec2 size = ImGui::CalcTextSize(tick.label.c_str());
    list->AddText(ImVec2(plotMin.x - font * 0.3f - size.x, y - size.y * 0.5f), kLabel, tick.label.c_str());
  }
  // Axes, then the years under the plot, centred on their x.
  list->AddLine(ImVec2(plotMin.x, plotMax.y), plotMax, kAxis, thin);
  list->AddLine(plotMin, ImVec2(plotMin.x, plotMax.y), kAxis, thin);
  // Every tick gets its mark; a label that would touch the one before it (a narrow chart at a
  // large text size) is left out, the last year's always kept.
  std::vector<std::pair<float, float>> spans;  // each year label's left and right edge
  for (const ChartTick& tick : chart.yearTicks) {
    const float x = at(tick.position, 0).x;
    const float w = ImGui::CalcTextSize(tick.label.c_str()).x;
    list->AddLine(ImVec2(x, plotMax.y), ImVec2(x, plotMax.y + font * 0.25f), kAxis, thin);
    const float left = std::clamp(x - w * 0.5f, origin.x, origin.x + width - w);
    spans.emplace_back(left, left + w);
  }
  const float gap = font * 0.25f;
  float shownRight = -std::numeric_limits<float>::max();
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const bool last = i + 1 == spans.size();
    if (spans[i].first < shownRight + gap) continue;
    if (!last && spans[i].second + gap > spans.back().first) continue;
    list->AddText(ImVec2(spans[i].first, plotMax.y + font * 0.3f), kLabel, chart.yearTicks[i].label.c_str());
    shownRight = spans[i].second;
  }

  // Conferences: a thin line from the label row above the plot down across it, labelled
  // "Konferenz 2013" beside the line on the side with more room (as the reports' SVG).
  std::optional<int> hoveredConference;
  for (const ChartMarker& marker : chart.conferences) {
    const float x = at(marker.x, 0).x;
    list->AddLine(ImVec2(x, top.y), ImVec2(x, plotMax.y), kConference, thin);
    const std::string label = fmt::format("{} {}", uiText(UiText::ChartConference, lang), marker.year);
    const float labelWidth = ImGui::CalcTextSize(label.c_str()).x;
    const bool leftOfLine = x > (plotMin.x + plotMax.x) * 0.5f;
    const float left = leftOfLine ? x - font * 0.25f - labelWidth : x + font * 0.25f;
    list->AddText(ImVec2(std::clamp(left, origin.x, origin.x + width - labelWidth), top.y), kConference, label.c_str());
    if (hovered && std::abs(ImGui::GetIO().MousePos.x - x) <= font * 0.3f) hoveredConference = marker.year;
  }

  // The target: dashed from the first year to the target year, a ring at its end.
  const float dot = 3.2f * scale;
  if (chart.target) {
    const ImVec2 end = drawn.onScreen(*chart.target);
    dashedLine(list, ImVec2(plotMin.x, end.y), end, kTarget, std::max(1.0f, 1.6f * scale), 5 * scale, 4 * scale);
    list->AddCircle(end, dot * 1.6f, kTarget, 0, std::max(1.5f, 2.0f * scale));
  }

  // The series, a dot at each year.
  std::vector<ImVec2> line;
  for (const ChartPoint& point : chart.points) line.push_back(drawn.onScreen(point));
  if (line.size() > 1)
    list->AddPolyline(line.data(), static_cast<int>(line.size()), kSeries, ImDrawFlags_None,
                      std::max(1.5f, 2.0f * scale));
  for (const ImVec2& p : line) list->AddCircleFilled(p, dot, kSeries);
  if (line.empty()) {
    const char* none = uiText(UiText::IndicatorNoValue, lang);
    const ImVec2 size = ImGui::CalcTextSize(none);
    list->AddText(ImVec2((plotMin.x + plotMax.x - size.x) * 0.5f, (plotMin.y + plotMax.y - size.y) * 0.5f), kAxis,
                  none);
  }

  if (!hovered) return;
  // The point nearest the mouse across, within half the distance to its neighbours (at least
  // most of a font size): its year and value. Else the target's ring, else a conference.
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const float spacing =
      line.size() > 1 ? (line.back().x - line.front().x) / static_cast<float>(line.size() - 1) : width;
  const float reach = std::max(font * 0.8f, spacing * 0.5f);
  std::size_t nearest = line.size();
  float best = std::numeric_limits<float>::max();
  for (std::size_t i = 0; i < line.size(); ++i)
    if (const float d = std::abs(line[i].x - mouse.x); d <= reach && d < best) best = d, nearest = i;
  if (nearest < line.size()) {
    const ChartPoint& point = chart.points[nearest];
    m_hoveredYear = point.year;
    list->AddCircle(line[nearest], dot * 1.9f, kSeries, 0, std::max(1.0f, 1.5f * scale));
    tooltip(fmt::format("{}: {}", point.year, valueText(point.value, indicator, lang)));
    return;
  }
  if (chart.target) {
    const ImVec2 end = drawn.onScreen(*chart.target);
    if (std::hypot(mouse.x - end.x, mouse.y - end.y) <= font) {
      tooltip(fmt::format(fmt::runtime(uiText(UiText::ChartTargetTip, lang)),
                          valueText(chart.target->value, indicator, lang), chart.target->year));
      return;
    }
  }
  if (hoveredConference) {
    std::string titles;
    for (const Conference& c : s.project.conferences)
      if (conferenceYear(c) == hoveredConference) titles += (titles.empty() ? "" : "\n") + c.title;
    tooltip(titles);
  }
}

}  // namespace knp::app
