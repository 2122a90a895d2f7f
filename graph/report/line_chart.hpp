#pragma once
// The line chart of one indicator, laid out once here and painted by three painters: inline
// SVG (lineChartSvg, for the HTML and Markdown reports), ImGui's draw lists (the window) and
// Cairo (PDF). The geometry is in the canvas's units (pixels or points), y downwards.
//
// Layout of a canvas width × height:
//  - plot area: left = kChartLeft, right = width − kChartRight, top = kChartTop,
//    bottom = height − kChartBottom (room for the value labels on the left and the years below);
//  - years: firstYear .. lastYear span the indicator's value years and its target year; the
//    conference years shown are those from its first value year to the later of its target
//    year and its last value year (none without values);
//    x(year) = left + (year − firstYear) / (lastYear − firstYear) × (right − left), the
//    middle of the plot area when firstYear == lastYear;
//  - values: the axis runs from minValue to maxValue: the smallest and largest of the values
//    and the target value, widened by 5 % of their range on each side (by 1 on each side when
//    all are equal, to 0 below when all are >= 0 and the widened minimum would fall below 0);
//    y(value) = bottom − (value − minValue) / (maxValue − minValue) × (bottom − top);
//  - ticks: the years as labels under the axis (every year while there are at most 12, else
//    every k-th from the first, k = ceil((lastYear − firstYear) / 11), so that at most 12 show;
//    the last always, an in-between year closer than k/2 to it left out); three value labels:
//    min, middle and max of the axis, with two significant digits of the axis range as
//    decimals (at most 6);
//  - the series as a polyline through the points in year order, a dot at each;
//  - the target as a dashed horizontal line at y(target value) from x(first year) to
//    x(target year), with a ring at (x(target year), y(target value));
//  - each conference year as a thin vertical line across the plot area, labelled above it.
// An indicator without values gives no points; without a target, no target line; with
// neither, no years and no ticks at all (firstYear = lastYear = 0). A canvas smaller than the
// margins gives a plot area of zero width or height (right = left, bottom = top).
// O(values + conference years).
#include <optional>
#include <string>
#include <vector>

#include "model/project.hpp"
#include "text/language.hpp"

namespace knp {

inline constexpr double kChartLeft = 48.0;
inline constexpr double kChartRight = 12.0;
inline constexpr double kChartTop = 10.0;
inline constexpr double kChartBottom = 24.0;

struct ChartPoint {
  int year = 0;
  double value = 0.0;
  double x = 0.0, y = 0.0;
};

struct ChartTick {
  double position = 0.0;  // x for a year tick, y for a value tick
  std::string label;      // "2013"; a value in the language's number format
};

struct ChartMarker {
  int year = 0;
  double x = 0.0;
};

struct LineChart {
  double width = 0.0, height = 0.0;
  double left = 0.0, top = 0.0, right = 0.0, bottom = 0.0;  // the plot area
  int firstYear = 0, lastYear = 0;
  double minValue = 0.0, maxValue = 0.0;
  std::vector<ChartPoint> points;        // year order
  std::optional<ChartPoint> target;      // year = target year, at its x and y
  std::vector<ChartMarker> conferences;  // ascending
  std::vector<ChartTick> yearTicks;
  std::vector<ChartTick> valueTicks;     // min, middle, max
};

// `conferenceYears` in any order, duplicates allowed. O(values + conference years).
LineChart layoutLineChart(const Indicator& indicator, const std::vector<int>& conferenceYears, double width,
                          double height, Language language);

// A self-contained <svg> element (no script, no external reference) drawing `chart`, with a
// <title> naming the indicator (escaped) and the unit; width and height as given. Colours
// fixed; text in DejaVu Sans / sans-serif. Deterministic. O(points).
std::string lineChartSvg(const LineChart& chart, const Indicator& indicator, Language language);

}  // namespace knp
