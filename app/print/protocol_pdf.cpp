#include "print/protocol_pdf.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "print/cairo_paint.hpp"
#include "print/line_chart_paint.hpp"
#include "report/heat_colour.hpp"
#include "report/line_chart.hpp"
#include "report/report_markup.hpp"

namespace knp::app {
namespace {

// A4 portrait in points, and the page's furniture.
constexpr double kPageWidth = 595.0, kPageHeight = 842.0, kMargin = 56.0;
constexpr double kBody = 10.0, kLine = 1.35;           // font size and line height in font sizes
constexpr double kHeadingFont[] = {20.0, 14.0, 11.5};  // levels 1, 2, 3 and below
constexpr Rgba kText = 0xFF111111, kMuted = 0xFF555555, kRule = 0xFFBBBBBB;
constexpr Rgba kBar = 0xFF976F2A;  // #2a6f97 as ABGR, the HTML protocol's bar colour
constexpr Rgba kUp = 0xFF3B7F1B, kDown = 0xFF1E26B3;  // #1b7f3b, #b3261e: a heatmap cell's change
constexpr double kLineChartHeight = 170.0;

std::string plain(const std::string& text) { return trimSpaces(cleanReportText(text)); }

// Lays the blocks out top to bottom, starting a new page where the next part does not fit.
class Pages {
 public:
  Pages(cairo_t* cr, Language language) : m_cr(cr), m_language(language) { m_y = kMargin; }

  void title(const ProtocolDocument& doc) {
    lines(plain(doc.title), kHeadingFont[0], CAIRO_FONT_WEIGHT_BOLD, kText, 0);
    for (const std::string& line : doc.subtitle) lines(plain(line), kBody, CAIRO_FONT_WEIGHT_NORMAL, kMuted, 0);
    m_y += kBody;
  }

  // blocks[at]; a heading looks at the blocks after it to keep a chart with it.
  void block(const std::vector<ProtocolBlock>& blocks, std::size_t at) {
    const ProtocolBlock& b = blocks[at];
    switch (b.kind) {
      case ProtocolBlockKind::Heading:
        heading(b, keptWithHeading(blocks, at + 1));
        break;
      case ProtocolBlockKind::Paragraph:
        lines(plain(b.text), kBody, CAIRO_FONT_WEIGHT_NORMAL, kText, 0);
        m_y += kBody * 0.5;
        break;
      case ProtocolBlockKind::List:
        list(b);
        break;
      case ProtocolBlockKind::Table:
        table(b);
        break;
      case ProtocolBlockKind::Chart:
        chart(b);
        break;
      case ProtocolBlockKind::LineChart:
        lineChart(b);
        break;
      case ProtocolBlockKind::Heatmap:
        heatmap(b);
        break;
    }
  }

  void finish() { footer(); }

 private:
  double width() const { return kPageWidth - 2 * kMargin; }
  double bottom() const { return kPageHeight - kMargin; }

  void footer() {
    selectFont(m_cr, kBody * 0.8);
    setColour(m_cr, kMuted);
    const std::string number = std::to_string(m_page);
    showText(m_cr, (kPageWidth - textWidth(m_cr, number)) / 2, kPageHeight - kMargin * 0.6, number);
  }

  // Starts a new page unless `height` points still fit on this one; whether it did.
  bool room(double height) {
    if (m_y + height <= bottom() || m_y <= kMargin) return false;
    footer();
    cairo_show_page(m_cr);
    ++m_page;
    m_y = kMargin;
    return true;
  }

  // `text` wrapped at x = kMargin + indent, each line moved to a new page when needed.
  void lines(const std::string& text, double font, cairo_font_weight_t weight, Rgba colour, double indent) {
    selectFont(m_cr, font, weight);
    std::vector<std::string> wrapped = wrapText(m_cr, text, width() - indent);
    if (wrapped.empty()) wrapped.emplace_back();
    for (const std::string& line : wrapped) {
      room(font * kLine);
      selectFont(m_cr, font, weight);  // a new page's footer chose another font
      setColour(m_cr, colour);
      showText(m_cr, kMargin + indent, m_y, line);
      m_y += font * kLine;
    }
  }

  // The height of what a heading at blocks[from − 1] keeps on its page so that it is not left
  // without it: a line chart or heatmap that follows directly, or after one paragraph (with
  // that paragraph), or after a heading of a lower level that keeps one (with that heading);
  // 0 for anything else (the heading then keeps three lines of what follows).
  double keptWithHeading(const std::vector<ProtocolBlock>& blocks, std::size_t from) {
    auto at = [&](std::size_t i) { return i < blocks.size() ? &blocks[i] : nullptr; };
    auto chartHeight = [&](const ProtocolBlock* b) {
      if (!b) return 0.0;
      if (b->kind == ProtocolBlockKind::LineChart && b->indicator) return kLineChartHeight;
      if (b->kind == ProtocolBlockKind::Heatmap && !b->columnLabels.empty()) {
        const HeatmapLayout layout = heatmapLayout(*b);
        return layout.headerHeight + layout.rowMin * 2;
      }
      return 0.0;
    };
    const ProtocolBlock* next = at(from);
    if (!next) return 0.0;
    if (const double height = chartHeight(next); height > 0) return height;
    if (next->kind == ProtocolBlockKind::Heading && from > 0 && next->level > blocks[from - 1].level) {
      const double kept = keptWithHeading(blocks, from + 1);
      const double font = kHeadingFont[std::clamp(next->level, 1, 3) - 1];
      return kept > 0 ? font * (0.6 + kLine + 0.3) + kept : 0.0;
    }
    if (next->kind != ProtocolBlockKind::Paragraph) return 0.0;
    const double height = chartHeight(at(from + 1));
    if (height == 0) return 0.0;
    selectFont(m_cr, kBody);
    const std::size_t lines = std::max<std::size_t>(1, wrapText(m_cr, plain(next->text), width()).size());
    return static_cast<double>(lines) * kBody * kLine + kBody * 0.5 + height;
  }

  void heading(const ProtocolBlock& b, double kept) {
    const double font = kHeadingFont[std::clamp(b.level, 1, 3) - 1];
    m_y += font * 0.6;
    // With the first lines of what follows, or the chart after it.
    room(font * kLine + std::max(kBody * kLine * 3, kept));
    lines(plain(b.text), font, CAIRO_FONT_WEIGHT_BOLD, kText, 0);
    if (b.level <= 2) {
      setColour(m_cr, kRule);
      cairo_set_line_width(m_cr, 0.6);
      cairo_move_to(m_cr, kMargin, m_y);
      cairo_line_to(m_cr, kMargin + width(), m_y);
      cairo_stroke(m_cr);
    }
    m_y += font * 0.3;
  }

  void list(const ProtocolBlock& b) {
    for (const std::string& item : b.items) {
      room(kBody * kLine);
      selectFont(m_cr, kBody);
      setColour(m_cr, kText);
      showText(m_cr, kMargin + kBody * 0.3, m_y, "•");
      lines(plain(item), kBody, CAIRO_FONT_WEIGHT_NORMAL, kText, kBody * 1.3);
    }
    m_y += kBody * 0.5;
  }

  // Right-aligned columns as wide as their widest cell; the left-aligned ones share the rest
  // and wrap their text.
  void table(const ProtocolBlock& b) {
    const std::size_t columns = b.header.size();
    if (columns == 0) return;
    const double pad = kBody * 0.6;
    auto right = [&](std::size_t c) { return c < b.align.size() && b.align[c] == ColumnAlign::Right; };
    std::vector<double> widths(columns, 0.0);
    double fixed = 0;
    std::size_t flexible = 0;
    for (std::size_t c = 0; c < columns; ++c) {
      if (!right(c)) {
        ++flexible;
        continue;
      }
      selectFont(m_cr, kBody, CAIRO_FONT_WEIGHT_BOLD);
      double w = textWidth(m_cr, plain(b.header[c]));
      selectFont(m_cr, kBody);
      for (const auto& row : b.rows)
        if (c < row.size()) w = std::max(w, textWidth(m_cr, plain(row[c])));
      widths[c] = std::min(w, width() / 4) + pad;
      fixed += widths[c];
    }
    const double share = flexible ? std::max(kBody * 4, (width() - fixed) / static_cast<double>(flexible)) : 0;
    for (std::size_t c = 0; c < columns; ++c)
      if (!right(c)) widths[c] = share;
    row(b.header, widths, right, CAIRO_FONT_WEIGHT_BOLD);
    for (const auto& cells : b.rows) row(cells, widths, right, CAIRO_FONT_WEIGHT_NORMAL);
    m_y += kBody * 0.6;
  }

  template <class Right>
  void row(const std::vector<std::string>& cells, const std::vector<double>& widths, Right right,
           cairo_font_weight_t weight) {
    const double pad = kBody * 0.6;
    selectFont(m_cr, kBody, weight);
    std::vector<std::vector<std::string>> wrapped(widths.size());
    std::size_t height = 1;
    for (std::size_t c = 0; c < widths.size(); ++c) {
      const std::string text = c < cells.size() ? plain(cells[c]) : std::string();
      wrapped[c] = right(c) ? std::vector<std::string>{fitText(m_cr, text, widths[c] - pad)}
                            : wrapText(m_cr, text, widths[c] - pad);
      height = std::max(height, wrapped[c].size());
    }
    const double rowHeight = static_cast<double>(height) * kBody * kLine;
    room(rowHeight + kBody * 0.3);
    selectFont(m_cr, kBody, weight);
    setColour(m_cr, kText);
    double x = kMargin;
    for (std::size_t c = 0; c < widths.size(); ++c) {
      for (std::size_t l = 0; l < wrapped[c].size(); ++l) {
        const double lineX = right(c) ? x + widths[c] - pad - textWidth(m_cr, wrapped[c][l]) : x;
        showText(m_cr, lineX, m_y + static_cast<double>(l) * kBody * kLine, wrapped[c][l]);
      }
      x += widths[c];
    }
    m_y += rowHeight + kBody * 0.15;
    setColour(m_cr, kRule);
    cairo_set_line_width(m_cr, weight == CAIRO_FONT_WEIGHT_BOLD ? 0.8 : 0.3);
    cairo_move_to(m_cr, kMargin, m_y);
    cairo_line_to(m_cr, x, m_y);
    cairo_stroke(m_cr);
    m_y += kBody * 0.15;
  }

  // A label column of 40 % (wrapped), then the bar and its value.
  void chart(const ProtocolBlock& b) {
    int most = 0;
    for (const ProtocolBar& bar : b.bars) most = std::max(most, bar.value);
    const double labelWidth = width() * 0.4, gap = kBody * 0.6;
    selectFont(m_cr, kBody);
    const double valueWidth = textWidth(m_cr, std::to_string(most)) + gap;
    const double barSpace = width() - labelWidth - gap - valueWidth;
    for (const ProtocolBar& bar : b.bars) {
      selectFont(m_cr, kBody);
      std::vector<std::string> label = wrapText(m_cr, plain(bar.label), labelWidth);
      if (label.empty()) label.emplace_back();
      const double height = static_cast<double>(label.size()) * kBody * kLine;
      room(height + kBody * 0.2);
      selectFont(m_cr, kBody);
      setColour(m_cr, kText);
      for (std::size_t l = 0; l < label.size(); ++l)
        showText(m_cr, kMargin, m_y + static_cast<double>(l) * kBody * kLine, label[l]);
      const double length = most > 0 ? barSpace * bar.value / most : 0.0;
      const double barX = kMargin + labelWidth + gap;
      setColour(m_cr, kBar);
      cairo_rectangle(m_cr, barX, m_y + kBody * 0.2, length, kBody * 0.95);
      cairo_fill(m_cr);
      setColour(m_cr, kText);
      showText(m_cr, barX + length + gap * 0.5, m_y, std::to_string(bar.value));
      m_y += height + kBody * 0.2;
    }
    m_y += kBody * 0.6;
  }

  // The indicator's chart across the text width (report/line_chart.hpp's layout).
  void lineChart(const ProtocolBlock& b) {
    if (!b.indicator) return;
    room(kLineChartHeight);
    const LineChart chart = layoutLineChart(*b.indicator, b.conferenceYears, width(), kLineChartHeight, m_language);
    paintLineChart(m_cr, chart, m_language, kMargin, m_y);
    m_y += kLineChartHeight + kBody;
  }

  // Where a heatmap's parts go: row labels in a column of at most 36 % of the width, cells
  // of equal width (at most 4.2 font sizes), the column labels turned upwards in up to two
  // lines of at most 110 points each.
  struct HeatmapLayout {
    double labelWidth = 0, cell = 0, headerHeight = 0, rowMin = 0;
    std::vector<std::vector<std::string>> columnLines;
  };

  HeatmapLayout heatmapLayout(const ProtocolBlock& b) {
    HeatmapLayout layout;
    const double small = kBody * 0.8, pad = kBody * 0.4, longest = 110.0;
    const std::size_t columns = b.columnLabels.size();
    selectFont(m_cr, kBody);
    layout.labelWidth = kBody * 4;
    for (const std::string& label : b.rowLabels)
      layout.labelWidth = std::max(layout.labelWidth, textWidth(m_cr, plain(label)) + pad);
    layout.labelWidth = std::min(layout.labelWidth, width() * 0.36);
    layout.cell =
        std::min(kBody * 4.2, (width() - layout.labelWidth) / static_cast<double>(std::max<std::size_t>(columns, 1)));
    selectFont(m_cr, small);
    double tallest = 0;
    for (const std::string& label : b.columnLabels) {
      std::vector<std::string> lines = wrapText(m_cr, plain(label), longest);
      if (lines.size() > 2) {  // the rest of the label cut into the second line
        std::string rest;
        for (std::size_t l = 1; l < lines.size(); ++l) rest += (l > 1 ? " " : "") + lines[l];
        lines = {lines[0], fitText(m_cr, rest, longest)};
      }
      for (const std::string& line : lines) tallest = std::max(tallest, textWidth(m_cr, line));
      layout.columnLines.push_back(std::move(lines));
    }
    layout.headerHeight = std::min(tallest, longest) + pad;
    layout.rowMin = b.changes.empty() ? kBody * 1.6 : kBody * 2.4;
    return layout;
  }

  // Cells coloured by count (heatColour) with the count and, below it, the change; the column
  // labels repeated on every page the rows continue on.
  void heatmap(const ProtocolBlock& b) {
    const std::size_t columns = b.columnLabels.size();
    if (columns == 0) return;
    const double small = kBody * 0.8, pad = kBody * 0.4;
    const HeatmapLayout layout = heatmapLayout(b);
    const int most = heatmapScaleMax(b);

    auto header = [&] {
      selectFont(m_cr, small);
      setColour(m_cr, kMuted);
      showText(m_cr, kMargin, m_y + layout.headerHeight - small * kLine,
               fitText(m_cr, plain(b.text), layout.labelWidth - pad));
      for (std::size_t c = 0; c < columns; ++c) {
        const std::vector<std::string>& lines = layout.columnLines[c];
        const double block = static_cast<double>(lines.size()) * small * kLine;
        for (std::size_t l = 0; l < lines.size(); ++l) {
          cairo_save(m_cr);
          // Turned upwards: the text runs from the cell's top edge upwards, the lines centred
          // in their column.
          cairo_translate(m_cr,
                          kMargin + layout.labelWidth + layout.cell * (static_cast<double>(c) + 0.5) - block / 2 +
                              static_cast<double>(l) * small * kLine,
                          m_y + layout.headerHeight - pad * 0.5);
          cairo_rotate(m_cr, -3.14159265358979 / 2);
          showText(m_cr, 0, 0, lines[l]);
          cairo_restore(m_cr);
        }
      }
      m_y += layout.headerHeight;
    };
    room(layout.headerHeight + layout.rowMin * 2);
    header();
    for (std::size_t r = 0; r < b.rowLabels.size(); ++r) {
      selectFont(m_cr, kBody);
      std::vector<std::string> label = wrapText(m_cr, plain(b.rowLabels[r]), layout.labelWidth - pad);
      if (label.empty()) label.emplace_back();
      const double height = std::max(layout.rowMin, static_cast<double>(label.size()) * kBody * kLine + pad);
      if (room(height)) header();
      selectFont(m_cr, kBody);
      setColour(m_cr, kText);
      const double textTop = m_y + (height - static_cast<double>(label.size()) * kBody * kLine) / 2;
      for (std::size_t l = 0; l < label.size(); ++l)
        showText(m_cr, kMargin, textTop + static_cast<double>(l) * kBody * kLine, label[l]);
      for (std::size_t c = 0; c < columns; ++c) {
        const std::size_t at = r * columns + c;
        const int count = at < b.counts.size() ? b.counts[at] : 0;
        const int change = at < b.changes.size() ? b.changes[at] : 0;
        const HeatColour colour = heatColour(count, most);
        const double x = kMargin + layout.labelWidth + layout.cell * static_cast<double>(c);
        cairo_set_source_rgb(m_cr, colour.r / 255.0, colour.g / 255.0, colour.b / 255.0);
        cairo_rectangle(m_cr, x, m_y, layout.cell, height);
        cairo_fill(m_cr);
        setColour(m_cr, kRule);
        cairo_set_line_width(m_cr, 0.4);
        cairo_rectangle(m_cr, x, m_y, layout.cell, height);
        cairo_stroke(m_cr);
        const Rgba ink = colour.darkBackground ? 0xFFFFFFFF : kText;
        const double lines = change != 0 ? kBody * kLine + small * kLine : kBody * kLine;
        const double top = m_y + (height - lines) / 2;
        selectFont(m_cr, kBody);
        setColour(m_cr, ink);
        const std::string text = std::to_string(count);
        showText(m_cr, x + (layout.cell - textWidth(m_cr, text)) / 2, top, text);
        if (change == 0) continue;
        selectFont(m_cr, small);
        setColour(m_cr, colour.darkBackground ? ink : change > 0 ? kUp : kDown);
        const std::string note = (change > 0 ? "+" : "−") + std::to_string(change > 0 ? change : -change);
        showText(m_cr, x + (layout.cell - textWidth(m_cr, note)) / 2, top + kBody * kLine, note);
      }
      m_y += height;
    }
    m_y += kBody;
  }

  cairo_t* m_cr;
  Language m_language;
  double m_y = 0;
  int m_page = 1;
};

}  // namespace

RenderedImage renderProtocolPdf(const ProtocolDocument& doc) {
  RenderedImage image;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(appendBytes, &image.bytes, kPageWidth, kPageHeight);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, plain(doc.title).c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Knotenpunkt");
  cairo_t* cr = cairo_create(surface);
  Pages pages(cr, doc.language);
  pages.title(doc);
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) pages.block(doc.blocks, i);
  pages.finish();
  cairo_status_t status = cairo_status(cr);
  cairo_destroy(cr);
  cairo_surface_finish(surface);  // writes the last page and the trailer
  if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) {
    image.bytes.clear();
    image.error = cairo_status_to_string(status);
  }
  return image;
}

}  // namespace knp::app
