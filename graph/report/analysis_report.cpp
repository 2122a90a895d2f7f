#include "report/analysis_report.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "analysis/indicator_progress.hpp"
#include "report/analysis_list.hpp"
#include "report/analysis_sentences.hpp"
#include "text/labels.hpp"
#include "text/number_format.hpp"
#include "text/utf8.hpp"

namespace knp {
namespace {

constexpr std::size_t kMaxListed = 25;          // items per list before "… and n more"
constexpr std::size_t kMaxActorsListed = 200;   // the per-actor suggestions: one line each

struct Words {
  std::string_view title, counted, statusesAll, inYear;
  // The sections' headings and "nothing found" texts are in analysis_list.cpp.
  std::string_view matrixCorner, conceptLine;
  std::string_view phaseColumns[5];  // life phase, activities, actors, people in {year}, share
  std::string_view gapHeadings[6], noGaps, gapsByNeed;
  std::string_view brokenGoals, unbrokenGoals, fieldChains;
  std::string_view pairLine, similarity;
  std::string_view score, perActor;
  std::string_view networkLine, componentsLine, communitiesLine, group, sampled;
  std::string_view more;
  std::string_view indicators, noTargets;
};

constexpr Words kGerman{
    "Analyse",
    "Berücksichtigt: {} von {} Aktivitäten (Status: {}{}).",
    "alle",
    "; im Jahr {}",
    "Handlungsfeld",
    "{}: {} von {} Zielen mit Aktivität ({:.0f} %)",
    {"Lebensphase", "Aktivitäten", "Akteure", "Menschen {}", "Anteil"},
    {"Ziele ohne Aktivität", "Ziele, die an einem einzigen Akteur hängen", "Lebensphasen ohne Aktivität",
     "Handlungsfelder ohne Aktivität für eine Lebensphase", "Akteure ohne Aktivität", "Isolierte Akteure"},
    "keine",
    "Lücken nach Bedarf",
    "Ziele, deren Förderkette bricht",
    "{} weitere Ziele haben eine lückenlose Kette, {} haben keine Aktivität.",
    "Handlungsfelder",
    "{} „{}“ ~ {} „{}“ (Übereinstimmung {})",
    "Übereinstimmung",
    "Wert",
    "Die besten Vorschläge für jeden Akteur",
    "{} Akteure, {} Verbindungen (Kooperationen und gemeinsame Aktivitäten), Dichte {}.",
    "{} zusammenhängende Teile; der größte umfasst {} Akteure.",
    "{} Gruppen (Louvain, Modularität {}):",
    "Gruppe {} ({} Akteure)",
    " (Betweenness geschätzt aus einer Stichprobe)",
    "… und {} weitere",
    "Kennzahlen und Ziele",
    "Keine Kennzahl hat ein Ziel."};

constexpr Words kEnglish{
    "Analysis",
    "Counted: {} of {} activities (status: {}{}).",
    "all",
    "; in the year {}",
    "Field of action",
    "{}: {} of {} goals served ({:.0f} %)",
    {"Life phase", "Activities", "Actors", "People {}", "Share"},
    {"Goals without activity", "Goals resting on a single actor", "Life phases without activity",
     "Fields of action without activity for a life phase", "Actors without activity", "Isolated actors"},
    "none",
    "Gaps by need",
    "Goals whose support chain breaks",
    "{} more goals have an unbroken chain, {} have no activity.",
    "Fields of action",
    "{} “{}” ~ {} “{}” (similarity {})",
    "similarity",
    "score",
    "The best suggestions for each actor",
    "{} actors, {} links (cooperations and shared activities), density {}.",
    "{} connected parts; the largest holds {} actors.",
    "{} groups (Louvain, modularity {}):",
    "Group {} ({} actors)",
    " (betweenness estimated from a sample)",
    "… and {} more",
    "Indicators and targets",
    "No indicator has a target."};

// Writes headings, paragraphs, bullets and tables as plain text or Markdown.
class Writer {
 public:
  explicit Writer(ReportFormat format) : m_format(format) {}

  void heading(int level, std::string_view text) {
    if (!m_out.empty() && !m_out.ends_with("\n\n")) m_out += "\n";
    if (m_format == ReportFormat::Markdown) {
      m_out += fmt::format("{} {}\n\n", std::string(static_cast<std::size_t>(level), '#'), text);
      return;
    }
    const char underline = level == 1 ? '=' : level == 2 ? '-' : '\0';
    m_out += fmt::format("{}\n", text);
    if (underline) m_out += std::string(utf8Length(text), underline) + "\n";
    m_out += "\n";
  }
  void paragraph(std::string_view text) { m_out += fmt::format("{}\n", text); }
  void bullet(std::string_view text, int depth = 0) {
    m_out += fmt::format("{}- {}\n", std::string(static_cast<std::size_t>(depth) * 2, ' '), text);
  }
  void blank() {
    if (!m_out.ends_with("\n\n")) m_out += "\n";
  }

  // Column 0 left-aligned, the others right-aligned numbers.
  void table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
    if (m_format == ReportFormat::Markdown) {
      m_out += "|";
      for (const auto& cell : header) m_out += " " + escapeCell(cell) + " |";
      m_out += "\n|---|";
      for (std::size_t c = 1; c < header.size(); ++c) m_out += "--:|";
      m_out += "\n";
      for (const auto& row : rows) {
        m_out += "|";
        for (const auto& cell : row) m_out += " " + escapeCell(cell) + " |";
        m_out += "\n";
      }
      m_out += "\n";
      return;
    }
    std::vector<std::size_t> width(header.size(), 0);
    for (std::size_t c = 0; c < header.size(); ++c) width[c] = utf8Length(header[c]);
    for (const auto& row : rows)
      for (std::size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], utf8Length(row[c]));
    auto line = [&](const std::vector<std::string>& cells) {
      std::string text = padRight(cells[0], width[0]);
      for (std::size_t c = 1; c < cells.size(); ++c)
        text += "  " + std::string(width[c] - std::min(width[c], utf8Length(cells[c])), ' ') + cells[c];
      m_out += text + "\n";
    };
    line(header);
    for (const auto& row : rows) line(row);
    m_out += "\n";
  }

  std::string take() { return std::move(m_out); }

 private:
  // A Markdown table cell: "|" would end the cell early.
  static std::string escapeCell(const std::string& text) {
    std::string escaped;
    for (char c : text) escaped += c == '|' ? std::string("\\|") : std::string(1, c);
    return escaped;
  }

  ReportFormat m_format;
  std::string m_out;
};

// The heading and "nothing found" text of analysis `id` in `language` (analysis_list.hpp).
std::string_view headingOf(AnalysisId id, Language language) { return inLanguage(analysisInfo(id).heading, language); }
std::string_view emptyTextOf(AnalysisId id, Language language) { return inLanguage(analysisInfo(id).empty, language); }

// Per life phase its activities and actors beside its people and their share, when the project
// counts the population of its phases (phasePopulation).
void phaseTable(Writer& out, const Coverage& coverage, const Population& population, const ProjectNames& names,
                const Words& w, Language language) {
  if (!population.year) return;
  std::vector<std::string> header{std::string(w.phaseColumns[0]), std::string(w.phaseColumns[1]),
                                  std::string(w.phaseColumns[2]),
                                  fmt::format(fmt::runtime(w.phaseColumns[3]), *population.year),
                                  std::string(w.phaseColumns[4])};
  std::vector<std::vector<std::string>> rows;
  for (const PhaseCoverage& phase : coverage.lifePhases) {
    const auto people = std::find_if(population.phases.begin(), population.phases.end(),
                                     [&](const PhasePopulation& p) { return p.phase == phase.phase; });
    const bool known = people != population.phases.end();
    rows.push_back({names.phase(phase.phase), std::to_string(phase.activities.size()),
                    std::to_string(phase.actors.size()),
                    known && people->people ? formatNumber(*people->people, language) : "–",
                    known && people->share ? formatPercent(*people->share, language) : "–"});
  }
  out.table(header, rows);
}

void coverageSection(Writer& out, const ProjectAnalysis& analysis, const Population& population,
                     const ProjectNames& names, const Words& w, Language language) {
  const Coverage& coverage = analysis.coverage;
  out.heading(2, headingOf(AnalysisId::Coverage, language));
  std::vector<std::string> header{std::string(w.matrixCorner)};
  for (std::size_t c = 0; c < coverage.phases.size(); ++c) header.push_back(std::to_string(c + 1));
  std::vector<std::vector<std::string>> rows;
  for (std::size_t r = 0; r < coverage.fields.size(); ++r) {
    std::vector<std::string> row{names.field(coverage.fields[r])};
    for (std::size_t c = 0; c < coverage.phases.size(); ++c) {
      const std::size_t count = coverage.cell(r, c).activities.size();
      row.push_back(count == 0 ? "·" : std::to_string(count));
    }
    rows.push_back(std::move(row));
  }
  out.table(header, rows);
  std::string legend;
  for (std::size_t c = 0; c < coverage.phases.size(); ++c)
    legend += fmt::format("{}{} = {}", c == 0 ? "" : " · ", c + 1, names.phase(coverage.phases[c]));
  out.paragraph(legend);
  out.blank();
  phaseTable(out, coverage, population, names, w, language);
  for (const ConceptCoverage& concept_ : coverage.concepts)
    out.bullet(fmt::format(fmt::runtime(w.conceptLine), names.concept_(concept_.concept_), concept_.servedGoals,
                           concept_.goals, std::round(concept_.share * 100)));
}

// Prints at most `limit` items, then a line saying how many of `total` were left out.
template <class Items, class Print>
void listCut(Writer& out, const Items& items, const Words& w, Print print, std::size_t total = 0,
             std::size_t limit = kMaxListed) {
  total = std::max(total, static_cast<std::size_t>(items.size()));
  std::size_t shown = 0;
  for (const auto& item : items) {
    if (shown == limit) break;
    print(item);
    ++shown;
  }
  if (shown < total) out.bullet(fmt::format(fmt::runtime(w.more), total - shown));
}

// The gaps in the order of need (rankGapsByNeed): where the population of the life phases is
// known, the rule in one sentence, then the gaps of the phases by their share of it, then the
// other gaps grouped by kind as without population figures. A kind whose gaps all went into the
// ranked list is not repeated.
void gapSection(Writer& out, const ProjectAnalysis& analysis, const Population& population,
                const ProjectNames& names, const Words& w, Language language) {
  out.heading(2, headingOf(AnalysisId::Gaps, language));
  const std::vector<RankedGap> ranked = rankGapsByNeed(analysis.gaps, population);
  std::vector<const RankedGap*> byNeed;
  for (const RankedGap& gap : ranked)
    if (rankedByShare(gap)) byNeed.push_back(&gap);
  if (!byNeed.empty()) {
    out.paragraph(needRankingRule(*population.year, language));
    out.heading(3, fmt::format("{} ({})", w.gapsByNeed, byNeed.size()));
    listCut(out, byNeed, w, [&](const RankedGap* gap) { out.bullet(explainRankedGap(*gap, names, language)); });
  }
  constexpr GapKind kinds[] = {GapKind::UnservedGoal,   GapKind::FragileGoal,          GapKind::UncoveredPhase,
                               GapKind::EmptyCell,      GapKind::ActorWithoutActivity, GapKind::IsolatedActor};
  for (std::size_t k = 0; k < std::size(kinds); ++k) {
    std::vector<const Gap*> gaps;
    bool ranks = false;  // some gap of this kind is in the ranked list
    for (const RankedGap& gap : ranked) {
      if (gap.gap.kind != kinds[k]) continue;
      if (rankedByShare(gap)) ranks = true;
      else gaps.push_back(&gap.gap);
    }
    if (ranks && gaps.empty()) continue;
    out.heading(3, fmt::format("{} ({})", w.gapHeadings[k], gaps.size()));
    if (gaps.empty()) out.bullet(w.noGaps);
    listCut(out, gaps, w, [&](const Gap* gap) { out.bullet(explainGap(*gap, names, language)); });
  }
}

// Each indicator with a target: latest value, target, status and trend (describeIndicatorProgress),
// as of the filter's year.
void indicatorSection(Writer& out, const Project& project, const ProjectAnalysis& analysis, const Words& w,
                      Language language) {
  out.heading(2, w.indicators);
  std::vector<const Indicator*> targeted;
  for (const Indicator& indicator : project.indicators)
    if (indicator.target) targeted.push_back(&indicator);
  if (targeted.empty()) out.paragraph(w.noTargets);
  listCut(out, targeted, w, [&](const Indicator* indicator) {
    out.bullet(describeIndicatorProgress(*indicator, assessIndicator(*indicator, analysis.filter.year), language));
  });
}

void chainSection(Writer& out, const ProjectAnalysis& analysis, const ProjectNames& names, const Words& w, Language language) {
  out.heading(2, headingOf(AnalysisId::Chains, language));
  std::vector<const SupportChain*> broken;
  std::size_t unbroken = 0, empty = 0;
  for (const SupportChain& chain : analysis.chains.goals) {
    if (chain.breaks > 0) broken.push_back(&chain);
    else if (chain.covered > 0) ++unbroken;
    else ++empty;
  }
  std::stable_sort(broken.begin(), broken.end(),
                   [](const SupportChain* l, const SupportChain* r) { return l->breaks > r->breaks; });
  out.heading(3, fmt::format("{} ({})", w.brokenGoals, broken.size()));
  if (broken.empty()) out.bullet(w.noGaps);
  listCut(out, broken, w, [&](const SupportChain* chain) { out.bullet(describeChain(*chain, names, language)); });
  out.blank();
  out.paragraph(fmt::format(fmt::runtime(w.unbrokenGoals), unbroken, empty));
  out.heading(3, w.fieldChains);
  for (const SupportChain& chain : analysis.chains.fields) out.bullet(describeChain(chain, names, language));
}

void overlapSection(Writer& out, const ProjectAnalysis& analysis, const ProjectNames& names, const Words& w,
                    Language language) {
  out.heading(2, fmt::format("{} ({})", headingOf(AnalysisId::Overlaps, language), analysis.overlaps.totalOverlaps));
  if (analysis.overlaps.overlaps.empty() && analysis.overlaps.crowded.empty())
    out.paragraph(emptyTextOf(AnalysisId::Overlaps, language));
  listCut(out, analysis.overlaps.crowded, w,
          [&](const CrowdedCell& cell) { out.bullet(explainCrowded(cell, names, language)); });
  listCut(out, analysis.overlaps.overlaps, w, [&](const Overlap& overlap) {
    out.bullet(explainOverlap(overlap, names, language));
    if (overlap.pairs.size() < 2) return;
    for (const OverlappingPair& pair : overlap.pairs)
      out.bullet(fmt::format(fmt::runtime(w.pairLine), names.actor(overlap.first), names.activity(pair.first),
                             names.actor(overlap.second), names.activity(pair.second), decimal(pair.score, 2, language)),
                 1);
  }, analysis.overlaps.totalOverlaps);
}

void suggestionSection(Writer& out, const ProjectAnalysis& analysis, const ProjectNames& names, const Words& w,
                       Language language) {
  out.heading(2, headingOf(AnalysisId::Suggestions, language));
  if (analysis.suggestions.top.empty()) out.paragraph(emptyTextOf(AnalysisId::Suggestions, language));
  for (const CooperationSuggestion& s : analysis.suggestions.top)
    out.bullet(fmt::format("{} ↔ {} ({} {}): {}", names.actor(s.first), names.actor(s.second), w.score, decimal(s.score, 2, language),
                           explainSuggestion(s, names, language)));
  if (analysis.suggestions.perActor.empty()) return;
  out.heading(3, w.perActor);
  listCut(out, analysis.suggestions.perActor, w, [&](const ActorSuggestions& entry) {
    std::vector<std::string> partners;
    for (const CooperationSuggestion& s : entry.suggestions)
      partners.push_back(fmt::format("{} ({})", names.actor(s.first == entry.actor ? s.second : s.first),
                                     decimal(s.score, 2, language)));
    out.bullet(names.actor(entry.actor) + ": " + joinNames(partners, language));
  }, analysis.suggestions.perActor.size(), kMaxActorsListed);
}

void networkSection(Writer& out, const ProjectAnalysis& analysis, const ProjectNames& names, const Words& w,
                    Language language) {
  const NetworkAnalysis& network = analysis.network;
  out.heading(2, headingOf(AnalysisId::Brokers, language));
  out.paragraph(fmt::format(fmt::runtime(w.networkLine), network.actors.size(), network.links,
                            decimal(network.density, 3, language)) +
                std::string(network.betweenness == BetweennessState::Sampled ? w.sampled : ""));
  out.paragraph(fmt::format(fmt::runtime(w.componentsLine), network.components.size(),
                            network.components.empty() ? 0 : network.components.front().size()));
  out.blank();
  if (network.brokers.empty()) out.paragraph(emptyTextOf(AnalysisId::Brokers, language));
  listCut(out, network.brokers, w, [&](const Broker& broker) { out.bullet(explainBroker(broker, names, language)); });
  std::vector<const std::vector<ActorId>*> groups;
  for (const auto& community : network.communities)
    if (community.size() >= 2) groups.push_back(&community);
  out.blank();
  out.paragraph(fmt::format(fmt::runtime(w.communitiesLine), groups.size(), decimal(network.modularity, 2, language)));
  std::size_t number = 0;
  listCut(out, groups, w, [&](const std::vector<ActorId>* group) {
    std::vector<std::string> members;
    for (const ActorId& actor : *group) members.push_back(names.actor(actor));
    out.bullet(fmt::format(fmt::runtime(w.group), ++number, group->size()) + ": " + joinNames(members, language));
  });
}

}  // namespace

std::string formatAnalysisReport(const Project& project, const ProjectAnalysis& analysis, ReportFormat format,
                                 Language language) {
  const Words& w = language == Language::English ? kEnglish : kGerman;
  const ProjectNames names(project);
  Writer out(format);
  out.heading(1, fmt::format("{}: {}", w.title, project.title));
  std::vector<std::string> statuses;
  for (ActivityStatus status : analysis.filter.statuses) statuses.push_back(std::string(label(status, language)));
  out.paragraph(fmt::format(fmt::runtime(w.counted), analysis.countedActivities, project.activities.size(),
                            statuses.empty() ? std::string(w.statusesAll) : joinNames(statuses, language),
                            analysis.filter.year ? fmt::format(fmt::runtime(w.inYear), *analysis.filter.year) : ""));
  const Population population = phasePopulation(project, analysis.filter.year);
  coverageSection(out, analysis, population, names, w, language);
  gapSection(out, analysis, population, names, w, language);
  chainSection(out, analysis, names, w, language);
  overlapSection(out, analysis, names, w, language);
  suggestionSection(out, analysis, names, w, language);
  networkSection(out, analysis, names, w, language);
  indicatorSection(out, project, analysis, w, language);
  return out.take();
}

}  // namespace knp
