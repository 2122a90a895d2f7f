// Reading CSV files as spreadsheets write them. The contract is in csv_reader.hpp; the
// decisions that the header leaves open:
//
// Encoding. UTF-16 (a byte-order mark, or two ASCII characters with zero bytes between, as
// Excel's "Unicode text" writes) is decoded first and reported as Utf16. A UTF-8 byte-order mark is stripped and declares the file UTF-8 (Utf8WithBom); a
// stray ill-formed byte after it becomes U+FFFD rather than switching the whole file to
// Windows-1252. Without a mark, well-formed UTF-8 (strict: no overlong forms, no surrogates,
// nothing above U+10FFFF) is taken as UTF-8; any other file is read as Windows-1252. ASCII-only
// files therefore report Utf8. A Windows-1252 file that happens to be well-formed UTF-8 (such as
// "Ã¤") cannot be told apart by its bytes and is read as UTF-8.
//
// Delimiter. For each of ';', ',' and '\t' the text is parsed with that delimiter up to the
// first record with a cell holding something other than delimiters, quotes and spaces; the
// delimiter giving that record the most cells (counting trailing empty ones, since `a;b;;;` is a
// strong hint for ';') wins. Skipping records made of `;,\t" ` only, rather than records blank
// under the candidate, keeps padding such as `;;;` or `"";""` from counting as one non-empty
// cell for ',' and outvoting ';' in a file that is blank under ';'. Ties go to ';' before ','
// before '\t': German Excel writes ';', and a decimal comma inside a ';' file must not turn it
// into a ',' file. Quotes are respected while counting, so "x,y,z";b counts 2 cells for ';' and
// 1 for ','. No such record at all, or a single column: ';'.
//
// Records (RFC 4180, leniently, the way Excel reads):
// - CRLF, LF and a lone CR (old Mac files) each end a physical line and, outside quotes, a record.
//   Inside a quoted cell any of the three becomes "\n" and still counts as a line.
// - A quote opens a quoted cell only as the cell's very first character; `5" Diskette` and
//   ` "x"` (leading space) are unquoted cells that keep their quotes as literal characters.
// - Inside a quoted cell "" is one quote; delimiters and line breaks are part of the cell.
// - Characters between the closing quote and the next delimiter or line end are appended to the
//   cell ("ab"c gives abc), leniently like Excel, instead of being an error: a stray character
//   after a quote should not stop an import that is otherwise fine. Quotes there are literal.
// - A quoted cell still open at the end of the file is the one error: a problem at the line and
//   column (in characters, 1-based, of the decoded text without the BOM) of its opening quote.
// - Cells are not trimmed of spaces. Trailing empty cells of a record are dropped; a record left
//   with no cells (an empty line, `;;;`, `"";""`) is left out. sourceLine is the physical line on
//   which a kept record starts.
//
// Complexity: O(n) time for n input bytes (decoding, at most three detection passes that each stop
// at the first deciding record, one parsing pass); memory O(n). No regex.
#include "io/csv_reader.hpp"

#include <array>

#include <fmt/format.h>
#include <optional>
#include <utility>

#include "io/input_limits.hpp"
#include "text/utf8.hpp"

namespace knp {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD

// Code points of Windows-1252 0x80–0x9F; 0 marks the five bytes the code page leaves undefined.
constexpr std::array<char32_t, 32> kWindows1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80–87: € _ ‚ ƒ „ … † ‡
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       // 88–8F: ˆ ‰ Š ‹ Œ _ Ž _
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90–97: _ ‘ ’ “ ” • – —
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,  // 98–9F: ˜ ™ š › œ _ ž Ÿ
};

// Well-formed UTF-8 after Unicode's table 3-7, the same rules sanitizeUtf8 applies (so a text
// that passes here comes back unchanged from it). Kept here rather than in text/utf8 only
// because this change may not touch that file; it belongs there.
bool isWellFormedUtf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) low = 0xA0;   // overlong
      if (lead == 0xED) high = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) low = 0x90;   // overlong
      if (lead == 0xF4) high = 0x8F;  // above U+10FFFF
    } else {
      return false;
    }
    if (text.size() - i < length) return false;
    const auto second = static_cast<unsigned char>(text[i + 1]);
    if (second < low || second > high) return false;
    for (std::size_t k = 2; k < length; ++k)
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    i += length;
  }
  return true;
}

// Length of the line break starting at `at` (2 for CRLF, 1 for LF or a lone CR), 0 for none.
std::size_t lineBreakLength(std::string_view text, std::size_t at) {
  if (text[at] == '\n') return 1;
  if (text[at] != '\r') return 0;
  return at + 1 < text.size() && text[at + 1] == '\n' ? 2 : 1;
}

enum class ScanStep { Continue, Stop };

std::string cellLimitMessage(std::size_t line) {
  return fmt::format("more than {} cells by line {}; a Raster has far fewer (see docs/limits.md)", limits::kGridCells,
                     line);
}

// Splits `text` into records and calls onRecord(cells, line) for each, blank ones included, with
// the 1-based line the record starts on; onRecord may move the cells out. Stops early when
// onRecord returns ScanStep::Stop. A quoted cell open at the end of the text ends the last
// record (which is still reported, so that delimiter detection sees its cells) and gives the
// error; so do more than limits::kGridCells cells, counted before they are stored. A quoted
// cell that runs over several lines and either holds the delimiter after a line break or is
// followed by more text after its closing quote looks like rows swallowed by a stray quote: it
// is reported to `warnings` (when given); a quoted address over two lines is not. One pass, O(size of
// text).
template <typename OnRecord>
Outcome<void> scanRecords(std::string_view text, char delimiter, OnRecord&& onRecord,
                          std::vector<RasterProblem>* warnings = nullptr) {
  std::size_t cellCount = 0, records = 0;
  std::vector<std::string> cells;
  std::string cell;
  std::size_t line = 1, lineStart = 0;  // lineStart: offset of the current physical line
  std::size_t recordLine = 1;
  bool inRecord = false, atCellStart = true;
  auto endRecord = [&] {
    ++cellCount;
    ++records;
    cells.push_back(std::move(cell));
    cell.clear();
    const ScanStep step = onRecord(cells, recordLine);
    cells.clear();
    inRecord = false;
    atCellStart = true;
    return step;
  };

  std::size_t i = 0;
  while (i < text.size()) {
    if (!inRecord) {
      inRecord = true;
      recordLine = line;
    }
    const char c = text[i];
    if (c == '"' && atCellStart) {
      const std::size_t quoteLine = line, quoteLineStart = lineStart, quoteAt = i;
      auto quoteColumn = [&] { return utf8Length(text.substr(quoteLineStart, quoteAt - quoteLineStart)) + 1; };
      bool delimiterAfterBreak = false, textAfterQuote = false;
      ++i;
      for (;;) {
        if (i == text.size()) {
          endRecord();
          return LocatedProblem{"quoted cell is not closed before the end of the file", std::nullopt, quoteLine,
                                quoteColumn()};
        }
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            cell += '"';
            i += 2;
            continue;
          }
          ++i;
          // Text right after the closing quote (not a delimiter or line end): the quote that
          // closed the cell was meant to open another one.
          textAfterQuote = i < text.size() && text[i] != delimiter && lineBreakLength(text, i) == 0;
          break;
        }
        if (const std::size_t eol = lineBreakLength(text, i); eol > 0) {
          cell += '\n';
          i += eol;
          ++line;
          lineStart = i;
          continue;
        }
        if (text[i] == delimiter && line > quoteLine) delimiterAfterBreak = true;
        cell += text[i];
        ++i;
      }
      if (warnings && line > quoteLine && (delimiterAfterBreak || textAfterQuote))
        addProblemLazily(*warnings, Severity::Warning, [&] {
          return RasterProblem{Severity::Warning, quoteLine, {},
                               fmt::format("the quoted cell starting in column {} runs on to line {} and looks like "
                                           "it swallowed rows ({} rows read from {} lines so far); if its opening "
                                           "quote is a stray one, remove it or write it twice",
                                           quoteColumn(), line, records + 1, line)};
        });
      atCellStart = false;
      continue;
    }
    atCellStart = false;
    if (c == delimiter) {
      if (++cellCount > limits::kGridCells)
        return LocatedProblem{cellLimitMessage(line), std::nullopt, line,
                              utf8Length(text.substr(lineStart, i - lineStart)) + 1};
      cells.push_back(std::move(cell));
      cell.clear();
      atCellStart = true;
      ++i;
      continue;
    }
    if (const std::size_t eol = lineBreakLength(text, i); eol > 0) {
      if (cellCount >= limits::kGridCells) return LocatedProblem{cellLimitMessage(line), std::nullopt, line, 1};
      i += eol;
      ++line;
      lineStart = i;
      if (endRecord() == ScanStep::Stop) return Done{};
      continue;
    }
    cell += c;
    ++i;
  }
  if (inRecord) endRecord();  // the last record has no line break after it
  return Done{};
}

// True when no cell holds anything but delimiters, quotes and spaces, whichever delimiter split
// the record; such a record says nothing about the delimiter.
bool isPaddingOnly(const std::vector<std::string>& cells) {
  for (const std::string& cell : cells)
    if (cell.find_first_not_of(";,\t\" ") != std::string::npos) return false;
  return true;
}

char detectDelimiter(std::string_view text) {
  char best = ';';
  std::size_t bestCells = 0;
  for (const char candidate : {';', ',', '\t'}) {  // in order of preference on ties
    std::size_t cellCount = 0;
    // An unclosed quote is ignored here; the real parse reports it.
    (void)scanRecords(text, candidate, [&](const std::vector<std::string>& cells, std::size_t) {
      if (isPaddingOnly(cells)) return ScanStep::Continue;
      cellCount = cells.size();
      return ScanStep::Stop;
    });
    if (cellCount > bestCells) {
      best = candidate;
      bestCells = cellCount;
    }
  }
  return best;
}

}  // namespace

std::string windows1252ToUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);  // most text is ASCII with a few 2- or 3-byte letters
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      out += c;
    } else if (byte >= 0xA0) {
      appendUtf8(out, byte);  // 0xA0–0xFF are Latin-1, U+00A0–U+00FF
    } else if (const char32_t cp = kWindows1252High[byte - 0x80]; cp != 0) {
      appendUtf8(out, cp);
    } else {
      out += kReplacementCharacter;
    }
  }
  return out;
}

Outcome<CsvTable> parseCsv(std::string_view bytes) {
  CsvTable result;
  std::string decoded;  // owns the text when it had to be converted
  std::string_view text = bytes;
  if (std::optional<std::string> utf16 = decodeUtf16(bytes)) {
    result.encoding = TextEncoding::Utf16;
    decoded = std::move(*utf16);
    text = decoded;
  } else if (bytes.starts_with(kUtf8Bom)) {
    result.encoding = TextEncoding::Utf8WithBom;
    text = bytes.substr(kUtf8Bom.size());
    if (!isWellFormedUtf8(text)) {
      decoded = sanitizeUtf8(text);
      text = decoded;
    }
  } else if (isWellFormedUtf8(bytes)) {
    result.encoding = TextEncoding::Utf8;
  } else {
    result.encoding = TextEncoding::Windows1252;
    decoded = windows1252ToUtf8(bytes);
    text = decoded;
  }

  result.delimiter = detectDelimiter(text);
  CellTable& table = result.table;
  Outcome<void> scanned = scanRecords(
      text, result.delimiter,
      [&](std::vector<std::string>& cells, std::size_t line) {
        while (!cells.empty() && cells.back().empty()) cells.pop_back();
        if (!cells.empty()) {
          table.rows.push_back(std::move(cells));
          table.sourceLine.push_back(line);
        }
        return ScanStep::Continue;
      },
      &result.warnings);
  if (!scanned.ok()) return std::move(scanned).problem();
  return result;
}

}  // namespace knp
