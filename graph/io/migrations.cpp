#include "io/migrations.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace knp {
namespace {

// Version 2 adds the optional top-level "map" (node positions, layout, saved views). A
// version 1 file has no map state, which version 2 writes as no "map" key: nothing to change.
void migrateV1ToV2(nlohmann::json& /*document*/) {}

// Version 3 adds conferences: the optional top-level "conferences", a goal's optional
// "priorityYears" and the optional "fromConference" of actors, activities and cooperations.
// A version 2 file has none of them, which version 3 writes by leaving the keys out: nothing
// to change. (Version 2 files written since "graph", "graphPositions" and "shortTitle"
// appeared carry those keys already; version 3 reads them unchanged.)
void migrateV2ToV3(nlohmann::json& /*document*/) {}

// Version 4 adds what indicators need to answer "woran merken wir es": an indicator's optional
// "kind" (figure or population), "lifePhases", "direction" and "target" {value, year}. A
// version 3 indicator has none of them, which version 4 reads as a neutral figure without
// phases or target: nothing to change.
void migrateV3ToV4(nlohmann::json& /*document*/) {}

constexpr Migration kProjectMigrations[] = {
    {1, "optional \"map\": node positions, layout choice and saved views", &migrateV1ToV2},
    {2, "optional \"conferences\", goals' \"priorityYears\", items' \"fromConference\"", &migrateV2ToV3},
    {3, "indicators' optional \"kind\", \"lifePhases\", \"direction\", \"target\"", &migrateV3ToV4},
};

}  // namespace

std::span<const Migration> projectMigrations() {
  // Add each new step at the end, e.g. {4, "life phases get a colour", &migrateV4ToV5}.
  return kProjectMigrations;
}

Outcome<void> migrateDocument(nlohmann::json& document, int fromVersion, int toVersion,
                              std::span<const Migration> steps) {
  for (int version = fromVersion; version < toVersion; ++version) {
    auto step = std::find_if(steps.begin(), steps.end(), [&](const Migration& m) { return m.fromVersion == version; });
    if (step == steps.end())
      return LocatedProblem{fmt::format("no migration from format version {} to {}", version, version + 1)};
    step->apply(document);
    document["version"] = version + 1;
  }
  return Done{};
}

}  // namespace knp
