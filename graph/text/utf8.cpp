#include "text/utf8.hpp"

namespace knp {
namespace {
bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
}  // namespace

std::size_t utf8Length(std::string_view text) {
  std::size_t n = 0;
  for (char c : text)
    if (!isContinuationByte(c)) ++n;
  return n;
}

std::string padRight(std::string_view text, std::size_t width) {
  std::string out(text);
  const std::size_t length = utf8Length(text);
  if (length < width) out.append(width - length, ' ');
  return out;
}

std::string truncateUtf8(std::string_view text, std::size_t maxChars) {
  if (utf8Length(text) <= maxChars) return std::string(text);
  if (maxChars == 0) return {};
  std::size_t chars = 0, i = 0;
  for (; i < text.size(); ++i) {
    if (!isContinuationByte(text[i])) {
      if (chars == maxChars - 1) break;
      ++chars;
    }
  }
  return std::string(text.substr(0, i)) + "…";
}

std::string sanitizeUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    bool ok = length > 0 && i + length <= text.size();
    for (std::size_t k = 1; ok && k < length; ++k) ok = isContinuationByte(text[i + k]);
    // Reject overlong forms and surrogates, as strict decoders do.
    if (ok && length == 2) ok = lead >= 0xC2;
    if (ok && length == 3) {
      const auto second = static_cast<unsigned char>(text[i + 1]);
      ok = !(lead == 0xE0 && second < 0xA0) && !(lead == 0xED && second >= 0xA0);
    }
    if (ok && length == 4) {
      const auto second = static_cast<unsigned char>(text[i + 1]);
      ok = lead <= 0xF4 && !(lead == 0xF0 && second < 0x90) && !(lead == 0xF4 && second >= 0x90);
    }
    if (ok) {
      out.append(text.substr(i, length));
      i += length;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

}  // namespace knp
