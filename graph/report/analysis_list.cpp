#include "report/analysis_list.hpp"

#include <array>

#include "report/analysis_sentences.hpp"
#include "view/finding_nodes.hpp"

namespace knp {
namespace {

std::vector<AnalysisEntry> noEntries(const ProjectAnalysis&, const Project&, const ProjectGraph&, const ProjectNames&,
                                     Language) {
  return {};
}

std::vector<AnalysisEntry> gapEntries(const ProjectAnalysis& a, const Project& p, const ProjectGraph& view,
                                      const ProjectNames& names, Language lang) {
  std::vector<AnalysisEntry> out;
  for (const Gap& gap : a.gaps) out.push_back({explainGap(gap, names, lang), nodesOf(gap, p, view)});
  return out;
}

// Only broken chains: an unbroken one needs no attention.
std::vector<AnalysisEntry> chainEntries(const ProjectAnalysis& a, const Project& p, const ProjectGraph& view,
                                        const ProjectNames& names, Language lang) {
  std::vector<AnalysisEntry> out;
  for (const auto* list : {&a.chains.goals, &a.chains.fields})
    for (const SupportChain& chain : *list)
      if (chain.breaks > 0) out.push_back({describeChain(chain, names, lang), nodesOf(chain, p, view)});
  return out;
}

std::vector<AnalysisEntry> overlapEntries(const ProjectAnalysis& a, const Project&, const ProjectGraph& view,
                                          const ProjectNames& names, Language lang) {
  std::vector<AnalysisEntry> out;
  for (const Overlap& overlap : a.overlaps.overlaps) out.push_back({explainOverlap(overlap, names, lang), nodesOf(overlap, view)});
  return out;
}

std::vector<AnalysisEntry> suggestionEntries(const ProjectAnalysis& a, const Project&, const ProjectGraph& view,
                                             const ProjectNames& names, Language lang) {
  std::vector<AnalysisEntry> out;
  for (const CooperationSuggestion& s : a.suggestions.top) out.push_back({explainSuggestion(s, names, lang), nodesOf(s, view)});
  return out;
}

std::vector<AnalysisEntry> brokerEntries(const ProjectAnalysis& a, const Project&, const ProjectGraph& view,
                                         const ProjectNames& names, Language lang) {
  std::vector<AnalysisEntry> out;
  for (const Broker& broker : a.network.brokers) out.push_back({explainBroker(broker, names, lang), nodesOf(broker, view)});
  return out;
}

constexpr std::array<AnalysisInfo, 6> kAnalyses{{
    {AnalysisId::Coverage,
     "coverage",
     {"Abdeckung", "Coverage"},
     {"Abdeckung: Aktivitäten je Handlungsfeld und Lebensphase", "Coverage: activities per field of action and life phase"},
     {"", ""},
     noEntries},
    {AnalysisId::Gaps, "gaps", {"Lücken", "Gaps"}, {"Lücken", "Gaps"}, {"Keine Lücken gefunden.", "No gaps found."}, gapEntries},
    {AnalysisId::Chains,
     "chains",
     {"Förderketten", "Support chains"},
     {"Förderketten", "Support chains"},
     {"Keine Brüche in den Förderketten.", "No breaks in the support chains."},
     chainEntries},
    {AnalysisId::Overlaps,
     "overlaps",
     {"Überschneidungen", "Overlaps"},
     {"Überschneidungen", "Overlaps"},
     {"Keine Überschneidungen ohne Kooperation gefunden.", "No overlaps without cooperation found."},
     overlapEntries},
    {AnalysisId::Suggestions,
     "suggestions",
     {"Kooperationschancen", "Cooperation chances"},
     {"Kooperationschancen", "Cooperation opportunities"},
     {"Keine Vorschläge: alle Akteure mit gemeinsamen Zielen kooperieren schon.",
      "No suggestions: all actors with common goals already cooperate."},
     suggestionEntries},
    {AnalysisId::Brokers,
     "brokers",
     {"Mittler", "Brokers"},
     {"Mittler und Netzwerk", "Brokers and network"},
     {"Keine Mittler: niemand liegt zwischen anderen Akteuren.", "No brokers: nobody lies between other actors."},
     brokerEntries},
}};

// analysisInfo() indexes the table by id.
constexpr bool inEnumOrder() {
  for (std::size_t i = 0; i < kAnalyses.size(); ++i)
    if (static_cast<std::size_t>(kAnalyses[i].id) != i) return false;
  return true;
}
static_assert(inEnumOrder(), "kAnalyses must list the analyses in AnalysisId order");

}  // namespace

std::span<const AnalysisInfo> analysisList() { return kAnalyses; }

const AnalysisInfo& analysisInfo(AnalysisId id) { return kAnalyses[static_cast<std::size_t>(id)]; }

const AnalysisInfo* findAnalysis(std::string_view name) {
  for (const AnalysisInfo& info : kAnalyses)
    if (info.name == name) return &info;
  return nullptr;
}

std::string_view inLanguage(const std::string_view (&texts)[2], Language language) {
  return texts[language == Language::English ? 1 : 0];
}

}  // namespace knp
