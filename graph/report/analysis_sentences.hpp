#pragma once
// One sentence per analysis finding, in German or English: what the workshop reads next to a
// gap, a support chain, an overlap, a suggestion or a broker. Names come from the project;
// unknown ids are shown as they are.
#include <string>

#include "analysis/cooperation_suggestions.hpp"
#include "analysis/gaps.hpp"
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

// `value` with `digits` decimals and the language's decimal mark: "0,75" / "0.75".
std::string decimal(double value, int digits, Language language);

// "a, b und c" / "a, b and c"; empty for an empty list.
std::string joinNames(const std::vector<std::string>& items, Language language);

}  // namespace knp
