#pragma once
// Upgrades of older project files. Each format version bump adds one Migration that turns a
// document of version N into one of version N+1, in place, on the JSON tree before it is read.
#include <span>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "io/outcome.hpp"

namespace knp {

inline constexpr std::string_view kFormatName = "knotenpunkt-project";
inline constexpr int kFormatVersion = 4;  // the version this program writes

struct Migration {
  int fromVersion;               // turns version fromVersion into fromVersion + 1
  std::string_view description;  // what changed, for the log and for whoever reads this next
  void (*apply)(nlohmann::json& document);
};

// The migrations of the project format, ordered by fromVersion: 1→2 (the optional "map"),
// 2→3 (conferences). The next bump adds {3, "...", &migrateV3ToV4} here.
std::span<const Migration> projectMigrations();

// Applies `steps` to `document` from `fromVersion` up to `toVersion` and sets its "version";
// nothing to do when fromVersion >= toVersion. A missing step is a problem without a place
// ("no migration from format version 2 to 3"); `document` is then left partly migrated, so
// callers migrate a copy. O(steps) plus the cost of the steps.
Outcome<void> migrateDocument(nlohmann::json& document, int fromVersion, int toVersion,
                              std::span<const Migration> steps);

}  // namespace knp
