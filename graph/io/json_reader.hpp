#pragma once
// Reading JSON values into model types while collecting a Problem for every mismatch (path,
// what was expected, what was found) instead of throwing, so one load reports everything that
// is wrong; and the small writers the project file's parts share. Used by the project file
// (project_json.cpp), its views (view_json.cpp) and conferences (conference_json.cpp).
#include <algorithm>
#include <charconv>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "io/input_limits.hpp"
#include "model/enums.hpp"
#include "model/problem_list.hpp"
#include "model/project.hpp"
#include "model/validation.hpp"
#include "text/quoting.hpp"

namespace knp::json_io {

using nlohmann::json;
using nlohmann::ordered_json;

enum class Presence { Required, Optional };

inline std::string_view typeName(const json& j) {
  switch (j.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "true/false";
    case json::value_t::string: return "a string";
    case json::value_t::array: return "a list";
    case json::value_t::object: return "an object";
    case json::value_t::number_float: return "a decimal number";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return "a whole number";
    default: return "something else";
  }
}

// Reads JSON values into model types, collecting a Problem for every mismatch instead of
// throwing, so one load reports everything that is wrong.
class JsonReader {
 public:
  explicit JsonReader(std::vector<Problem>& problems) : m_problems(problems) {}

  void error(const std::string& path, std::string message) {
    addProblem(m_problems, Problem{Severity::Error, path, std::move(message)});
  }
  // Whether further problems are only counted: loops over huge lists skip building messages.
  bool full() const { return listIsFull(m_problems); }
  void countError() { countUnlisted(m_problems, Severity::Error); }

  bool expectObject(const json& j, const std::string& path) {
    if (j.is_object()) return true;
    error(path, fmt::format("expected an object, found {}", typeName(j)));
    return false;
  }

  void rejectUnknownKeys(const json& object, const std::string& path, std::initializer_list<std::string_view> known) {
    for (const auto& [key, value] : object.items())
      if (std::find(known.begin(), known.end(), key) == known.end())
        error(join(path, excerpt(key)), fmt::format("unknown key {}", quote(key)));
  }

  // The member `key` of `object`, or nullptr (and a problem when it is required).
  const json* member(const json& object, std::string_view key, const std::string& path, Presence presence) {
    auto it = object.find(key);
    if (it != object.end()) return &*it;
    if (presence == Presence::Required) error(join(path, key), "missing");
    return nullptr;
  }

  std::string string(const json& object, std::string_view key, const std::string& path,
                     Presence presence = Presence::Optional) {
    const json* value = member(object, key, path, presence);
    if (!value) return {};
    if (value->is_string()) return value->get<std::string>();
    error(join(path, key), fmt::format("expected a string, found {}", typeName(*value)));
    return {};
  }

  template <class IdT>
  IdT id(const json& object, std::string_view key, const std::string& path, Presence presence = Presence::Required) {
    return IdT(string(object, key, path, presence));
  }

  template <class IdT>
  std::optional<IdT> optionalId(const json& object, std::string_view key, const std::string& path) {
    if (!object.contains(key)) return std::nullopt;
    return IdT(string(object, key, path));
  }

  std::optional<int> integer(const json& object, std::string_view key, const std::string& path, Presence presence) {
    const json* value = member(object, key, path, presence);
    if (!value) return std::nullopt;
    // Unsigned first: 18446744073709551615 read as a signed number would be -1.
    if (value->is_number_unsigned()) {
      const auto n = value->get<unsigned long long>();
      if (n <= static_cast<unsigned long long>(std::numeric_limits<int>::max())) return static_cast<int>(n);
      error(join(path, key), fmt::format("number {} is out of range (at most {})", n, std::numeric_limits<int>::max()));
      return std::nullopt;
    }
    if (value->is_number_integer()) {
      const auto n = value->get<long long>();
      if (n >= std::numeric_limits<int>::min()) return static_cast<int>(n);
      error(join(path, key), fmt::format("number {} is out of range (at least {})", n, std::numeric_limits<int>::min()));
      return std::nullopt;
    }
    error(join(path, key), fmt::format("expected a whole number, found {}", typeName(*value)));
    return std::nullopt;
  }

  // Whether `list` (at `listPath`) is a list of at most limits::kProjectItems entries;
  // a problem otherwise.
  bool readableList(const json& list, const std::string& listPath) {
    if (!list.is_array()) {
      error(listPath, fmt::format("expected a list, found {}", typeName(list)));
      return false;
    }
    if (list.size() <= limits::kProjectItems) return true;
    error(listPath, fmt::format("{} entries; a project holds at most {} in one list (see docs/limits.md)", list.size(),
                                limits::kProjectItems));
    return false;
  }

  template <class IdT>
  std::vector<IdT> idList(const json& object, std::string_view key, const std::string& path) {
    std::vector<IdT> ids;
    const json* value = member(object, key, path, Presence::Optional);
    if (!value) return ids;
    const std::string listPath = join(path, key);
    if (!readableList(*value, listPath)) return ids;
    for (size_t i = 0; i < value->size(); ++i) {
      const json& element = (*value)[i];
      if (element.is_string())
        ids.emplace_back(element.get<std::string>());
      else if (full())
        countError();
      else
        error(indexed(listPath, i), fmt::format("expected a string, found {}", typeName(element)));
    }
    return ids;
  }

  template <class E, size_t N>
  E enumeration(const json& object, std::string_view key, const std::string& path,
                const std::array<EnumName<E>, N>& table, std::string_view what, E fallback,
                Presence presence = Presence::Required) {
    const json* value = member(object, key, path, presence);
    if (!value) return fallback;
    return enumValue(*value, join(path, key), table, what).value_or(fallback);
  }

  // A list of enum names, each checked against `table`; wrong elements are left out.
  template <class E, size_t N>
  std::vector<E> enumList(const json& object, std::string_view key, const std::string& path,
                          const std::array<EnumName<E>, N>& table, std::string_view what) {
    std::vector<E> values;
    const json* value = member(object, key, path, Presence::Optional);
    if (!value) return values;
    const std::string listPath = join(path, key);
    if (!readableList(*value, listPath)) return values;
    for (size_t i = 0; i < value->size(); ++i)
      if (auto parsed = enumValue((*value)[i], indexed(listPath, i), table, what)) values.push_back(*parsed);
    return values;
  }

  // Any JSON number, whole or decimal, as a double.
  std::optional<double> number(const json& object, std::string_view key, const std::string& path, Presence presence) {
    const json* value = member(object, key, path, presence);
    if (!value) return std::nullopt;
    if (value->is_number()) return value->get<double>();
    error(join(path, key), fmt::format("expected a number, found {}", typeName(*value)));
    return std::nullopt;
  }

  std::optional<bool> boolean(const json& object, std::string_view key, const std::string& path, Presence presence) {
    const json* value = member(object, key, path, presence);
    if (!value) return std::nullopt;
    if (value->is_boolean()) return value->get<bool>();
    error(join(path, key), fmt::format("expected true or false, found {}", typeName(*value)));
    return std::nullopt;
  }

  // The member `key` when it is an object; nullptr when absent (fine) or not an object (a problem).
  const json* optionalObject(const json& object, std::string_view key, const std::string& path) {
    const json* value = member(object, key, path, Presence::Optional);
    if (!value || !expectObject(*value, join(path, key))) return nullptr;
    return value;
  }

  Colour colour(const json& object, std::string_view key, const std::string& path) {
    const std::string text = string(object, key, path, Presence::Required);
    if (!object.contains(key) || !object.at(key).is_string()) return {};
    if (auto parsed = parseColour(text)) return *parsed;
    error(join(path, key), fmt::format("{} is not a colour of the form #rrggbb", quote(text)));
    return {};
  }

  // Runs `read` for each element of the list `key` of `parent` (at `parentPath`) that is an object.
  template <class ReadItem>
  void list(const json& parent, std::string_view key, const std::string& parentPath, ReadItem read) {
    auto it = parent.find(key);
    if (it == parent.end()) return;
    const std::string listPath = join(parentPath, key);
    if (!readableList(*it, listPath)) return;
    for (size_t i = 0; i < it->size(); ++i) {
      if (!(*it)[i].is_object() && full()) {
        countError();
        continue;
      }
      const std::string path = indexed(listPath, i);
      if (expectObject((*it)[i], path)) read((*it)[i], path);
    }
  }

  // The same for a list at the top level.
  template <class ReadItem>
  void list(const json& root, std::string_view key, ReadItem read) {
    list(root, key, "", std::move(read));
  }

  static std::string join(const std::string& path, std::string_view key) {
    return path.empty() ? std::string(key) : path + "." + std::string(key);
  }
  static std::string indexed(std::string_view path, size_t i) { return fmt::format("{}[{}]", path, i); }

  static std::optional<Colour> parseColour(std::string_view text) {
    if (text.size() != 7 || text[0] != '#') return std::nullopt;
    Colour c;
    std::uint8_t* channels[] = {&c.r, &c.g, &c.b};
    for (int i = 0; i < 3; ++i) {
      const char* begin = text.data() + 1 + 2 * i;
      auto [end, ec] = std::from_chars(begin, begin + 2, *channels[i], 16);
      if (ec != std::errc() || end != begin + 2) return std::nullopt;
    }
    return c;
  }

 private:
  template <class E, size_t N>
  std::optional<E> enumValue(const json& value, const std::string& valuePath, const std::array<EnumName<E>, N>& table,
                             std::string_view what) {
    if (!value.is_string()) {
      error(valuePath, fmt::format("expected a string, found {}", typeName(value)));
      return std::nullopt;
    }
    const auto name = value.get<std::string>();
    if (auto parsed = enumFromName(table, name)) return *parsed;
    std::string choices;
    for (const auto& entry : table) choices += (choices.empty() ? "" : ", ") + std::string(entry.name);
    error(valuePath, fmt::format("unknown {} {} (expected one of {})", what, quote(name), choices));
    return std::nullopt;
  }

  std::vector<Problem>& m_problems;
};

// FilterMode lives with the map state (model/map_state.hpp); only the file needs its names.

// Writing. Lists are always written (empty when empty), optional values only when present.

inline ordered_json idsToJson(const auto& ids) {
  ordered_json list = ordered_json::array();
  for (const auto& id : ids) list.push_back(id.value);
  return list;
}

// Whole numbers are written without a decimal point (68, not 68.0), as people write counts
// by hand; reading gives the same double back either way, so the text stays canonical.
inline ordered_json numberToJson(double value) {
  if (std::isfinite(value) && std::floor(value) == value && std::abs(value) < 1e15)
    return static_cast<long long>(value);
  return value;
}

// Enum values as their saved names.
template <class E, size_t N>
ordered_json namesToJson(const std::vector<E>& values, const std::array<EnumName<E>, N>& table) {
  ordered_json list = ordered_json::array();
  for (E value : values) list.push_back(enumName(table, value));
  return list;
}

}  // namespace knp::json_io
