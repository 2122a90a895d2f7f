#include "analysis/project_analysis.hpp"

#include <algorithm>

namespace knp {

ProjectAnalysis analyzeProject(const Project& project, const AnalysisOptions& options) {
  ProjectAnalysis result;
  result.filter = options.filter;
  result.countedActivities = static_cast<std::size_t>(std::count_if(
      project.activities.begin(), project.activities.end(), [&](const Activity& a) { return accepts(options.filter, a); }));
  result.coverage = computeCoverage(project, options.filter);
  result.gaps = findGaps(project, options.filter);
  result.chains = computeSupportChains(project, options.filter);
  result.overlaps = findOverlaps(project, options.filter, options.overlapLimit);
  result.suggestions = suggestCooperations(project, options.filter, options.suggestions);
  result.network = analyzeNetwork(project, options.filter, options.network);
  return result;
}

}  // namespace knp
