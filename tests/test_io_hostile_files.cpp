// Reading and writing files that are not what a reader expects, or that sit behind links:
// defects 4 and 7 of issue 14.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "fixtures.hpp"
#include "io/file_access.hpp"
#include "io/project_json.hpp"
#include "io/raster_xlsx.hpp"

using namespace knp;
using Catch::Matchers::Contains;

namespace {

// What a failed read says, as the user sees it.
std::string errorOf(const Outcome<std::string>& read) {
  REQUIRE_FALSE(read.ok());
  return describe(read.problem());
}

std::size_t entriesStartingWith(const std::filesystem::path& folder, std::string_view prefix) {
  std::size_t n = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    if (entry.path().filename().string().starts_with(prefix)) ++n;
  return n;
}

// Sets an environment variable while in scope.
class ScopedEnvironment {
 public:
  ScopedEnvironment(const char* name, const std::string& value) : m_name(name) {
    if (const char* old = std::getenv(name)) m_old = old;
    ::setenv(name, value.c_str(), 1);
  }
  ~ScopedEnvironment() {
    if (m_old)
      ::setenv(m_name, m_old->c_str(), 1);
    else
      ::unsetenv(m_name);
  }

 private:
  const char* m_name;
  std::optional<std::string> m_old;
};

}  // namespace

TEST_CASE("only regular files are read, and never more than the reader's limit", "[io][read][hostile]") {
  SECTION("/dev/zero is refused at once instead of read until memory runs out") {
    CHECK_THAT(errorOf(readWholeFile("/dev/zero", 1024)), Contains("/dev/zero: is not a regular file"));
  }
  SECTION("a FIFO is refused without waiting for a writer") {
    test::TempFolder folder;
    const auto fifo = folder / "projekt.json";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK_THAT(errorOf(readWholeFile(fifo, 1024)), Contains("is not a regular file"));
  }
  SECTION("a folder") {
    test::TempFolder folder;
    CHECK(errorOf(readWholeFile(folder.path(), 1024)) == folder.path().string() + ": is a folder, not a file");
  }
  SECTION("a file above the limit names the limit; one at the limit is read") {
    test::TempFolder folder;
    const auto path = folder / "gross.json";
    test::writeText(path, std::string(3 * 1024 * 1024, ' '));
    CHECK(errorOf(readWholeFile(path, 2 * 1024 * 1024)) ==
          path.string() + ": the file is 3 MB; this reader accepts at most 2 MB (see docs/limits.md)");
    const auto read = readWholeFile(path, 3 * 1024 * 1024);
    REQUIRE(read.ok());
    CHECK(read.value().size() == 3 * 1024 * 1024);
  }
  SECTION("a project file is read through the project limit") {
    CHECK_THAT(loadProjectFile("/dev/zero").problems.at(0).message, Contains("not a regular file"));
  }
}

TEST_CASE("saving through a symbolic link writes the file it points to", "[io][save][hostile]") {
  //   folder/link.json ──→ real/projekt.json    (a relative link)
  test::TempFolder folder;
  std::filesystem::create_directory(folder / "real");
  const auto target = folder / "real" / "projekt.json";
  test::writeText(target, "alt");
  const auto link = folder / "link.json";
  std::filesystem::create_symlink(std::filesystem::path("real") / "projekt.json", link);

  REQUIRE(writeFileAtomically(link, "neu").ok());
  CHECK(std::filesystem::is_symlink(link));  // before: the link was replaced by a regular file
  CHECK(test::readText(target) == "neu");    // ... and the real file kept the old text
  CHECK(test::readText(backupPathFor(target)) == "alt");
  CHECK_FALSE(std::filesystem::exists(backupPathFor(link)));
  CHECK(resolveLinks(link) == folder / "real" / "projekt.json");

  // A chain of two links, the second absolute.
  const auto second = folder / "second.json";
  std::filesystem::create_symlink(link, second);
  REQUIRE(saveProjectFile(test::smallProject(), second).ok());
  CHECK(std::filesystem::is_symlink(second));
  CHECK(test::readText(target) == writeProjectJson(test::smallProject()));
}

TEST_CASE("a replaced file keeps its owner and group where permitted", "[io][save][hostile]") {
  test::TempFolder folder;
  const auto path = folder / "projekt.json";
  test::writeText(path, "alt");
  std::string notice;
  if (::geteuid() != 0) {
    // Not root: a file of our own keeps us as owner, and nothing needs saying.
    REQUIRE(writeFileAtomically(path, "neu", Backup::Keep, &notice).ok());
    CHECK(notice.empty());
    return;
  }
  REQUIRE(::chown(path.c_str(), 4321, 8765) == 0);
  REQUIRE(::chmod(path.c_str(), 0640) == 0);
  REQUIRE(writeFileAtomically(path, "neu", Backup::Keep, &notice).ok());
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  CHECK(st.st_uid == 4321u);  // before: the saving user (root) owned the file afterwards
  CHECK(st.st_gid == 8765u);
  CHECK((st.st_mode & 0777) == 0640);
  CHECK(notice.empty());
}

TEST_CASE("temporary files of killed saves are removed by the next save; live ones stay", "[io][save][hostile]") {
  test::TempFolder folder;
  const auto path = folder / "projekt.json";
  test::writeText(path, "alt");
  test::writeText(folder / ".projekt.json.tmp-a1B2c3", std::string(1000, 'x'));  // left by a SIGKILL
  test::writeText(folder / ".projekt.json.tmp-Zz9Yy8", "in use");                 // a save at work
  test::writeText(folder / ".anderes.json.tmp-a1B2c3", "not ours to judge");      // another file's
  const int live = ::open((folder / ".projekt.json.tmp-Zz9Yy8").c_str(), O_RDONLY);
  REQUIRE(live >= 0);
  REQUIRE(::flock(live, LOCK_EX) == 0);

  REQUIRE(writeFileAtomically(path, "neu").ok());
  CHECK_FALSE(std::filesystem::exists(folder / ".projekt.json.tmp-a1B2c3"));
  CHECK(std::filesystem::exists(folder / ".projekt.json.tmp-Zz9Yy8"));
  CHECK(std::filesystem::exists(folder / ".anderes.json.tmp-a1B2c3"));
  CHECK(entriesStartingWith(folder.path(), ".projekt.json.tmp-") == 1);
  ::close(live);
}

TEST_CASE("the workbook export removes the folders of exports that were killed", "[io][xlsx][hostile]") {
  test::TempFolder folder;
  const ScopedEnvironment temporary("TMPDIR", folder.path().string());
  std::filesystem::create_directory(folder / "knotenpunkt-xlsx-AbC123");  // left by a SIGKILL
  test::writeText(folder / "knotenpunkt-xlsx-AbC123" / "raster.xlsx", std::string(5000, 'x'));
  std::filesystem::create_directory(folder / "knotenpunkt-xlsx-LiVe99");  // an export at work
  const int live = ::open((folder / "knotenpunkt-xlsx-LiVe99").c_str(), O_RDONLY | O_DIRECTORY);
  REQUIRE(live >= 0);
  REQUIRE(::flock(live, LOCK_EX) == 0);

  const XlsxWorkbook workbook = writeRasterXlsx(test::smallProject());
  REQUIRE_FALSE(workbook.error);
  CHECK_FALSE(std::filesystem::exists(folder / "knotenpunkt-xlsx-AbC123"));
  CHECK(std::filesystem::exists(folder / "knotenpunkt-xlsx-LiVe99"));
  CHECK(entriesStartingWith(folder.path(), "knotenpunkt-xlsx-") == 1);  // its own is gone too
  ::close(live);
}

TEST_CASE("a loop of symbolic links is refused, and the links stay", "[io][save][hostile]") {
  //   a.json ──→ b.json ──→ a.json
  test::TempFolder folder;
  std::filesystem::create_symlink("b.json", folder / "a.json");
  std::filesystem::create_symlink("a.json", folder / "b.json");
  const Outcome<void> written = writeFileAtomically(folder / "a.json", "neu");
  REQUIRE_FALSE(written.ok());
  CHECK(written.problem().path == folder / "a.json");
  CHECK(describe(written.problem()) ==
        (folder / "a.json").string() + ": cannot follow the symbolic link: Too many levels of symbolic links");
  CHECK(std::filesystem::is_symlink(folder / "a.json"));  // before: replaced by a regular file
  CHECK(std::filesystem::is_symlink(folder / "b.json"));
}
