#include "report/number_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace knp {

std::string formatValue(double value, Language language) {
  if (!std::isfinite(value)) return "–";
  if (value == 0) value = 0;  // no "-0"
  int digits = 0;
  for (; digits < 6; ++digits) {
    const double scale = std::pow(10.0, digits);
    if (std::abs(std::round(value * scale) / scale - value) <= 1e-9 * std::max(1.0, std::abs(value))) break;
  }
  const std::string plain = fmt::format("{:.{}f}", std::abs(value), digits);
  const std::size_t point = std::min(plain.find('.'), plain.size());
  const char group = language == Language::German ? '.' : ',';
  const char mark = language == Language::German ? ',' : '.';
  std::string out = value < 0 && plain.find_first_not_of("0.") != std::string::npos ? "-" : "";
  for (std::size_t i = 0; i < point; ++i) {
    if (point >= 5 && i > 0 && (point - i) % 3 == 0) out += group;
    out += plain[i];
  }
  if (point < plain.size()) out += mark + plain.substr(point + 1);
  return out;
}

}  // namespace knp
