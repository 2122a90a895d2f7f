#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "report/heat_colour.hpp"
#include "report/line_chart.hpp"
#include "report/protocol.hpp"
#include "report/report_markup.hpp"
#include "text/markup_escape.hpp"

namespace knp {
namespace {

constexpr int kBarWidth = 240;  // the longest bar, in CSS pixels
constexpr int kBarHeight = 14;
constexpr double kLineChartWidth = 640, kLineChartHeight = 220;  // CSS pixels

// The progress report's rules, added only to documents with its blocks (the protocol's page
// stays as it was). Cell colours print: browsers drop backgrounds unless told otherwise.
constexpr std::string_view kHeatmapCss =
    R"(.heatmap th,.heatmap td{border:.05em solid #ccc;padding:.25em .45em;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.heatmap thead th{font-size:.8em;font-weight:normal;vertical-align:bottom;text-align:center}
.heatmap tbody th{text-align:left;font-weight:normal}
.heatmap td{text-align:center;min-width:2.4em;font-variant-numeric:tabular-nums}
.heatmap .chg{display:block;font-size:.75em}
.line-chart{margin:.4em 0 1.4em}
.line-chart svg{display:block;max-width:100%;height:auto}
@media print{.line-chart,.heatmap{break-inside:avoid}p:has(+ .line-chart){break-after:avoid}}
)";

constexpr std::string_view kCss =
    R"(body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;line-height:1.45;color:#111;background:#fff;max-width:52em;margin:2em auto;padding:0 1em}
h1{font-size:1.9em;margin:0 0 .2em}
.subtitle{color:#444;margin:0 0 1.5em}
h2{font-size:1.45em;border-bottom:.1em solid #333;padding-bottom:.15em;margin-top:2em}
h3{font-size:1.15em;margin:1.4em 0 .4em}
ul{padding-left:1.3em}
li{margin:.3em 0}
table{border-collapse:collapse;margin:.6em 0 1em}
th,td{padding:.2em .6em;text-align:left;vertical-align:top}
thead th{border-bottom:.08em solid #333}
tbody tr{border-bottom:.05em solid #ddd}
.num{text-align:right;font-variant-numeric:tabular-nums}
.chart td{border:none;padding:.1em .6em}
.chart svg{display:block}
@page{margin:2cm}
@media print{body{max-width:none;margin:0;padding:0;font-size:10.5pt}h2,h3{break-after:avoid}table,li{break-inside:avoid}}
)";

// Cleaned, trimmed and escaped text from the project or the fixed texts.
std::string html(std::string_view value) {
  return escapeMarkup(trimSpaces(cleanReportText(value)), MarkupPolicy::Html);
}

std::string cellClass(const ProtocolBlock& block, std::size_t column) {
  return column < block.align.size() && block.align[column] == ColumnAlign::Right ? " class=\"num\"" : "";
}

void writeTable(std::string& out, const ProtocolBlock& block) {
  out += "<table>\n<thead><tr>";
  for (std::size_t c = 0; c < block.header.size(); ++c)
    out += fmt::format("<th{}>{}</th>", cellClass(block, c), html(block.header[c]));
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& row : block.rows) {
    out += "<tr>";
    for (std::size_t c = 0; c < row.size(); ++c) out += fmt::format("<td{}>{}</td>", cellClass(block, c), html(row[c]));
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

// One row per bar: the label, the bar as inline SVG (prints, unlike CSS backgrounds), the value.
void writeChart(std::string& out, const ProtocolBlock& block) {
  int most = 0;
  for (const ProtocolBar& bar : block.bars) most = std::max(most, bar.value);
  out += fmt::format("<table class=\"chart\" aria-label=\"{}\">\n<tbody>\n", html(block.text));
  for (const ProtocolBar& bar : block.bars) {
    const int width = most > 0 ? static_cast<int>(std::lround(static_cast<double>(kBarWidth) * bar.value / most)) : 0;
    out += fmt::format(
        "<tr><td>{}</td><td><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" "
        "role=\"img\" aria-label=\"{} {}\"><rect x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" "
        "fill=\"#2a6f97\"/></svg></td>"
        "<td class=\"num\">{}</td></tr>\n",
        html(bar.label), kBarWidth, kBarHeight, kBarWidth, kBarHeight, bar.value, html(block.text), width, kBarHeight,
        bar.value);
  }
  out += "</tbody>\n</table>\n";
}

// The line chart laid out at kLineChartWidth × kLineChartHeight, as inline SVG.
void writeLineChart(std::string& out, const ProtocolBlock& block, Language language) {
  if (!block.indicator) return;
  const LineChart chart =
      layoutLineChart(*block.indicator, block.conferenceYears, kLineChartWidth, kLineChartHeight, language);
  std::string svg = lineChartSvg(chart, *block.indicator, language);
  if (!svg.ends_with('\n')) svg += '\n';
  out += "<div class=\"line-chart\">\n" + svg + "</div>\n";
}

// "+2" in green, "−1" in red (white on a dark cell); nothing for an unchanged cell.
std::string changeNote(int change, const HeatColour& colour) {
  if (change == 0) return {};
  const char* ink = colour.darkBackground ? "#fff" : change > 0 ? "#1b7f3b" : "#b3261e";
  return fmt::format("<span class=\"chg\" style=\"color:{}\">{}{}</span>", ink, change > 0 ? "+" : "−",
                     change > 0 ? change : -change);
}

// Rows × columns of counts, each cell coloured by its count (heatColour), with its change.
void writeHeatmap(std::string& out, const ProtocolBlock& block) {
  const std::size_t columns = block.columnLabels.size();
  const int most = heatmapScaleMax(block);
  out += fmt::format("<table class=\"heatmap\" aria-label=\"{}\">\n<thead><tr><th>{}</th>", html(block.text),
                     html(block.text));
  for (const std::string& label : block.columnLabels) out += "<th>" + html(label) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (std::size_t r = 0; r < block.rowLabels.size(); ++r) {
    out += "<tr><th scope=\"row\">" + html(block.rowLabels[r]) + "</th>";
    for (std::size_t c = 0; c < columns; ++c) {
      const std::size_t at = r * columns + c;
      const int count = at < block.counts.size() ? block.counts[at] : 0;
      const HeatColour colour = heatColour(count, most);
      out += fmt::format("<td style=\"background:{};color:{}\">{}{}</td>", hexColour(colour),
                         colour.darkBackground ? "#fff" : "#111", count,
                         at < block.changes.size() ? changeNote(block.changes[at], colour) : std::string());
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

}  // namespace

std::string writeProtocolHtml(const ProtocolDocument& doc) {
  std::string out;
  out += fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
                     languageCode(doc.language));
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"generator\" content=\"Knotenpunkt\">\n";
  out += "<title>" + html(doc.title) + "</title>\n";
  const bool progressBlocks = std::any_of(doc.blocks.begin(), doc.blocks.end(), [](const ProtocolBlock& block) {
    return block.kind == ProtocolBlockKind::LineChart || block.kind == ProtocolBlockKind::Heatmap;
  });
  out += "<style>\n" + std::string(kCss) + (progressBlocks ? std::string(kHeatmapCss) : std::string()) +
         "</style>\n</head>\n<body>\n<header>\n";
  out += "<h1>" + html(doc.title) + "</h1>\n";
  if (!doc.subtitle.empty()) {
    out += "<p class=\"subtitle\">";
    for (std::size_t i = 0; i < doc.subtitle.size(); ++i) out += (i ? "<br>\n" : "") + html(doc.subtitle[i]);
    out += "</p>\n";
  }
  out += "</header>\n<main>\n";
  bool inSection = false;
  for (const ProtocolBlock& block : doc.blocks) {
    switch (block.kind) {
      case ProtocolBlockKind::Heading: {
        const int level = std::clamp(block.level, 2, 6);
        if (level == 2) {
          if (inSection) out += "</section>\n";
          out += "<section>\n";
          inSection = true;
        }
        out += fmt::format("<h{}>{}</h{}>\n", level, html(block.text), level);
        break;
      }
      case ProtocolBlockKind::Paragraph:
        out += "<p>" + html(block.text) + "</p>\n";
        break;
      case ProtocolBlockKind::List:
        out += "<ul>\n";
        for (const std::string& item : block.items) out += "<li>" + html(item) + "</li>\n";
        out += "</ul>\n";
        break;
      case ProtocolBlockKind::Table:
        writeTable(out, block);
        break;
      case ProtocolBlockKind::Chart:
        writeChart(out, block);
        break;
      case ProtocolBlockKind::LineChart:
        writeLineChart(out, block, doc.language);
        break;
      case ProtocolBlockKind::Heatmap:
        writeHeatmap(out, block);
        break;
    }
  }
  if (inSection) out += "</section>\n";
  out += "</main>\n</body>\n</html>\n";
  return out;
}

std::string writeProtocol(const Project& project, const Conference& conference, ProtocolFormat format,
                          Language language) {
  const ProtocolDocument doc = buildProtocol(project, conference, language);
  return format == ProtocolFormat::Html ? writeProtocolHtml(doc) : writeProtocolMarkdown(doc);
}

}  // namespace knp
