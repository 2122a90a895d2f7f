#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "text/number_format.hpp"

using namespace knp;

TEST_CASE("number format: decimals as needed, the language's marks, DIN 5008 grouping", "[text][numbers]") {
  CHECK(formatNumber(9.9, Language::German) == "9,9");
  CHECK(formatNumber(9.9, Language::English) == "9.9");
  CHECK(formatNumber(96, Language::German) == "96");
  CHECK(formatNumber(1234, Language::German) == "1234");        // four digits: not grouped
  CHECK(formatNumber(12345, Language::German) == "12.345");     // five: grouped
  CHECK(formatNumber(12345.5, Language::English) == "12,345.5");
  CHECK(formatNumber(-1234567.25, Language::German) == "-1.234.567,25");
  CHECK(formatNumber(0.125, Language::German) == "0,125");
  CHECK(formatNumber(-0.0, Language::German) == "0");
  CHECK(formatNumber(std::nan(""), Language::German) == "–");
  CHECK(formatNumber(std::numeric_limits<double>::infinity(), Language::English) == "–");
}

TEST_CASE("number format: at most maxDecimals, rounded", "[text][numbers]") {
  // 7.277 with one decimal: 7.3; 106.857 with none: 107; -0.04 with one: "0", not "-0".
  CHECK(formatNumber(7.277, Language::German, 1) == "7,3");
  CHECK(formatNumber(106.857, Language::German, 0) == "107");
  CHECK(formatNumber(-0.04, Language::German, 1) == "0");
  CHECK(formatNumber(2.5, Language::German, 3) == "2,5");  // no trailing zeros
  CHECK(formatNumber(7.96, Language::German, 1) == "8");   // nor after rounding
  CHECK(formatNumber(1.0 / 3.0, Language::English, 99) == "0.333333");  // clamped to 6
  CHECK(formatNumber(1.0 / 3.0, Language::English, -1) == "0");         // clamped to 0
}

TEST_CASE("number format: shares as whole percentages", "[text][numbers]") {
  // 12910 / 55617 = 0.2321 → 23 %.
  CHECK(formatPercent(12910.0 / 55617.0, Language::German) == "23 %");
  CHECK(formatPercent(0.995, Language::English) == "100 %");
  CHECK(formatPercent(0.0, Language::German) == "0 %");
  CHECK(formatPercent(-0.001, Language::German) == "0 %");
  CHECK(formatPercent(123.45, Language::German) == "12.345 %");
  CHECK(formatPercent(std::nan(""), Language::German) == "–");
}
