#pragma once
// Escaping text for markup, one escaper with the two policies the exports need.
#include <string>
#include <string_view>

namespace knp {

enum class MarkupPolicy {
  // XML 1.0 text for element content and attribute values alike (GraphML, GEXF, SVG): the
  // input is made valid UTF-8 first; & < > " ' become entities; tab, LF and CR become
  // character references (literally, attribute value normalisation would turn them into
  // spaces and a CR in content into LF); other C0 controls and U+FFFE/U+FFFF, which are not
  // XML characters and which no reference can express, are dropped.
  Xml,
  // HTML text and attribute values: & < > " ' become entities (' as &#39;, which HTML 4
  // readers know); everything else as given (the caller cleans control characters).
  Html,
};

// Appends `text` escaped by `policy` to `out`. O(length).
void appendEscapedMarkup(std::string& out, std::string_view text, MarkupPolicy policy);

// `text` escaped by `policy`. O(length).
std::string escapeMarkup(std::string_view text, MarkupPolicy policy);

}  // namespace knp
