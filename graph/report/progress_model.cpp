#include "report/progress_model.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "analysis/coverage.hpp"
#include "analysis/gaps.hpp"
#include "analysis/indicator_progress.hpp"
#include "analysis/support_chains.hpp"
#include "conference/conference_dates.hpp"
#include "diff/project_diff.hpp"
#include "edit/item_kind.hpp"
#include "report/analysis_sentences.hpp"
#include "report/project_names.hpp"
#include "text/labels.hpp"
#include "text/number_format.hpp"

namespace knp {
namespace {

// Fixed texts, one table per language. "then" / "now" in the comments: the states' names.
struct Words {
  std::string_view report, compared, comparedNoYears, counted, anyStatus, inYear;
  std::string_view thenWord, nowWord, thenTitle, nowTitle, yearPhrase;
  std::string_view numbers, change, actors, activities, cooperations, goalsServed, cellsFilled, gaps, ofTotal;
  std::string_view added, removed, changed, nothingChanged, newActivities, gone;
  std::string_view kindOne[8], kindMany[8];  // ItemKind order
  std::string_view closed, closedLead, noneClosed, opened, openedLead, noneOpened;
  std::string_view open, byNeed, noPopulation, noneOpen, rank, gap, people, share, moreGaps;
  std::string_view chains, mended, noneMended, broken, noneBroken, breaksThen, breakOne, breakMany, breakNone;
  std::string_view cooperationsTitle, begun, noneBegun, ended, noneEnded, takenUp, takenUpLead, noneTakenUp, score;
  std::string_view indicators, noIndicators, towards, away, better, worse, up, down, same, isNew;
  std::string_view target, higherIsBetter, lowerIsBetter, noTarget, assessment, reached, onTrack, offTrack, late,
      tooFew, projection, population, phase;
  std::string_view coverage, coverageLead, cellsChanged, cellsUnchanged, cellOne, cellMany, heatThen, heatNow,
      heatNowNoYear, corner;
  std::string_view goalCards, goalCardsLead, year, trendOnly, cardActivities, cardActors;
};

constexpr Words kGerman{
    "Entwicklungsbericht",
    "Vergleich des Stands {} mit dem Stand {}",
    "Vergleich eines früheren Stands mit dem aktuellen",
    "Gezählt: Aktivitäten mit Status {}{}.",
    "jeder Art",
    "; im Jahr {}",
    "vorher",
    "jetzt",
    "Vorher",
    "Jetzt",
    "{}",
    "Das Jahr in Zahlen",
    "Veränderung",
    "Akteure",
    "Aktivitäten (gezählt)",
    "Kooperationen",
    "Ziele mit Aktivität",
    "Handlungsfeld × Lebensphase mit Aktivität",
    "Lücken",
    "{} von {}",
    "Neu angelegt: {}.",
    "Entfernt: {}.",
    "Geändert: {}.",
    "Zwischen den beiden Ständen wurde nichts angelegt, entfernt oder geändert.",
    "Neue Aktivitäten ({})",
    "Nicht mehr vorhanden ({})",
    {"Handlungsfeld", "Lebensphase", "Konzept", "Ziel", "Akteur", "Aktivität", "Kooperation", "Kennzahl"},
    {"Handlungsfelder", "Lebensphasen", "Konzepte", "Ziele", "Akteure", "Aktivitäten", "Kooperationen", "Kennzahlen"},
    "Geschlossen ({})",
    "Diese Lücken bestanden {} und sind {} geschlossen:",
    "Keine Lücke wurde geschlossen.",
    "Neu entstanden ({})",
    "Diese Lücken gab es {} noch nicht:",
    "Keine Lücke ist neu entstanden.",
    "Noch offen, nach Bedarf ({})",
    "Lücken einer Lebensphase stehen nach ihrem Anteil an der Bevölkerung {} vorn (Kennzahlen der Art "
    "Bevölkerung); die übrigen folgen in der Reihenfolge der Analyse.",
    "Ohne Bevölkerungszahlen je Lebensphase (Kennzahlen der Art Bevölkerung) stehen die Lücken in der "
    "Reihenfolge der Analyse.",
    "Es ist keine Lücke offen.",
    "Nr.",
    "Lücke",
    "Menschen",
    "Anteil",
    "Dazu kommen {} weitere Lücken.",
    "Förderketten",
    "Wieder durchgehend ({})",
    "Keine Förderkette ist wieder durchgehend.",
    "Neu unterbrochen ({})",
    "Keine Förderkette ist neu unterbrochen.",
    "{}: {}",
    "1 Bruch",
    "{} Brüche",
    "kein Bruch",
    "Kooperationen",
    "Begonnen ({})",
    "Keine Kooperation hat begonnen.",
    "Beendet ({})",
    "Keine Kooperation ist beendet.",
    "Aufgegriffene Vorschläge ({})",
    "Diese Paare hatte die Analyse {} vorgeschlagen; sie arbeiten {} zusammen:",
    "Keiner der Kooperationsvorschläge wurde aufgegriffen.",
    "Wert",
    "Kennzahlen",
    "Keine Kennzahl hat Werte.",
    "auf das Ziel zu",
    "vom Ziel weg",
    "besser",
    "schlechter",
    "gestiegen",
    "gesunken",
    "unverändert",
    "neu",
    "Ziel: {} bis {}",
    "höher ist besser",
    "niedriger ist besser",
    "ohne Zielwert",
    "Einschätzung: {}",
    "erreicht",
    "auf Kurs",
    "nicht auf Kurs",
    "bis {} nicht erreicht",
    "zu wenige Werte für eine Aussage",
    "Hochrechnung für {}: {}",
    "Bevölkerung nach Lebensphasen {}",
    "Lebensphase",
    "Abdeckung: Handlungsfeld × Lebensphase",
    "Aktivitäten je Handlungsfeld und Lebensphase.",
    "Neu belegt: {}; leer geworden: {}.",
    "Keine Zelle wurde neu belegt oder leer.",
    "1 Zelle",
    "{} Zellen",
    "Stand {}",
    "Stand {}, mit Veränderung",
    "Jetzt, mit Veränderung",
    "Handlungsfeld",
    "Woran merken wir es?",
    "Für jedes Ziel mit Kennzahlen: die Kennzahlen und die Aktivitäten und Akteure, die ihm dienen, je Jahr.",
    "Jahr",
    "{}; Trend: {}",
    "Aktivitäten",
    "Akteure"};

constexpr Words kEnglish{
    "Progress report",
    "The state of {} compared with that of {}",
    "An earlier state compared with the current one",
    "Counted: activities with status {}{}.",
    "any",
    "; in the year {}",
    "before",
    "now",
    "Before",
    "Now",
    "in {}",
    "The year in numbers",
    "Change",
    "Actors",
    "Activities (counted)",
    "Cooperations",
    "Goals served",
    "Field × life phase with activity",
    "Gaps",
    "{} of {}",
    "Added: {}.",
    "Removed: {}.",
    "Changed: {}.",
    "Nothing was added, removed or changed between the two states.",
    "New activities ({})",
    "No longer there ({})",
    {"field of action", "life phase", "concept", "goal", "actor", "activity", "cooperation", "indicator"},
    {"fields of action", "life phases", "concepts", "goals", "actors", "activities", "cooperations", "indicators"},
    "Closed ({})",
    "These gaps existed {} and are closed {}:",
    "No gap was closed.",
    "New ({})",
    "These gaps did not exist {}:",
    "No new gap appeared.",
    "Still open, by need ({})",
    "Gaps of a life phase come first, by the phase's share of the population {} (population indicators); the "
    "others follow in the analysis's order.",
    "Without population figures per life phase (population indicators) the gaps keep the analysis's order.",
    "No gap is open.",
    "No.",
    "Gap",
    "People",
    "Share",
    "{} more gaps are not listed here.",
    "Support chains",
    "Mended ({})",
    "No support chain was mended.",
    "Broken ({})",
    "No support chain broke.",
    "{}: {}",
    "1 break",
    "{} breaks",
    "no break",
    "Cooperations",
    "Begun ({})",
    "No cooperation began.",
    "Ended ({})",
    "No cooperation ended.",
    "Suggestions taken up ({})",
    "The analysis suggested these pairs {}; they work together {}:",
    "None of the cooperation suggestions was taken up.",
    "score",
    "Indicators",
    "No indicator has values.",
    "towards the target",
    "away from the target",
    "better",
    "worse",
    "up",
    "down",
    "unchanged",
    "new",
    "Target: {} by {}",
    "higher is better",
    "lower is better",
    "no target",
    "Assessment: {}",
    "reached",
    "on track",
    "off track",
    "not reached by {}",
    "too few values to judge",
    "projected for {}: {}",
    "Population by life phase {}",
    "Life phase",
    "Coverage: field of action × life phase",
    "Activities per field of action and life phase.",
    "Newly filled: {}; emptied: {}.",
    "No cell was filled or emptied.",
    "1 cell",
    "{} cells",
    "As of {}",
    "As of {}, with the change",
    "Now, with the change",
    "Field of action",
    "How will we notice?",
    "For each goal with indicators: the indicators and the activities and actors serving it, by year.",
    "Year",
    "{}; trend: {}",
    "Activities",
    "Actors"};

std::size_t countedActivities(const Project& p, const ActivityFilter& filter) {
  return static_cast<std::size_t>(
      std::count_if(p.activities.begin(), p.activities.end(), [&](const Activity& a) { return accepts(filter, a); }));
}

std::size_t servedGoals(const Coverage& coverage) {
  return static_cast<std::size_t>(std::count_if(coverage.goals.begin(), coverage.goals.end(),
                                                [](const GoalCoverage& goal) { return !goal.activities.empty(); }));
}

std::size_t cellsWithActivity(const Coverage& coverage) {
  return static_cast<std::size_t>(std::count_if(coverage.cells.begin(), coverage.cells.end(),
                                                [](const CoverageCell& cell) { return !cell.activities.empty(); }));
}

// Everything read from one state.
struct State {
  const Project& project;
  ProjectNames names;
  Coverage coverage;
  std::vector<Gap> gaps;
  SupportChains chains;

  State(const Project& p, const ActivityFilter& filter)
      : project(p),
        names(p),
        coverage(computeCoverage(p, filter)),
        gaps(findGaps(p, filter)),
        chains(computeSupportChains(p, filter)) {}
};

class Builder {
 public:
  Builder(const Project& before, const Project& after, const ProgressOptions& options)
      : m_options(options),
        m_language(options.language),
        m_w(options.language == Language::English ? kEnglish : kGerman),
        m_then(before, options.filter),
        m_now(after, options.filter),
        m_diff(diffProjects(before, after, DiffOptions{options.filter})) {
    m_thenYear = options.beforeYear ? options.beforeYear : stateYear(before);
    m_nowYear = options.afterYear ? options.afterYear : stateYear(after);
    if (m_thenYear && m_nowYear && *m_thenYear == *m_nowYear) m_thenYear = m_nowYear = std::nullopt;
  }

  ProtocolDocument build() {
    ProtocolDocument doc;
    doc.language = m_language;
    doc.title = m_now.project.title.empty() ? std::string(m_w.report) : m_now.project.title;
    doc.subtitle.push_back(std::string(m_w.report));
    doc.subtitle.push_back(m_thenYear && m_nowYear ? fmt::format(fmt::runtime(m_w.compared), *m_thenYear, *m_nowYear)
                                                   : std::string(m_w.comparedNoYears));
    std::vector<std::string> statuses;
    for (ActivityStatus status : m_options.filter.statuses) statuses.push_back(std::string(label(status, m_language)));
    doc.subtitle.push_back(fmt::format(
        fmt::runtime(m_w.counted), statuses.empty() ? std::string(m_w.anyStatus) : joinNames(statuses, m_language),
        m_options.filter.year ? fmt::format(fmt::runtime(m_w.inYear), *m_options.filter.year) : std::string()));
    numbers();
    gaps();
    chains();
    cooperations();
    indicators();
    goalCards();
    coverage();
    doc.blocks = std::move(m_blocks);
    return doc;
  }

 private:
  // "2012" / "Vorher": a column or heading; "2012" / "vorher" (English "in 2012" / "before"):
  // inside a sentence.
  std::string title(const std::optional<int>& year, std::string_view without) const {
    return year ? std::to_string(*year) : std::string(without);
  }
  std::string phrase(const std::optional<int>& year, std::string_view without) const {
    return year ? fmt::format(fmt::runtime(m_w.yearPhrase), *year) : std::string(without);
  }
  std::string thenTitle() const { return title(m_thenYear, m_w.thenTitle); }
  std::string nowTitle() const { return title(m_nowYear, m_w.nowTitle); }
  std::string thenPhrase() const { return phrase(m_thenYear, m_w.thenWord); }
  std::string nowPhrase() const { return phrase(m_nowYear, m_w.nowWord); }

  std::string counted(std::size_t count, ItemKind kind) const {
    const auto k = static_cast<std::size_t>(kind);
    return fmt::format("{} {}", count, count == 1 ? m_w.kindOne[k] : m_w.kindMany[k]);
  }

  // "16 Aktivitäten und 4 Kooperationen": the items counted by kind, in kind order.
  std::string countByKind(const std::vector<ItemChange>& changes) const {
    std::map<ItemKind, std::size_t> counts;
    for (const ItemChange& change : changes) ++counts[change.item.kind];
    std::vector<std::string> parts;
    for (const auto& [kind, count] : counts) parts.push_back(counted(count, kind));
    return joinNames(parts, m_language);
  }

  std::string kindName(ItemKind kind) const {
    std::string name(m_w.kindOne[static_cast<std::size_t>(kind)]);
    if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
    return name;
  }

  void numbers() {
    m_blocks.push_back(headingBlock(2, std::string(m_w.numbers)));
    ProtocolBlock table;
    table.kind = ProtocolBlockKind::Table;
    table.header = {"", thenTitle(), nowTitle(), std::string(m_w.change)};
    table.align = {ColumnAlign::Left, ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Right};
    auto row = [&](std::string_view name, std::size_t then, std::size_t now, std::optional<std::size_t> thenOf = {},
                   std::optional<std::size_t> nowOf = {}) {
      auto cell = [&](std::size_t value, std::optional<std::size_t> of) {
        return of ? fmt::format(fmt::runtime(m_w.ofTotal), value, *of) : std::to_string(value);
      };
      table.rows.push_back({std::string(name), cell(then, thenOf), cell(now, nowOf),
                            formatChange(static_cast<long long>(now) - static_cast<long long>(then))});
    };
    const Project& a = m_then.project;
    const Project& b = m_now.project;
    row(m_w.actors, a.actors.size(), b.actors.size());
    row(m_w.activities, countedActivities(a, m_options.filter), countedActivities(b, m_options.filter));
    row(m_w.cooperations, a.cooperations.size(), b.cooperations.size());
    row(m_w.goalsServed, servedGoals(m_then.coverage), servedGoals(m_now.coverage), a.goals.size(), b.goals.size());
    row(m_w.cellsFilled, cellsWithActivity(m_then.coverage), cellsWithActivity(m_now.coverage),
        m_then.coverage.cells.size(), m_now.coverage.cells.size());
    row(m_w.gaps, m_then.gaps.size(), m_now.gaps.size());
    m_blocks.push_back(std::move(table));

    std::vector<std::string> sentences;
    if (!m_diff.added.empty()) sentences.push_back(fmt::format(fmt::runtime(m_w.added), countByKind(m_diff.added)));
    if (!m_diff.removed.empty())
      sentences.push_back(fmt::format(fmt::runtime(m_w.removed), countByKind(m_diff.removed)));
    if (!m_diff.changed.empty())
      sentences.push_back(fmt::format(fmt::runtime(m_w.changed), countByKind(m_diff.changed)));
    std::string text;
    for (const std::string& sentence : sentences) text += (text.empty() ? "" : " ") + sentence;
    m_blocks.push_back(paragraphBlock(text.empty() ? std::string(m_w.nothingChanged) : text));

    std::vector<std::string> created;
    for (const ItemChange& change : m_diff.added) {
      if (change.item.kind != ItemKind::Activity) continue;
      const Activity* activity = findActivity(b, ActivityId(change.item.id));
      const std::string lead = activity ? m_now.names.actor(activity->lead) : std::string();
      created.push_back(lead.empty() ? change.name : fmt::format("{} ({})", change.name, lead));
    }
    if (!created.empty()) {
      m_blocks.push_back(headingBlock(3, fmt::format(fmt::runtime(m_w.newActivities), created.size())));
      m_blocks.push_back(listBlock(std::move(created)));
    }
    std::vector<std::string> gone;
    for (const ItemChange& change : m_diff.removed)
      gone.push_back(fmt::format("{}: {}", kindName(change.item.kind), change.name));
    if (!gone.empty()) {
      m_blocks.push_back(headingBlock(3, fmt::format(fmt::runtime(m_w.gone), gone.size())));
      m_blocks.push_back(listBlock(std::move(gone)));
    }
  }

  void gaps() {
    m_blocks.push_back(headingBlock(2, std::string(m_w.gaps)));
    m_blocks.push_back(headingBlock(3, fmt::format(fmt::runtime(m_w.closed), m_diff.gapsClosed.size())));
    if (m_diff.gapsClosed.empty()) {
      m_blocks.push_back(paragraphBlock(std::string(m_w.noneClosed)));
    } else {
      m_blocks.push_back(paragraphBlock(fmt::format(fmt::runtime(m_w.closedLead), thenPhrase(), nowPhrase())));
      std::vector<std::string> items;
      for (const Gap& gap : m_diff.gapsClosed) items.push_back(explainGap(gap, m_then.names, m_language));
      m_blocks.push_back(listBlock(std::move(items)));
    }
    m_blocks.push_back(headingBlock(3, fmt::format(fmt::runtime(m_w.opened), m_diff.gapsOpened.size())));
    if (m_diff.gapsOpened.empty()) {
      m_blocks.push_back(paragraphBlock(std::string(m_w.noneOpened)));
    } else {
      m_blocks.push_back(paragraphBlock(fmt::format(fmt::runtime(m_w.openedLead), thenPhrase())));
      std::vector<std::string> items;
      for (const Gap& gap : m_diff.gapsOpened) items.push_back(explainGap(gap, m_now.names, m_language));
      m_blocks.push_back(listBlock(std::move(items)));
    }

    m_blocks.push_back(headingBlock(3, fmt::format(fmt::runtime(m_w.open), m_now.gaps.size())));
    if (m_now.gaps.empty()) {
      m_blocks.push_back(paragraphBlock(std::string(m_w.noneOpen)));
      return;
    }
    const Population population = phasePopulation(m_now.project);
    m_blocks.push_back(paragraphBlock(population.year ? fmt::format(fmt::runtime(m_w.byNeed), phrase(population.year, ""))
                                                 : std::string(m_w.noPopulation)));
    const std::vector<RankedGap> ranked = rankGapsByNeed(m_now.gaps, population);
    const std::size_t shown = m_options.openGaps == 0 ? ranked.size() : std::min(ranked.size(), m_options.openGaps);
    ProtocolBlock table;
    table.kind = ProtocolBlockKind::Table;
    table.header = {std::string(m_w.rank), std::string(m_w.gap), std::string(m_w.people), std::string(m_w.share)};
    table.align = {ColumnAlign::Right, ColumnAlign::Left, ColumnAlign::Right, ColumnAlign::Right};
    for (std::size_t i = 0; i < shown; ++i) {
      const RankedGap& r = ranked[i];
      table.rows.push_back({std::to_string(i + 1), explainGap(r.gap, m_now.names, m_language),
                            r.people ? formatNumber(*r.people, m_language) : "–",
                            r.share ? formatPercent(*r.share, m_language) : "–"});
    }
    m_blocks.push_back(std::move(table));
    if (shown < ranked.size())
      m_blocks.push_back(paragraphBlock(fmt::format(fmt::runtime(m_w.moreGaps), ranked.size() - shown)));
  }

  std::string breaks(std::size_t count) const {
    if (count == 0) return std::string(m_w.breakNone);
    return count == 1 ? std::string(m_w.breakOne) : fmt::format(fmt::runtime(m_w.breakMany), count);
  }

  // The chain as it is now, with its breaks then.
  std::string chainLine(const ChainChange& change) const {
    const std::vector<SupportChain>& chains = change.goal ? m_now.chains.goals : m_now.chains.fields;
    std::string described;
    for (const SupportChain& chain : chains)
      if (chain.goal == change.goal && chain.field == change.field)
        described = describeChain(chain, m_now.names, m_language);
    if (described.empty())  // not in the state of now: named only
      described =
          change.goal ? m_now.names.goalShort(*change.goal) : m_now.names.field(change.field.value_or(FieldId{}));
    return fmt::format("{} ({})", described,
                       fmt::format(fmt::runtime(m_w.breaksThen), thenTitle(), breaks(change.breaksBefore)));
  }

  void chains() {
    m_blocks.push_back(headingBlock(2, std::string(m_w.chains)));
    for (const auto& [changes, title, none] : {std::tuple{&m_diff.chainsMended, m_w.mended, m_w.noneMended},
                                               std::tuple{&m_diff.chainsBroken, m_w.broken, m_w.noneBroken}}) {
      m_blocks.push_back(headingBlock(3, fmt::format(fmt::runtime(title), changes->size())));
      if (changes->empty()) {
        m_blocks.push_back(paragraphBlock(std::string(none)));
        continue;
      }
      std::vector<std::string> items;
      for (const ChainChange& change : *changes) items.push_back(chainLine(change));
      m_blocks.push_back(listBlock(std::move(items)));
    }
  }

  void cooperations() {
    m_blocks.push_back(headingBlock(2, std::string(m_w.cooperationsTitle)));
    auto pairs = [&](const std::vector<PairChange>& changes, std::string_view title, std::string_view none,
                     const ProjectNames& names) {
      m_blocks.push_back(headingBlock(3, fmt::format(fmt::runtime(title), changes.size())));
      if (changes.empty()) {
        m_blocks.push_back(paragraphBlock(std::string(none)));
        return;
      }
      std::vector<std::string> items;
      for (const PairChange& pair : changes)
        items.push_back(fmt::format("{} ↔ {}", names.actor(pair.first), names.actor(pair.second)));
      m_blocks.push_back(listBlock(std::move(items)));
    };
    pairs(m_diff.cooperationsBegun, m_w.begun, m_w.noneBegun, m_now.names);
    pairs(m_diff.cooperationsEnded, m_w.ended, m_w.noneEnded, m_then.names);
    m_blocks.push_back(headingBlock(3, fmt::format(fmt::runtime(m_w.takenUp), m_diff.suggestionsTakenUp.size())));
    if (m_diff.suggestionsTakenUp.empty()) {
      m_blocks.push_back(paragraphBlock(std::string(m_w.noneTakenUp)));
      return;
    }
    m_blocks.push_back(paragraphBlock(fmt::format(fmt::runtime(m_w.takenUpLead), thenPhrase(), nowPhrase())));
    std::vector<std::string> items;
    for (const CooperationSuggestion& s : m_diff.suggestionsTakenUp)
      items.push_back(fmt::format("{} ↔ {} ({} {}): {}", m_then.names.actor(s.first), m_then.names.actor(s.second),
                                  m_w.score, decimal(s.score, 2, m_language),
                                  explainSuggestion(s, m_then.names, m_language)));
    m_blocks.push_back(listBlock(std::move(items)));
  }

  // "9,6 %" for a percentage, the number alone otherwise (the unit is in the heading); with
  // as many decimals as it needs, up to `decimals` (a projection: 1).
  std::string value(const Indicator& indicator, double v, int decimals = 6) const {
    const std::string text = formatNumber(v, m_language, decimals);
    return indicator.unit == "%" ? text + " %" : text;
  }

  // How the latest value moved from then to now.
  std::string move(const Indicator& indicator, const IndicatorProgress& then, const IndicatorProgress& now) const {
    const bool targeted = indicator.target.has_value();
    for (const IndicatorMove& m : m_diff.indicatorsTowards)
      if (m.indicator == indicator.id) return std::string(targeted ? m_w.towards : m_w.better);
    for (const IndicatorMove& m : m_diff.indicatorsAway)
      if (m.indicator == indicator.id) return std::string(targeted ? m_w.away : m_w.worse);
    if (!then.latest) return std::string(m_w.isNew);
    if (*now.latest == *then.latest) return std::string(m_w.same);
    return std::string(*now.latest > *then.latest ? m_w.up : m_w.down);
  }

  void indicator(const Indicator& indicator) {
    m_blocks.push_back(headingBlock(3, indicator.unit.empty() || indicator.unit == "%"
                                      ? indicator.name
                                      : fmt::format("{} ({})", indicator.name, indicator.unit)));
    const IndicatorProgress now = assessIndicator(indicator);
    const Indicator* earlier = findIndicator(m_then.project, indicator.id);
    const IndicatorProgress then = earlier ? assessIndicator(*earlier) : IndicatorProgress{};
    std::vector<std::string> facts;
    std::string values = fmt::format("{}: {}", now.latestYear.value_or(0), value(indicator, now.latest.value_or(0)));
    if (then.latest)
      values = fmt::format("{}: {} → {}", then.latestYear.value_or(0), value(indicator, *then.latest), values);
    facts.push_back(fmt::format("{} ({})", values, move(indicator, then, now)));
    if (indicator.target) {
      std::string target =
          fmt::format(fmt::runtime(m_w.target), value(indicator, indicator.target->value), indicator.target->year);
      if (indicator.direction != IndicatorDirection::Neutral)
        target += fmt::format(" ({})", indicator.direction == IndicatorDirection::HigherIsBetter ? m_w.higherIsBetter
                                                                                                 : m_w.lowerIsBetter);
      facts.push_back(std::move(target));
      std::string status;
      if (now.status == TargetStatus::NoData)
        status = m_w.tooFew;
      else if (now.reached)
        status = m_w.reached;
      else if (now.status == TargetStatus::OffTrack && now.latestYear && *now.latestYear >= indicator.target->year)
        status = fmt::format(fmt::runtime(m_w.late), indicator.target->year);
      else
        status = now.status == TargetStatus::OnTrack ? m_w.onTrack : m_w.offTrack;
      if (now.projected && !now.reached && now.latestYear && *now.latestYear < indicator.target->year)
        status += fmt::format(" ({})", fmt::format(fmt::runtime(m_w.projection), indicator.target->year,
                                                   value(indicator, *now.projected, 1)));
      facts.push_back(fmt::format(fmt::runtime(m_w.assessment), status));
    } else {
      std::string target(m_w.noTarget);
      if (indicator.direction != IndicatorDirection::Neutral)
        target += fmt::format(" ({})", indicator.direction == IndicatorDirection::HigherIsBetter ? m_w.higherIsBetter
                                                                                                 : m_w.lowerIsBetter);
      facts.push_back(std::move(target));
    }
    std::string line;
    for (const std::string& fact : facts) line += (line.empty() ? "" : " · ") + fact;
    m_blocks.push_back(paragraphBlock(line));

    ProtocolBlock chart;
    chart.kind = ProtocolBlockKind::LineChart;
    chart.text = indicator.name;
    chart.indicator = indicator;
    for (const Conference& conference : m_now.project.conferences)
      if (const std::optional<int> year = conferenceYear(conference)) chart.conferenceYears.push_back(*year);
    m_blocks.push_back(std::move(chart));
  }

  void indicators() {
    m_blocks.push_back(headingBlock(2, std::string(m_w.indicators)));
    bool any = false;
    for (const Indicator& i : m_now.project.indicators)
      if (i.kind == IndicatorKind::Figure && !i.values.empty()) {
        indicator(i);
        any = true;
      }
    if (!any) m_blocks.push_back(paragraphBlock(std::string(m_w.noIndicators)));

    const Population population = phasePopulation(m_now.project);
    if (!population.year) return;
    m_blocks.push_back(headingBlock(3, fmt::format(fmt::runtime(m_w.population), *population.year)));
    ProtocolBlock table;
    table.kind = ProtocolBlockKind::Table;
    table.header = {std::string(m_w.phase), std::string(m_w.people), std::string(m_w.share)};
    table.align = {ColumnAlign::Left, ColumnAlign::Right, ColumnAlign::Right};
    for (const PhasePopulation& phase : population.phases)
      table.rows.push_back({m_now.names.phase(phase.phase),
                            phase.people ? formatNumber(*phase.people, m_language) : "–",
                            phase.share ? formatPercent(*phase.share, m_language) : "–"});
    m_blocks.push_back(std::move(table));
  }

  // "Woran merken wir es?": per goal with indicators its indicators (as of the state year) and
  // the activities and actors serving it in the last up to 6 years of the project up to then.
  void goalCards() {
    const std::optional<YearSpan> span = projectYears(m_now.project);
    const std::optional<int> stateYearNow = m_options.afterYear ? m_options.afterYear : stateYear(m_now.project);
    if (!span) return;
    const int last = stateYearNow.value_or(span->last);
    const int first = std::max(span->first, last - 5);
    bool headed = false;
    for (const Goal& goal : m_now.project.goals) {
      const GoalCard card = goalCard(m_now.project, goal.id, first, last, m_options.filter);
      if (card.indicators.empty()) continue;
      if (!headed) {
        m_blocks.push_back(headingBlock(2, std::string(m_w.goalCards)));
        m_blocks.push_back(paragraphBlock(std::string(m_w.goalCardsLead)));
        headed = true;
      }
      m_blocks.push_back(headingBlock(3, goal.title.empty() ? goal.id.value : goal.title));
      std::vector<std::string> items;
      for (const IndicatorProgress& progress : card.indicators) {
        const auto found = std::ranges::find_if(m_now.project.indicators,
                                                [&](const Indicator& i) { return i.id == progress.indicator; });
        if (found == m_now.project.indicators.end()) continue;
        // With a target the sentence states its status and trend; without one only the trend.
        std::string item = describeIndicatorProgress(*found, progress, m_language);
        if (!found->target)
          item = fmt::format(fmt::runtime(m_w.trendOnly), item, trendLabel(progress.trend, m_language));
        items.push_back(std::move(item));
      }
      m_blocks.push_back(listBlock(std::move(items)));
      if (card.years.empty()) continue;
      ProtocolBlock table;
      table.kind = ProtocolBlockKind::Table;
      table.header = {std::string(m_w.year), std::string(m_w.cardActivities), std::string(m_w.cardActors)};
      table.align = {ColumnAlign::Left, ColumnAlign::Right, ColumnAlign::Right};
      for (const GoalYear& year : card.years)
        table.rows.push_back({std::to_string(year.year), std::to_string(year.activities), std::to_string(year.actors)});
      m_blocks.push_back(std::move(table));
    }
  }

  ProtocolBlock heatmap(const State& state, const Coverage* before) const {
    ProtocolBlock block;
    block.kind = ProtocolBlockKind::Heatmap;
    block.text = std::string(m_w.corner);
    const Coverage& c = state.coverage;
    for (const FieldId& field : c.fields) block.rowLabels.push_back(state.names.field(field));
    for (const LifePhaseId& phase : c.phases) block.columnLabels.push_back(state.names.phase(phase));
    std::map<std::pair<std::string, std::string>, int> then;
    if (before)
      for (const CoverageCell& cell : before->cells)
        then[{cell.field.value, cell.phase.value}] = static_cast<int>(cell.activities.size());
    for (const CoverageCell& cell : c.cells) {
      const int count = static_cast<int>(cell.activities.size());
      block.counts.push_back(count);
      if (!before) continue;
      const auto found = then.find({cell.field.value, cell.phase.value});
      block.changes.push_back(count - (found == then.end() ? 0 : found->second));
    }
    return block;
  }

  std::string cells(std::size_t count) const {
    return count == 1 ? std::string(m_w.cellOne) : fmt::format(fmt::runtime(m_w.cellMany), count);
  }

  void coverage() {
    m_blocks.push_back(headingBlock(2, std::string(m_w.coverage)));
    std::string lead(m_w.coverageLead);
    lead += " ";
    lead += m_diff.cellsFilled.empty() && m_diff.cellsEmptied.empty()
                ? std::string(m_w.cellsUnchanged)
                : fmt::format(fmt::runtime(m_w.cellsChanged), cells(m_diff.cellsFilled.size()),
                              cells(m_diff.cellsEmptied.size()));
    m_blocks.push_back(paragraphBlock(std::move(lead)));
    m_blocks.push_back(
        headingBlock(3, m_thenYear ? fmt::format(fmt::runtime(m_w.heatThen), *m_thenYear) : std::string(m_w.thenTitle)));
    ProtocolBlock then = heatmap(m_then, nullptr);
    ProtocolBlock now = heatmap(m_now, &m_then.coverage);
    // One scale for both: the same count has the same colour then and now.
    then.scaleMax = now.scaleMax = std::max(heatmapScaleMax(then), heatmapScaleMax(now));
    m_blocks.push_back(std::move(then));
    m_blocks.push_back(
        headingBlock(3, m_nowYear ? fmt::format(fmt::runtime(m_w.heatNow), *m_nowYear) : std::string(m_w.heatNowNoYear)));
    m_blocks.push_back(std::move(now));
  }

  const ProgressOptions& m_options;
  Language m_language;
  const Words& m_w;
  State m_then, m_now;
  ProjectDiff m_diff;
  std::optional<int> m_thenYear, m_nowYear;
  std::vector<ProtocolBlock> m_blocks;
};

}  // namespace

std::optional<int> stateYear(const Project& project) {
  std::optional<int> year;
  auto later = [&](int candidate) { year = year ? std::max(*year, candidate) : candidate; };
  for (const Indicator& indicator : project.indicators)
    if (!indicator.values.empty()) later(indicator.values.rbegin()->first);
  for (const Conference& conference : project.conferences)
    if (const std::optional<int> conferenceAt = conferenceYear(conference)) later(*conferenceAt);
  return year;
}

ProtocolDocument buildProgressReport(const Project& before, const Project& after, const ProgressOptions& options) {
  return Builder(before, after, options).build();
}

}  // namespace knp
