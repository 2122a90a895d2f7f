#include "text/quoting.hpp"

#include <fmt/format.h>

#include "text/utf8.hpp"

namespace knp {
namespace {

bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the well-formed UTF-8 sequence at `i`, or 0 (the rules of sanitizeUtf8).
std::size_t sequenceLength(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k)
    if (!isContinuation(static_cast<unsigned char>(text[i + k]))) return 0;
  const auto second = length > 1 ? static_cast<unsigned char>(text[i + 1]) : 0;
  if (length == 2 && lead < 0xC2) return 0;
  if (length == 3 && ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0))) return 0;
  if (length == 4 && (lead > 0xF4 || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second >= 0x90))) return 0;
  return length;
}

// Appends the character at `i` (of `length` bytes, 0 for a broken byte) as printable text.
void appendPrintable(std::string& out, std::string_view text, std::size_t i, std::size_t length) {
  if (length == 0) {
    out += "\xEF\xBF\xBD";
    return;
  }
  const auto c = static_cast<unsigned char>(text[i]);
  if (length == 1) {
    if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c == 0x7F) out += fmt::format("\\x{:02x}", c);
    else out += static_cast<char>(c);
    return;
  }
  if (length == 2 && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {  // C1 controls
    out += fmt::format("\\u{:04x}", static_cast<unsigned>(static_cast<unsigned char>(text[i + 1])));
    return;
  }
  out.append(text.substr(i, length));
}

}  // namespace

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = sequenceLength(text, i);
    appendPrintable(out, text, i, length);
    i += length == 0 ? 1 : length;
  }
  return out;
}

std::string printableLines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = sequenceLength(text, i);
    if (length == 1 && (text[i] == '\n' || text[i] == '\t'))
      out += text[i];
    else
      appendPrintable(out, text, i, length);
    i += length == 0 ? 1 : length;
  }
  return out;
}

std::string excerpt(std::string_view text, std::size_t maxChars) {
  std::string out;
  std::size_t chars = 0, i = 0;
  while (i < text.size() && chars < maxChars) {
    const std::size_t length = sequenceLength(text, i);
    appendPrintable(out, text, i, length);
    i += length == 0 ? 1 : length;
    ++chars;
  }
  if (i < text.size()) out += "…";
  return out;
}

std::string quote(std::string_view text) { return "\"" + excerpt(text) + "\""; }

}  // namespace knp
