#pragma once
// The protocol of a conference (report/protocol_model.hpp) as a PDF on A4 portrait pages,
// painted with Cairo in DejaVu Sans: the same blocks as the HTML and Markdown protocol, text
// wrapped at spaces, tables with the option texts wrapped in their column, the charts as
// bars, a heading never left alone at the foot of a page, the page number at the bottom.
// The progress report (report/progress_model.hpp) is printed by the same function: its line
// charts across the text width (print/line_chart_paint.hpp), its heatmaps as coloured cells
// with the column labels turned upwards.
// Text is cleaned as for the other protocols (report/report_markup.hpp). O(size of the text).
#include "print/map_export.hpp"
#include "report/protocol_model.hpp"

namespace knp::app {

RenderedImage renderProtocolPdf(const ProtocolDocument& doc);

}  // namespace knp::app
