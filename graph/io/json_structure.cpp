// The structural pre-scan of JSON text; the contract is in json_structure.hpp.
//
// The scan is a small state machine over bytes, not a parser: strings are skipped with their
// escapes (keys are decoded), every other byte outside strings is either a bracket, a colon, a
// comma or part of a scalar. A string directly followed (after white space) by ':' inside an
// object is a key. Lines and columns are tracked as the project reader reports them (columns in
// characters). Text that is not JSON gives at worst a wrong duplicate report, which the caller
// never shows: it reports the parser's syntax error instead.
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
  std::unordered_set<std::string> keys;  // objects: keys seen so far
};

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

class Scanner {
 public:
  Scanner(std::string_view text, const JsonStructureLimits& limits, KeyCheck keys, std::size_t maxListed)
      : m_text(text), m_limits(limits), m_keys(keys), m_maxListed(maxListed) {}

  JsonStructure run() {
    while (m_at < m_text.size() && !m_result.overLimit) {
      const char c = m_text[m_at];
      switch (c) {
        case '"': string(); break;
        case '{':
        case '[': open(c == '{'); break;
        case '}':
        case ']': close(); break;
        case ',': comma(); break;
        case '\n': newLine(); break;
        case ' ': case '\t': case '\r': case ':': advance(); break;
        default: scalar(); break;
      }
    }
    return std::move(m_result);
  }

 private:
  void advance() {
    if ((static_cast<unsigned char>(m_text[m_at]) & 0xC0) != 0x80) ++m_column;
    ++m_at;
  }
  void newLine() {
    ++m_at;
    ++m_line;
    m_column = 1;
  }

  // One more value starts here; false (and the scan stops) past the limit.
  bool countValue() {
    if (++m_values <= m_limits.maxValues) return true;
    limit(fmt::format("more than {} values; a project holds far fewer (docs/limits.md)", m_limits.maxValues));
    return false;
  }

  void limit(std::string message) { m_result.overLimit = JsonStructureIssue{m_line, m_column, path(), std::move(message)}; }

  void open(bool isObject) {
    if (!countValue()) return;
    if (m_stack.size() >= m_limits.maxDepth) {
      limit(fmt::format("nested more than {} levels deep; a project file needs at most 6", m_limits.maxDepth));
      return;
    }
    m_stack.push_back(Frame{isObject, 0, false, {}, {}});
    advance();
  }

  void close() {
    if (!m_stack.empty()) m_stack.pop_back();
    advance();
  }

  void comma() {
    if (!m_stack.empty()) {
      Frame& top = m_stack.back();
      if (top.isObject)
        top.hasKey = false;
      else
        ++top.index;
    }
    advance();
  }

  // A number, true, false, null or a stray byte: skipped to the next structural character.
  void scalar() {
    if (!countValue()) return;
    while (m_at < m_text.size()) {
      const char c = m_text[m_at];
      if (c == ',' || c == '}' || c == ']' || c == '"' || c == '{' || c == '[' || c == ':' || c == '\n' || c == ' ' ||
          c == '\t' || c == '\r')
        break;
      advance();
    }
  }

  void string() {
    const int line = m_line, column = m_column;
    advance();  // the opening quote
    std::string decoded;
    const bool mayBeKey = !m_stack.empty() && m_stack.back().isObject && !m_stack.back().hasKey;
    while (m_at < m_text.size()) {
      const char c = m_text[m_at];
      if (c == '"') {
        advance();
        break;
      }
      if (c == '\n') {  // not allowed in JSON strings; the parser will say so
        newLine();
        continue;
      }
      if (c == '\\' && m_at + 1 < m_text.size()) {
        const char e = m_text[m_at + 1];
        advance();
        advance();
        if (!mayBeKey) continue;
        switch (e) {
          case 'n': decoded += '\n'; break;
          case 't': decoded += '\t'; break;
          case 'r': decoded += '\r'; break;
          case 'b': decoded += '\b'; break;
          case 'f': decoded += '\f'; break;
          case 'u': decoded += unicodeEscape(); break;
          default: decoded += e; break;
        }
        continue;
      }
      if (mayBeKey) decoded += c;
      advance();
    }
    if (mayBeKey && nextIsColon()) {
      key(std::move(decoded), line, column);
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
      for (int k = 0; k < 4; ++k) advance();
      return unit;
    };
    std::string out;
    const int unit = readUnit();
    if (unit < 0) return out;
    char32_t cp = static_cast<char32_t>(unit);
    if (unit >= 0xD800 && unit <= 0xDBFF && m_text.substr(m_at).starts_with("\\u")) {
      advance();
      advance();
      const int low = readUnit();
      if (low >= 0xDC00 && low <= 0xDFFF) cp = 0x10000 + ((cp - 0xD800) << 10) + static_cast<char32_t>(low - 0xDC00);
    }
    appendUtf8(out, cp);
    return out;
  }

  bool nextIsColon() const {
    for (std::size_t i = m_at; i < m_text.size(); ++i) {
      const char c = m_text[i];
      if (c == ':') return true;
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
    }
    return false;
  }

  void key(std::string name, int line, int column) {
    Frame& top = m_stack.back();
    top.hasKey = true;
    top.key = name;  // for paths, in either mode
    if (m_keys == KeyCheck::Skip || top.keys.insert(std::move(name)).second) return;
    ++m_result.duplicateKeyCount;
    if (m_result.duplicateKeys.size() < m_maxListed)
      m_result.duplicateKeys.push_back(
          {line, column, path(),
           fmt::format("the key {} appears twice in this object; one of them would be lost", quote(top.key))});
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
  int m_line = 1, m_column = 1;
  std::vector<Frame> m_stack;
  JsonStructure m_result;
};

}  // namespace

std::string jsonSyntaxMessage(std::string_view what) {
  constexpr std::size_t kSyntaxMessageChars = 160;
  if (auto colon = what.find(": ", what.find("column")); colon != std::string_view::npos) what.remove_prefix(colon + 2);
  if (what.starts_with("syntax error while parsing value - ")) what.remove_prefix(35);
  return excerpt(what, kSyntaxMessageChars);
}

JsonStructure scanJsonStructure(std::string_view text, const JsonStructureLimits& limits, KeyCheck keys,
                                std::size_t maxListed) {
  return Scanner(text, limits, keys, maxListed).run();
}

}  // namespace knp
