#pragma once
// The analyses as JSON, for other tools and for tests: every result with its ids, figures and
// explaining sentence (in the chosen language). Keys keep a fixed order, so the same project
// gives the same bytes.
//
// Beside the analyses: "population" (phasePopulation as of the filter's year: its year or null,
// and people and share per life phase, null where unknown), the same people and share on each
// entry of coverage.perLifePhase and on each gap about a phase, each gap's "needRank" (its
// 1-based place in rankGapsByNeed; the gaps themselves stay in kind order), "gapRankingRule"
// (the rule in one sentence; null without population figures), and "indicators": every
// indicator in project order with its target (or null), assessIndicator's figures as of the
// filter's year, status, trend and describeIndicatorProgress's sentence.
#include <nlohmann/json.hpp>

#include "analysis/project_analysis.hpp"
#include "text/language.hpp"

namespace knp {

nlohmann::ordered_json analysisToJson(const Project& project, const ProjectAnalysis& analysis, Language language);

}  // namespace knp
