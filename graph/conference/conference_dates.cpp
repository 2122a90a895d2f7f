#include "conference/conference_dates.hpp"

#include <charconv>
#include <fmt/format.h>

#include "text/trim.hpp"

namespace knp {
namespace {

// The whole of `text` as a number of 1..maxDigits digits, else nullopt.
std::optional<int> number(std::string_view text, std::size_t maxDigits) {
  if (text.empty() || text.size() > maxDigits) return std::nullopt;
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<std::string> normalizedDate(std::string_view text) {
  const std::string kept = trimmed(text);
  text = kept;
  if (text.empty()) return std::string();
  std::optional<int> year, month, day;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    year = number(text.substr(0, 4), 4);
    month = text.substr(5, 2).find_first_not_of("0123456789") == std::string_view::npos ? number(text.substr(5, 2), 2)
                                                                                         : std::nullopt;
    day = text.substr(8, 2).find_first_not_of("0123456789") == std::string_view::npos ? number(text.substr(8, 2), 2)
                                                                                       : std::nullopt;
  } else {
    const std::size_t first = text.find('.'), second = text.find('.', first == std::string_view::npos ? 0 : first + 1);
    if (first == std::string_view::npos || second == std::string_view::npos) return std::nullopt;
    day = number(text.substr(0, first), 2);
    month = number(text.substr(first + 1, second - first - 1), 2);
    const std::string_view yearText = text.substr(second + 1);
    year = yearText.size() == 4 ? number(yearText, 4) : std::nullopt;
  }
  if (!year || !month || !day || *month < 1 || *month > 12 || *day < 1 || *day > 31) return std::nullopt;
  return fmt::format("{:04}-{:02}-{:02}", *year, *month, *day);
}

std::optional<int> conferenceYear(const Conference& conference) {
  const std::optional<std::string> date = normalizedDate(conference.date);
  if (!date || date->empty() || *date != conference.date) return std::nullopt;
  return number(std::string_view(*date).substr(0, 4), 4);
}

}  // namespace knp
