#pragma once
// Files from data/ compiled into the program.
#include <string_view>

namespace knp {

// The Hattingen example project: exactly the bytes of data/hattingen-example.json (UTF-8).
std::string_view embeddedExampleJson();

// The same example as it stood a year before (2012): exactly the bytes of
// data/hattingen-example-2012.json, derived by data/make-example-2012.py. Compared with the
// example, it gives `knotenpunkt diff` and the progress report real findings out of the box.
std::string_view embeddedExample2012Json();

// The name shown for it where a file name would be.
inline constexpr std::string_view kEmbeddedExample2012Name = "<Beispiel Hattingen 2012>";

// The list of fonts to look for: exactly the bytes of data/fonts.txt.
std::string_view embeddedFontList();

// The name shown for the example where a file name would be.
inline constexpr std::string_view kEmbeddedExampleName = "<Beispiel Hattingen>";

}  // namespace knp
