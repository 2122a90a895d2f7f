#pragma once
// The languages users can read Knotenpunkt in. German is the default.
#include <optional>
#include <string_view>

namespace knp {

enum class Language { German, English };

// "de" or "en" (case-insensitive) to a Language; nullopt for anything else.
std::optional<Language> languageFromCode(std::string_view code);
std::string_view languageCode(Language language);

}  // namespace knp
