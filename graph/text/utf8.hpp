#pragma once
// Small UTF-8 helpers for text output.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace knp {

// Number of code points (what a terminal shows as characters for German text). O(n).
std::size_t utf8Length(std::string_view text);

// `text` padded with spaces to `width` code points (unchanged when already wider).
std::string padRight(std::string_view text, std::size_t width);

// At most `maxChars` code points; a cut text ends in "…". Never splits a UTF-8 sequence.
std::string truncateUtf8(std::string_view text, std::size_t maxChars);

// `text` with every byte that is not part of a well-formed UTF-8 sequence replaced by
// U+FFFD (�), so that it can be printed safely. Well-formed text is returned unchanged. O(n).
std::string sanitizeUtf8(std::string_view text);

// `bytes` read as UTF-16 and written as UTF-8, when they are UTF-16: a byte-order mark (FF FE
// little-endian, FE FF big-endian, dropped), or without one, text whose first two characters
// are ASCII (a zero byte in every other place, as "<?" or "ID" in UTF-16 give). Surrogate
// pairs are joined; a lone surrogate and an odd last byte become U+FFFD. nullopt for anything
// else, so UTF-8 and Windows-1252 files pass through untouched. O(n).
std::optional<std::string> decodeUtf16(std::string_view bytes);

struct TextPosition {
  int line = 1, column = 1;  // 1-based; the column counts characters (UTF-8 sequences), not bytes
};

// Where the byte at `offset` (0-based, clamped to the text) stands. O(offset).
TextPosition positionAt(std::string_view text, std::size_t offset);

// positionAt for many offsets into one text: the line starts are found once (O(n)), then each
// line look-up costs O(log lines), and a position O(log lines + length of its line) (so only
// line() suits a file written on one line). The text must outlive the index.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  int line(std::size_t offset) const;
  TextPosition at(std::size_t offset) const;

 private:
  std::string_view m_text;
  std::vector<std::size_t> m_lineStarts;  // offset of the first byte of each line
};

// Appends code point `cp` (at most U+10FFFF, not a surrogate) as UTF-8.
void appendUtf8(std::string& out, char32_t cp);

}  // namespace knp
