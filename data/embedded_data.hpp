#pragma once
// Files from data/ compiled into the program.
#include <string_view>

namespace knp {

// The Hattingen example project: exactly the bytes of data/hattingen-example.json (UTF-8).
std::string_view embeddedExampleJson();

// The list of fonts to look for: exactly the bytes of data/fonts.txt.
std::string_view embeddedFontList();

// The name shown for the example where a file name would be.
inline constexpr std::string_view kEmbeddedExampleName = "<Beispiel Hattingen>";

}  // namespace knp
