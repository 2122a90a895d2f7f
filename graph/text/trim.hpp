#pragma once
// Leading and trailing white space (space, tab, CR, LF) cut off, as typed names, dates and
// cells need it. O(length).
#include <string>
#include <string_view>

namespace knp {

inline std::string trimmed(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n";
  const std::size_t first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  return std::string(text.substr(first, text.find_last_not_of(kSpace) - first + 1));
}

}  // namespace knp
