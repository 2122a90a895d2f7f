#pragma once
// A plain-text overview of a project: what it holds, activities per field and per life phase,
// goals per concept and how many of them some activity serves, the busiest actors.
// Shown when the program cannot open a window, and usable in any terminal.
#include <string>

#include "model/project.hpp"
#include "text/language.hpp"

namespace knp {

// Deterministic for a given project. Dangling references are not counted.
// O(activities × references + items).
std::string formatOverview(const Project& project, Language language);

}  // namespace knp
