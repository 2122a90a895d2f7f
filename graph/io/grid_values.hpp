#pragma once
// Values in the cells of a grid (the Raster, the actors' grid): items found by name or id,
// statuses, actor types and years in German or English, and ids made from names.
#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>

#include "model/enums.hpp"
#include "text/name_matching.hpp"
#include "text/quoting.hpp"

namespace knp {

// Looks items up by normalised id or name; lists the names for suggestions.
template <class Item>
class ItemLookup {
 public:
  template <class NameOf>
  ItemLookup(const std::vector<Item>& items, NameOf nameOf) {
    // Ids first: an id wins over another item's name that reads the same; then the first of
    // equal names.
    for (std::size_t i = 0; i < items.size(); ++i) m_index.emplace(normaliseName(items[i].id.value), i);
    for (std::size_t i = 0; i < items.size(); ++i) {
      m_index.emplace(normaliseName(nameOf(items[i])), i);
      m_names.push_back(nameOf(items[i]));
      m_candidates.add(m_names.back());
    }
  }
  std::optional<std::size_t> find(const std::string& text) const {
    auto it = m_index.find(normaliseName(text));
    if (it == m_index.end()) return std::nullopt;
    return it->second;
  }
  void add(const std::string& id, const std::string& name, std::size_t index) {
    m_index.emplace(normaliseName(id), index);
    m_index.emplace(normaliseName(name), index);
    m_names.push_back(name);
    m_candidates.add(name);
  }
  // " (did you mean "X"?)" or nothing; `match` as NameCandidates::closest.
  std::string suggestion(const std::string& typed, NameMatch match = NameMatch::TyposAndWords) const {
    if (auto i = m_candidates.closest(typed, match)) return fmt::format(" (did you mean {}?)", quote(m_names[*i]));
    return {};
  }

 private:
  std::unordered_map<std::string, std::size_t> m_index;
  std::vector<std::string> m_names;
  NameCandidates m_candidates;  // m_names prepared for suggestions
};

// A status by its German or English label or its file name ("laufend", "running"); nullopt otherwise.
std::optional<ActivityStatus> statusOf(const std::string& text);

// An actor type by its German or English label or its file name ("Kita", "school", ...).
std::optional<ActorType> actorTypeOf(const std::string& text);

// " (did you mean "Kirche/Religionsgemeinschaft"?)" for an unknown actor type close to a German
// label (closestName's rules), or nothing. O(types).
std::string actorTypeSuggestion(const std::string& typed);

// The ids of one kind already in use, for idFrom. Remembers per base id the next number to
// try, so that n names that give the same base cost O(n) in all, not O(n²).
class TakenIds {
 public:
  void insert(std::string id) { m_ids.insert(std::move(id)); }
  bool contains(const std::string& id) const { return m_ids.contains(id); }

 private:
  friend std::string idFrom(const std::string& name, TakenIds& taken);
  std::unordered_set<std::string> m_ids;
  std::unordered_map<std::string, int> m_nextNumber;  // base id -> the number to try next
};

// An id made from a name: lower-case ASCII letters and digits joined by '-' (umlauts and
// accents spelled in ASCII), at most 40 characters, unique among `taken`, which it joins (a
// number appended when needed: "-2", "-3", ...). "AWO Ortsverein" -> "awo-ortsverein"; a name
// without letters -> "item". O(length of name), amortised.
std::string idFrom(const std::string& name, TakenIds& taken);

// Undoes raster_export's formula guard: a cell that starts with one or more apostrophes
// followed by = + - @ TAB CR or LF loses the first apostrophe; every other cell stays as it
// is ("'s Gravenhage", a lone "'"). O(length).
std::string removeFormulaGuard(std::string cell);

// A year 1900..2200 written as a whole number; nullopt otherwise.
std::optional<int> yearOf(const std::string& text);

}  // namespace knp
