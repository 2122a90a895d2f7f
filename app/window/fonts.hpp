#pragma once
// Loading DejaVu Sans into Dear ImGui with the glyphs German text needs.
#include <string>

#include "core/base_font.hpp"

struct ImFont;

namespace knp::app {

struct Fonts {
  ImFont* regular = nullptr;
  ImFont* bold = nullptr;  // titles; equals `regular` when no bold font was found
  float pixelSize = 17.0f;
  std::string warning;  // set when a font from data/fonts.txt was not found
};


// Clears ImGui's font atlas and loads the first regular and bold font listed in data/fonts.txt
// at kBaseFontPixels × contentScale, with Latin-1 plus „ “ ‚ ‘ ’ ” – — … • € ✓ ✗ → and ·.
// Falls back to ImGui's built-in font (ASCII only) with a warning when none is found.
// The caller re-uploads the atlas texture to the GPU afterwards.
Fonts loadFonts(float contentScale);

}  // namespace knp::app
