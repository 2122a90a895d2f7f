#pragma once
// The analyses as a readable report, grouped by the workshop's questions: coverage, gaps
// (Lücken), support chains (Förderketten), overlaps (Überschneidungen), cooperation
// opportunities (Kooperationschancen), brokers (Mittler) and the indicators with a target
// (Kennzahlen und Ziele: latest value, target, status, trend). Plain text for terminals or
// Markdown for documents, in German or English.
//
// Where the project counts the population of its life phases (phasePopulation, as of the
// filter's year), the coverage shows each phase's activities and actors beside its people and
// share, and the gaps open with the need-ranking rule in one sentence and the phases' gaps
// ranked by need (rankGapsByNeed); the other gaps follow by kind. Indicators are assessed as
// of the filter's year (all values without one).
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
