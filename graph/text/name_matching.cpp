#include "text/name_matching.hpp"

#include <algorithm>
#include <numeric>

#include "text/search.hpp"

namespace knp {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::string_view trimWhitespace(std::string_view text) {
  while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
  return text;
}

std::string normaliseName(std::string_view text) {
  const std::string folded = foldCase(trimWhitespace(text));
  std::string out;
  out.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const char c = folded[i];
    if (isSpace(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    if (static_cast<unsigned char>(c) == 0xC3 && i + 1 < folded.size()) {
      switch (static_cast<unsigned char>(folded[i + 1])) {
        case 0xA4: out += "ae", ++i; continue;  // ä
        case 0xB6: out += "oe", ++i; continue;  // ö
        case 0xBC: out += "ue", ++i; continue;  // ü
        case 0x9F: out += "ss", ++i; continue;  // ß
        default: break;
      }
    }
    out += c;
  }
  return out;
}

std::size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

namespace {

// The name without its parenthesised parts: "Grundschule (6–10)" -> "Grundschule".
std::string withoutParentheses(std::string_view name) {
  std::string out;
  int depth = 0;
  for (char c : name) {
    if (c == '(') ++depth;
    else if (c == ')' && depth > 0) --depth;
    else if (depth == 0) out += c;
  }
  return out;
}

// The code point at text[i] (advancing i past it); U+FFFD for a malformed sequence.
char32_t nextCodePoint(std::string_view text, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  const int length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0 || i + static_cast<std::size_t>(length) > text.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = length == 1 ? lead : lead & (0xFF >> (length + 1));
  for (int k = 1; k < length; ++k) {
    if ((byte(i + static_cast<std::size_t>(k)) & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(i + static_cast<std::size_t>(k)) & 0x3F);
  }
  i += static_cast<std::size_t>(length);
  return cp;
}

// Whether a code point belongs to a word: ASCII letters and digits, and letters beyond ASCII
// (Latin-1's letters, other scripts); not spaces, punctuation, dashes, quotes, symbols
// (U+00A0–U+00BF, × ÷, U+2000–U+2BFF) nor the replacement character.
bool partOfWord(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || cp == 0xFFFD) return false;
  return cp < 0x2000 || cp > 0x2BFF;
}

// The words of a name (normalised or not), split at everything that is not part of a word.
std::vector<std::string> wordsOf(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  for (std::size_t i = 0; i < name.size();) {
    const std::size_t start = i;
    if (partOfWord(nextCodePoint(name, i))) {
      word.append(name.substr(start, i - start));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// Common German words (normalised) that say nothing about which name is meant.
bool commonWord(std::string_view word) {
  static constexpr std::string_view kCommon[] = {"fuer", "wird", "werden", "sind", "eine", "einer", "eines",
                                                 "oder", "alle", "ueber", "auch", "nach", "durch", "sowie",
                                                 "dass", "sich", "mehr", "beim", "with", "from", "their"};
  return std::find(std::begin(kCommon), std::end(kCommon), word) != std::end(kCommon);
}

// The number of code points of `text`. O(n).
std::size_t letterCount(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size();) nextCodePoint(text, i), ++count;
  return count;
}

}  // namespace

void NameCandidates::add(std::string_view name) {
  const bool suggested = name.size() <= 4 * kMaxSuggestedLength;  // a longer one is not even normalised
  m_whole.push_back(suggested ? normaliseName(name) : std::string());
  m_withoutParentheses.push_back(suggested ? normaliseName(withoutParentheses(name)) : std::string());
  m_words.push_back(wordsOf(m_whole.back()));
  m_wordCounts.push_back(wordsOf(m_withoutParentheses.back()).size());
}

std::optional<std::size_t> NameCandidates::closest(std::string_view typed, NameMatch match) const {
  if (typed.size() > 4 * kMaxSuggestedLength) return std::nullopt;  // before normalising a 16 MB cell
  const std::string wanted = normaliseName(typed);
  if (wanted.size() > kMaxSuggestedLength) return std::nullopt;
  const std::size_t limit = std::max<std::size_t>(2, wanted.size() / 4);
  // The edit distance is at least the difference in length: skip what cannot be close enough.
  auto distance = [&](const std::string& name) {
    const std::size_t gap = name.size() > wanted.size() ? name.size() - wanted.size() : wanted.size() - name.size();
    return name.empty() || gap > limit ? limit + 1 : editDistance(wanted, name);
  };
  std::optional<std::size_t> best;
  std::size_t bestDistance = limit + 1;
  for (std::size_t i = 0; i < m_whole.size(); ++i) {
    const std::size_t d = std::min(distance(m_whole[i]), distance(m_withoutParentheses[i]));
    if (d < bestDistance) best = i, bestDistance = d;
  }
  if (best || match == NameMatch::TyposOnly) return best;

  // No typo: a name holding the typed words, whole or as the start of a word. Letters are
  // counted as typed ("für" has three, though normalised to "fuer").
  std::vector<std::string> typedWords;
  for (const std::string& word : wordsOf(typed))
    if (letterCount(word) >= kMinSuggestedWord)
      if (std::string normalised = normaliseName(word); !commonWord(normalised)) typedWords.push_back(std::move(normalised));
  if (typedWords.empty()) return std::nullopt;
  std::size_t bestWhole = 0, bestWordCount = 0;
  for (std::size_t i = 0; i < m_words.size(); ++i) {
    const std::vector<std::string>& words = m_words[i];
    std::size_t whole = 0;
    bool all = true;
    for (const std::string& typedWord : typedWords) {
      bool equal = false, start = false;
      for (const std::string& word : words) {
        equal = equal || word == typedWord;
        start = start || word.starts_with(typedWord);
      }
      if (!start) {
        all = false;
        break;
      }
      whole += equal ? 1 : 0;
    }
    if (!all) continue;
    if (!best || whole > bestWhole || (whole == bestWhole && m_wordCounts[i] < bestWordCount))
      best = i, bestWhole = whole, bestWordCount = m_wordCounts[i];
  }
  return best;
}

std::optional<std::size_t> closestName(std::string_view typed, const std::vector<std::string>& candidates,
                                       NameMatch match) {
  NameCandidates prepared;
  for (const std::string& candidate : candidates) prepared.add(candidate);
  return prepared.closest(typed, match);
}

std::vector<std::string> splitValues(std::string_view cell) {
  std::vector<std::string> values;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= cell.size(); ++i) {
    if (i < cell.size() && cell[i] != '|' && cell[i] != '\n' && cell[i] != '\r') continue;
    const std::string_view value = trimWhitespace(cell.substr(start, i - start));
    if (!value.empty()) values.emplace_back(value);
    start = i + 1;
  }
  return values;
}

}  // namespace knp
