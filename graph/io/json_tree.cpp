#include "io/json_tree.hpp"

#include <deque>
#include <string>

#include "text/utf8.hpp"

namespace knp {
namespace {

using nlohmann::json;

// nlohmann's SAX interface, building the tree as its own DOM parser does, plus the checks.
class CheckedTreeBuilder {
 public:
  explicit CheckedTreeBuilder(const JsonStructureLimits& limits) : m_limits(limits) {}

  bool null() { return value(nullptr); }
  bool boolean(bool v) { return value(v); }
  bool number_integer(json::number_integer_t v) { return value(v); }
  bool number_unsigned(json::number_unsigned_t v) { return value(v); }
  bool number_float(json::number_float_t v, const json::string_t& /*text*/) { return value(v); }
  bool string(json::string_t& v) { return value(std::move(v)); }
  bool binary(json::binary_t& v) { return value(std::move(v)); }  // never in JSON text
  bool start_object(std::size_t /*elements*/) { return open(json::value_t::object); }
  bool start_array(std::size_t /*elements*/) { return open(json::value_t::array); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool key(json::string_t& name) {
    json& object = *m_stack.back();
    if (object.contains(name)) {  // the value goes to a slot of its own and is dropped with it
      ++m_duplicates;
      m_slot = &m_discarded.emplace_back();
      return true;
    }
    m_slot = &object[name];
    return true;
  }

  bool parse_error(std::size_t position, const std::string& /*lastToken*/, const nlohmann::detail::exception& error) {
    m_syntaxError = {position, error.what()};
    return false;
  }

  json& root() { return m_root; }
  bool overLimit() const { return m_overLimit; }
  std::size_t duplicates() const { return m_duplicates; }
  const std::optional<std::pair<std::size_t, std::string>>& syntaxError() const { return m_syntaxError; }

 private:
  // Puts `v` where the parse stands; nullptr past the value limit.
  json* place(json&& v) {
    if (++m_values > m_limits.maxValues) {
      m_overLimit = true;
      return nullptr;
    }
    if (m_stack.empty()) {
      m_root = std::move(v);
      return &m_root;
    }
    json& top = *m_stack.back();
    if (top.is_array()) {
      top.push_back(std::move(v));
      return &top.back();
    }
    *m_slot = std::move(v);
    return m_slot;
  }

  bool value(json v) { return place(std::move(v)) != nullptr; }

  bool open(json::value_t type) {
    if (m_stack.size() >= m_limits.maxDepth) {
      m_overLimit = true;
      return false;
    }
    json* container = place(json(type));
    if (!container) return false;
    m_stack.push_back(container);  // stays valid: its parent gets nothing new until it is closed
    return true;
  }

  bool close() {
    m_stack.pop_back();
    return true;
  }

  const JsonStructureLimits& m_limits;
  json m_root;
  std::vector<json*> m_stack;
  json* m_slot = nullptr;          // the member the next value of an object goes to
  std::deque<json> m_discarded;    // values of duplicate keys (a deque: their addresses stay)
  std::size_t m_values = 0, m_duplicates = 0;
  bool m_overLimit = false;
  std::optional<std::pair<std::size_t, std::string>> m_syntaxError;  // byte position, message
};

}  // namespace

ParsedJson parseCheckedJson(std::string_view text, const JsonStructureLimits& limits, std::size_t maxListed) {
  ParsedJson parsed;
  CheckedTreeBuilder builder(limits);
  try {
    json::sax_parse(text, &builder);
  } catch (const json::out_of_range& e) {
    // A number too large for a double (1e400); nlohmann does not say where it stands.
    std::string_view what = e.what();
    if (auto bracket = what.find("] "); bracket != std::string_view::npos) what.remove_prefix(bracket + 2);
    parsed.failure = JsonStructureIssue{0, 0, "", jsonSyntaxMessage(what)};
    return parsed;
  }
  if (builder.overLimit()) {
    // Rare: scan again for where and in which path the limit was passed.
    JsonStructure structure = scanJsonStructure(text, limits, KeyCheck::Skip, maxListed);
    parsed.failure = structure.overLimit ? std::move(*structure.overLimit)
                                         : JsonStructureIssue{0, 0, "", "the document passes a limit (docs/limits.md)"};
    return parsed;
  }
  if (const auto& error = builder.syntaxError()) {
    // The position is the 1-based index of the character where parsing stopped.
    const TextPosition at = positionAt(text, error->first == 0 ? 0 : error->first - 1);
    parsed.failure = JsonStructureIssue{at.line, at.column, "", jsonSyntaxMessage(error->second)};
    return parsed;
  }
  if (builder.duplicates() > 0) {
    JsonStructure structure = scanJsonStructure(text, limits, KeyCheck::FindDuplicates, maxListed);
    parsed.duplicateKeys = std::move(structure.duplicateKeys);
    parsed.duplicateKeyCount = std::max(structure.duplicateKeyCount, builder.duplicates());
  }
  parsed.root = std::move(builder.root());
  return parsed;
}

}  // namespace knp
