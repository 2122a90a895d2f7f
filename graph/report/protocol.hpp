#pragma once
// The protocol of a conference as a self-contained HTML page (inline CSS, the charts as inline
// SVG, no external resources, print-friendly) or as Markdown (CommonMark with GFM tables, the
// charts as bars of "█"), in German or English. What it contains: report/protocol_model.hpp;
// the PDF: app/print/protocol_pdf.hpp. The same writers lay out the progress report
// (report/progress_model.hpp): its line charts as inline SVG (report/line_chart.hpp; in
// Markdown as raw HTML between blank lines), its heatmaps as tables, coloured in HTML.
//
// Text from the project is cleaned and escaped as in the "Praktischer Teil"
// (report/report_markup.hpp): HTML escapes & < > " ' (so a comment "<script>" shows as text),
// Markdown puts a backslash before its special characters; nothing from the project becomes
// markup, a link or an image. Deterministic; ends with a newline.
// O(size of the document) after buildProtocol.
#include <string>

#include "report/protocol_model.hpp"

namespace knp {

enum class ProtocolFormat { Html, Markdown };

std::string writeProtocolHtml(const ProtocolDocument& doc);
std::string writeProtocolMarkdown(const ProtocolDocument& doc);

// buildProtocol, then the writer of `format`.
std::string writeProtocol(const Project& project, const Conference& conference, ProtocolFormat format,
                          Language language);

}  // namespace knp
