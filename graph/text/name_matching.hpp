#pragma once
// Matching names typed by people against the names and ids of a project: the same name
// written with other case, extra spaces or umlauts spelled out (Aktivität = Aktivitaet) matches,
// and a near miss gets a suggestion ("Grundschul" → "Grundschule?").
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace knp {

// `text` without leading and trailing spaces, tabs, CR and LF. O(n).
std::string_view trimWhitespace(std::string_view text);

// Lower case (foldCase), ä ö ü → ae oe ue, ß → ss, spaces trimmed and runs of white space
// collapsed to one space. O(n).
std::string normaliseName(std::string_view text);

// Levenshtein distance between two strings, counted in bytes. O(|a| · |b|) time, O(|b|) space.
std::size_t editDistance(std::string_view a, std::string_view b);

// A typed value longer than this (in bytes, normalised) gets no suggestion: comparing it with
// every name would cost its length squared, and no typo makes a name that long.
inline constexpr std::size_t kMaxSuggestedLength = 200;
inline constexpr std::size_t kMinSuggestedWord = 4;

// The candidate closest to `typed` after normalising both:
//  1. a likely typo: edit distance at most max(2, length / 4), measured to the whole name or to
//     the name without its parenthesised parts ("Grundschul" finds "Grundschule (6–10)"); on
//     ties the first;
//  2. else (unless `match` is TyposOnly) a name that contains the typed words: every word of
//     `typed` with at least kMinSuggestedWord letters that is no common German word ("und",
//     "für", "wird", "alle", ...; those are not looked for) is a word of the name or the start
//     of one, words split at anything but letters and digits (spaces, no-break spaces,
//     punctuation, dashes, quotes, symbols)
//     ("Willkommenskultur" finds "Willkommenskultur: Zugehört dazu!", "Bildung" finds "Bildung
//     und Kultur", "Religionsgemeinschaft" finds "Kirche/Religionsgemeinschaft"). Preferred:
//     more typed words matched whole (not only as a start), then the name with fewer words
//     (not counting its parenthesised parts), then the first.
// None for a value longer than kMaxSuggestedLength; a candidate longer than
// 4 · kMaxSuggestedLength bytes is never suggested. Candidates whose length alone differs by
// more than the allowed distance are not compared by distance.
// O(candidates · kMaxSuggestedLength²) at most.
enum class NameMatch { TyposAndWords, TyposOnly };
std::optional<std::size_t> closestName(std::string_view typed, const std::vector<std::string>& candidates,
                                       NameMatch match = NameMatch::TyposAndWords);

// Candidate names prepared once for many closestName look-ups (a grid with thousands of
// unknown values): each normalised once, with and without its parenthesised parts.
class NameCandidates {
 public:
  // Adds the next candidate (its index is the number added before). O(length).
  void add(std::string_view name);
  // closestName(typed, every name added, match). O(candidates · kMaxSuggestedLength²) at most.
  std::optional<std::size_t> closest(std::string_view typed, NameMatch match = NameMatch::TyposAndWords) const;

 private:
  std::vector<std::string> m_whole, m_withoutParentheses;  // normalised; empty for names never suggested
  std::vector<std::vector<std::string>> m_words;           // of m_whole
  std::vector<std::size_t> m_wordCounts;                   // words of m_withoutParentheses
};

// Splits a multi-value cell at '|' and line breaks; values trimmed, empty ones left out. O(n).
std::vector<std::string> splitValues(std::string_view cell);

}  // namespace knp
