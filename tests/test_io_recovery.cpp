#include <catch2/catch.hpp>

#include <unistd.h>

#include <chrono>

#include "fixtures.hpp"
#include "io/file_access.hpp"
#include "io/project_json.hpp"
#include "io/recovery.hpp"

using namespace knp;
using test::FileSizeLimit;
namespace fs = std::filesystem;

namespace {

void setWriteTime(const fs::path& path, int secondsAgo) {
  fs::last_write_time(path, fs::file_time_type::clock::now() - std::chrono::seconds(secondsAgo));
}

}  // namespace

TEST_CASE("recovery copies are named after the project file or the process", "[io][recovery]") {
  CHECK(recoveryPathFor("/x/hattingen.json") == "/x/hattingen.recovery.json");
  CHECK(recoveryPathFor("/x/Übersicht 2024.json") == "/x/Übersicht 2024.recovery.json");
  CHECK(recoveryPathFor("/x/archiv.tar.json") == "/x/archiv.tar.recovery.json");
  CHECK(recoveryPathFor("/x/projekt") == "/x/projekt.recovery.json");
  CHECK(recoveryPathFor("/x/.versteckt") == "/x/.versteckt.recovery.json");
  CHECK(recoveryPathFor("relativ.json") == "relativ.recovery.json");
  CHECK(unsavedRecoveryPath("/daten/recovery", 4711) == "/daten/recovery/unsaved-4711.recovery.json");
}

TEST_CASE("a recovery copy written beside the project is found and loads the same project", "[io][recovery]") {
  test::TempFolder folder;
  const auto projectFile = folder / "projekt.json";
  CHECK_FALSE(findRecoveryFor(projectFile));  // nothing written yet

  Project p = test::smallProject();
  p.title = "Ungespeicherte Änderung";
  REQUIRE(writeRecovery(p, recoveryPathFor(projectFile)).ok());
  CHECK(test::readText(recoveryPathFor(projectFile)) == writeProjectJson(p));
  CHECK_FALSE(fs::exists(backupPathFor(recoveryPathFor(projectFile))));

  const auto candidate = findRecoveryFor(projectFile);  // the project file itself need not exist
  REQUIRE(candidate);
  CHECK(candidate->recoveryPath == folder / "projekt.recovery.json");
  CHECK(candidate->original == projectFile);
  const LoadResult loaded = loadRecovery(*candidate);
  REQUIRE(loaded.project);
  CHECK(*loaded.project == p);

  // A second write replaces the copy, still without a .bak.
  p.title = "Zweite Änderung";
  REQUIRE(writeRecovery(p, candidate->recoveryPath).ok());
  CHECK(loadRecovery(*candidate).project->title == "Zweite Änderung");
  CHECK_FALSE(fs::exists(backupPathFor(candidate->recoveryPath)));

  removeRecovery(candidate->recoveryPath);
  CHECK_FALSE(fs::exists(candidate->recoveryPath));
  CHECK_FALSE(findRecoveryFor(projectFile));
  removeRecovery(candidate->recoveryPath);  // a missing file is no error
  removeRecovery(folder / "gibt-es-nicht" / "x.recovery.json");
}

TEST_CASE("a folder named like a recovery copy is not one", "[io][recovery]") {
  test::TempFolder folder;
  fs::create_directory(folder / "projekt.recovery.json");
  CHECK_FALSE(findRecoveryFor(folder / "projekt.json"));
}

TEST_CASE("recoveries of unsaved projects are listed newest first, other files ignored", "[io][recovery]") {
  test::TempFolder data;
  const auto folder = data / "recovery";
  CHECK(findUnsavedRecoveries(folder).empty());  // the folder does not exist yet

  const Project p = test::smallProject();
  REQUIRE(writeRecovery(p, unsavedRecoveryPath(folder, 100)).ok());  // creates the folder
  REQUIRE(writeRecovery(p, unsavedRecoveryPath(folder, 200)).ok());
  REQUIRE(writeRecovery(p, unsavedRecoveryPath(folder, 300)).ok());
  setWriteTime(unsavedRecoveryPath(folder, 100), 60);
  setWriteTime(unsavedRecoveryPath(folder, 200), 10);
  setWriteTime(unsavedRecoveryPath(folder, 300), 3600);
  // Not recoveries of unsaved projects:
  test::writeText(folder / "projekt.recovery.json", "{}");
  test::writeText(folder / "unsaved-400.json", "{}");
  test::writeText(folder / "unsaved-500.recovery.json.bak", "{}");
  test::writeText(folder / "notizen.txt", "");
  fs::create_directory(folder / "unsaved-600.recovery.json");

  const auto found = findUnsavedRecoveries(folder);
  REQUIRE(found.size() == 3);
  CHECK(found[0].recoveryPath == unsavedRecoveryPath(folder, 200));
  CHECK(found[1].recoveryPath == unsavedRecoveryPath(folder, 100));
  CHECK(found[2].recoveryPath == unsavedRecoveryPath(folder, 300));
  CHECK(found[0].written > found[1].written);
  for (const auto& candidate : found) CHECK_FALSE(candidate.original);
  CHECK(*loadRecovery(found[0]).project == p);

  removeRecovery(found[0].recoveryPath);
  CHECK(findUnsavedRecoveries(folder).size() == 2);
  CHECK(findUnsavedRecoveries(folder / "notizen.txt").empty());  // not a folder
}

TEST_CASE("a recovery copy that cannot be written is reported; the old copy stays", "[io][recovery]") {
  test::TempFolder folder;
  const auto path = recoveryPathFor(folder / "projekt.json");
  Project p = test::smallProject();
  REQUIRE(writeRecovery(p, path).ok());
  const std::string before = test::readText(path);
  p.title = "Neuer Titel";

  SECTION("the write fails (as on a full disk)") {
    std::optional<Outcome<void>> written;
    {
      FileSizeLimit limit(100);  // far shorter than the project's text
      written = writeRecovery(p, path);
    }
    REQUIRE_FALSE(written->ok());
    CHECK(written->problem().path == path);
    CHECK(describe(written->problem()).starts_with(path.string() + ": "));
  }
  if (::geteuid() != 0) {  // permissions do not stop root; the full-disk section covers it
    SECTION("the folder is not writable") {
      fs::permissions(folder.path(), fs::perms::owner_write, fs::perm_options::remove);
      const Outcome<void> written = writeRecovery(p, path);
      fs::permissions(folder.path(), fs::perms::owner_write, fs::perm_options::add);
      REQUIRE_FALSE(written.ok());
    }
  }
  SECTION("the folder cannot be created") {
    test::writeText(folder / "datei", "");
    const Outcome<void> written = writeRecovery(p, folder / "datei" / "recovery" / "unsaved-1.recovery.json");
    REQUIRE_FALSE(written.ok());
    CHECK(describe(written.problem())
              .starts_with((folder / "datei" / "recovery").string() + ": cannot create the folder: "));
  }
  CHECK(test::readText(path) == before);
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder.path())) ++files;
  CHECK(files <= 2);  // the copy (and "datei"); no temporary file left behind
}
