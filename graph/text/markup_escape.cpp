#include "text/markup_escape.hpp"

#include "text/utf8.hpp"

namespace knp {
namespace {

void appendEscaped(std::string& out, std::string_view text, MarkupPolicy policy) {
  const bool xml = policy == MarkupPolicy::Xml;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '&': out += "&amp;"; continue;
      case '<': out += "&lt;"; continue;
      case '>': out += "&gt;"; continue;
      case '"': out += "&quot;"; continue;
      case '\'': out += xml ? "&apos;" : "&#39;"; continue;
      default: break;
    }
    if (!xml) {
      out += c;
      continue;
    }
    if (c == '\t') {
      out += "&#9;";
    } else if (c == '\n') {
      out += "&#10;";
    } else if (c == '\r') {
      out += "&#13;";
    } else if (static_cast<unsigned char>(c) < 0x20) {
      // not an XML character: dropped
    } else if (c == '\xEF' && i + 2 < text.size() && text[i + 1] == '\xBF' &&
               (text[i + 2] == '\xBE' || text[i + 2] == '\xBF')) {
      i += 2;  // U+FFFE or U+FFFF
    } else {
      out += c;
    }
  }
}

}  // namespace

void appendEscapedMarkup(std::string& out, std::string_view text, MarkupPolicy policy) {
  if (policy == MarkupPolicy::Xml) {
    const std::string valid = sanitizeUtf8(text);
    out.reserve(out.size() + valid.size());
    appendEscaped(out, valid, policy);
  } else {
    out.reserve(out.size() + text.size());
    appendEscaped(out, text, policy);
  }
}

std::string escapeMarkup(std::string_view text, MarkupPolicy policy) {
  std::string out;
  appendEscapedMarkup(out, text, policy);
  return out;
}

}  // namespace knp
