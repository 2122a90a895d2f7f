#pragma once
// Small UTF-8 helpers for text output.
#include <cstddef>
#include <string>
#include <string_view>

namespace knp {

// Number of code points (what a terminal shows as characters for German text). O(n).
std::size_t utf8Length(std::string_view text);

// `text` padded with spaces to `width` code points (unchanged when already wider).
std::string padRight(std::string_view text, std::size_t width);

// At most `maxChars` code points; a cut text ends in "…". Never splits a UTF-8 sequence.
std::string truncateUtf8(std::string_view text, std::size_t maxChars);

// `text` with every byte that is not part of a well-formed UTF-8 sequence replaced by
// U+FFFD (�), so that it can be printed safely. Well-formed text is returned unchanged. O(n).
std::string sanitizeUtf8(std::string_view text);

}  // namespace knp
