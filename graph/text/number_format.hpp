#pragma once
// Numbers as users read them in reports and charts: the language's decimal mark and thousands
// grouping (DIN 5008: German 12.345,6, English 12,345.6).
#include <string>

#include "text/language.hpp"

namespace knp {

// `value` with as few decimals as it needs, at most `maxDecimals` (clamped to 0..6; the value is
// rounded to that many), the language's decimal mark, and thousands grouped from five integer
// digits on (12.345, but 1234). "–" for NaN and infinities; never "-0". O(digits).
std::string formatNumber(double value, Language language, int maxDecimals = 6);

// A share (0.232 for 23.2 %) as a whole percentage, "23 %", with a space before the sign in
// both languages as the analysis report writes its shares; the language's grouping for
// thousands. Rounds half away from zero; "–" for NaN and infinities. O(1).
std::string formatPercent(double share, Language language);

// A change of a count as the comparison shows it: "+3", "−1" (a real minus sign), "±0". O(digits).
std::string formatChange(long long change);

}  // namespace knp
