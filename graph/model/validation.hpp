#pragma once
// Validation of a whole project: every problem at once, each with a path into the project
// file and a plain sentence, e.g. `activities[12].goals[1]: unknown goal "I9"`.
#include <string>
#include <string_view>
#include <vector>

#include "model/problem_list.hpp"
#include "model/project.hpp"

namespace knp {

struct Problem {
  Severity severity = Severity::Error;
  std::string path;     // e.g. "activities[12].goals[1]"; empty for the whole file
  std::string message;  // e.g. "unknown goal \"I9\""
  int line = 0;         // 1-based position in the file for syntax errors; 0 when not known
  int column = 0;
  // Only on the summary entry that closes a full list (model/problem_list.hpp).
  std::size_t unlistedErrors = 0, unlistedWarnings = 0;
  bool operator==(const Problem&) const = default;
};

// "path: message", or just the message when the path is empty; for the summary entry of a full
// list "… and 1,234 more not listed (1,230 errors, 4 warnings)".
std::string describe(const Problem& problem);

// "… and 1,234 more not listed (1,230 errors, 4 warnings)": the summary entry's text.
std::string describeUnlisted(std::size_t errors, std::size_t warnings);

// With the file name in front, as compilers do: "FILE:LINE:COLUMN: message" for syntax
// errors, "FILE: path: message" otherwise; warnings say so.
std::string describe(const Problem& problem, std::string_view file);

bool hasErrors(const std::vector<Problem>& problems);

// Checks ids (non-empty, unique per kind), every reference (exists, and of the right kind),
// life-phase order (unique), age and year ranges, goal parents (no cycles), and the map state
// (finite coordinates, camera scale above 0, focus depth in range, view names non-empty and
// unique).
// Errors: what would make the model inconsistent. Warnings: what is odd but harmless
// (empty names, self-cooperation, self-partnership, the same reference twice in a list,
// a membership in an actor that is not a body, and stale map state: a position or a view's
// focus whose node key names no existing item, a view filter naming an unknown field, life
// phase or concept).
// At most kMaxListedProblems are listed, then one summary entry counts the rest.
// Problems come in file order (fields, lifePhases, concepts, goals, actors, activities,
// cooperations, indicators, map), so the list is deterministic; map positions are numbered
// in node-key order. O(total items + references).
std::vector<Problem> validateProject(const Project& project);

}  // namespace knp
