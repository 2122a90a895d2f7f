#pragma once
// What users read for the model's enumerations, in German and English (one table per language
// in labels.cpp).
#include <string_view>

#include "model/enums.hpp"
#include "text/language.hpp"

namespace knp {

std::string_view label(GoalLevel value, Language language);
std::string_view label(ActorType value, Language language);
std::string_view label(ActivityStatus value, Language language);
std::string_view label(CooperationType value, Language language);

}  // namespace knp
