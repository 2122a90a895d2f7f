#include "command_line.hpp"

#include <charconv>
#include <string>

#include <CLI/CLI.hpp>

namespace knp::app {

std::optional<WindowSize> parseWindowSize(std::string_view text) {
  const auto x = text.find('x');
  if (x == std::string_view::npos) return std::nullopt;
  auto number = [](std::string_view part) -> std::optional<int> {
    int value = 0;
    auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
    if (ec != std::errc() || end != part.data() + part.size() || value < 64 || value > 16384) return std::nullopt;
    return value;
  };
  auto width = number(text.substr(0, x));
  auto height = number(text.substr(x + 1));
  if (!width || !height) return std::nullopt;
  return WindowSize{*width, *height};
}

ParsedCommandLine parseCommandLine(int argc, char** argv) {
  CLI::App cli{"Knotenpunkt: wer macht was für Integration in der Stadt — "
               "the map of actors, activities, goals and life phases."};
  cli.set_version_flag("--version", "Knotenpunkt 0.1.0");
  Options options;
  std::string file, size, language = "de";
  cli.add_option("FILE", file, "Project file (.json); without it the embedded Hattingen example opens");
  cli.add_option("--screenshot", options.screenshot, "Render the map into this PNG file and exit (works under xvfb-run)");
  cli.add_option("--size", size, "Window or screenshot size in pixels, WIDTHxHEIGHT (default 1600x1000)");
  cli.add_option("--frames", options.frames, "Frames to render before the screenshot (default 3)")
      ->check(CLI::Range(1, 1000));
  cli.add_option("--lang", language, "Language of the interface: de (default) or en");
  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return cli.exit(e) == 0 ? 0 : 2;
  }
  if (!file.empty()) options.projectFile = file;
  if (!size.empty()) {
    auto parsed = parseWindowSize(size);
    if (!parsed) {
      std::fprintf(stderr, "knotenpunkt: --size \"%s\": expected WIDTHxHEIGHT, e.g. 1600x1000 (64 to 16384 each)\n",
                   size.c_str());
      return 2;
    }
    options.size = *parsed;
  }
  auto lang = languageFromCode(language);
  if (!lang) {
    std::fprintf(stderr, "knotenpunkt: --lang \"%s\": expected de or en\n", language.c_str());
    return 2;
  }
  options.language = *lang;
  return options;
}

}  // namespace knp::app
