#pragma once
// The user's settings: language, interface scale, recent files, window size, side columns. Kept in
// $XDG_CONFIG_HOME/knotenpunkt/settings.json and read tolerantly: a damaged settings file is
// reported and replaced by defaults, never fatal.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/columns.hpp"
#include "io/outcome.hpp"
#include "text/language.hpp"

namespace knp::app {

inline constexpr std::size_t kMaxRecentFiles = 10;

struct Settings {
  Language language = Language::German;
  float uiScale = 1.0f;                            // 0.5 .. 4
  std::vector<std::filesystem::path> recentFiles;  // newest first, at most kMaxRecentFiles
  int windowWidth = 1600, windowHeight = 1000;     // 200 .. 20000 each
  Columns columns;                                 // shown, hidden or automatic, and their widths
  bool operator==(const Settings&) const = default;
};

// $XDG_CONFIG_HOME/knotenpunkt/settings.json; $HOME/.config/knotenpunkt/settings.json when
// XDG_CONFIG_HOME is unset, empty or relative (as the XDG base directory rules say). Without
// a usable HOME, the home folder from the password database; failing that, a path relative
// to the current folder.
std::filesystem::path settingsPath();

// $XDG_DATA_HOME/knotenpunkt, else $HOME/.local/share/knotenpunkt; same rules as settingsPath.
std::filesystem::path userDataFolder();

struct SettingsLoad {
  Settings settings;
  std::vector<std::string> problems;  // "PATH: ...", ready to show; empty when all is well
};

// Reads the settings file. Never throws and never writes.
// - Missing file: defaults, no problem.
// - Unreadable file, invalid JSON or not a JSON object: defaults and one problem; a syntax
//   error names its place as "PATH:LINE:COLUMN: ..." (column in characters, not bytes).
// - Each key is read on its own: a wrong type or out-of-range value gives that key's default
//   and a problem naming the key, e.g. `PATH: "uiScale": expected a number between 0.5 and 4`.
//   In "recentFiles" only the bad entries are dropped (each reported); entries beyond
//   kMaxRecentFiles and empty strings are dropped silently.
// - Unknown keys are ignored (a newer version may have written them).
SettingsLoad loadSettings(const std::filesystem::path& path);

// Writes the settings as JSON ("language" as "de"/"en", "uiScale", "recentFiles" as a list of
// strings, "window": {"width", "height"}, "columns": {"left", "right" as "auto"/"open"/"closed",
// "leftWidth", "rightWidth" in font sizes}), creating the folder when missing, atomically and
// without a .bak. Recent files whose names are not valid UTF-8 cannot be stored in JSON and
// are left out. On failure the problem, located at the file or folder it concerns
// (describe(): "PATH: ..."); never throws.
Outcome<void> saveSettings(const std::filesystem::path& path, const Settings& settings);

// Puts `file`, made absolute and lexically normalised, at the front of the recent files,
// removing any other entry for the same path and keeping at most kMaxRecentFiles.
// An empty path changes nothing.
void rememberRecentFile(Settings& settings, const std::filesystem::path& file);

}  // namespace knp::app
