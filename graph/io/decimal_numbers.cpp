#include "io/decimal_numbers.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <cmath>

#include "text/name_matching.hpp"

namespace knp {
namespace {

constexpr std::string_view kMinus = "\xE2\x88\x92";  // U+2212
// Spaces that group thousands: space, no-break space (U+00A0), narrow no-break space (U+202F).
constexpr std::array<std::string_view, 3> kGroupingSpaces = {" ", "\xC2\xA0", "\xE2\x80\xAF"};

// The marks for "no value", normalised (normaliseName).
constexpr std::array<std::string_view, 14> kNoValueMarks = {"",  "-", "–",    "—",     ".",    "…",     "...",
                                                            "x", "/", "k.a.", "k. a.", "n.v.", "n. v.", "n/a"};

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// The length of the grouping space at the start of `text`, 0 for none.
std::size_t groupingSpaceAt(std::string_view text) {
  for (std::string_view space : kGroupingSpaces)
    if (text.starts_with(space)) return space.size();
  return 0;
}

// `text` without spaces of kGroupingSpaces, tabs and line breaks at either end.
std::string_view trimSpaces(std::string_view text) {
  for (;;) {
    text = trimWhitespace(text);
    if (const std::size_t n = groupingSpaceAt(text); n > 0) {
      text.remove_prefix(n);
      continue;
    }
    bool cut = false;
    for (std::string_view space : kGroupingSpaces)
      if (text.ends_with(space)) {
        text.remove_suffix(space.size());
        cut = true;
        break;
      }
    if (!cut) return text;
  }
}

}  // namespace

std::optional<double> parseDecimal(std::string_view cell, DecimalMark mark) {
  std::string_view text = trimSpaces(cell);
  const char decimal = mark == DecimalMark::Comma ? ',' : '.';
  const char grouping = mark == DecimalMark::Comma ? '.' : ',';
  std::string plain;  // the number as std::from_chars reads it: "-1234.5e-3"
  if (text.starts_with('+')) {
    text.remove_prefix(1);
  } else if (text.starts_with('-')) {
    text.remove_prefix(1);
    plain += '-';
  } else if (text.starts_with(kMinus)) {
    text.remove_prefix(kMinus.size());
    plain += '-';
  }
  // The whole part: digits, maybe grouped.
  enum class Grouping { None, Mark, Space } used = Grouping::None;
  std::size_t groups = 0, groupLength = 0, firstGroupLength = 0;
  bool laterGroupsOfThree = true;
  const std::size_t wholeStart = plain.size();
  std::size_t i = 0;
  for (; i < text.size(); ++i) {
    if (isDigit(text[i])) {
      plain += text[i];
      ++groupLength;
      continue;
    }
    Grouping kind = Grouping::None;
    std::size_t length = 1;
    if (text[i] == grouping) {
      kind = Grouping::Mark;
    } else if (const std::size_t n = groupingSpaceAt(text.substr(i)); n > 0) {
      kind = Grouping::Space;
      length = n;
    }
    if (kind == Grouping::None) break;
    if (groupLength == 0 || (used != Grouping::None && used != kind)) return std::nullopt;
    used = kind;
    if (groups == 0)
      firstGroupLength = groupLength;
    else if (groupLength != 3)
      laterGroupsOfThree = false;
    ++groups;
    groupLength = 0;
    i += length - 1;
  }
  if (groupLength == 0) return std::nullopt;  // no digits, or a grouping mark at the end
  if (groups > 0) {
    if (groupLength != 3 || !laterGroupsOfThree || firstGroupLength > 3 || plain[wholeStart] == '0')
      return std::nullopt;
  }
  // The fraction.
  if (i < text.size() && text[i] == decimal) {
    plain += '.';
    const std::size_t before = ++i;
    while (i < text.size() && isDigit(text[i])) plain += text[i++];
    if (i == before) return std::nullopt;
  }
  // The exponent.
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    plain += 'e';
    ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) plain += text[i++];
    const std::size_t before = i;
    while (i < text.size() && isDigit(text[i])) plain += text[i++];
    if (i == before) return std::nullopt;
  }
  if (i != text.size()) return std::nullopt;
  double value = 0.0;
  const auto [end, error] = std::from_chars(plain.data(), plain.data() + plain.size(), value);
  if (error != std::errc() || end != plain.data() + plain.size() || !std::isfinite(value)) return std::nullopt;
  return value == 0.0 ? 0.0 : value;  // -0 is 0
}

std::optional<DecimalMark> decimalMarkShownBy(std::string_view cell) {
  const bool comma = parseDecimal(cell, DecimalMark::Comma).has_value();
  const bool point = parseDecimal(cell, DecimalMark::Point).has_value();
  if (comma == point) return std::nullopt;
  return comma ? DecimalMark::Comma : DecimalMark::Point;
}

std::optional<double> otherReadingOf(std::string_view cell, DecimalMark mark) {
  const char decimal = mark == DecimalMark::Comma ? ',' : '.';
  if (cell.find(decimal) == std::string_view::npos) return std::nullopt;
  const std::optional<double> asMarked = parseDecimal(cell, mark);
  const std::optional<double> other =
      parseDecimal(cell, mark == DecimalMark::Comma ? DecimalMark::Point : DecimalMark::Comma);
  if (!asMarked || !other || *asMarked == *other) return std::nullopt;
  return other;
}

bool isNoValueMark(std::string_view cell) {
  const std::string text = normaliseName(trimSpaces(cell));
  for (std::string_view mark : kNoValueMarks)
    if (text == mark) return true;
  return false;
}

std::string_view commonNoValueMarks() { return "\"-\", \".\" or \"x\""; }

DecimalMark usualDecimalMark(bool xlsx, char csvDelimiter) {
  return xlsx || csvDelimiter == ',' ? DecimalMark::Point : DecimalMark::Comma;
}

DecimalMark decideDecimalMark(std::size_t shownComma, std::size_t shownPoint, DecimalMark usual) {
  if (shownComma == shownPoint) return usual;
  return shownComma > shownPoint ? DecimalMark::Comma : DecimalMark::Point;
}

std::string formatDecimal(double value, DecimalMark mark) {
  std::string text = fmt::format("{}", value);
  if (mark == DecimalMark::Comma)
    for (char& c : text)
      if (c == '.') c = ',';
  return text;
}

std::string_view decimalExample(DecimalMark mark) {
  return mark == DecimalMark::Comma ? "14,8 or 1.234,5" : "14.8 or 1,234.5";
}

}  // namespace knp
