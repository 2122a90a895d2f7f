#pragma once
// The project file: JSON as described in docs/project-format.md.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/file_access.hpp"
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

// writeProjectJson, saved with writeFileAtomically (keeps NAME.bak).
std::optional<FileError> saveProjectFile(const Project& project, const std::filesystem::path& path);

}  // namespace knp
