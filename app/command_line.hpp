#pragma once
// The program's command line.
#include <filesystem>
#include <optional>
#include <variant>

#include "text/language.hpp"

namespace knp::app {

struct WindowSize {
  int width = 1600;
  int height = 1000;
};

struct Options {
  std::optional<std::filesystem::path> projectFile;  // none: the embedded Hattingen example
  std::optional<std::filesystem::path> screenshot;   // render, write this PNG, exit
  WindowSize size;
  int frames = 3;  // frames rendered before the screenshot is taken
  Language language = Language::German;
};

// What the command line asked for, or the exit code to return at once (help printed: 0;
// usage error printed to stderr: 2).
using ParsedCommandLine = std::variant<Options, int>;
ParsedCommandLine parseCommandLine(int argc, char** argv);

// "1600x1000" to a size; nullopt unless both parts are whole numbers in 64..16384.
std::optional<WindowSize> parseWindowSize(std::string_view text);

}  // namespace knp::app
