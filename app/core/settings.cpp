#include "core/settings.hpp"

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string_view>
#include <variant>

#include <nlohmann/json.hpp>

#include "io/file_access.hpp"
#include "io/input_limits.hpp"
#include "io/json_structure.hpp"
#include "text/utf8.hpp"

namespace knp::app {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr double kMinScale = 0.5, kMaxScale = 4.0;
constexpr int kMinWindow = 200, kMaxWindow = 20000;

fs::path homeFolder() {
  if (const char* home = std::getenv("HOME"); home && *home) return home;
  if (const passwd* entry = ::getpwuid(::getuid()); entry && entry->pw_dir && *entry->pw_dir) return entry->pw_dir;
  return {};  // nowhere better: relative to the current folder
}

// The XDG rule: a base folder variable counts only when set to an absolute path.
fs::path xdgFolder(const char* variable, const fs::path& fallbackBelowHome) {
  if (const char* value = std::getenv(variable); value && *value && fs::path(value).is_absolute()) return value;
  return homeFolder() / fallbackBelowHome;
}

// Collects "PATH: "key": message" problems while the keys are read one by one.
class SettingsReader {
 public:
  SettingsReader(const fs::path& file, std::vector<std::string>& problems) : m_file(file), m_problems(problems) {}

  void problem(std::string_view key, std::string_view message) {
    m_problems.push_back(m_file.string() + ": \"" + std::string(key) + "\": " + std::string(message));
  }

  void readLanguage(const json& j, Language& language) {
    std::optional<Language> read;
    if (j.is_string()) read = languageFromCode(j.get_ref<const std::string&>());
    if (!read) return problem("language", "expected \"de\" or \"en\"");
    language = *read;
  }

  void readScale(const json& j, float& scale) {
    if (j.is_number() && j.get<double>() >= kMinScale && j.get<double>() <= kMaxScale)
      scale = static_cast<float>(j.get<double>());
    else
      problem("uiScale", "expected a number between 0.5 and 4");
  }

  void readWindowSide(const json& window, const char* key, int& side) {
    const auto it = window.find(key);
    if (it == window.end()) return;
    // A whole number in range; checked as double first so huge values cannot overflow int.
    if (it->is_number_integer() && it->get<double>() >= kMinWindow && it->get<double>() <= kMaxWindow)
      side = it->get<int>();
    else
      problem(std::string("window.") + key, "expected a whole number between 200 and 20000");
  }

  void readWindow(const json& j, Settings& s) {
    if (!j.is_object()) return problem("window", "expected an object with \"width\" and \"height\"");
    readWindowSide(j, "width", s.windowWidth);
    readWindowSide(j, "height", s.windowHeight);
  }

  void readColumnMode(const json& columns, const char* key, ColumnMode& mode) {
    const auto it = columns.find(key);
    if (it == columns.end()) return;
    const std::string name = it->is_string() ? it->get<std::string>() : std::string();
    if (name == "auto") mode = ColumnMode::Auto;
    else if (name == "open") mode = ColumnMode::Open;
    else if (name == "closed") mode = ColumnMode::Closed;
    else problem(std::string("columns.") + key, "expected \"auto\", \"open\" or \"closed\"");
  }

  void readColumnWidth(const json& columns, const char* key, float& width) {
    const auto it = columns.find(key);
    if (it == columns.end()) return;
    if (it->is_number() && it->get<double>() >= kMinColumnFonts && it->get<double>() <= kMaxColumnFonts)
      width = static_cast<float>(it->get<double>());
    else
      problem(std::string("columns.") + key, "expected a number between 12 and 48 (font sizes)");
  }

  void readColumns(const json& j, Columns& columns) {
    if (!j.is_object()) return problem("columns", "expected an object with \"left\", \"right\", \"leftWidth\" and \"rightWidth\"");
    readColumnMode(j, "left", columns.left);
    readColumnMode(j, "right", columns.right);
    readColumnWidth(j, "leftWidth", columns.leftWidth);
    readColumnWidth(j, "rightWidth", columns.rightWidth);
  }

  void readRecentFiles(const json& j, std::vector<fs::path>& files) {
    if (!j.is_array()) return problem("recentFiles", "expected a list of file names");
    for (std::size_t i = 0; i < j.size(); ++i) {
      const json& entry = j.at(i);
      if (!entry.is_string()) {
        problem("recentFiles[" + std::to_string(i) + "]", "expected a file name");
        continue;
      }
      const auto& name = entry.get_ref<const std::string&>();
      if (!name.empty() && files.size() < kMaxRecentFiles) files.emplace_back(name);
    }
  }

 private:
  const fs::path& m_file;
  std::vector<std::string>& m_problems;
};

SettingsLoad loadUnguarded(const fs::path& path) {
  SettingsLoad result;
  std::error_code ec;
  if (fs::status(path, ec).type() == fs::file_type::not_found) return result;

  auto read = readWholeFile(path, limits::kSettingsFileBytes);
  if (!read.ok()) {
    result.problems.push_back(describe(read.problem()));
    return result;
  }
  const std::string& text = read.value();
  json j;
  try {
    j = json::parse(text);
  } catch (const json::parse_error& e) {
    // e.byte is the 1-based index of the character where parsing stopped.
    const TextPosition at = positionAt(text, e.byte == 0 ? 0 : e.byte - 1);
    result.problems.push_back(path.string() + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                              ": not valid JSON: " + jsonSyntaxMessage(e.what()));
    return result;
  }
  if (!j.is_object()) {
    result.problems.push_back(path.string() + ": expected a JSON object with the settings");
    return result;
  }

  const json& settings = j;
  SettingsReader reader(path, result.problems);
  Settings& s = result.settings;
  if (auto it = settings.find("language"); it != settings.end()) reader.readLanguage(*it, s.language);
  if (auto it = settings.find("uiScale"); it != settings.end()) reader.readScale(*it, s.uiScale);
  if (auto it = settings.find("recentFiles"); it != settings.end()) reader.readRecentFiles(*it, s.recentFiles);
  if (auto it = settings.find("window"); it != settings.end()) reader.readWindow(*it, s);
  if (auto it = settings.find("columns"); it != settings.end()) reader.readColumns(*it, s.columns);
  return result;
}

// A float such as 1.1f is 1.100000023841858 as a double; four decimals are plenty for a
// scale factor and keep the file readable.
double roundedScale(float scale) { return std::round(static_cast<double>(scale) * 10000.0) / 10000.0; }

const char* columnModeName(ColumnMode mode) {
  switch (mode) {
    case ColumnMode::Open: return "open";
    case ColumnMode::Closed: return "closed";
    case ColumnMode::Auto: break;
  }
  return "auto";
}

}  // namespace

fs::path settingsPath() { return xdgFolder("XDG_CONFIG_HOME", ".config") / "knotenpunkt" / "settings.json"; }

fs::path userDataFolder() { return xdgFolder("XDG_DATA_HOME", fs::path(".local") / "share") / "knotenpunkt"; }

SettingsLoad loadSettings(const fs::path& path) {
  // The reader checks every type before it converts, so this only catches what cannot be
  // checked beforehand (memory exhaustion): settings must never stop the program.
  try {
    return loadUnguarded(path);
  } catch (const std::exception& e) {
    SettingsLoad result;
    result.problems.push_back(path.string() + ": cannot read the settings: " + e.what());
    return result;
  }
}

Outcome<void> saveSettings(const fs::path& path, const Settings& settings) {
  try {
    nlohmann::ordered_json j;
    j["language"] = languageCode(settings.language);
    j["uiScale"] = roundedScale(settings.uiScale);
    j["recentFiles"] = nlohmann::ordered_json::array();
    for (const auto& file : settings.recentFiles) {
      const std::string name = file.string();
      if (sanitizeUtf8(name) == name) j["recentFiles"].push_back(name);
    }
    j["window"] = {{"width", settings.windowWidth}, {"height", settings.windowHeight}};
    j["columns"] = {{"left", columnModeName(settings.columns.left)},
                    {"right", columnModeName(settings.columns.right)},
                    {"leftWidth", std::round(clampColumnWidth(settings.columns.leftWidth) * 10.0f) / 10.0},
                    {"rightWidth", std::round(clampColumnWidth(settings.columns.rightWidth) * 10.0f) / 10.0}};

    if (const auto folder = path.parent_path(); !folder.empty()) {
      std::error_code ec;
      fs::create_directories(folder, ec);
      if (ec) return LocatedProblem{"cannot create the folder: " + ec.message(), folder};
    }
    return writeFileAtomically(path, j.dump(2) + "\n", Backup::None);
  } catch (const std::exception& e) {
    return LocatedProblem{std::string("cannot save the settings: ") + e.what(), path};
  }
}

void rememberRecentFile(Settings& settings, const fs::path& file) {
  if (file.empty()) return;
  std::error_code ec;
  fs::path absolute = fs::absolute(file, ec);
  if (ec) absolute = file;
  absolute = absolute.lexically_normal();
  auto& files = settings.recentFiles;
  std::erase_if(files, [&](const fs::path& f) { return f.lexically_normal() == absolute; });
  files.insert(files.begin(), absolute);
  if (files.size() > kMaxRecentFiles) files.resize(kMaxRecentFiles);
}

}  // namespace knp::app
