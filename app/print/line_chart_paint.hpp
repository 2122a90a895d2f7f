#pragma once
// An indicator's line chart (report/line_chart.hpp) painted with Cairo: the geometry
// layoutLineChart computed, moved to (x, y) on the page, in the colours of lineChartSvg (the
// HTML and Markdown reports) so that print and web show the same chart. Inside knp_print only
// (it includes cairo.h).
#include <cairo.h>

#include "report/line_chart.hpp"

namespace knp::app {

// Paints `chart` with its top left corner at (x, y): light value grid lines with their labels
// left of the plot area, the year labels under it, the axes, each conference year as a thin
// vertical line labelled with its year at the top, the target as a dashed line with a ring at
// the target year, the series as a line with a dot at each value. Labels in DejaVu Sans at
// `font` points. Leaves the source colour and line settings changed. O(points + ticks).
void paintLineChart(cairo_t* cr, const LineChart& chart, double x, double y, double font = 7.5);

}  // namespace knp::app
