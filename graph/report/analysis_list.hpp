#pragma once
// The analyses a user sees, as one table: the name typed on the command line, the short title
// (the window's tab) and the report's heading in German and English, the text shown when an
// analysis finds nothing, and how its results become entries that name the nodes to
// highlight. The window's analyses panel, `--panel NAME` and the text report all read it
// (the pattern of layouts::algorithmList()).
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/project_analysis.hpp"
#include "report/project_names.hpp"
#include "text/language.hpp"
#include "view/project_graph.hpp"

namespace knp {

enum class AnalysisId { Coverage, Gaps, Chains, Overlaps, Suggestions, Brokers };

// One result line of an analysis and the nodes it is about.
struct AnalysisEntry {
  std::string text;
  std::vector<Vertex> nodes;
  bool operator==(const AnalysisEntry&) const = default;
};

struct AnalysisInfo {
  AnalysisId id;
  std::string_view name;        // as typed after --panel
  std::string_view title[2];    // short: the window's tab (German, English)
  std::string_view heading[2];  // the report's section heading
  std::string_view empty[2];    // when it finds nothing ("" for coverage: a table is always shown)
  // Its results as entries, in the order the analysis ranks them; coverage has none (a
  // heatmap, not a list). O(results × their size).
  std::vector<AnalysisEntry> (*entries)(const ProjectAnalysis& analysis, const Project& project,
                                        const ProjectGraph& view, const ProjectNames& names, Language language);
};

// The analyses in the order they are offered. O(1).
std::span<const AnalysisInfo> analysisList();

// The entry of `id`. O(1).
const AnalysisInfo& analysisInfo(AnalysisId id);

// The analysis named `name` exactly ("gaps"); nullptr for any other name. O(analyses).
const AnalysisInfo* findAnalysis(std::string_view name);

// "coverage, gaps, …": every name, for help texts and messages. O(analyses).
std::string analysisNames();

// The texts of an entry in `language`.
std::string_view inLanguage(const std::string_view (&texts)[2], Language language);

}  // namespace knp
