#include "window/fonts.hpp"

#include <filesystem>
#include <sstream>

#include <imgui.h>

#include "embedded_data.hpp"

namespace knp::app {
namespace {

// Zero-terminated pairs of inclusive ranges; must outlive the atlas build, hence static.
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF,  // Basic Latin + Latin-1 Supplement: äöüß ÄÖÜ « » · ×
    0x2013, 0x2014,  // – —
    0x2018, 0x201E,  // ‘ ’ ‚ “ ” „
    0x2022, 0x2022,  // •
    0x2026, 0x2026,  // …
    0x20AC, 0x20AC,  // €
    0x2192, 0x2192,  // →
    0x2212, 0x2212,  // − (the comparison's "−1", as the reports write it)
    0x2713, 0x2713,  // ✓
    0x2717, 0x2717,  // ✗
    0,
};

// The first existing path for `kind` ("regular" or "bold") in the embedded fonts list.
std::string findFont(std::string_view kind) {
  std::istringstream lines{std::string(embeddedFontList())};
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string lineKind, path;
    fields >> lineKind >> path;
    std::error_code ec;
    if (lineKind == kind && std::filesystem::is_regular_file(path, ec)) return path;
  }
  return {};
}

}  // namespace

Fonts loadFonts(float contentScale) {
  Fonts fonts;
  fonts.pixelSize = kBaseFontPixels * (contentScale > 0 ? contentScale : 1.0f);
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  ImFontConfig config;
  config.OversampleH = 2;
  config.PixelSnapH = false;

  const std::string regular = findFont("regular"), bold = findFont("bold");
  if (!regular.empty()) fonts.regular = atlas->AddFontFromFileTTF(regular.c_str(), fonts.pixelSize, &config, kGlyphRanges);
  if (!fonts.regular) {
    fonts.warning = "DejaVu Sans not found (Debian package fonts-dejavu-core); umlauts may not show";
    ImFontConfig fallback;
    fallback.SizePixels = fonts.pixelSize;
    fonts.regular = atlas->AddFontDefault(&fallback);
  }
  if (!bold.empty()) fonts.bold = atlas->AddFontFromFileTTF(bold.c_str(), fonts.pixelSize * 1.25f, &config, kGlyphRanges);
  if (!fonts.bold) fonts.bold = fonts.regular;
  atlas->Build();
  return fonts;
}

}  // namespace knp::app
