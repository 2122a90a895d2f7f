#pragma once
// The analyses as a readable report, grouped by the workshop's questions: coverage, gaps
// (Lücken), support chains (Förderketten), overlaps (Überschneidungen), cooperation
// opportunities (Kooperationschancen) and brokers (Mittler). Plain text for terminals or
// Markdown for documents, in German or English.
#include <string>

#include "analysis/project_analysis.hpp"
#include "text/language.hpp"

namespace knp {

enum class ReportFormat { Text, Markdown };

// Deterministic for a given analysis. Long lists are cut with a line saying how many more
// there are (the JSON output has them all). O(size of the analysis).
std::string formatAnalysisReport(const Project& project, const ProjectAnalysis& analysis, ReportFormat format,
                                 Language language);

}  // namespace knp
