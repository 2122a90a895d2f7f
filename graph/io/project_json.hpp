#pragma once
// The project file: JSON as described in docs/project-format.md.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/file_access.hpp"
#include "io/outcome.hpp"
#include "model/project.hpp"
#include "model/validation.hpp"

namespace knp {

struct LoadResult {
  std::optional<Project> project;  // set when there are no errors (warnings allowed)
  std::vector<Problem> problems;   // every problem found: syntax, types, references
};

// Parses a project from JSON text. Reports all problems at once: a syntax error with its
// line and column (column counts characters, not bytes); otherwise every wrong type, missing
// or unknown key and unknown enum value by path, then validateProject()'s problems.
// Older format versions are migrated; a newer one is refused. O(size of text).
LoadResult parseProjectJson(std::string_view text);

// Reads and parses a file. Never writes to it, whatever the outcome.
LoadResult loadProjectFile(const std::filesystem::path& path);

// The canonical text of a project: keys in a fixed order, items in project order, two-space
// indent, UTF-8 unescaped, final newline; the map state last, and only when there is any.
// Equal projects give equal bytes.
std::string writeProjectJson(const Project& project);

// Done when `project` may be written to a file; otherwise the reason, without a place: more
// items than a project file holds, or a project that fails validateProject (its first error,
// and how many more). What is saved always loads again. O(size of the project).
Outcome<void> savable(const Project& project);

// The canonical text of a project that may be saved (savable), or the reason as a problem
// located at `path` (describe(): "p.json: not saved: the project is not valid: activities[3]...");
// also when the text would exceed what the reader accepts, or a text is not valid UTF-8. Never
// writes. O(size of the project).
Outcome<std::string> projectFileText(const Project& project, const std::filesystem::path& path);

// projectFileText, saved with writeFileAtomically (keeps NAME.bak; `notice` and the problems as
// there). A project that fails validation is refused and the file is left as it was.
Outcome<void> saveProjectFile(const Project& project, const std::filesystem::path& path, std::string* notice = nullptr);

}  // namespace knp
