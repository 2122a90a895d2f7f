#include "report/line_chart.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "text/markup_escape.hpp"
#include "text/number_format.hpp"

namespace knp {
namespace {

constexpr int kMostYearTicks = 12;
constexpr std::string_view kSeriesColour = "#1f3a93";      // dark blue
constexpr std::string_view kTargetColour = "#2e7d32";      // green
constexpr std::string_view kConferenceColour = "#9e9e9e";  // grey
constexpr std::string_view kAxisColour = "#616161";
constexpr std::string_view kTextColour = "#333333";

// The years shown as labels: every year while at most 12, else every k-th from the first, the
// last always; an in-between year closer than k/2 to the last is left out so that labels do
// not collide.
std::vector<int> tickYears(int first, int last) {
  std::vector<int> years;
  const int span = last - first;
  const int step = span + 1 <= kMostYearTicks ? 1 : (span + kMostYearTicks - 2) / (kMostYearTicks - 1);
  for (int year = first; year < last; year += step)
    if (year == first || 2 * (last - year) >= step) years.push_back(year);
  years.push_back(last);
  return years;
}

// The decimals a value label needs so that the three labels across `range` differ: two
// significant digits of the range, 0..6 (range 7.7 → 1 decimal, range 730 → none).
int labelDecimals(double range) {
  if (!(range > 0.0)) return 0;
  return std::clamp(1 - static_cast<int>(std::floor(std::log10(range))), 0, 6);
}

// A coordinate in SVG: rounded to hundredths, no trailing zeros, always a decimal point.
std::string coordinate(double value) {
  double rounded = std::round(value * 100.0) / 100.0;
  if (rounded == 0.0) rounded = 0.0;  // no "-0"
  std::string text = fmt::format("{:.2f}", rounded);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

std::string xml(std::string_view text) { return escapeMarkup(text, MarkupPolicy::Xml); }

}  // namespace

LineChart layoutLineChart(const Indicator& indicator, const std::vector<int>& conferenceYears, double width,
                          double height, Language language) {
  LineChart chart;
  chart.width = width;
  chart.height = height;
  chart.left = kChartLeft;
  chart.top = kChartTop;
  chart.right = std::max(chart.left, width - kChartRight);
  chart.bottom = std::max(chart.top, height - kChartBottom);

  const std::optional<IndicatorTarget>& target = indicator.target;
  if (indicator.values.empty() && !target) return chart;  // nothing to draw: no years, no ticks

  // Years.
  std::optional<int> first, last;
  auto spanYear = [&first, &last](int year) {
    first = first ? std::min(*first, year) : year;
    last = last ? std::max(*last, year) : year;
  };
  for (const auto& entry : indicator.values) spanYear(entry.first);
  if (target) spanYear(target->year);
  std::vector<int> conferences;
  if (!indicator.values.empty()) {
    const int from = indicator.values.begin()->first;
    const int to = target ? std::max(target->year, indicator.values.rbegin()->first) : indicator.values.rbegin()->first;
    for (int year : conferenceYears)
      if (year >= from && year <= to) conferences.push_back(year);
    std::sort(conferences.begin(), conferences.end());
    conferences.erase(std::unique(conferences.begin(), conferences.end()), conferences.end());
  }
  chart.firstYear = *first;
  chart.lastYear = *last;

  // Values.
  double low = target ? target->value : indicator.values.begin()->second;
  double high = low;
  for (const auto& entry : indicator.values) {
    low = std::min(low, entry.second);
    high = std::max(high, entry.second);
  }
  const double range = high - low;
  chart.minValue = range > 0.0 ? low - 0.05 * range : low - 1.0;
  chart.maxValue = range > 0.0 ? high + 0.05 * range : high + 1.0;
  if (low >= 0.0 && chart.minValue < 0.0) chart.minValue = 0.0;

  const double plotWidth = chart.right - chart.left, plotHeight = chart.bottom - chart.top;
  auto x = [&](int year) {
    if (chart.firstYear == chart.lastYear) return chart.left + plotWidth / 2.0;
    return chart.left + static_cast<double>(year - chart.firstYear) / (chart.lastYear - chart.firstYear) * plotWidth;
  };
  auto y = [&](double value) {
    return chart.bottom - (value - chart.minValue) / (chart.maxValue - chart.minValue) * plotHeight;
  };

  for (const auto& [year, value] : indicator.values) chart.points.push_back({year, value, x(year), y(value)});
  if (target) chart.target = ChartPoint{target->year, target->value, x(target->year), y(target->value)};
  for (int year : conferences) chart.conferences.push_back({year, x(year)});

  for (int year : tickYears(chart.firstYear, chart.lastYear)) chart.yearTicks.push_back({x(year), std::to_string(year)});
  const int decimals = labelDecimals(chart.maxValue - chart.minValue);
  const double middle = (chart.minValue + chart.maxValue) / 2.0;
  for (double value : {chart.minValue, middle, chart.maxValue})
    chart.valueTicks.push_back({y(value), formatNumber(value, language, decimals)});
  return chart;
}

std::string lineChartSvg(const LineChart& chart, const Indicator& indicator, Language language) {
  const std::string name = indicator.name.empty() ? indicator.id.value : indicator.name;
  const std::string title = indicator.unit.empty() ? name : fmt::format("{} ({})", name, indicator.unit);
  const std::string_view conferenceWord = language == Language::German ? "Konferenz" : "Conference";
  const std::string_view targetWord = language == Language::German ? "Ziel" : "Target";

  std::string out;
  // The opening tag alone on the first line and no blank line inside: Markdown takes the
  // whole element as one raw HTML block.
  out += fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" role=\"img\" "
      "font-family=\"DejaVu Sans, sans-serif\" font-size=\"10\">\n",
      coordinate(chart.width), coordinate(chart.height));
  out += "<title>" + xml(title) + "</title>\n";

  // Axes.
  out += fmt::format("<path d=\"M{0} {1}V{2}H{3}\" fill=\"none\" stroke=\"{4}\" stroke-width=\"1\"/>\n",
                     coordinate(chart.left), coordinate(chart.top), coordinate(chart.bottom), coordinate(chart.right),
                     kAxisColour);
  for (const ChartTick& tick : chart.yearTicks)
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"{}\">{}</text>\n",
                       coordinate(tick.position), coordinate(chart.bottom + 14.0), kTextColour, xml(tick.label));
  for (const ChartTick& tick : chart.valueTicks)
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"{}\">{}</text>\n",
                       coordinate(chart.left - 4.0), coordinate(tick.position + 3.5), kTextColour, xml(tick.label));

  // Conferences.
  for (const ChartMarker& marker : chart.conferences) {
    out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"{3}\" stroke-width=\"1\"/>\n",
                       coordinate(marker.x), coordinate(chart.top), coordinate(chart.bottom), kConferenceColour);
    // The label above the plot area, where no value is drawn, beside the line on the side
    // with more room.
    const bool leftOfLine = marker.x > (chart.left + chart.right) / 2.0;
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\" fill=\"{}\" font-size=\"8\">{} {}</text>\n",
                       coordinate(leftOfLine ? marker.x - 2.0 : marker.x + 2.0), coordinate(chart.top - 2.0),
                       leftOfLine ? "end" : "start", kConferenceColour, conferenceWord, marker.year);
  }

  // Target.
  if (chart.target) {
    const ChartPoint& target = *chart.target;
    const double fromX = chart.firstYear == chart.lastYear ? target.x : chart.left;  // x(first year)
    out += fmt::format(
        "<line x1=\"{0}\" y1=\"{2}\" x2=\"{1}\" y2=\"{2}\" stroke=\"{3}\" stroke-width=\"1.5\" "
        "stroke-dasharray=\"5 3\"/>\n",
        coordinate(fromX), coordinate(target.x), coordinate(target.y), kTargetColour);
    out += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"4\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.5\">"
                       "<title>{} {}: {}</title></circle>\n",
                       coordinate(target.x), coordinate(target.y), kTargetColour, targetWord, target.year,
                       xml(formatNumber(target.value, language)));
  }

  // Series.
  if (chart.points.size() >= 2) {
    std::string points;
    for (const ChartPoint& point : chart.points)
      points += (points.empty() ? "" : " ") + coordinate(point.x) + "," + coordinate(point.y);
    out += fmt::format("<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"/>\n", points,
                       kSeriesColour);
  }
  for (const ChartPoint& point : chart.points)
    out += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"3\" fill=\"{}\"><title>{}: {}</title></circle>\n",
                       coordinate(point.x), coordinate(point.y), kSeriesColour, point.year,
                       xml(formatNumber(point.value, language)));
  out += "</svg>\n";
  return out;
}

}  // namespace knp
