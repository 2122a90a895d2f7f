#pragma once
// Text from files as it appears in messages: control characters made visible (a file must not
// clear the user's terminal or retitle its window) and long texts cut to an excerpt (a message
// must not carry a 64 MB cell). Every message that repeats a value read from a file goes
// through quote() or excerpt(); the command line passes whole messages through printable().
#include <cstddef>
#include <string>
#include <string_view>

namespace knp {

// How many characters of a value a message repeats.
inline constexpr std::size_t kExcerptChars = 60;

// `text` with control characters written as escapes: \n \r \t, other C0 characters and DEL as
// \xHH (ESC -> "\x1b"), C1 characters (U+0080..U+009F) as \uHHHH; bytes that are not
// well-formed UTF-8 become U+FFFD. Everything else, backslashes included, is unchanged. O(n).
std::string printable(std::string_view text);

// printable() for a text of many lines, such as a report for the terminal: line breaks and
// tabs stay as they are, every other control character becomes its escape. O(n).
std::string printableLines(std::string_view text);

// printable() of at most the first `maxChars` characters of `text`; a longer text ends in "…".
// Reads only as much of `text` as it shows: O(maxChars), whatever the length of `text`.
std::string excerpt(std::string_view text, std::size_t maxChars = kExcerptChars);

// excerpt(text) in double quotes: "Sprachcafé", "\x1b]0;owned\x07", "aaaa…".
std::string quote(std::string_view text);

}  // namespace knp
