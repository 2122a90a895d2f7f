// The structural pre-scan of JSON text; the contract is in json_structure.hpp.
//
// The scan is a small state machine over bytes, not a parser: strings are skipped with their
// escapes (keys are decoded), every other byte outside strings is either a bracket, a colon, a
// comma or part of a scalar. A string directly followed (after white space) by ':' inside an
// object is a key. Positions are kept as byte offsets while scanning (the inner loops stay
// tight: a region's 86 MB file is scanned in about a tenth of the time the parser takes) and
// turned into lines and columns, as the project reader reports them, once at the end. Text
// that is not JSON gives at worst a wrong duplicate report, which the caller never shows: it
// reports the parser's syntax error instead.
#include "io/json_structure.hpp"

#include <unordered_set>

#include <fmt/format.h>

#include "text/quoting.hpp"
#include "text/utf8.hpp"

namespace knp {
namespace {

struct Frame {
  bool isObject = false;
  std::size_t index = 0;                 // lists: the element being read
  bool hasKey = false;                   // objects: the current member's key has been read
  std::string key;                       // objects: the key of the member being read
  std::unordered_set<std::string> keys;  // objects, KeyCheck::FindDuplicates: keys seen so far
};

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// An issue found while scanning, at a byte offset.
struct Found {
  std::size_t offset;
  std::string path, message;
};

class Scanner {
 public:
  Scanner(std::string_view text, const JsonStructureLimits& limits, KeyCheck keys, std::size_t maxListed)
      : m_text(text), m_limits(limits), m_keys(keys), m_maxListed(maxListed) {}

  JsonStructure run() {
    while (m_at < m_text.size() && !m_overLimit) {
      const char c = m_text[m_at];
      switch (c) {
        case '"': string(); break;
        case '{':
        case '[': open(c == '{'); break;
        case '}':
        case ']': close(); break;
        case ',': comma(); break;
        case ' ': case '\t': case '\r': case '\n': case ':':
          do ++m_at;
          while (m_at < m_text.size() && isSpace(m_text[m_at]));
          break;
        default: scalar(); break;
      }
    }
    return result();
  }

 private:
  // The issues with lines and columns: one pass over the text for all of them.
  JsonStructure result() {
    JsonStructure structure;
    structure.duplicateKeyCount = m_duplicateCount;
    if (m_duplicates.empty() && !m_overLimit) return structure;
    const LineIndex lines(m_text);
    auto located = [&](Found& found) {
      const TextPosition at = lines.at(found.offset);
      return JsonStructureIssue{at.line, at.column, std::move(found.path), std::move(found.message)};
    };
    for (Found& found : m_duplicates) structure.duplicateKeys.push_back(located(found));
    if (m_overLimit) structure.overLimit = located(*m_overLimit);
    return structure;
  }

  // One more value starts here; false (and the scan stops) past the limit.
  bool countValue() {
    if (++m_values <= m_limits.maxValues) return true;
    limit(fmt::format("more than {} values; a project holds far fewer (docs/limits.md)", m_limits.maxValues));
    return false;
  }

  void limit(std::string message) { m_overLimit = Found{m_at, path(), std::move(message)}; }

  void open(bool isObject) {
    if (!countValue()) return;
    if (m_stack.size() >= m_limits.maxDepth) {
      limit(fmt::format("nested more than {} levels deep; a project file needs at most 6", m_limits.maxDepth));
      return;
    }
    m_stack.push_back(Frame{isObject, 0, false, {}, {}});
    ++m_at;
  }

  void close() {
    if (!m_stack.empty()) m_stack.pop_back();
    ++m_at;
  }

  void comma() {
    if (!m_stack.empty()) {
      Frame& top = m_stack.back();
      if (top.isObject)
        top.hasKey = false;
      else
        ++top.index;
    }
    ++m_at;
  }

  // A number, true, false, null or a stray byte: skipped to the next structural character.
  void scalar() {
    if (!countValue()) return;
    while (m_at < m_text.size()) {
      const char c = m_text[m_at];
      if (c == ',' || c == '}' || c == ']' || c == '"' || c == '{' || c == '[' || c == ':' || isSpace(c)) break;
      ++m_at;
    }
  }

  void string() {
    const std::size_t start = m_at;
    ++m_at;  // the opening quote
    const bool mayBeKey = !m_stack.empty() && m_stack.back().isObject && !m_stack.back().hasKey;
    std::string decoded;
    const std::size_t size = m_text.size();
    while (m_at < size) {
      // The plain run up to the next quote or backslash, in one step.
      std::size_t end = m_at;
      while (end < size && m_text[end] != '"' && m_text[end] != '\\') ++end;
      if (mayBeKey) decoded.append(m_text.substr(m_at, end - m_at));
      m_at = end;
      if (m_at == size) break;
      if (m_text[m_at] == '"') {
        ++m_at;
        break;
      }
      if (m_at + 1 == size) {  // a backslash at the very end
        ++m_at;
        break;
      }
      const char escaped = m_text[m_at + 1];
      m_at += 2;
      if (!mayBeKey) continue;
      switch (escaped) {
        case 'n': decoded += '\n'; break;
        case 't': decoded += '\t'; break;
        case 'r': decoded += '\r'; break;
        case 'b': decoded += '\b'; break;
        case 'f': decoded += '\f'; break;
        case 'u': decoded += unicodeEscape(); break;
        default: decoded += escaped; break;
      }
    }
    if (mayBeKey && nextIsColon()) {
      key(std::move(decoded), start);
      return;
    }
    countValue();
  }

  // After "\u": four hex digits (a surrogate pair when a second \uDC00.. follows) as UTF-8.
  std::string unicodeEscape() {
    auto readUnit = [&]() -> int {
      if (m_text.size() - m_at < 4) return -1;
      int unit = 0;
      for (int k = 0; k < 4; ++k) {
        const int digit = hexValue(m_text[m_at + k]);
        if (digit < 0) return -1;
        unit = unit * 16 + digit;
      }
      m_at += 4;
      return unit;
    };
    std::string out;
    const int unit = readUnit();
    if (unit < 0) return out;
    char32_t cp = static_cast<char32_t>(unit);
    if (unit >= 0xD800 && unit <= 0xDBFF && m_text.substr(m_at).starts_with("\\u")) {
      m_at += 2;
      const int low = readUnit();
      if (low >= 0xDC00 && low <= 0xDFFF) cp = 0x10000 + ((cp - 0xD800) << 10) + static_cast<char32_t>(low - 0xDC00);
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;  // a lone surrogate, as the parser would refuse it
    appendUtf8(out, cp);
    return out;
  }

  bool nextIsColon() const {
    for (std::size_t i = m_at; i < m_text.size(); ++i) {
      if (m_text[i] == ':') return true;
      if (!isSpace(m_text[i])) return false;
    }
    return false;
  }

  void key(std::string name, std::size_t offset) {
    Frame& top = m_stack.back();
    top.hasKey = true;
    top.key = name;  // for paths, in either mode
    if (m_keys == KeyCheck::Skip || top.keys.insert(std::move(name)).second) return;
    ++m_duplicateCount;
    if (m_duplicates.size() < m_maxListed)
      m_duplicates.push_back(
          {offset, path(), fmt::format("the key {} appears twice in this object; one of them would be lost", quote(top.key))});
  }

  // The path of the value being read, as the project reader writes paths.
  std::string path() const {
    std::string out;
    for (const Frame& frame : m_stack) {
      if (frame.isObject) {
        if (!frame.hasKey) break;
        if (!out.empty()) out += '.';
        out += excerpt(frame.key);
      } else {
        out += fmt::format("[{}]", frame.index);
      }
    }
    return out;
  }

  std::string_view m_text;
  const JsonStructureLimits& m_limits;
  KeyCheck m_keys;
  std::size_t m_maxListed;
  std::size_t m_at = 0, m_values = 0;
  std::vector<Frame> m_stack;
  std::vector<Found> m_duplicates;
  std::size_t m_duplicateCount = 0;
  std::optional<Found> m_overLimit;
};

}  // namespace

std::string jsonSyntaxMessage(std::string_view what) {
  constexpr std::size_t kSyntaxMessageChars = 160;
  if (auto colon = what.find(": ", what.find("column")); colon != std::string_view::npos)
    what.remove_prefix(colon + 2);
  else if (what.starts_with("[json.exception.") && what.find("] ") != std::string_view::npos)
    what.remove_prefix(what.find("] ") + 2);  // "[json.exception.out_of_range.406] number overflow ..."
  if (what.starts_with("syntax error while parsing value - ")) what.remove_prefix(35);
  return excerpt(what, kSyntaxMessageChars);
}

JsonStructure scanJsonStructure(std::string_view text, const JsonStructureLimits& limits, KeyCheck keys,
                                std::size_t maxListed) {
  return Scanner(text, limits, keys, maxListed).run();
}

}  // namespace knp
