#include "text/number_format.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace knp {

std::string formatNumber(double value, Language language, int maxDecimals) {
  if (!std::isfinite(value)) return "–";
  maxDecimals = std::clamp(maxDecimals, 0, 6);
  int digits = 0;
  for (; digits < maxDecimals; ++digits) {
    const double scale = std::pow(10.0, digits);
    if (std::abs(std::round(value * scale) / scale - value) <= 1e-9 * std::max(1.0, std::abs(value))) break;
  }
  std::string plain = fmt::format("{:.{}f}", std::abs(value), digits);
  if (plain.find('.') != std::string::npos) {  // rounding may leave zeros: 7.96 to one decimal is "8"
    while (plain.back() == '0') plain.pop_back();
    if (plain.back() == '.') plain.pop_back();
  }
  const std::size_t point = std::min(plain.find('.'), plain.size());
  const char group = language == Language::German ? '.' : ',';
  const char mark = language == Language::German ? ',' : '.';
  // A minus only when some printed digit is not zero: -0.0001 with two decimals reads "0".
  std::string out = value < 0 && plain.find_first_not_of("0.") != std::string::npos ? "-" : "";
  for (std::size_t i = 0; i < point; ++i) {
    if (point >= 5 && i > 0 && (point - i) % 3 == 0) out += group;
    out += plain[i];
  }
  if (point < plain.size()) out += mark + plain.substr(point + 1);
  return out;
}

std::string formatPercent(double share, Language language) {
  if (!std::isfinite(share)) return "–";
  const double percent = std::round(share * 100.0);
  const std::string number = formatNumber(percent == 0 ? 0.0 : percent, language, 0);
  return number + " %";
}

std::string formatChange(long long change) {
  if (change == 0) return "±0";
  return change > 0 ? "+" + std::to_string(change) : "\u2212" + std::to_string(-change);
}

}  // namespace knp
