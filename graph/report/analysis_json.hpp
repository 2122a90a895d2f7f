#pragma once
// The analyses as JSON, for other tools and for tests: every result with its ids, figures and
// explaining sentence (in the chosen language). Keys keep a fixed order, so the same project
// gives the same bytes.
#include <nlohmann/json.hpp>

#include "analysis/project_analysis.hpp"
#include "text/language.hpp"

namespace knp {

nlohmann::ordered_json analysisToJson(const Project& project, const ProjectAnalysis& analysis, Language language);

}  // namespace knp
