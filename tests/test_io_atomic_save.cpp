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
  REQUIRE(saveProjectFile(p, path).ok());
  const std::string first = test::readText(path);
  CHECK(first == writeProjectJson(p));
  CHECK_FALSE(std::filesystem::exists(backupPathFor(path)));  // nothing to back up the first time

  p.title = "Zweite Fassung";
  REQUIRE(saveProjectFile(p, path).ok());
  CHECK(test::readText(path) == writeProjectJson(p));
  CHECK(test::readText(backupPathFor(path)) == first);
  CHECK(filesIn(folder.path()) == 2);  // no temporary file left behind

  p.title = "Dritte Fassung";
  REQUIRE(saveProjectFile(p, path).ok());
  CHECK(test::readText(backupPathFor(path)).find("Zweite Fassung") != std::string::npos);
}

TEST_CASE("a save that fails while writing leaves the old file intact", "[io][save]") {
  test::TempFolder folder;
  const auto path = folder / "projekt.json";
  test::writeText(path, "alter Inhalt");
  std::optional<Outcome<void>> saved;
  {
    FileSizeLimit limit(100);  // the project's text is far longer than 100 bytes
    saved = saveProjectFile(test::smallProject(), path);
  }
  REQUIRE_FALSE(saved->ok());
  CHECK(saved->problem() == LocatedProblem{"cannot write: File too large", path});
  CHECK(describe(saved->problem()) == path.string() + ": cannot write: File too large");
  CHECK(test::readText(path) == "alter Inhalt");
  CHECK_FALSE(std::filesystem::exists(backupPathFor(path)));
  CHECK(filesIn(folder.path()) == 1);  // the temporary file is gone
}

TEST_CASE("a save into a missing folder reports it", "[io][save]") {
  test::TempFolder folder;
  const auto path = folder / "fehlt" / "projekt.json";
  const Outcome<void> saved = saveProjectFile(test::smallProject(), path);
  REQUIRE_FALSE(saved.ok());
  CHECK(describe(saved.problem()) ==
        (folder / "fehlt").string() + ": cannot create a temporary file: No such file or directory");
  CHECK(filesIn(folder.path()) == 0);
}

TEST_CASE("a replaced file keeps its permissions", "[io][save]") {
  test::TempFolder folder;
  const auto path = folder / "projekt.json";
  test::writeText(path, "{}");
  REQUIRE(::chmod(path.c_str(), 0640) == 0);
  REQUIRE(writeFileAtomically(path, "neu").ok());
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0640);
  CHECK(test::readText(path) == "neu");
}

TEST_CASE("Backup::None writes without a .bak", "[io][save]") {
  test::TempFolder folder;
  const auto path = folder / "bild.png";
  test::writeText(path, "alt");
  REQUIRE(writeFileAtomically(path, "neu", Backup::None).ok());
  CHECK(test::readText(path) == "neu");
  CHECK_FALSE(std::filesystem::exists(backupPathFor(path)));
}
