#pragma once
// All analyses of a project in one go, for the command line's `analyze` and the report.
#include <vector>

#include "analysis/activity_filter.hpp"
#include "analysis/cooperation_suggestions.hpp"
#include "analysis/coverage.hpp"
#include "analysis/gaps.hpp"
#include "analysis/network.hpp"
#include "analysis/overlaps.hpp"
#include "analysis/support_chains.hpp"

namespace knp {

struct AnalysisOptions {
  ActivityFilter filter = ActivityFilter::current();
  SuggestionLimits suggestions;
  std::size_t overlapLimit = 100;  // overlaps spelled out; the totals count all
  NetworkOptions network;
};

struct ProjectAnalysis {
  ActivityFilter filter;
  std::size_t countedActivities = 0;  // activities the filter accepted
  Coverage coverage;
  std::vector<Gap> gaps;
  SupportChains chains;
  Overlaps overlaps;
  CooperationSuggestions suggestions;
  NetworkAnalysis network;
};

// Runs every analysis with the same filter. Complexity: the sum of the analyses' (see their
// headers); exact betweenness dominates in large networks.
ProjectAnalysis analyzeProject(const Project& project, const AnalysisOptions& options = {});

}  // namespace knp
