#include "report/analysis_list.hpp"

#include <algorithm>
#include <array>
#include <iterator>

#include "report/analysis_sentences.hpp"
#include "view/finding_nodes.hpp"

namespace knp {
namespace {

std::vector<AnalysisEntry> noEntries(const ProjectAnalysis&, const Project&, const ProjectGraph&, const ProjectNames&,
                                     Language) {
  return {};
}

// One entry per item of `items` (those `wanted` accepts), explained in words and with the nodes
// it is about.
template <class Items, class Explain, class Nodes, class Wanted>
std::vector<AnalysisEntry> entriesOf(const Items& items, Explain explain, Nodes nodes, Wanted wanted) {
  std::vector<AnalysisEntry> out;
  for (const auto& item : items)
    if (wanted(item)) out.push_back({explain(item), nodes(item)});
  return out;
}
constexpr auto kEvery = [](const auto&) { return true; };

std::vector<AnalysisEntry> gapEntries(const ProjectAnalysis& a, const Project& p, const ProjectGraph& view,
                                      const ProjectNames& names, Language lang) {
  return entriesOf(a.gaps, [&](const Gap& g) { return explainGap(g, names, lang); },
                   [&](const Gap& g) { return nodesOf(g, p, view); }, kEvery);
}

// Only broken chains: an unbroken one needs no attention. Goals first, then fields.
std::vector<AnalysisEntry> chainEntries(const ProjectAnalysis& a, const Project& p, const ProjectGraph& view,
                                        const ProjectNames& names, Language lang) {
  std::vector<AnalysisEntry> out;
  for (const auto* list : {&a.chains.goals, &a.chains.fields}) {
    std::vector<AnalysisEntry> broken =
        entriesOf(*list, [&](const SupportChain& c) { return describeChain(c, names, lang); },
                  [&](const SupportChain& c) { return nodesOf(c, p, view); },
                  [](const SupportChain& c) { return c.breaks > 0; });
    std::move(broken.begin(), broken.end(), std::back_inserter(out));
  }
  return out;
}

std::vector<AnalysisEntry> overlapEntries(const ProjectAnalysis& a, const Project& p, const ProjectGraph& view,
                                          const ProjectNames& names, Language lang) {
  return entriesOf(a.overlaps.overlaps, [&](const Overlap& o) { return explainOverlap(o, names, lang); },
                   [&](const Overlap& o) { return nodesOf(o, p, view); }, kEvery);
}

std::vector<AnalysisEntry> suggestionEntries(const ProjectAnalysis& a, const Project&, const ProjectGraph& view,
                                             const ProjectNames& names, Language lang) {
  return entriesOf(a.suggestions.top, [&](const CooperationSuggestion& c) { return explainSuggestion(c, names, lang); },
                   [&](const CooperationSuggestion& c) { return nodesOf(c, view); }, kEvery);
}

std::vector<AnalysisEntry> brokerEntries(const ProjectAnalysis& a, const Project&, const ProjectGraph& view,
                                         const ProjectNames& names, Language lang) {
  return entriesOf(a.network.brokers, [&](const Broker& b) { return explainBroker(b, names, lang); },
                   [&](const Broker& b) { return nodesOf(b, view); }, kEvery);
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

std::string analysisNames() {
  std::string names;
  for (const AnalysisInfo& info : kAnalyses) names += (names.empty() ? "" : ", ") + std::string(info.name);
  return names;
}

std::string_view inLanguage(const std::string_view (&texts)[2], Language language) {
  return texts[language == Language::English ? 1 : 0];
}

}  // namespace knp
