#include "io/grid_values.hpp"

#include <charconv>

#include "text/labels.hpp"

namespace knp {
namespace {

// The ASCII letters for a Latin-1 letter U+00C0..U+00FF given by its UTF-8 second byte (after
// C3), lower case: é -> "e", ç -> "c"; empty for × and ÷.
std::string_view asciiOfLatin1(unsigned char second) {
  static constexpr std::string_view kLetters[64] = {
      "a", "a", "a", "a", "ae", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",   // À..Ï
      "d", "n", "o", "o", "o",  "o", "oe", "",  "o", "u", "u", "u", "ue", "y", "th", "ss",  // Ð..ß
      "a", "a", "a", "a", "ae", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",   // à..ï
      "d", "n", "o", "o", "o",  "o", "oe", "",  "o", "u", "u", "u", "ue", "y", "th", "y"};  // ð..ÿ
  return second >= 0x80 && second <= 0xBF ? kLetters[second - 0x80] : std::string_view();
}

}  // namespace

std::optional<ActivityStatus> statusOf(const std::string& text) {
  const std::string name = normaliseName(text);
  for (ActivityStatus s : {ActivityStatus::Planned, ActivityStatus::Running, ActivityStatus::Finished})
    if (name == normaliseName(label(s, Language::German)) || name == normaliseName(label(s, Language::English)) ||
        name == toString(s))
      return s;
  return std::nullopt;
}

std::optional<ActorType> actorTypeOf(const std::string& text) {
  const std::string name = normaliseName(text);
  for (const auto& entry : kActorTypeNames) {
    const ActorType t = entry.value;
    if (name == normaliseName(label(t, Language::German)) || name == normaliseName(label(t, Language::English)) ||
        name == entry.name)
      return t;
  }
  return std::nullopt;
}

std::string actorTypeSuggestion(const std::string& typed) {
  static const std::vector<std::string> labels = [] {
    std::vector<std::string> out;
    for (const auto& entry : kActorTypeNames) out.emplace_back(label(entry.value, Language::German));
    return out;
  }();
  if (const std::optional<std::size_t> i = closestName(typed, labels))
    return fmt::format(" (did you mean {}?)", quote(labels[*i]));
  return {};
}

std::string idFrom(const std::string& name, TakenIds& taken) {
  std::string id;
  const std::string text = normaliseName(name);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    std::string_view letters;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      letters = std::string_view(&text[i], 1);
    else if (static_cast<unsigned char>(c) == 0xC3 && i + 1 < text.size())
      letters = asciiOfLatin1(static_cast<unsigned char>(text[++i]));
    if (!letters.empty())
      id += letters;
    else if (!id.empty() && id.back() != '-')
      id += '-';
  }
  if (id.size() > 40) id.resize(40);
  while (!id.empty() && id.back() == '-') id.pop_back();  // also where the cut fell after a word
  if (id.empty()) id = "item";
  std::string unique = id;
  if (taken.m_ids.contains(unique)) {
    int& n = taken.m_nextNumber.try_emplace(id, 2).first->second;
    do unique = fmt::format("{}-{}", id, n++);
    while (taken.m_ids.contains(unique));
  }
  taken.m_ids.insert(unique);
  return unique;
}

std::string removeFormulaGuard(std::string cell) {
  std::size_t first = 0;
  while (first < cell.size() && cell[first] == '\'') ++first;
  if (first > 0 && first < cell.size() && std::string_view("=+-@\t\r\n").find(cell[first]) != std::string_view::npos)
    cell.erase(0, 1);
  return cell;
}

std::optional<int> yearOf(const std::string& text) {
  const std::string t = normaliseName(text);
  int year = 0;
  auto [end, error] = std::from_chars(t.data(), t.data() + t.size(), year);
  if (error != std::errc() || end != t.data() + t.size() || year < 1900 || year > 2200) return std::nullopt;
  return year;
}

}  // namespace knp
