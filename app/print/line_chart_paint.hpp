#pragma once
// An indicator's line chart (report/line_chart.hpp) painted with Cairo: the geometry
// layoutLineChart computed, moved to (x, y) on the page, in the colours of lineChartSvg (the
// HTML and Markdown reports) so that print and web show the same chart. Inside knp_print only
// (it includes cairo.h).
#include <cairo.h>

#include "report/line_chart.hpp"

namespace knp::app {

// Paints `chart` with its top left corner at (x, y) as lineChartSvg draws it: the value labels
// left of the plot area, the year labels under it, the axes, each conference year as a thin
// vertical line labelled "Konferenz 2013" ("Conference 2013") above the plot area, the target
// as a dashed line with a ring at the target year, the series as a line with a dot at each
// value. Labels in DejaVu Sans at `font` points (the SVG's 10 px at 640 px wide scaled to a
// 483-point text width is 7.5). Leaves the current font changed. O(points + ticks).
void paintLineChart(cairo_t* cr, const LineChart& chart, Language language, double x, double y, double font = 7.5);

}  // namespace knp::app
