#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>

#include "fixtures.hpp"
#include "core/settings.hpp"

using namespace knp;
using namespace knp::app;

namespace {

// Sets (or with nullopt unsets) an environment variable while in scope, then restores it.
class EnvironmentVariable {
 public:
  EnvironmentVariable(const char* name, std::optional<std::string> value) : m_name(name) {
    if (const char* old = std::getenv(name)) m_saved = old;
    if (value) {
      ::setenv(name, value->c_str(), 1);
    } else {
      ::unsetenv(name);
    }
  }
  ~EnvironmentVariable() {
    if (m_saved) {
      ::setenv(m_name, m_saved->c_str(), 1);
    } else {
      ::unsetenv(m_name);
    }
  }
  EnvironmentVariable(const EnvironmentVariable&) = delete;
  EnvironmentVariable& operator=(const EnvironmentVariable&) = delete;

 private:
  const char* m_name;
  std::optional<std::string> m_saved;
};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a missing settings file gives the defaults without a problem", "[app][settings]") {
  test::TempFolder folder;
  const SettingsLoad load = loadSettings(folder / "gibt-es-nicht" / "settings.json");
  CHECK(load.problems.empty());
  CHECK(load.settings == Settings{});
  CHECK(load.settings.language == Language::German);
  CHECK(load.settings.windowWidth == 1600);
}

TEST_CASE("settings survive saving and loading, umlauts in paths included", "[app][settings]") {
  test::TempFolder folder;
  const auto path = folder / "neu" / "knotenpunkt" / "settings.json";  // folders are created
  Settings s;
  s.language = Language::English;
  s.uiScale = 1.25f;
  s.recentFiles = {"/home/jörg/Projekte/Übersicht – Hattingen.json", "/tmp/b.json"};
  s.windowWidth = 1280;
  s.windowHeight = 720;
  REQUIRE(saveSettings(path, s).ok());

  const std::string text = test::readText(path);
  CHECK(contains(text, "\"language\": \"en\""));
  CHECK(contains(text, "\"width\": 1280"));
  CHECK(contains(text, "Übersicht – Hattingen"));  // UTF-8 as is, not escaped
  CHECK_FALSE(std::filesystem::exists(path.string() + ".bak"));

  const SettingsLoad load = loadSettings(path);
  CHECK(load.problems.empty());
  CHECK(load.settings == s);

  s.uiScale = 1.1f;  // not exact as a float; stored rounded, read back as the same float
  REQUIRE(saveSettings(path, s).ok());
  CHECK(contains(test::readText(path), "\"uiScale\": 1.1,"));
  CHECK(loadSettings(path).settings.uiScale == 1.1f);
}

TEST_CASE("a damaged settings file is reported and replaced by defaults", "[app][settings]") {
  test::TempFolder folder;
  const auto path = folder / "settings.json";

  SECTION("a syntax error names its line and column") {
    // Line 3, column 14: the "}" where a value should be.
    test::writeText(path, "{\n  \"language\": \"en\",\n  \"uiScale\": }\n");
    const SettingsLoad load = loadSettings(path);
    CHECK(load.settings == Settings{});
    REQUIRE(load.problems.size() == 1);
    CHECK(load.problems[0].starts_with(path.string() + ":3:14: not valid JSON: "));
  }
  SECTION("columns count characters, not bytes") {
    test::writeText(path, "{\"ä\": 1 2}");  // "2" is the 9th character but the 10th byte
    const SettingsLoad load = loadSettings(path);
    REQUIRE(load.problems.size() == 1);
    CHECK(load.problems[0].starts_with(path.string() + ":1:9: "));
  }
  SECTION("an empty file") {
    test::writeText(path, "");
    const SettingsLoad load = loadSettings(path);
    REQUIRE(load.problems.size() == 1);
    CHECK(load.problems[0].starts_with(path.string() + ":1:1: "));
  }
  SECTION("JSON that is not an object") {
    test::writeText(path, "[1, 2, 3]");
    const SettingsLoad load = loadSettings(path);
    CHECK(load.settings == Settings{});
    CHECK(load.problems == std::vector<std::string>{path.string() + ": expected a JSON object with the settings"});
  }
  SECTION("a folder where the file should be") {
    std::filesystem::create_directory(path);
    const SettingsLoad load = loadSettings(path);
    CHECK(load.settings == Settings{});
    REQUIRE(load.problems.size() == 1);
    CHECK(load.problems[0].starts_with(path.string() + ": "));
  }
}

TEST_CASE("each settings key falls back to its default on its own", "[app][settings]") {
  test::TempFolder folder;
  const auto path = folder / "settings.json";
  const std::string p = path.string() + ": ";

  SECTION("wrong types and values; the good keys still count") {
    test::writeText(path, R"({"language": "fr", "uiScale": "groß", "recentFiles": ["/a.json", 7, "/b.json"],
                              "window": {"width": 150, "height": 900}, "zukünftig": true})");
    const SettingsLoad load = loadSettings(path);
    CHECK(load.settings.language == Language::German);
    CHECK(load.settings.uiScale == 1.0f);
    CHECK(load.settings.recentFiles == std::vector<std::filesystem::path>{"/a.json", "/b.json"});
    CHECK(load.settings.windowWidth == 1600);
    CHECK(load.settings.windowHeight == 900);
    CHECK(load.problems == std::vector<std::string>{
                               p + "\"language\": expected \"de\" or \"en\"",
                               p + "\"uiScale\": expected a number between 0.5 and 4",
                               p + "\"recentFiles[1]\": expected a file name",
                               p + "\"window.width\": expected a whole number between 200 and 20000",
                           });  // the unknown key is not a problem
  }
  SECTION("out of range and wrong containers") {
    test::writeText(path, R"({"language": 1, "uiScale": 4.5, "recentFiles": "/a.json",
                              "window": [800, 600]})");
    const SettingsLoad load = loadSettings(path);
    CHECK(load.settings == Settings{});
    CHECK(load.problems == std::vector<std::string>{
                               p + "\"language\": expected \"de\" or \"en\"",
                               p + "\"uiScale\": expected a number between 0.5 and 4",
                               p + "\"recentFiles\": expected a list of file names",
                               p + "\"window\": expected an object with \"width\" and \"height\"",
                           });
  }
  SECTION("limits are inclusive; fractional and huge window sizes are refused") {
    test::writeText(path, R"({"uiScale": 0.5, "window": {"width": 20000.5, "height": 99999999999999999999}})");
    const SettingsLoad load = loadSettings(path);
    CHECK(load.settings.uiScale == 0.5f);
    CHECK(load.settings.windowWidth == 1600);
    CHECK(load.settings.windowHeight == 1000);
    CHECK(load.problems.size() == 2);
  }
  SECTION("a partial file keeps the defaults for what is missing") {
    test::writeText(path, R"({"language": "EN", "window": {"height": 200}})");
    const SettingsLoad load = loadSettings(path);
    CHECK(load.problems.empty());
    CHECK(load.settings.language == Language::English);
    CHECK(load.settings.windowWidth == 1600);
    CHECK(load.settings.windowHeight == 200);
  }
}

TEST_CASE("recent files: newest first, no duplicates, at most ten", "[app][settings]") {
  Settings s;
  rememberRecentFile(s, "/p/a.json");
  rememberRecentFile(s, "/p/b.json");
  rememberRecentFile(s, "/p/x/../a.json");  // the same file as the first, written differently
  CHECK(s.recentFiles == std::vector<std::filesystem::path>{"/p/a.json", "/p/b.json"});

  rememberRecentFile(s, "relativ.json");
  CHECK(s.recentFiles.front() == std::filesystem::current_path() / "relativ.json");
  rememberRecentFile(s, "");
  CHECK(s.recentFiles.size() == 3);

  for (int i = 0; i < 12; ++i) rememberRecentFile(s, "/p/f" + std::to_string(i) + ".json");
  REQUIRE(s.recentFiles.size() == kMaxRecentFiles);
  CHECK(s.recentFiles.front() == "/p/f11.json");
  CHECK(s.recentFiles.back() == "/p/f2.json");

  rememberRecentFile(s, "/p/f5.json");  // moves to the front, the list keeps its length
  CHECK(s.recentFiles.front() == "/p/f5.json");
  CHECK(s.recentFiles[1] == "/p/f11.json");
  CHECK(s.recentFiles.size() == kMaxRecentFiles);
  CHECK(std::count(s.recentFiles.begin(), s.recentFiles.end(), "/p/f5.json") == 1);
}

TEST_CASE("settings and data live where the XDG rules say", "[app][settings]") {
  EnvironmentVariable home("HOME", "/home/anna");
  SECTION("XDG variables set to absolute paths") {
    EnvironmentVariable config("XDG_CONFIG_HOME", "/etc/anna-config");
    EnvironmentVariable data("XDG_DATA_HOME", "/srv/anna-data");
    CHECK(settingsPath() == "/etc/anna-config/knotenpunkt/settings.json");
    CHECK(userDataFolder() == "/srv/anna-data/knotenpunkt");
  }
  SECTION("unset") {
    EnvironmentVariable config("XDG_CONFIG_HOME", std::nullopt);
    EnvironmentVariable data("XDG_DATA_HOME", std::nullopt);
    CHECK(settingsPath() == "/home/anna/.config/knotenpunkt/settings.json");
    CHECK(userDataFolder() == "/home/anna/.local/share/knotenpunkt");
  }
  SECTION("empty or relative values are ignored") {
    EnvironmentVariable config("XDG_CONFIG_HOME", "");
    EnvironmentVariable data("XDG_DATA_HOME", "relativ/daten");
    CHECK(settingsPath() == "/home/anna/.config/knotenpunkt/settings.json");
    CHECK(userDataFolder() == "/home/anna/.local/share/knotenpunkt");
  }
}

TEST_CASE("saving into a folder that cannot be created returns an error", "[app][settings]") {
  test::TempFolder folder;
  test::writeText(folder / "datei", "keine Mappe");  // a file where a folder would have to be
  const auto path = folder / "datei" / "knotenpunkt" / "settings.json";
  const Outcome<void> saved = saveSettings(path, Settings{});
  REQUIRE_FALSE(saved.ok());
  CHECK(saved.problem().path == folder / "datei" / "knotenpunkt");
  CHECK(describe(saved.problem())
            .starts_with((folder / "datei" / "knotenpunkt").string() + ": cannot create the folder: "));
  CHECK_FALSE(std::filesystem::exists(path));
}
