#include "text/labels.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace knp {
namespace {

struct Labels {
  std::string_view goalLevel[3];
  std::string_view actorType[16];
  std::string_view status[3];
  std::string_view cooperation[4];
};

// Order of each array = order of the enum's values in enums.hpp.
constexpr Labels kGerman{
    {"Leitziel", "Teilziel", "Jahresziel"},
    {"Verein", "Verband", "Wohlfahrtsverband", "Kirche/Religionsgemeinschaft", "Schule", "Kita", "Stadtverwaltung",
     "Behörde/öffentliche Einrichtung", "Bildungsträger", "Unternehmen", "Partei", "Gewerkschaft", "Medien",
     "Migrantenselbstorganisation", "Gremium", "Sonstige"},
    {"geplant", "laufend", "abgeschlossen"},
    {"Kooperation", "Förderung", "Information", "Mitgliedschaft"},
};

constexpr Labels kEnglish{
    {"Guiding goal", "Sub-goal", "Annual goal"},
    {"Association", "Federation", "Welfare organisation", "Church/religious community", "School", "Day-care centre",
     "City administration", "Public agency", "Education provider", "Company", "Party", "Union", "Media",
     "Migrant organisation", "Steering body", "Other"},
    {"planned", "running", "finished"},
    {"Cooperation", "Funding", "Information", "Membership"},
};

const Labels& table(Language language) { return language == Language::English ? kEnglish : kGerman; }

}  // namespace

std::optional<Language> languageFromCode(std::string_view code) {
  std::string lower(code);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  if (lower == "de") return Language::German;
  if (lower == "en") return Language::English;
  return std::nullopt;
}

std::string_view languageCode(Language language) { return language == Language::English ? "en" : "de"; }

std::string_view label(GoalLevel v, Language l) { return table(l).goalLevel[static_cast<int>(v)]; }
std::string_view label(ActorType v, Language l) { return table(l).actorType[static_cast<int>(v)]; }
std::string_view label(ActivityStatus v, Language l) { return table(l).status[static_cast<int>(v)]; }
std::string_view label(CooperationType v, Language l) { return table(l).cooperation[static_cast<int>(v)]; }

}  // namespace knp
