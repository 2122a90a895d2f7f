#include "io/migrations.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace knp {

std::span<const Migration> projectMigrations() {
  // Add each new step here, e.g. {1, "life phases get a colour", &migrateV1ToV2}.
  return {};
}

std::optional<std::string> migrateDocument(nlohmann::json& document, int fromVersion, int toVersion,
                                           std::span<const Migration> steps) {
  for (int version = fromVersion; version < toVersion; ++version) {
    auto step = std::find_if(steps.begin(), steps.end(), [&](const Migration& m) { return m.fromVersion == version; });
    if (step == steps.end())
      return fmt::format("no migration from format version {} to {}", version, version + 1);
    step->apply(document);
    document["version"] = version + 1;
  }
  return std::nullopt;
}

}  // namespace knp
