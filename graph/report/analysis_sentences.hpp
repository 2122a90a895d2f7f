#pragma once
// One sentence per analysis finding, in German or English: what the workshop reads next to a
// gap, a support chain, an overlap, a suggestion or a broker. Names come from the project;
// unknown ids are shown as they are.
#include <string>

#include "analysis/cooperation_suggestions.hpp"
#include "analysis/gaps.hpp"
#include "analysis/indicator_progress.hpp"
#include "analysis/network.hpp"
#include "analysis/overlaps.hpp"
#include "analysis/support_chains.hpp"
#include "report/project_names.hpp"
#include "text/language.hpp"

namespace knp {

// A goal's gap (unserved, fragile) ends with the years it is a priority for: "… (Schwerpunkt 2013)".
std::string explainGap(const Gap& gap, const ProjectNames& names, Language language);

// "Schwerpunkt 2013" / "Schwerpunkte 2013, 2014" ("priority 2013" / "priorities 2013, 2014"):
// the years of goal.priorityYears, agreed at conferences; "" when it has none. O(years).
std::string priorityNote(const Goal& goal, Language language);

// "Sprache: Kita ✓, Grundschule ✓, Jugend ✗ (Bruch), Übergang ✓ – 3 von 4 Phasen (75 %)".
// Lists the phases from the first to the last covered one; "nothing covered" when empty. A
// goal that is a priority says so after its name: "„Sprache“ (Schwerpunkt 2013): …".
std::string describeChain(const SupportChain& chain, const ProjectNames& names, Language language);

std::string explainOverlap(const Overlap& overlap, const ProjectNames& names, Language language);
std::string explainCrowded(const CrowdedCell& cell, const ProjectNames& names, Language language);
std::string explainSuggestion(const CooperationSuggestion& suggestion, const ProjectNames& names, Language language);
std::string explainBroker(const Broker& broker, const ProjectNames& names, Language language);

// A gap with the population of its life phase (rankGapsByNeed). With a share: "Alter (65+):
// 23 % der Bevölkerung (12.910 Menschen), keine Aktivität." for a phase without activity,
// "Wohnen × Jugend (10–18): 6 % der Bevölkerung (3150 Menschen), keine Aktivität in diesem
// Handlungsfeld." for an empty cell; any other gap, or one without a share, as explainGap.
std::string explainRankedGap(const RankedGap& gap, const ProjectNames& names, Language language);

// The one sentence that states how rankGapsByNeed orders gaps, naming the population's year:
// "Die Lücken sind nach Bedarf geordnet: …" / "Gaps are ranked by need: …". O(1).
std::string needRankingRule(int populationYear, Language language);

// "auf Kurs", "nicht auf Kurs", "keine Daten" / "on track", "off track", "no data". O(1).
std::string_view statusLabel(TargetStatus status, Language language);

// "besser", "schlechter", "gleich", "steigend", "fallend", "unbekannt" / "better", "worse",
// "flat", "rising", "falling", "unknown". O(1).
std::string_view trendLabel(Trend trend, Language language);

// An indicator's value with its unit, "9,9 %" / "96 Anzahl": the language's number format
// (text/number_format.hpp) with at most `maxDecimals` decimals. O(1).
std::string indicatorValue(double value, const Indicator& indicator, Language language, int maxDecimals = 6);

// The target, its status and the trend of `progress` (assessIndicator of `indicator`) in words:
// "Ziel: 7 % bis 2016 – nicht auf Kurs (fortgeschrieben für 2016: 7,3 %); Trend gegenüber 2012
// (9,6 %): schlechter". The status says why: the target reached, the projection to the target
// year (with as many decimals as the values and the target have, at most 6), the target year come without
// reaching it, or what data is missing. The trend part is left out while it is Unknown. ""
// when the indicator has no target. O(values).
std::string describeTarget(const Indicator& indicator, const IndicatorProgress& progress, Language language);

// The indicator's name (its id when blank), latest value and year, then describeTarget when it
// has a target: "Einbürgerungen: 96 Anzahl (2013); Ziel: 105 Anzahl bis 2015 – auf Kurs …";
// "…: keine Werte" without a value up to the year assessed. O(values).
std::string describeIndicatorProgress(const Indicator& indicator, const IndicatorProgress& progress,
                                      Language language);

// `value` with `digits` decimals and the language's decimal mark: "0,75" / "0.75".
std::string decimal(double value, int digits, Language language);

// "a, b und c" / "a, b and c"; empty for an empty list.
std::string joinNames(const std::vector<std::string>& items, Language language);

}  // namespace knp
