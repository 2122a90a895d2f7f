#include <algorithm>
#include <cmath>

#include "report/protocol.hpp"
#include "report/report_markup.hpp"

namespace knp {
namespace {

constexpr int kBarChars = 20;  // the longest bar, in characters

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
    }
  }
  while (out.ends_with("\n\n")) out.pop_back();
  return out;
}

}  // namespace knp
