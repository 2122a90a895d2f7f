#include <catch2/catch.hpp>

#include <sys/stat.h>


#include "fixtures.hpp"
#include "io/file_access.hpp"
#include "io/project_json.hpp"

using namespace knp;
using test::FileSizeLimit;

namespace {

std::size_t filesIn(const std::filesystem::path& folder) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder)) ++n;
  return n;
}

}  // namespace

TEST_CASE("saving creates the file, and a second save keeps the first as .bak", "[io][save]") {
  test::TempFolder folder;
  const auto path = folder / "projekt.json";
  Project p = test::smallProject();
  REQUIRE_FALSE(saveProjectFile(p, path));
  const std::string first = test::readText(path);
  CHECK(first == writeProjectJson(p));
  CHECK_FALSE(std::filesystem::exists(backupPathFor(path)));  // nothing to back up the first time

  p.title = "Zweite Fassung";
  REQUIRE_FALSE(saveProjectFile(p, path));
  CHECK(test::readText(path) == writeProjectJson(p));
  CHECK(test::readText(backupPathFor(path)) == first);
  CHECK(filesIn(folder.path()) == 2);  // no temporary file left behind

  p.title = "Dritte Fassung";
  REQUIRE_FALSE(saveProjectFile(p, path));
  CHECK(test::readText(backupPathFor(path)).find("Zweite Fassung") != std::string::npos);
}

TEST_CASE("a save that fails while writing leaves the old file intact", "[io][save]") {
  test::TempFolder folder;
  const auto path = folder / "projekt.json";
  test::writeText(path, "alter Inhalt");
  std::optional<FileError> error;
  {
    FileSizeLimit limit(100);  // the project's text is far longer than 100 bytes
    error = saveProjectFile(test::smallProject(), path);
  }
  REQUIRE(error);
  CHECK(error->message == path.string() + ": cannot write: File too large");
  CHECK(test::readText(path) == "alter Inhalt");
  CHECK_FALSE(std::filesystem::exists(backupPathFor(path)));
  CHECK(filesIn(folder.path()) == 1);  // the temporary file is gone
}

TEST_CASE("a save into a missing folder reports it", "[io][save]") {
  test::TempFolder folder;
  const auto path = folder / "fehlt" / "projekt.json";
  const auto error = saveProjectFile(test::smallProject(), path);
  REQUIRE(error);
  CHECK(error->message == (folder / "fehlt").string() + ": cannot create a temporary file: No such file or directory");
  CHECK(filesIn(folder.path()) == 0);
}

TEST_CASE("a replaced file keeps its permissions", "[io][save]") {
  test::TempFolder folder;
  const auto path = folder / "projekt.json";
  test::writeText(path, "{}");
  REQUIRE(::chmod(path.c_str(), 0640) == 0);
  REQUIRE_FALSE(writeFileAtomically(path, "neu"));
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0640);
  CHECK(test::readText(path) == "neu");
}

TEST_CASE("Backup::None writes without a .bak", "[io][save]") {
  test::TempFolder folder;
  const auto path = folder / "bild.png";
  test::writeText(path, "alt");
  REQUIRE_FALSE(writeFileAtomically(path, "neu", Backup::None));
  CHECK(test::readText(path) == "neu");
  CHECK_FALSE(std::filesystem::exists(backupPathFor(path)));
}
