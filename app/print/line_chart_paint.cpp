#include "print/line_chart_paint.hpp"

#include <string>

#include "print/cairo_paint.hpp"

namespace knp::app {
namespace {

// lineChartSvg's colours as ABGR (core/palette.hpp).
constexpr Rgba kAxis = 0xFF616161, kLabel = 0xFF333333;
constexpr Rgba kSeries = 0xFF933A1F;      // #1f3a93
constexpr Rgba kTarget = 0xFF327D2E;      // #2e7d32
constexpr Rgba kConference = 0xFF9E9E9E;  // #9e9e9e

}  // namespace

void paintLineChart(cairo_t* cr, const LineChart& chart, Language language, double x, double y, double font) {
  cairo_save(cr);
  cairo_translate(cr, x, y);
  selectFont(cr, font);

  // The value labels right-aligned left of the plot area, the years under it.
  for (const ChartTick& tick : chart.valueTicks) {
    setColour(cr, kLabel);
    showText(cr, chart.left - 4 - textWidth(cr, tick.label), tick.position - font / 2, tick.label);
  }
  for (const ChartTick& tick : chart.yearTicks) {
    setColour(cr, kLabel);
    showText(cr, tick.position - textWidth(cr, tick.label) / 2, chart.bottom + 4, tick.label);
  }
  setColour(cr, kAxis);
  cairo_set_line_width(cr, 0.8);
  cairo_move_to(cr, chart.left, chart.top);
  cairo_line_to(cr, chart.left, chart.bottom);
  cairo_line_to(cr, chart.right, chart.bottom);
  cairo_stroke(cr);

  // Conferences: the label above the plot area beside the line, on the side with more room.
  const double small = font * 0.85;
  for (const ChartMarker& marker : chart.conferences) {
    setColour(cr, kConference);
    cairo_set_line_width(cr, 0.8);
    cairo_move_to(cr, marker.x, chart.top);
    cairo_line_to(cr, marker.x, chart.bottom);
    cairo_stroke(cr);
    selectFont(cr, small);
    const std::string label =
        (language == Language::German ? "Konferenz " : "Conference ") + std::to_string(marker.year);
    const bool leftOfLine = marker.x > (chart.left + chart.right) / 2.0;
    showText(cr, leftOfLine ? marker.x - 2 - textWidth(cr, label) : marker.x + 2, chart.top - small, label);
    selectFont(cr, font);
  }

  if (chart.target) {
    // From x(first year): the plot's left edge, or its middle when it spans a single year.
    const double startX = chart.firstYear == chart.lastYear ? (chart.left + chart.right) / 2 : chart.left;
    setColour(cr, kTarget);
    cairo_set_line_width(cr, 1.2);
    const double dashes[] = {4.0, 2.4};
    cairo_set_dash(cr, dashes, 2, 0);
    cairo_move_to(cr, startX, chart.target->y);
    cairo_line_to(cr, chart.target->x, chart.target->y);
    cairo_stroke(cr);
    cairo_set_dash(cr, nullptr, 0, 0);
    cairo_new_sub_path(cr);
    cairo_arc(cr, chart.target->x, chart.target->y, 3.2, 0, 2 * 3.14159265358979);
    cairo_stroke(cr);
  }

  setColour(cr, kSeries);
  cairo_set_line_width(cr, 1.5);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  if (chart.points.size() >= 2) {
    for (std::size_t i = 0; i < chart.points.size(); ++i) {
      if (i == 0)
        cairo_move_to(cr, chart.points[i].x, chart.points[i].y);
      else
        cairo_line_to(cr, chart.points[i].x, chart.points[i].y);
    }
    cairo_stroke(cr);
  }
  for (const ChartPoint& point : chart.points) {
    cairo_new_sub_path(cr);
    cairo_arc(cr, point.x, point.y, 2.2, 0, 2 * 3.14159265358979);
    cairo_fill(cr);
  }
  cairo_restore(cr);
}

}  // namespace knp::app
