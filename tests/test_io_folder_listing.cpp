// The file browser's view of the file system: listing, order, filters, typed paths, crumbs.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <optional>

#include "fixtures.hpp"
#include "io/folder_listing.hpp"

using namespace knp;
namespace fs = std::filesystem;

namespace {

// The test folder:
//
//   Ä-Ordner/   beta/   .versteckt/   link-zu-beta -> beta/   kaputt.json -> fehlt (broken)
//   a.csv   b.JSON   c.json (5 bytes)   notes.txt   Raster 10.xlsx   Raster 2.xlsx   .hidden
void fillFolder(const test::TempFolder& t) {
  fs::create_directory(t / "Ä-Ordner");
  fs::create_directory(t / "beta");
  fs::create_directory(t / ".versteckt");
  fs::create_directory_symlink(t / "beta", t / "link-zu-beta");
  fs::create_symlink(t / "fehlt", t / "kaputt.json");
  test::writeText(t / "a.csv", "x;y\n");
  test::writeText(t / "b.JSON", "{}");
  test::writeText(t / "c.json", "12345");
  test::writeText(t / "notes.txt", "");
  test::writeText(t / "Raster 10.xlsx", "");
  test::writeText(t / "Raster 2.xlsx", "");
  test::writeText(t / ".hidden", "");
}

std::vector<std::string> namesOf(const FolderListing& listing) {
  std::vector<std::string> names;
  for (const FolderEntry& e : listing.entries) names.push_back(e.name);
  return names;
}

const FolderEntry* find(const FolderListing& listing, std::string_view name) {
  for (const FolderEntry& e : listing.entries)
    if (e.name == name) return &e;
  return nullptr;
}

// Sets $HOME while in scope.
class HomeOverride {
 public:
  explicit HomeOverride(const std::string& home) {
    if (const char* old = std::getenv("HOME")) m_old = old;
    ::setenv("HOME", home.c_str(), 1);
  }
  ~HomeOverride() {
    if (m_old)
      ::setenv("HOME", m_old->c_str(), 1);
    else
      ::unsetenv("HOME");
  }
  HomeOverride(const HomeOverride&) = delete;
  HomeOverride& operator=(const HomeOverride&) = delete;

 private:
  std::optional<std::string> m_old;
};

}  // namespace

TEST_CASE("a folder lists folders first, then files, in natural name order", "[io][folder_listing]") {
  test::TempFolder t;
  fillFolder(t);
  const FolderListing listing = listFolder(t.path(), {}, HiddenFiles::Hide);
  CHECK(listing.error.empty());
  CHECK(listing.folder == t.path());
  // Ä sorts with A; the link to a folder is a folder; the broken link is left out.
  CHECK(namesOf(listing) == std::vector<std::string>{"Ä-Ordner", "beta", "link-zu-beta", "a.csv", "b.JSON", "c.json",
                                                     "notes.txt", "Raster 2.xlsx", "Raster 10.xlsx"});

  const FolderEntry* link = find(listing, "link-zu-beta");
  REQUIRE(link);
  CHECK(link->kind == EntryKind::Folder);
  CHECK(link->size == 0);
  const FolderEntry* c = find(listing, "c.json");
  REQUIRE(c);
  CHECK(c->kind == EntryKind::File);
  CHECK(c->size == 5);
  CHECK(c->modified == fs::last_write_time(t / "c.json"));
  CHECK(find(listing, "Ä-Ordner")->kind == EntryKind::Folder);
}

TEST_CASE("hidden entries appear only when asked for", "[io][folder_listing]") {
  test::TempFolder t;
  fillFolder(t);
  CHECK_FALSE(find(listFolder(t.path(), {}, HiddenFiles::Hide), ".hidden"));
  const FolderListing shown = listFolder(t.path(), {}, HiddenFiles::Show);
  CHECK(namesOf(shown) == std::vector<std::string>{".versteckt", "Ä-Ordner", "beta", "link-zu-beta", ".hidden", "a.csv",
                                                   "b.JSON", "c.json", "notes.txt", "Raster 2.xlsx", "Raster 10.xlsx"});
  CHECK(find(shown, ".versteckt")->kind == EntryKind::Folder);
}

TEST_CASE("files are filtered by extension, folders never", "[io][folder_listing]") {
  test::TempFolder t;
  fillFolder(t);
  const std::vector<std::string> json{".json"};
  // Case-insensitive: b.JSON counts; the broken link kaputt.json does not.
  CHECK(namesOf(listFolder(t.path(), json, HiddenFiles::Hide)) ==
        std::vector<std::string>{"Ä-Ordner", "beta", "link-zu-beta", "b.JSON", "c.json"});

  const std::vector<std::string> grids{".XLSX", "csv"};  // any case, dot optional
  CHECK(namesOf(listFolder(t.path(), grids, HiddenFiles::Hide)) ==
        std::vector<std::string>{"Ä-Ordner", "beta", "link-zu-beta", "a.csv", "Raster 2.xlsx", "Raster 10.xlsx"});

  const std::vector<std::string> none{".pdf"};
  CHECK(namesOf(listFolder(t.path(), none, HiddenFiles::Hide)) ==
        std::vector<std::string>{"Ä-Ordner", "beta", "link-zu-beta"});

  // A file called only ".json" has no extension, so it is not a JSON file.
  test::writeText(t / ".json", "");
  CHECK_FALSE(find(listFolder(t.path(), json, HiddenFiles::Show), ".json"));
}

TEST_CASE("an empty folder lists nothing and no error", "[io][folder_listing]") {
  test::TempFolder t;
  const FolderListing listing = listFolder(t.path(), {}, HiddenFiles::Show);
  CHECK(listing.entries.empty());
  CHECK(listing.error.empty());
}

TEST_CASE("a missing folder or a file gives an error, not an exception", "[io][folder_listing]") {
  test::TempFolder t;
  const fs::path missing = t / "gibt-es-nicht";
  FolderListing listing;
  REQUIRE_NOTHROW(listing = listFolder(missing, {}, HiddenFiles::Hide));
  CHECK(listing.entries.empty());
  CHECK(listing.error.starts_with(missing.string() + ": "));
  CHECK(listing.error.size() > missing.string().size() + 2);  // a reason follows

  test::writeText(t / "datei.json", "{}");
  listing = listFolder(t / "datei.json", {}, HiddenFiles::Hide);
  CHECK(listing.entries.empty());
  CHECK(listing.error.starts_with((t / "datei.json").string() + ": "));
}

TEST_CASE("names compare case-insensitively, umlauts with their base letter, numbers by value",
          "[io][folder_listing]") {
  CHECK(lessByName("Raster 2", "Raster 10"));
  CHECK_FALSE(lessByName("Raster 10", "Raster 2"));
  CHECK(lessByName("x9", "x10"));
  CHECK(lessByName("a", "B"));
  CHECK(lessByName("B", "c"));
  CHECK(lessByName("Ärzte", "Bäcker"));
  CHECK(lessByName("öffnen", "Pfad"));
  CHECK(lessByName("Mass", "Maßband"));  // ß as ss: "massband"
  CHECK(lessByName("Version 2 final", "Version 10"));
  // Numbers longer than 64 bits still compare by value.
  CHECK(lessByName("v99999999999999999999999", "v100000000000000000000000"));
  CHECK(lessByName("v123456789012345678901234", "v123456789012345678901235"));
  // Names equal under the rules still get a fixed order, whichever is asked first.
  for (auto [a, b] : {std::pair{"abc", "ABC"}, {"Ärger", "arger"}, {"file007", "file7"}}) {
    CHECK(lessByName(a, b) != lessByName(b, a));
  }
  CHECK_FALSE(lessByName("gleich", "gleich"));
}

TEST_CASE("a typed path is trimmed, expanded and resolved against the current folder", "[io][folder_listing]") {
  const fs::path current = "/home/a/b";
  CHECK(resolveTypedPath(current, "/etc/knotenpunkt/") == "/etc/knotenpunkt");
  CHECK(resolveTypedPath(current, "  projekt.json \t") == "/home/a/b/projekt.json");
  CHECK(resolveTypedPath(current, "sub/") == "/home/a/b/sub");
  CHECK(resolveTypedPath(current, "./x/./y/../z") == "/home/a/b/x/z");
  CHECK(resolveTypedPath(current, "..") == "/home/a");
  CHECK(resolveTypedPath(current, "../c/d.json") == "/home/a/c/d.json");
  CHECK(resolveTypedPath(current, "../../..") == "/");
  CHECK(resolveTypedPath(current, "../../../../..") == "/");  // nothing above the root
  CHECK(resolveTypedPath(current, "/") == "/");
  CHECK(resolveTypedPath(current, "") == current);
  CHECK(resolveTypedPath(current, "   ") == current);
  CHECK(resolveTypedPath("/home/a/b/", "") == current);
  CHECK(resolveTypedPath(current, "Ä-Ordner") == "/home/a/b/Ä-Ordner");

  HomeOverride home("/home/nutzerin");
  CHECK(resolveTypedPath(current, "~") == "/home/nutzerin");
  CHECK(resolveTypedPath(current, "~/") == "/home/nutzerin");
  CHECK(resolveTypedPath(current, " ~/Projekte/p.json") == "/home/nutzerin/Projekte/p.json");
  CHECK(resolveTypedPath(current, "~andere/x") == "/home/a/b/~andere/x");  // not expanded
  CHECK(resolveTypedPath(current, "a~/x") == "/home/a/b/a~/x");
}

TEST_CASE("save as adds the default extension only to names without one", "[io][folder_listing]") {
  CHECK(withDefaultExtension("/p/projekt", ".json") == "/p/projekt.json");
  CHECK(withDefaultExtension("projekt", "json") == "projekt.json");  // dot added
  CHECK(withDefaultExtension("/p/projekt.json", ".json") == "/p/projekt.json");
  CHECK(withDefaultExtension("/p/projekt.JSON", ".json") == "/p/projekt.JSON");
  CHECK(withDefaultExtension("/p/bericht.txt", ".json") == "/p/bericht.txt");
  CHECK(withDefaultExtension("/p/Raster 2024", ".json") == "/p/Raster 2024.json");
  CHECK(withDefaultExtension("/p/projekt.", ".json") == "/p/projekt.json");
  CHECK(withDefaultExtension("/p/.projekt", ".json") == "/p/.projekt.json");
  CHECK(withDefaultExtension("/p.d/projekt", ".json") == "/p.d/projekt.json");  // a dot in the folder
  CHECK(withDefaultExtension("/p/", ".json") == "/p/");
  CHECK(withDefaultExtension("", ".json") == "");
  CHECK(withDefaultExtension("/p/..", ".json") == "/p/..");
  CHECK(withDefaultExtension("/p/projekt", "") == "/p/projekt");
}

TEST_CASE("breadcrumbs lead from the root to the folder", "[io][folder_listing]") {
  using Paths = std::vector<fs::path>;
  CHECK(pathCrumbs("/home/a/b") == Paths{"/", "/home", "/home/a", "/home/a/b"});
  CHECK(pathCrumbs("/home/a/b/") == Paths{"/", "/home", "/home/a", "/home/a/b"});
  CHECK(pathCrumbs("/home/./a/../Ä") == Paths{"/", "/home", "/home/Ä"});
  CHECK(pathCrumbs("/") == Paths{"/"});
  CHECK(pathCrumbs("a/b") == Paths{"a", "a/b"});
  CHECK(pathCrumbs("").empty());
}

TEST_CASE("the browser starts in the nearest existing folder", "[io][folder_listing]") {
  test::TempFolder t;
  fs::create_directory(t / "Ä-Ordner");
  test::writeText(t / "Ä-Ordner" / "p.json", "{}");
  CHECK(nearestFolder(t / "Ä-Ordner") == t / "Ä-Ordner");
  CHECK(nearestFolder(t.path() / "Ä-Ordner/") == t / "Ä-Ordner");
  CHECK(nearestFolder(t / "Ä-Ordner" / "p.json") == t / "Ä-Ordner");            // a file: its folder
  CHECK(nearestFolder(t / "gelöscht" / "noch tiefer" / "x.json") == t.path());  // deleted: what is left
  CHECK(nearestFolder("") == fs::current_path());
  CHECK(nearestFolder("/") == "/");
}

TEST_CASE("sizes are shown in whole units", "[io][folder_listing]") {
  CHECK(formatSize(0) == "0 B");
  CHECK(formatSize(1023) == "1023 B");
  CHECK(formatSize(1024) == "1 KB");
  CHECK(formatSize(1025) == "2 KB");  // rounded up
  CHECK(formatSize(1024 * 1024 - 1) == "1 MB");
  CHECK(formatSize(1024 * 1024) == "1 MB");
  CHECK(formatSize(std::uintmax_t{5} << 40) == "5 TB");
  CHECK(formatSize(std::uintmax_t{1} << 60) == "1048576 TB");
}
