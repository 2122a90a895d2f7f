#include "text/utf8.hpp"

#include <algorithm>

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

TextPosition positionAt(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  TextPosition position;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++position.line;
      position.column = 1;
    } else if (!isContinuationByte(text[i])) {
      ++position.column;  // count the first byte of each UTF-8 sequence only
    }
  }
  return position;
}

LineIndex::LineIndex(std::string_view text) : m_text(text) {
  m_lineStarts.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') m_lineStarts.push_back(i + 1);
}

int LineIndex::line(std::size_t offset) const {
  const auto next = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), std::min(offset, m_text.size()));
  return static_cast<int>(next - m_lineStarts.begin());  // 1-based
}

TextPosition LineIndex::at(std::size_t offset) const {
  offset = std::min(offset, m_text.size());
  const int number = line(offset);
  const std::size_t start = m_lineStarts[static_cast<std::size_t>(number) - 1];
  return {number, static_cast<int>(utf8Length(m_text.substr(start, offset - start))) + 1};
}

void appendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::optional<std::string> decodeUtf16(std::string_view bytes) {
  auto byteAt = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  bool littleEndian = false;
  std::size_t start = 0;
  if (bytes.size() >= 2 && byteAt(0) == 0xFF && byteAt(1) == 0xFE) {
    littleEndian = true;
    start = 2;
  } else if (bytes.size() >= 2 && byteAt(0) == 0xFE && byteAt(1) == 0xFF) {
    start = 2;
  } else if (bytes.size() >= 4 && byteAt(0) != 0 && byteAt(1) == 0 && byteAt(2) != 0 && byteAt(3) == 0) {
    littleEndian = true;
  } else if (bytes.size() >= 4 && byteAt(0) == 0 && byteAt(1) != 0 && byteAt(2) == 0 && byteAt(3) != 0) {
  } else {
    return std::nullopt;
  }
  auto unitAt = [&](std::size_t i) -> char32_t {
    return littleEndian ? static_cast<char32_t>(byteAt(i) | (byteAt(i + 1) << 8))
                        : static_cast<char32_t>((byteAt(i) << 8) | byteAt(i + 1));
  };
  std::string out;
  out.reserve(bytes.size());
  std::size_t i = start;
  for (; i + 1 < bytes.size(); i += 2) {
    char32_t unit = unitAt(i);
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 3 < bytes.size()) {
      const char32_t low = unitAt(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        appendUtf8(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
        i += 2;
        continue;
      }
    }
    if (unit >= 0xD800 && unit <= 0xDFFF) unit = 0xFFFD;
    appendUtf8(out, unit);
  }
  if (i < bytes.size()) appendUtf8(out, 0xFFFD);
  return out;
}

}  // namespace knp
