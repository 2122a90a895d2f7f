#include "report/report_markup.hpp"

#include "text/utf8.hpp"

namespace knp {
namespace {

bool isSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiAlnum(char c) { return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::string cleanReportText(std::string_view raw) {
  const std::string valid = sanitizeUtf8(raw);
  std::string out;
  out.reserve(valid.size());
  bool pendingSpace = false;
  for (char ch : valid) {
    const auto c = static_cast<unsigned char>(ch);
    if (isSpace(c)) {
      pendingSpace = true;
      continue;
    }
    if (c < 0x20 || c == 0x7F) continue;
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += ch;
  }
  if (pendingSpace) out += ' ';
  return out;
}

std::string trimSpaces(std::string_view value) {
  const std::size_t first = value.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  const std::size_t last = value.find_last_not_of(' ');
  return std::string(value.substr(first, last - first + 1));
}

std::string escapeMarkdown(std::string_view value, MarkdownAt at) {
  std::string out;
  std::size_t i = 0;
  if (at == MarkdownAt::LineStart && !value.empty()) {
    if (value[0] == '-' || value[0] == '+') {
      out += '\\';
    } else {
      std::size_t digits = 0;
      while (digits < value.size() && isDigit(value[digits])) ++digits;
      if (digits > 0 && digits < value.size() && (value[digits] == '.' || value[digits] == ')')) {
        out.append(value.substr(0, digits));
        out += '\\';
        out += value[digits];
        i = digits + 1;
      }
    }
  }
  for (; i < value.size(); ++i) {
    const char c = value[i];
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '<':
      case '>':
      case '#':
      case '|':
      case '~':
        out += '\\';
        break;
      case '&':
        if (i + 1 < value.size() && (isAsciiAlnum(value[i + 1]) || value[i + 1] == '#')) out += '\\';
        break;
      default:
        break;
    }
    out += c;
  }
  return out;
}

}  // namespace knp
