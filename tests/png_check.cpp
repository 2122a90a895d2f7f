// png_check FILE WIDTH HEIGHT [--expect R,G,B,MIN ...]: exits 0 when FILE is a PNG of that size
// that shows a drawing, not a blank or single-colour picture, and (for each --expect) has at
// least MIN pixels of exactly that colour; otherwise prints why and exits 1. The colours are
// the map's marks: the heatmap's empty-cell border, the selection ring, a heat shade.
// "Shows a drawing": at least 200 distinct colours (antialiased text, shapes, lines) and at
// least 5 % of the pixels differ from the most common colour (the background).
#include <stb/stb_image.h>

#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <unordered_map>

int main(int argc, char** argv) {
  if (argc < 4 || (argc - 4) % 2 != 0) {
    std::fprintf(stderr, "usage: png_check FILE WIDTH HEIGHT [--expect R,G,B,MIN ...]\n");
    return 2;
  }
  int width = 0, height = 0, channels = 0;
  unsigned char* pixels = stbi_load(argv[1], &width, &height, &channels, 4);
  if (!pixels) {
    std::fprintf(stderr, "png_check: %s: not a readable image: %s\n", argv[1], stbi_failure_reason());
    return 1;
  }
  const int wantWidth = std::atoi(argv[2]), wantHeight = std::atoi(argv[3]);
  int status = 0;
  if (width != wantWidth || height != wantHeight) {
    std::fprintf(stderr, "png_check: %s is %dx%d, expected %dx%d\n", argv[1], width, height, wantWidth, wantHeight);
    status = 1;
  }
  std::unordered_map<unsigned, long> counts;
  const long total = static_cast<long>(width) * height;
  for (long i = 0; i < total; ++i) {
    const unsigned char* p = pixels + i * 4;
    ++counts[(unsigned(p[0]) << 16) | (unsigned(p[1]) << 8) | p[2]];
  }
  long background = 0;
  for (const auto& [colour, n] : counts) background = std::max(background, n);
  const double drawn = 1.0 - static_cast<double>(background) / static_cast<double>(total);
  std::printf("png_check: %s: %dx%d, %zu colours, %.1f %% drawn\n", argv[1], width, height, counts.size(), drawn * 100);
  if (counts.size() < 200) {
    std::fprintf(stderr, "png_check: only %zu distinct colours: blank or nearly so\n", counts.size());
    status = 1;
  }
  if (drawn < 0.05) {
    std::fprintf(stderr, "png_check: only %.1f %% of the pixels differ from the background\n", drawn * 100);
    status = 1;
  }
  for (int arg = 4; arg + 1 < argc; arg += 2) {
    unsigned r = 0, g = 0, b = 0;
    long minimum = 0;
    if (std::string_view(argv[arg]) != "--expect" || std::sscanf(argv[arg + 1], "%u,%u,%u,%ld", &r, &g, &b, &minimum) != 4) {
      std::fprintf(stderr, "png_check: expected --expect R,G,B,MIN, got %s %s\n", argv[arg], argv[arg + 1]);
      stbi_image_free(pixels);
      return 2;
    }
    const auto found = counts.find((r << 16) | (g << 8) | b);
    const long n = found == counts.end() ? 0 : found->second;
    std::printf("png_check: colour %u,%u,%u: %ld pixels (want at least %ld)\n", r, g, b, n, minimum);
    if (n < minimum) {
      std::fprintf(stderr, "png_check: %s has %ld pixels of colour %u,%u,%u, expected at least %ld\n", argv[1], n, r, g,
                   b, minimum);
      status = 1;
    }
  }
  stbi_image_free(pixels);
  return status;
}
