#pragma once
// Text from a project made safe for the reports' HTML and Markdown: cleaned of what no
// document should show, then escaped for Markdown (HTML uses text/markup_escape.hpp). Shared
// by the "Praktischer Teil" and the conference protocol, so that both escape alike.
#include <string>
#include <string_view>

namespace knp {

// Valid UTF-8 (invalid bytes become U+FFFD); runs of white space, line breaks included,
// become one space; other control characters are dropped. Not trimmed: fixed texts may end in
// a space before the next part. O(length).
std::string cleanReportText(std::string_view raw);

// `value` without leading and trailing spaces. O(length).
std::string trimSpaces(std::string_view value);

// Where Markdown text stands: at the start of a heading's, bullet's or paragraph's text
// (where "- ", "+ " and "1." would start a list), or inside a line.
enum class MarkdownAt { LineStart, Inline };

// CommonMark/GFM text that shows `value` literally: a backslash before \ ` * _ [ ] < > # | ~,
// before & when it could start an entity (followed by a letter, digit or #), and at the line
// start before a leading - or + and before the . or ) of a leading number. `value` should be
// cleaned first (no line breaks). O(length).
std::string escapeMarkdown(std::string_view value, MarkdownAt at);

}  // namespace knp
