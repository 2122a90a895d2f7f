#include "report/analysis_sentences.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "text/number_format.hpp"

namespace knp {
namespace {

// The sentence templates, one table per language. Placeholders are filled in order.
struct Sentences {
  std::string_view unservedGoal, fragileGoal, uncoveredPhase, emptyCell, actorWithoutActivity, isolatedActor,
      isolatedActorWithActivities;
  std::string_view chainNothing, chainBreak, chainSummary;
  std::string_view overlapOne, overlapMany, crowded;
  std::string_view suggestionHandover, suggestionShared, suggestionSharedNoPhase;
  std::string_view brokerTop, brokerCut, brokerTopAndCut;
  std::string_view andWord;
  std::string_view oneActivity, activities, ownOneActivity, ownActivities;
};

constexpr Sentences kGerman{
    "Keine Aktivität arbeitet auf „{}“ ({}) hin, weder direkt noch über ein Teilziel.",
    "„{}“ hängt allein an {} ({}); fällt dieser Akteur aus, verfolgt niemand mehr das Ziel.",
    "Für die Lebensphase {} gibt es keine einzige Aktivität.",
    "Im Handlungsfeld {} gibt es keine Aktivität für {}, obwohl das Feld Ziele hat.",
    "{} ist weder Träger noch Partner einer Aktivität.",
    "{} kooperiert mit niemandem und teilt keine Aktivität mit anderen Akteuren.",
    "{} kooperiert mit niemandem; {} ohne Partner.",
    "{}: keine Lebensphase abgedeckt",
    "✗ (Bruch)",
    "{} von {} Phasen ({:.0f} %)",
    "{} („{}“) und {} („{}“) arbeiten beide an „{}“ für {} im Feld {}, ohne miteinander zu kooperieren.",
    "{} und {} machen in {} Aktivitätspaaren Ähnliches – beide arbeiten an {} für {} –, ohne miteinander zu kooperieren.",
    "Gedränge: {} Aktivitäten von {} Trägern arbeiten im Feld {} an „{}“ für {} – zu viele für einen paarweisen "
    "Vergleich; hier lohnt ein Austauschtreffen.",
    "Beide arbeiten an „{}“; {} ist in der Phase {} tätig, {} in der nächsten Phase ({}): Partner in einer Förderkette.",
    "Beide arbeiten an {} für {} und kooperieren noch nicht.",
    "Beide arbeiten an {} und kooperieren noch nicht.",
    "{} liegt auf vielen kürzesten Wegen zwischen anderen Akteuren (Betweenness {}, Rang {}).",
    "Ohne {} zerfällt dieser Teil des Netzes in {} Teile ({} Akteure).",
    "{} liegt auf vielen kürzesten Wegen zwischen anderen Akteuren (Betweenness {}, Rang {}); ohne diesen "
    "Akteur zerfällt dieser Teil des Netzes in {} Teile ({} Akteure).",
    "und",
    "1 Aktivität",
    "{} Aktivitäten",
    "die einzige Aktivität läuft",
    "{} Aktivitäten laufen"};

constexpr Sentences kEnglish{
    "No activity works towards “{}” ({}), neither directly nor through a sub-goal.",
    "“{}” rests on {} alone ({}); if this actor drops out, nobody works on the goal.",
    "No activity addresses the life phase {}.",
    "The field {} has goals but no activity for {}.",
    "{} neither leads nor partners in any activity.",
    "{} cooperates with nobody and shares no activity with other actors.",
    "{} cooperates with nobody; {} without partners.",
    "{}: no life phase covered",
    "✗ (break)",
    "{} of {} phases ({:.0f} %)",
    "{} (“{}”) and {} (“{}”) both work on “{}” for {} in {}, without cooperating.",
    "{} and {} do similar things in {} pairs of activities – both work on {} for {} – without cooperating.",
    "Crowded: {} activities by {} leads work on “{}” for {} in {} – too many to compare in pairs; worth an "
    "exchange meeting.",
    "Both work on “{}”; {} covers {}, {} the next phase ({}): partners in a support chain.",
    "Both work on {} for {} and do not cooperate yet.",
    "Both work on {} and do not cooperate yet.",
    "{} lies on many shortest paths between other actors (betweenness {}, rank {}).",
    "Without {}, this part of the network falls into {} parts ({} actors).",
    "{} lies on many shortest paths between other actors (betweenness {}, rank {}); without it, this part "
    "of the network falls into {} parts ({} actors).",
    "and",
    "1 activity",
    "{} activities",
    "its only activity runs",
    "its {} activities run"};

const Sentences& sentencesFor(Language language) { return language == Language::English ? kEnglish : kGerman; }

// Indicators, their targets and the population behind gaps.
struct IndicatorWords {
  std::string_view status[3];  // TargetStatus order
  std::string_view trend[6];   // Trend order
  std::string_view noValues, latest, target, reached, projected, notReachedBy, oneValue, trendAgainst;
  std::string_view uncoveredPhase, emptyCell, rankingRule;
};

constexpr IndicatorWords kGermanIndicators{
    {"auf Kurs", "nicht auf Kurs", "keine Daten"},
    {"besser", "schlechter", "gleich", "steigend", "fallend", "unbekannt"},
    "keine Werte",
    "{} ({})",
    "Ziel: {} bis {}",
    "Ziel erreicht",
    "fortgeschrieben für {}: {}",
    "bis {} nicht erreicht",
    "nur ein Wert",
    "Trend gegenüber {} ({}): {}",
    "{}: {} der Bevölkerung ({} Menschen), keine Aktivität.",
    "{} × {}: {} der Bevölkerung ({} Menschen), keine Aktivität in diesem Handlungsfeld.",
    "Die Lücken sind nach Bedarf geordnet: die Lücken einer Lebensphase nach ihrem Anteil an der Bevölkerung "
    "({}), der größte zuerst, bei gleichem Anteil die Lebensphase ganz ohne Aktivität vor einem einzelnen "
    "Handlungsfeld; danach die übrigen Lücken nach Art."};

constexpr IndicatorWords kEnglishIndicators{
    {"on track", "off track", "no data"},
    {"better", "worse", "flat", "rising", "falling", "unknown"},
    "no values",
    "{} ({})",
    "Target: {} by {}",
    "target reached",
    "projected for {}: {}",
    "not reached by {}",
    "only one value",
    "Trend against {} ({}): {}",
    "{}: {} of the population ({} people), no activity.",
    "{} × {}: {} of the population ({} people), no activity in this field of action.",
    "Gaps are ranked by need: the gaps of a life phase by its share of the population ({}), largest first, at "
    "equal shares a phase without any activity before a single field of action; then the other gaps by kind."};

const IndicatorWords& indicatorWordsFor(Language language) {
  return language == Language::English ? kEnglishIndicators : kGermanIndicators;
}

// The decimals `value` needs to be shown exactly, at most 6.
int decimalsOf(double value) {
  int digits = 0;
  for (; digits < 6; ++digits) {
    const double scale = std::pow(10.0, digits);
    if (std::abs(std::round(value * scale) / scale - value) <= 1e-9 * std::max(1.0, std::abs(value))) break;
  }
  return digits;
}

// The decimals the indicator's values and target need, at most 6: how exactly to show a
// projection.
int decimalsOf(const Indicator& indicator) {
  int digits = indicator.target ? decimalsOf(indicator.target->value) : 0;
  for (const auto& entry : indicator.values) digits = std::max(digits, decimalsOf(entry.second));
  return digits;
}

std::string quoted(const std::string& text, Language language) {
  return language == Language::English ? "“" + text + "”" : "„" + text + "“";
}

std::string conceptOf(const GoalId& goal, const ProjectNames& names) {
  const Goal* item = names.findGoal(goal);
  return item ? names.concept_(item->conceptId) : std::string("?");
}

// At most `limit` quoted short goal titles, joined.
std::string goalList(const std::vector<GoalId>& goals, const ProjectNames& names, Language language,
                     std::size_t limit = 2) {
  std::vector<std::string> items;
  for (std::size_t i = 0; i < goals.size() && i < limit; ++i) items.push_back(quoted(names.goalShort(goals[i]), language));
  if (goals.size() > limit)
    items.push_back(language == Language::English
                        ? fmt::format("{} more goal{}", goals.size() - limit, goals.size() - limit == 1 ? "" : "s")
                        : fmt::format("{} weiteren Ziel{}", goals.size() - limit, goals.size() - limit == 1 ? "" : "en"));
  return joinNames(items, language);
}

std::string phaseList(const std::vector<LifePhaseId>& phases, const ProjectNames& names, Language language) {
  std::vector<std::string> items;
  for (const LifePhaseId& phase : phases) items.push_back(names.phase(phase));
  return joinNames(items, language);
}

// " (Schwerpunkt 2013)" after a sentence about a goal that is a priority; "" otherwise. The
// sentences end in a full stop or a clause, so the note comes last rather than after the
// name, where it would read like part of the title.
std::string priorityAfter(const GoalId& id, const ProjectNames& names, Language language) {
  const Goal* goal = names.findGoal(id);
  if (!goal || goal->priorityYears.empty()) return {};
  return " (" + priorityNote(*goal, language) + ")";
}

std::string partSizes(const std::vector<std::size_t>& parts) {
  std::string text;
  for (std::size_t i = 0; i < parts.size(); ++i) text += (i ? " + " : "") + std::to_string(parts[i]);
  return text;
}

}  // namespace

std::string decimal(double value, int digits, Language language) {
  std::string text = fmt::format("{:.{}f}", value, digits);
  if (language == Language::German)
    for (char& c : text)
      if (c == '.') c = ',';
  return text;
}

std::string joinNames(const std::vector<std::string>& items, Language language) {
  std::string text;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) text += i + 1 == items.size() ? fmt::format(" {} ", sentencesFor(language).andWord) : ", ";
    text += items[i];
  }
  return text;
}

std::string priorityNote(const Goal& goal, Language language) {
  if (goal.priorityYears.empty()) return {};
  std::string years;
  for (int year : goal.priorityYears) years += (years.empty() ? "" : ", ") + std::to_string(year);
  const bool one = goal.priorityYears.size() == 1;
  if (language == Language::English) return (one ? "priority " : "priorities ") + years;
  return (one ? "Schwerpunkt " : "Schwerpunkte ") + years;
}

std::string explainGap(const Gap& gap, const ProjectNames& names, Language language) {
  const Sentences& s = sentencesFor(language);
  const GoalId goal = gap.goal.value_or(GoalId{});
  const ActorId actor = gap.actor.value_or(ActorId{});
  switch (gap.kind) {
    case GapKind::UnservedGoal:
      return fmt::format(fmt::runtime(s.unservedGoal), names.goalShort(goal), conceptOf(goal, names)) +
             priorityAfter(goal, names, language);
    case GapKind::FragileGoal:
      return fmt::format(fmt::runtime(s.fragileGoal), names.goalShort(goal), names.actor(actor),
                         gap.activities == 1 ? std::string(s.oneActivity)
                                             : fmt::format(fmt::runtime(s.activities), gap.activities)) +
             priorityAfter(goal, names, language);
    case GapKind::UncoveredPhase:
      return fmt::format(fmt::runtime(s.uncoveredPhase), names.phase(gap.phase.value_or(LifePhaseId{})));
    case GapKind::EmptyCell:
      return fmt::format(fmt::runtime(s.emptyCell), names.field(gap.field.value_or(FieldId{})),
                         names.phase(gap.phase.value_or(LifePhaseId{})));
    case GapKind::ActorWithoutActivity: return fmt::format(fmt::runtime(s.actorWithoutActivity), names.actor(actor));
    case GapKind::IsolatedActor:
      return gap.activities == 0
                 ? fmt::format(fmt::runtime(s.isolatedActor), names.actor(actor))
                 : fmt::format(fmt::runtime(s.isolatedActorWithActivities), names.actor(actor),
                               gap.activities == 1 ? std::string(s.ownOneActivity)
                                                   : fmt::format(fmt::runtime(s.ownActivities), gap.activities));
  }
  return {};
}

std::string describeChain(const SupportChain& chain, const ProjectNames& names, Language language) {
  const Sentences& s = sentencesFor(language);
  std::string subject =
      chain.goal ? quoted(names.goalShort(*chain.goal), language) : names.field(chain.field.value_or(FieldId{}));
  if (chain.goal)
    if (const Goal* goal = names.findGoal(*chain.goal); goal && !goal->priorityYears.empty())
      subject += " (" + priorityNote(*goal, language) + ")";
  if (chain.covered == 0) return fmt::format(fmt::runtime(s.chainNothing), subject);
  std::vector<std::string> links;
  for (const ChainLink& link : chain.links) {
    if (link.state == LinkState::Covered) links.push_back(names.phase(link.phase) + " ✓");
    else if (link.state == LinkState::Break) links.push_back(names.phase(link.phase) + " " + std::string(s.chainBreak));
  }
  std::string text = subject + ": ";
  for (std::size_t i = 0; i < links.size(); ++i) text += (i ? ", " : "") + links[i];
  return text + " – " + fmt::format(fmt::runtime(s.chainSummary), chain.covered, chain.span, std::round(chain.ratio * 100));
}

std::string explainOverlap(const Overlap& overlap, const ProjectNames& names, Language language) {
  const Sentences& s = sentencesFor(language);
  if (overlap.pairs.size() == 1) {
    const OverlappingPair& pair = overlap.pairs.front();
    std::vector<std::string> fields;
    for (const FieldId& field : pair.fields) fields.push_back(names.field(field));
    return fmt::format(fmt::runtime(s.overlapOne), names.actor(overlap.first), names.activity(pair.first),
                       names.actor(overlap.second), names.activity(pair.second),
                       names.goalShort(pair.goals.empty() ? GoalId{} : pair.goals.front()),
                       phaseList(pair.phases, names, language), joinNames(fields, language));
  }
  return fmt::format(fmt::runtime(s.overlapMany), names.actor(overlap.first), names.actor(overlap.second),
                     overlap.pairs.size(), goalList(overlap.goals, names, language),
                     phaseList(overlap.phases, names, language));
}

std::string explainCrowded(const CrowdedCell& cell, const ProjectNames& names, Language language) {
  const Sentences& s = sentencesFor(language);
  if (language == Language::English)
    return fmt::format(fmt::runtime(s.crowded), cell.activities, cell.leads, names.goalShort(cell.goal),
                       names.phase(cell.phase), names.field(cell.field));
  return fmt::format(fmt::runtime(s.crowded), cell.activities, cell.leads, names.field(cell.field),
                     names.goalShort(cell.goal), names.phase(cell.phase));
}

std::string explainSuggestion(const CooperationSuggestion& suggestion, const ProjectNames& names, Language language) {
  const Sentences& s = sentencesFor(language);
  if (suggestion.handover) {
    const Handover& h = *suggestion.handover;
    return fmt::format(fmt::runtime(s.suggestionHandover), names.goalShort(h.goal), names.actor(h.earlierActor),
                       names.phase(h.earlierPhase), names.actor(h.laterActor), names.phase(h.laterPhase));
  }
  if (suggestion.sharedPhases.empty())
    return fmt::format(fmt::runtime(s.suggestionSharedNoPhase), goalList(suggestion.sharedGoals, names, language));
  return fmt::format(fmt::runtime(s.suggestionShared), goalList(suggestion.sharedGoals, names, language),
                     phaseList(suggestion.sharedPhases, names, language));
}

std::string explainBroker(const Broker& broker, const ProjectNames& names, Language language) {
  const Sentences& s = sentencesFor(language);
  const std::string& actor = names.actor(broker.actor);
  switch (broker.reason) {
    case BrokerReason::TopBetweenness: return fmt::format(fmt::runtime(s.brokerTop), actor, decimal(broker.betweenness, 1, language), broker.rank);
    case BrokerReason::CutVertex:
      return fmt::format(fmt::runtime(s.brokerCut), actor, broker.partsWithout.size(), partSizes(broker.partsWithout));
    case BrokerReason::Both: break;
  }
  return fmt::format(fmt::runtime(s.brokerTopAndCut), actor, decimal(broker.betweenness, 1, language), broker.rank,
                     broker.partsWithout.size(), partSizes(broker.partsWithout));
}

std::string explainRankedGap(const RankedGap& gap, const ProjectNames& names, Language language) {
  const bool aboutPhase = gap.gap.kind == GapKind::UncoveredPhase || gap.gap.kind == GapKind::EmptyCell;
  if (!aboutPhase || !gap.share || !gap.people) return explainGap(gap.gap, names, language);
  const IndicatorWords& w = indicatorWordsFor(language);
  const std::string phase = names.phase(gap.gap.phase.value_or(LifePhaseId{}));
  const std::string share = formatPercent(*gap.share, language), people = formatNumber(*gap.people, language);
  if (gap.gap.kind == GapKind::UncoveredPhase) return fmt::format(fmt::runtime(w.uncoveredPhase), phase, share, people);
  return fmt::format(fmt::runtime(w.emptyCell), names.field(gap.gap.field.value_or(FieldId{})), phase, share, people);
}

std::string needRankingRule(int populationYear, Language language) {
  return fmt::format(fmt::runtime(indicatorWordsFor(language).rankingRule), populationYear);
}

std::string_view statusLabel(TargetStatus status, Language language) {
  return indicatorWordsFor(language).status[static_cast<std::size_t>(status)];
}

std::string_view trendLabel(Trend trend, Language language) {
  return indicatorWordsFor(language).trend[static_cast<std::size_t>(trend)];
}

std::string indicatorValue(double value, const Indicator& indicator, Language language, int maxDecimals) {
  std::string text = formatNumber(value, language, maxDecimals);
  if (indicator.unit.find_first_not_of(" \t") != std::string::npos) text += " " + indicator.unit;
  return text;
}

std::string describeTarget(const Indicator& indicator, const IndicatorProgress& progress, Language language) {
  if (!indicator.target) return {};
  const IndicatorWords& w = indicatorWordsFor(language);
  const IndicatorTarget& target = *indicator.target;
  std::string text = fmt::format(fmt::runtime(w.target), indicatorValue(target.value, indicator, language), target.year);
  text += " – " + std::string(statusLabel(progress.status, language));
  std::string why;
  if (progress.reached)
    why = w.reached;
  else if (!progress.latest)
    why = w.noValues;
  else if (progress.status == TargetStatus::NoData && !progress.previous)
    why = w.oneValue;
  else if (progress.latestYear && *progress.latestYear >= target.year)
    why = fmt::format(fmt::runtime(w.notReachedBy), target.year);
  else if (progress.projected)
    why = fmt::format(fmt::runtime(w.projected), target.year,
                      indicatorValue(*progress.projected, indicator, language, decimalsOf(indicator)));
  if (!why.empty()) text += " (" + why + ")";
  if (progress.trend != Trend::Unknown && progress.previousYear && progress.previous)
    text += "; " + fmt::format(fmt::runtime(w.trendAgainst), *progress.previousYear,
                               indicatorValue(*progress.previous, indicator, language), trendLabel(progress.trend, language));
  return text;
}

std::string describeIndicatorProgress(const Indicator& indicator, const IndicatorProgress& progress,
                                      Language language) {
  const IndicatorWords& w = indicatorWordsFor(language);
  const bool named = indicator.name.find_first_not_of(" \t") != std::string::npos;
  std::string text = (named ? indicator.name : indicator.id.value) + ": ";
  if (progress.latest && progress.latestYear)
    text += fmt::format(fmt::runtime(w.latest), indicatorValue(*progress.latest, indicator, language), *progress.latestYear);
  else
    text += w.noValues;
  if (indicator.target) text += "; " + describeTarget(indicator, progress, language);
  return text;
}

}  // namespace knp
