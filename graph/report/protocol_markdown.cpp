#include <algorithm>
#include <cmath>

#include "report/line_chart.hpp"
#include "report/protocol.hpp"
#include "report/report_markup.hpp"

namespace knp {
namespace {

constexpr int kBarChars = 20;  // the longest bar, in characters
constexpr double kLineChartWidth = 640, kLineChartHeight = 220;  // as in the HTML

std::string md(std::string_view value, MarkdownAt at) { return escapeMarkdown(trimSpaces(cleanReportText(value)), at); }

void writeTable(std::string& out, const ProtocolBlock& block) {
  out += "|";
  for (const std::string& cell : block.header) out += " " + md(cell, MarkdownAt::Inline) + " |";
  out += "\n|";
  for (std::size_t c = 0; c < block.header.size(); ++c)
    out += c < block.align.size() && block.align[c] == ColumnAlign::Right ? "--:|" : "---|";
  out += "\n";
  for (const auto& row : block.rows) {
    out += "|";
    for (const std::string& cell : row) out += " " + md(cell, MarkdownAt::Inline) + " |";
    out += "\n";
  }
  out += "\n";
}

// A table of the bars: the label, then the bar drawn with "█" and the value.
void writeChart(std::string& out, const ProtocolBlock& block) {
  int most = 0;
  for (const ProtocolBar& bar : block.bars) most = std::max(most, bar.value);
  out += "| | " + md(block.text, MarkdownAt::Inline) + " |\n|---|---|\n";
  for (const ProtocolBar& bar : block.bars) {
    const long length = most > 0 ? std::lround(static_cast<double>(kBarChars) * bar.value / most) : 0;
    std::string drawn;
    for (long i = 0; i < length; ++i) drawn += "█";
    out += "| " + md(bar.label, MarkdownAt::Inline) + " | " + drawn + (drawn.empty() ? "" : " ") +
           std::to_string(bar.value) + " |\n";
  }
  out += "\n";
}

// The line chart as raw HTML (inline SVG) in a <div>: a CommonMark HTML block, which a blank
// line ends, so the SVG's own blank lines are left out and blank lines surround the block.
void writeLineChart(std::string& out, const ProtocolBlock& block, Language language) {
  if (!block.indicator) return;
  const LineChart chart =
      layoutLineChart(*block.indicator, block.conferenceYears, kLineChartWidth, kLineChartHeight, language);
  const std::string svg = lineChartSvg(chart, *block.indicator, language);
  if (!out.ends_with("\n\n")) out += "\n";
  out += "<div class=\"line-chart\">\n";
  std::size_t start = 0;
  while (start < svg.size()) {
    std::size_t end = svg.find('\n', start);
    if (end == std::string::npos) end = svg.size();
    const std::string_view line(svg.data() + start, end - start);
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) out += std::string(line) + "\n";
    start = end + 1;
  }
  out += "</div>\n\n";
}

// A table: the corner and the column labels, then per row its label and the counts, each
// with its change when there is one ("5 (+2)").
void writeHeatmap(std::string& out, const ProtocolBlock& block) {
  const std::size_t columns = block.columnLabels.size();
  out += "| " + md(block.text, MarkdownAt::Inline) + " |";
  for (const std::string& label : block.columnLabels) out += " " + md(label, MarkdownAt::Inline) + " |";
  out += "\n|---|";
  for (std::size_t c = 0; c < columns; ++c) out += "--:|";
  out += "\n";
  for (std::size_t r = 0; r < block.rowLabels.size(); ++r) {
    out += "| " + md(block.rowLabels[r], MarkdownAt::Inline) + " |";
    for (std::size_t c = 0; c < columns; ++c) {
      const std::size_t at = r * columns + c;
      out += " " + std::to_string(at < block.counts.size() ? block.counts[at] : 0);
      if (at < block.changes.size() && block.changes[at] != 0)
        out += block.changes[at] > 0 ? " (+" + std::to_string(block.changes[at]) + ")"
                                     : " (−" + std::to_string(-block.changes[at]) + ")";
      out += " |";
    }
    out += "\n";
  }
  out += "\n";
}

}  // namespace

std::string writeProtocolMarkdown(const ProtocolDocument& doc) {
  std::string out = "# " + md(doc.title, MarkdownAt::LineStart) + "\n\n";
  for (const std::string& line : doc.subtitle) out += "*" + md(line, MarkdownAt::Inline) + "*  \n";
  if (!doc.subtitle.empty()) out += "\n";
  for (const ProtocolBlock& block : doc.blocks) {
    switch (block.kind) {
      case ProtocolBlockKind::Heading:
        out += std::string(static_cast<std::size_t>(std::clamp(block.level, 2, 6)), '#') + " " +
               md(block.text, MarkdownAt::LineStart) + "\n\n";
        break;
      case ProtocolBlockKind::Paragraph:
        out += md(block.text, MarkdownAt::LineStart) + "\n\n";
        break;
      case ProtocolBlockKind::List:
        for (const std::string& item : block.items) out += "- " + md(item, MarkdownAt::LineStart) + "\n";
        out += "\n";
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
  while (out.ends_with("\n\n")) out.pop_back();
  return out;
}

}  // namespace knp
