#pragma once
// Numbers from a project (indicator values, targets) as users read them.
#include <string>

#include "text/language.hpp"

namespace knp {

// An indicator's value: as few decimals as it needs (at most 6), the language's decimal mark,
// and thousands grouped from five integer digits on (DIN 5008: 12.345 / 12,345); "–" for a
// value that is not finite; never "-0". O(digits).
std::string formatValue(double value, Language language);

}  // namespace knp
