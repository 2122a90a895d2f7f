#pragma once
// Recovery copies: what autosave writes so that a crash loses at most a minute of work.
// A recovery copy is an ordinary project file (writeProjectJson's canonical text).
// - A project saved at X/name.json has its copy beside it, at X/name.recovery.json.
// - A project never saved has its copy in a recovery folder (the user's data folder +
//   "/recovery"), named after the process: unsaved-<pid>.recovery.json.
#include <filesystem>
#include <optional>
#include <vector>

#include "io/file_access.hpp"
#include "io/outcome.hpp"
#include "io/project_json.hpp"
#include "model/project.hpp"

namespace knp {

// "X/name.json" -> "X/name.recovery.json", "X/name.tar.json" -> "X/name.tar.recovery.json";
// a name without extension gets ".recovery.json": "X/name" -> "X/name.recovery.json",
// "X/.hidden" -> "X/.hidden.recovery.json". Purely lexical.
std::filesystem::path recoveryPathFor(const std::filesystem::path& projectFile);

// folder / "unsaved-<processId>.recovery.json". Purely lexical.
std::filesystem::path unsavedRecoveryPath(const std::filesystem::path& folder, long processId);

// Writes the project's canonical text to `recoveryPath`, creating its folder when missing;
// atomically (an existing copy stays whole if the write fails) and without a .bak.
// On failure the problem, located at the file or folder it concerns (describe(): "PATH: ...").
// Never throws. O(size of the project).
Outcome<void> writeRecovery(const Project& project, const std::filesystem::path& recoveryPath);

struct RecoveryCandidate {
  std::filesystem::path recoveryPath;
  std::optional<std::filesystem::path> original;  // the project file; nullopt for an unsaved project
  std::filesystem::file_time_type written;        // when the copy was last written
};

// The recovery copy beside `projectFile`, when it exists and is a regular file (or a link to
// one); nullopt otherwise, also when the file system cannot be asked. The project file itself
// need not exist. Never throws.
std::optional<RecoveryCandidate> findRecoveryFor(const std::filesystem::path& projectFile);

// Every regular file named "unsaved-*.recovery.json" directly in `folder`, newest first (equal
// times by name). Other files and subfolders are ignored; a missing or unreadable folder gives
// an empty list. Never throws. O(n log n) in the folder's entries.
std::vector<RecoveryCandidate> findUnsavedRecoveries(const std::filesystem::path& folder);

// loadProjectFile on the copy: problems as for any project file.
LoadResult loadRecovery(const RecoveryCandidate& candidate);

// Deletes a recovery copy; a missing file (or any failure) is ignored. Never throws.
void removeRecovery(const std::filesystem::path& recoveryPath);

}  // namespace knp
