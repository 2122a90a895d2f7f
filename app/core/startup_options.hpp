#pragma once
// What the program opens with: the project, the window's size and language, and the state to
// show. The command line fills it (cli/command_line.hpp); the window and the start-up state
// read it, without depending on how it was parsed.
#include <filesystem>
#include <optional>
#include <string>

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
  // The state to show (window and screenshot alike); checked against the project at start.
  std::optional<std::string> view;    // a saved view's name
  std::optional<std::string> select;  // node key ("actor:awo"), an id of any kind, or indicator:ID
  std::optional<std::string> panel;   // an analysis (coverage, gaps, ...), edit, history, conference or indicators
  std::optional<std::string> layout;  // a layout algorithm's name
  std::optional<std::string> graph;   // an abstraction's name (view/abstraction.hpp)
  float uiScale = 1.0f;               // text size factor, times the monitor's content scale
  bool present = false;               // open in presentation (the map fills the window)
  // The conference chosen in the Konferenz tab (its id), and the scene of it shown in
  // presentation (1-based; needs the conference, implies presentation).
  std::optional<std::string> conference;
  std::optional<int> scene;
  // *Vergleichen mit …*: a project file, or a year (all digits) to compare the project with as
  // it stood then.
  std::optional<std::string> compare;
  // Which of size, language and text size the command line set: the others come from the
  // settings file (settings.hpp) in the window; screenshots never read it.
  struct Given {
    bool size = false, language = false, uiScale = false;
  } given;
};

}  // namespace knp::app
