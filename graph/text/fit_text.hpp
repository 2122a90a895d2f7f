#pragma once
// Cutting a label to a width, for every place that draws text into a box (the map on screen,
// the Cairo export): one rule, one search.
#include <cstddef>
#include <string>
#include <string_view>

#include "text/utf8.hpp"

namespace knp {

// `text` itself when widthOf(text) <= maxWidth; otherwise the longest prefix that, cut with
// "…" (truncateUtf8), is no wider than maxWidth; at least the "…" alone. widthOf
// takes a std::string and returns its width; widths must grow with the prefix, as text widths
// do. Binary search: O(log n) measurements, so a 100,000-character name costs 17 of them,
// not 100,000. O(n log n) in all.
template <class WidthOf>
std::string fitWithEllipsis(std::string_view text, double maxWidth, WidthOf widthOf) {
  std::string whole(text);
  if (widthOf(whole) <= maxWidth) return whole;
  std::size_t low = 0, high = utf8Length(text);  // invariant: the answer lies in [low, high]
  while (low < high) {
    const std::size_t mid = (low + high + 1) / 2;
    if (widthOf(truncateUtf8(text, mid)) <= maxWidth)
      low = mid;
    else
      high = mid - 1;
  }
  return truncateUtf8(text, low > 1 ? low : 1);
}

}  // namespace knp
