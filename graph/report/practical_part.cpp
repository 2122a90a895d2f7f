#include "report/practical_part.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "analysis/gaps.hpp"
#include "analysis/indicator_progress.hpp"
#include "analysis/support_chains.hpp"
#include "conference/conference_dates.hpp"
#include "report/analysis_sentences.hpp"
#include "report/line_chart.hpp"
#include "report/project_names.hpp"
#include "report/report_markup.hpp"
#include "text/labels.hpp"
#include "text/markup_escape.hpp"
#include "text/number_format.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

namespace knp {
namespace {

// ---------------------------------------------------------------------------------------------
// Fixed texts, one table per language.

struct Words {
  std::string_view subtitle, notice, intro, contents;
  std::string_view includedAll, includedStatuses, inYear, orWord;
  std::string_view fields, goals, data, activities, withoutPhase, withoutConcept, furtherData;
  std::string_view noFields, noGoals, noData, noActivities, noValues, source;
  std::string_view lead, partners, goalsOf, since, from, until;
  std::string_view gapsAndChains, gaps, gapKinds[6], noGaps, chains, chainGoals, chainFields, noChains;
  std::string_view directory, noActors, person, address, phone, email, web, memberOf;
};

constexpr Words kGerman{
    "Praktischer Teil",
    "Hinweis",
    "Der Praktische Teil legt offen, wer was in welchem Handlungsfeld zur Erreichung welcher Ziele für welche "
    "Lebensphase macht. Er ist nach Handlungsfeldern gegliedert und innerhalb jedes Handlungsfelds nach "
    "Lebensphasen: aus der Perspektive der Menschen gedacht, nicht der Zuständigkeiten.",
    "Inhalt",
    "Berücksichtigt sind alle Aktivitäten{}.",
    "Berücksichtigt sind Aktivitäten mit dem Status {}{}.",
    ", die im Jahr {} stattfinden",
    "oder",
    "Handlungsfelder",
    "Ziele",
    "Statistische Daten",
    "Akteure und Aktivitäten",
    "Ohne Lebensphase",
    "Ohne Konzept",
    "Weitere statistische Daten",
    "Es sind keine Handlungsfelder erfasst.",
    "Für dieses Handlungsfeld sind keine Ziele erfasst.",
    "Für dieses Handlungsfeld sind keine statistischen Daten erfasst.",
    "In diesem Handlungsfeld sind keine Aktivitäten erfasst.",
    "keine Werte",
    "Quelle",
    "Träger",
    "Partner",
    "Ziele",
    "seit {}",
    "ab {}",
    "bis {}",
    "Lücken und Förderketten",
    "Lücken",
    {"Ziele ohne Aktivität", "Ziele, die an einem einzigen Akteur hängen", "Lebensphasen ohne Aktivität",
     "Handlungsfelder ohne Aktivität für eine Lebensphase", "Akteure ohne Aktivität", "Isolierte Akteure"},
    "Es wurden keine Lücken gefunden.",
    "Unterbrochene Förderketten",
    "Ziele",
    "Handlungsfelder",
    "Keine Förderkette bricht ab.",
    "Adressverzeichnis",
    "Es sind keine Akteure erfasst.",
    "Ansprechperson",
    "Adresse",
    "Telefon",
    "E-Mail",
    "Internet",
    "Mitglied in"};

constexpr Words kEnglish{
    "Practical part",
    "Note",
    "The practical part shows who does what, in which field of action, towards which goals and for which life "
    "phase. It is organised by field of action and, within each field, by life phase: thinking from the "
    "perspective of people rather than of responsibilities.",
    "Contents",
    "Included are all activities{}.",
    "Included are activities with the status {}{}.",
    " taking place in {}",
    "or",
    "Fields of action",
    "Goals",
    "Statistical data",
    "Actors and activities",
    "Without life phase",
    "Without concept",
    "Further statistical data",
    "No fields of action are recorded.",
    "No goals are recorded for this field of action.",
    "No statistical data are recorded for this field of action.",
    "No activities are recorded in this field of action.",
    "no values",
    "Source",
    "Lead",
    "Partners",
    "Goals",
    "since {}",
    "from {}",
    "until {}",
    "Gaps and support chains",
    "Gaps",
    {"Goals without activity", "Goals resting on a single actor", "Life phases without activity",
     "Fields of action without activity for a life phase", "Actors without activity", "Isolated actors"},
    "No gaps were found.",
    "Broken support chains",
    "Goals",
    "Fields of action",
    "No support chain breaks off.",
    "Address directory",
    "No actors are recorded.",
    "Contact person",
    "Address",
    "Phone",
    "Email",
    "Web",
    "Member of"};

// The size of an indicator's chart in CSS pixels; narrower screens scale it down (kCss).
constexpr double kChartWidth = 480.0;
constexpr double kChartHeight = 200.0;

constexpr GapKind kGapKinds[] = {GapKind::UnservedGoal, GapKind::FragileGoal,          GapKind::UncoveredPhase,
                                 GapKind::EmptyCell,    GapKind::ActorWithoutActivity, GapKind::IsolatedActor};

constexpr std::string_view kCss =
    R"(body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;line-height:1.45;color:#111;background:#fff;max-width:52em;margin:2em auto;padding:0 1em}
h1{font-size:1.9em;margin:0 0 .2em}
.subtitle{font-size:1.25em;color:#444;margin:0 0 1em}
.notice{border-left:.3em solid #b58900;background:#fdf6e3;padding:.6em .8em}
h2{font-size:1.45em;border-bottom:.1em solid #333;padding-bottom:.15em;margin-top:2em}
h3{font-size:1.2em;margin:1.5em 0 .5em}
h4{font-size:1.05em;margin:1.2em 0 .4em}
ul{padding-left:1.3em}
li{margin:.35em 0}
.detail{color:#333}
.type{font-style:italic;margin:.2em 0}
dl{display:grid;grid-template-columns:max-content auto;gap:.1em 1em;margin:.4em 0 1.2em}
dt{font-weight:bold}
dd{margin:0}
a{color:#0645ad}
.chart{margin:.3em 0 .8em}
.chart svg{max-width:100%;height:auto}
@page{margin:2cm}
@media print{body{max-width:none;margin:0;padding:0;font-size:10.5pt}nav{display:none}a{color:inherit;text-decoration:none}main>section{break-before:page}h2,h3,h4{break-after:avoid}li,dl{break-inside:avoid}}
)";

// ---------------------------------------------------------------------------------------------
// The document as a small tree of spans, lines and blocks, built once and then written as HTML
// or Markdown. Span texts are plain (unescaped) text; the writers clean and escape all of them.

enum class SpanKind { Text, Strong, ActorRef, Url, Email };

struct Span {
  SpanKind kind = SpanKind::Text;
  std::string text;
  std::string target;  // ActorRef: the anchor of the actor's directory entry, empty if none
};

using Line = std::vector<Span>;

struct Item {
  Line head;
  std::vector<Line> details;
  std::string figure{};  // an <svg> element below the entry: our own markup, written as it is
};

enum class BlockKind { Heading, Paragraph, List, Entries };

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  int level = 3;                                      // Heading
  std::string anchor;                                 // Heading: HTML id (ours, never data)
  std::string style;                                  // Paragraph, List: HTML class
  Line line;                                          // Heading, Paragraph
  std::vector<Item> items;                            // List
  std::vector<std::pair<std::string, Line>> entries;  // Entries: label and value
};

struct Section {
  std::string anchor;
  std::string heading;
  std::vector<Block> blocks;
};

struct Document {
  Language language = Language::German;
  std::string title;     // never blank: falls back to the subtitle
  std::string subtitle;  // empty when it is the title
  std::string noticeLabel, notice;
  std::vector<std::string> introduction;
  std::string contents;
  std::vector<Section> sections;
};

Span text(std::string value) { return {SpanKind::Text, std::move(value), {}}; }

Block heading(int level, std::string value, std::string anchor = {}) {
  Block block;
  block.kind = BlockKind::Heading;
  block.level = level;
  block.anchor = std::move(anchor);
  block.line = {text(std::move(value))};
  return block;
}

Block paragraph(Line line, std::string style = {}) {
  Block block;
  block.kind = BlockKind::Paragraph;
  block.line = std::move(line);
  block.style = std::move(style);
  return block;
}

Block list(std::vector<Item> items, std::string style = {}) {
  Block block;
  block.kind = BlockKind::List;
  block.items = std::move(items);
  block.style = std::move(style);
  return block;
}

// ---------------------------------------------------------------------------------------------
// Text helpers.

// Shared with the protocol (report_markup.hpp), so that both reports clean and escape alike.
std::string clean(std::string_view raw) { return cleanReportText(raw); }
std::string trim(std::string_view value) { return trimSpaces(value); }

bool isBlank(std::string_view value) { return trim(clean(value)).empty(); }

// A name to show: the item's name, or its id when the name is blank.
std::string orId(const std::string& name, const std::string& id) { return isBlank(name) ? id : name; }

std::string quoted(const std::string& value, Language language) {
  return language == Language::English ? "“" + value + "”" : "„" + value + "“";
}

// Sort key for names (DIN 5007-1): case folded, ä ö ü as a o u, ß as ss.
std::string collationKey(std::string_view name) {
  const std::string folded = foldCase(trim(clean(name)));
  std::string key;
  key.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (static_cast<unsigned char>(folded[i]) == 0xC3 && i + 1 < folded.size()) {
      switch (static_cast<unsigned char>(folded[i + 1])) {
        case 0xA4:
          key += 'a';
          ++i;
          continue;
        case 0xB6:
          key += 'o';
          ++i;
          continue;
        case 0xBC:
          key += 'u';
          ++i;
          continue;
        case 0x9F:
          key += "ss";
          ++i;
          continue;
        default:
          break;
      }
    }
    key += folded[i];
  }
  return key;
}

bool isAsciiAlnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool startsWithNoCase(std::string_view value, std::string_view prefix) {
  if (value.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = value[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

// An http(s) address without white space, control characters, < or >: safe as a link target
// and as a Markdown autolink.
bool isWebAddress(std::string_view value) {
  const std::size_t scheme = startsWithNoCase(value, "https://") ? 8 : startsWithNoCase(value, "http://") ? 7 : 0;
  if (scheme == 0 || value.size() == scheme) return false;
  return std::none_of(value.begin(), value.end(), [](char ch) {
    const auto c = static_cast<unsigned char>(ch);
    return c <= 0x20 || c == 0x7F || c == '<' || c == '>';
  });
}

// local@domain.tld with a conservative set of characters: what CommonMark accepts as an email
// autolink and what a mailto: link can carry unchanged.
bool isEmailAddress(std::string_view value) {
  const std::size_t at = value.find('@');
  if (at == 0 || at == std::string_view::npos || value.find('@', at + 1) != std::string_view::npos) return false;
  const std::string_view local = value.substr(0, at), domain = value.substr(at + 1);
  if (!std::all_of(local.begin(), local.end(),
                   [](char c) { return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; }))
    return false;
  if (domain.find('.') == std::string_view::npos) return false;
  std::size_t start = 0;
  while (start <= domain.size()) {
    const std::size_t dot = std::min(domain.find('.', start), domain.size());
    const std::string_view labelText = domain.substr(start, dot - start);
    if (labelText.empty() || labelText.front() == '-' || labelText.back() == '-') return false;
    if (!std::all_of(labelText.begin(), labelText.end(), [](char c) { return isAsciiAlnum(c) || c == '-'; }))
      return false;
    start = dot + 1;
  }
  return true;
}

std::string years(const Activity& activity, const Words& w) {
  const auto& start = activity.startYear;
  const auto& end = activity.endYear;
  if (start && end) return *start == *end ? std::to_string(*start) : fmt::format("{}–{}", *start, *end);
  if (start) return fmt::format(fmt::runtime(activity.status == ActivityStatus::Planned ? w.from : w.since), *start);
  if (end) return fmt::format(fmt::runtime(w.until), *end);
  return {};
}

// ---------------------------------------------------------------------------------------------
// Building the document.

class Builder {
 public:
  Builder(const Project& project, const PracticalPartOptions& options)
      : m_project(project),
        m_options(options),
        m_w(options.language == Language::English ? kEnglish : kGerman),
        m_names(project),
        m_phases(lifePhasesInOrder(project)) {
    for (const LifePhase& phase : project.lifePhases) m_knownPhases.insert(phase.id.value);
    for (const Conference& conference : project.conferences)
      if (const std::optional<int> year = conferenceYear(conference)) m_conferenceYears.push_back(*year);
    m_directory.reserve(project.actors.size());
    for (const Actor& actor : project.actors) m_directory.push_back(&actor);
    std::stable_sort(m_directory.begin(), m_directory.end(), [](const Actor* l, const Actor* r) {
      const std::string kl = collationKey(l->name), kr = collationKey(r->name);
      if (kl != kr) return kl < kr;
      if (l->name != r->name) return l->name < r->name;
      return l->id < r->id;
    });
    for (std::size_t i = 0; i < m_directory.size(); ++i)
      m_anchors.emplace(m_directory[i]->id.value, fmt::format("actor-{}", i + 1));
    // Activities in the order they are listed within a phase: by the lead's name, then
    // project order; only those the filter accepts.
    for (const Activity& activity : project.activities)
      if (accepts(options.filter, activity)) m_activities.push_back(&activity);
    std::stable_sort(m_activities.begin(), m_activities.end(), [this](const Activity* l, const Activity* r) {
      return collationKey(actorName(l->lead)) < collationKey(actorName(r->lead));
    });
  }

  Document build() {
    Document doc;
    doc.language = m_options.language;
    doc.subtitle = std::string(m_w.subtitle);
    doc.title = isBlank(m_project.title) ? doc.subtitle : m_project.title;
    if (doc.title == doc.subtitle) doc.subtitle.clear();
    doc.noticeLabel = std::string(m_w.notice);
    if (!isBlank(m_project.notice)) doc.notice = m_project.notice;
    doc.introduction = {std::string(m_w.intro), filterSentence()};
    doc.contents = std::string(m_w.contents);

    if (m_project.fields.empty()) {
      Section none{"fields", std::string(m_w.fields), {}};
      none.blocks.push_back(paragraph({text(std::string(m_w.noFields))}));
      doc.sections.push_back(std::move(none));
    }
    for (std::size_t f = 0; f < m_project.fields.size(); ++f) doc.sections.push_back(fieldSection(f));
    if (auto further = furtherDataSection()) doc.sections.push_back(std::move(*further));
    doc.sections.push_back(gapSection());
    doc.sections.push_back(directorySection());
    return doc;
  }

 private:
  std::string actorName(const ActorId& id) const { return orId(m_names.actor(id), id.value); }

  Span actorRef(const ActorId& id) const {
    auto it = m_anchors.find(id.value);
    return {SpanKind::ActorRef, actorName(id), it == m_anchors.end() ? std::string() : it->second};
  }

  // Spans for "a, b und c" with each name a reference to the directory.
  void appendActors(Line& line, const std::vector<ActorId>& actors) const {
    const std::string andWord = m_options.language == Language::English ? " and " : " und ";
    for (std::size_t i = 0; i < actors.size(); ++i) {
      if (i > 0) line.push_back(text(i + 1 == actors.size() ? andWord : ", "));
      line.push_back(actorRef(actors[i]));
    }
  }

  std::string filterSentence() const {
    const ActivityFilter& filter = m_options.filter;
    const std::string year = filter.year ? fmt::format(fmt::runtime(m_w.inYear), *filter.year) : std::string();
    if (filter.statuses.empty()) return fmt::format(fmt::runtime(m_w.includedAll), year);
    std::string statuses;
    for (std::size_t i = 0; i < filter.statuses.size(); ++i) {
      if (i > 0) statuses += i + 1 == filter.statuses.size() ? fmt::format(" {} ", m_w.orWord) : ", ";
      statuses += label(filter.statuses[i], m_options.language);
    }
    return fmt::format(fmt::runtime(m_w.includedStatuses), statuses, year);
  }

  Section fieldSection(std::size_t index) {
    const Field& field = m_project.fields[index];
    Section section{fmt::format("field-{}", index + 1), orId(field.name, field.id.value), {}};
    goalBlocks(section.blocks, field);
    dataBlocks(section.blocks, field);
    activityBlocks(section.blocks, field);
    return section;
  }

  void goalBlocks(std::vector<Block>& blocks, const Field& field) const {
    blocks.push_back(heading(3, std::string(m_w.goals)));
    std::vector<const Goal*> goals;
    for (const Goal& goal : m_project.goals)
      if (std::find(goal.fields.begin(), goal.fields.end(), field.id) != goal.fields.end()) goals.push_back(&goal);
    if (goals.empty()) {
      blocks.push_back(paragraph({text(std::string(m_w.noGoals))}));
      return;
    }
    // Concepts in project order, then unknown concepts in the order their goals come.
    std::vector<ConceptId> concepts;
    for (const Concept& concept_ : m_project.concepts) concepts.push_back(concept_.id);
    for (const Goal* goal : goals)
      if (std::find(concepts.begin(), concepts.end(), goal->conceptId) == concepts.end())
        concepts.push_back(goal->conceptId);
    for (const ConceptId& concept_ : concepts) {
      std::vector<Item> items;
      for (const Goal* goal : goals) {
        if (goal->conceptId != concept_) continue;
        Line head{text(orId(goal->title, goal->id.value)),
                  text(fmt::format(" – {}", label(goal->level, m_options.language)))};
        if (!goal->priorityYears.empty())
          head.push_back(text(fmt::format(" – {}", priorityNote(*goal, m_options.language))));
        items.push_back({std::move(head), {}});
      }
      if (items.empty()) continue;
      blocks.push_back(heading(
          4, concept_.empty() ? std::string(m_w.withoutConcept) : orId(m_names.concept_(concept_), concept_.value)));
      blocks.push_back(list(std::move(items), "goals"));
    }
  }

  Item indicatorItem(const Indicator& indicator) const {
    std::string value;
    if (indicator.values.empty()) {
      value = std::string(m_w.noValues);
    } else {
      const auto& [year, latest] = *indicator.values.rbegin();
      value = formatNumber(latest, m_options.language);
      if (!isBlank(indicator.unit)) value += " " + indicator.unit;
      value += fmt::format(" ({})", year);
    }
    Line line{text(orId(indicator.name, indicator.id.value)), text(": " + value)};
    if (!isBlank(indicator.source)) line.push_back(text(fmt::format(" – {}: {}", m_w.source, indicator.source)));
    Item item{std::move(line), {}, {}};
    if (indicator.target)
      item.details.push_back(
          {text(describeTarget(indicator, assessIndicator(indicator, m_options.filter.year), m_options.language))});
    if (!indicator.values.empty()) {
      // The chart's title shows the name and unit cleaned as every other text of the document.
      Indicator shown = indicator;
      shown.name = trim(clean(orId(indicator.name, indicator.id.value)));
      shown.unit = trim(clean(indicator.unit));
      const LineChart chart =
          layoutLineChart(indicator, m_conferenceYears, kChartWidth, kChartHeight, m_options.language);
      item.figure = lineChartSvg(chart, shown, m_options.language);
    }
    return item;
  }

  void dataBlocks(std::vector<Block>& blocks, const Field& field) const {
    blocks.push_back(heading(3, std::string(m_w.data)));
    std::vector<Item> items;
    for (const Indicator& indicator : m_project.indicators)
      if (indicator.field == field.id) items.push_back(indicatorItem(indicator));
    if (items.empty())
      blocks.push_back(paragraph({text(std::string(m_w.noData))}));
    else
      blocks.push_back(list(std::move(items), "data"));
  }

  std::optional<Section> furtherDataSection() const {
    std::vector<Item> items;
    for (const Indicator& indicator : m_project.indicators)
      if (!indicator.field || !findField(m_project, *indicator.field)) items.push_back(indicatorItem(indicator));
    if (items.empty()) return std::nullopt;
    Section section{"data", std::string(m_w.furtherData), {}};
    section.blocks.push_back(list(std::move(items), "data"));
    return section;
  }

  Item activityItem(const Activity& activity) const {
    const std::string period = years(activity, m_w);
    Item item;
    item.head = {
        {SpanKind::Strong, orId(activity.title, activity.id.value), {}},
        text(fmt::format(" ({}{}{})", label(activity.status, m_options.language), period.empty() ? "" : ", ", period))};
    Line actors;
    if (!activity.lead.empty()) {
      actors.push_back(text(fmt::format("{}: ", m_w.lead)));
      actors.push_back(actorRef(activity.lead));
    }
    if (!activity.partners.empty()) {
      actors.push_back(text(fmt::format("{}{}: ", actors.empty() ? "" : "; ", m_w.partners)));
      appendActors(actors, activity.partners);
    }
    if (!actors.empty()) item.details.push_back(std::move(actors));
    if (!activity.goals.empty()) {
      std::vector<std::string> goals;
      // The short title where it is whole ("Sprache als Schlüssel zur Integration"); a title
      // cut mid-word reads badly in a published document, so then the full title.
      for (const GoalId& goal : activity.goals) {
        const std::string cut = m_names.goalShort(goal);
        goals.push_back(quoted(cut.ends_with("…") ? orId(m_names.goal(goal), goal.value) : cut, m_options.language));
      }
      item.details.push_back({text(fmt::format("{}: {}", m_w.goalsOf, joinNames(goals, m_options.language)))});
    }
    if (!isBlank(activity.description)) item.details.push_back({text(activity.description)});
    return item;
  }

  void activityBlocks(std::vector<Block>& blocks, const Field& field) const {
    blocks.push_back(heading(3, std::string(m_w.activities)));
    std::vector<const Activity*> inField;
    for (const Activity* activity : m_activities)
      if (std::find(activity->fields.begin(), activity->fields.end(), field.id) != activity->fields.end())
        inField.push_back(activity);
    if (inField.empty()) {
      blocks.push_back(paragraph({text(std::string(m_w.noActivities))}));
      return;
    }
    for (const LifePhase* phase : m_phases) {
      std::vector<Item> items;
      for (const Activity* activity : inField)
        if (std::find(activity->lifePhases.begin(), activity->lifePhases.end(), phase->id) !=
            activity->lifePhases.end())
          items.push_back(activityItem(*activity));
      if (items.empty()) continue;
      blocks.push_back(heading(4, orId(phase->name, phase->id.value)));
      blocks.push_back(list(std::move(items), "activities"));
    }
    std::vector<Item> withoutPhase;
    for (const Activity* activity : inField)
      if (std::none_of(activity->lifePhases.begin(), activity->lifePhases.end(),
                       [this](const LifePhaseId& id) { return m_knownPhases.contains(id.value); }))
        withoutPhase.push_back(activityItem(*activity));
    if (!withoutPhase.empty()) {
      blocks.push_back(heading(4, std::string(m_w.withoutPhase)));
      blocks.push_back(list(std::move(withoutPhase), "activities"));
    }
  }

  Section gapSection() const {
    Section section{"gaps", std::string(m_w.gapsAndChains), {}};
    const std::vector<Gap> gaps = findGaps(m_project, m_options.filter);
    const SupportChains chains = computeSupportChains(m_project, m_options.filter);
    section.blocks.push_back(heading(3, std::string(m_w.gaps)));
    if (gaps.empty()) section.blocks.push_back(paragraph({text(std::string(m_w.noGaps))}));
    for (std::size_t k = 0; k < std::size(kGapKinds); ++k) {
      std::vector<Item> items;
      for (const Gap& gap : gaps)
        if (gap.kind == kGapKinds[k]) items.push_back({{text(explainGap(gap, m_names, m_options.language))}, {}});
      if (items.empty()) continue;
      section.blocks.push_back(heading(4, fmt::format("{} ({})", m_w.gapKinds[k], items.size())));
      section.blocks.push_back(list(std::move(items), "gaps"));
    }
    section.blocks.push_back(heading(3, std::string(m_w.chains)));
    auto broken = [this](const std::vector<SupportChain>& all) {
      std::vector<Item> items;
      for (const SupportChain& chain : all)
        if (chain.breaks > 0) items.push_back({{text(describeChain(chain, m_names, m_options.language))}, {}});
      return items;
    };
    std::vector<Item> goalChains = broken(chains.goals), fieldChains = broken(chains.fields);
    if (goalChains.empty() && fieldChains.empty())
      section.blocks.push_back(paragraph({text(std::string(m_w.noChains))}));
    if (!goalChains.empty()) {
      section.blocks.push_back(heading(4, std::string(m_w.chainGoals)));
      section.blocks.push_back(list(std::move(goalChains), "chains"));
    }
    if (!fieldChains.empty()) {
      section.blocks.push_back(heading(4, std::string(m_w.chainFields)));
      section.blocks.push_back(list(std::move(fieldChains), "chains"));
    }
    return section;
  }

  Section directorySection() const {
    Section section{"directory", std::string(m_w.directory), {}};
    if (m_directory.empty()) section.blocks.push_back(paragraph({text(std::string(m_w.noActors))}));
    for (const Actor* actor : m_directory) {
      section.blocks.push_back(heading(3, actorName(actor->id), m_anchors.at(actor->id.value)));
      section.blocks.push_back(paragraph({text(std::string(label(actor->type, m_options.language)))}, "type"));
      if (!isBlank(actor->selfDescription)) section.blocks.push_back(paragraph({text(actor->selfDescription)}));
      Block entries;
      entries.kind = BlockKind::Entries;
      auto add = [&](std::string_view name, Span value) {
        if (!isBlank(value.text)) entries.entries.emplace_back(std::string(name), Line{std::move(value)});
      };
      if (m_options.contacts == ContactData::Include) {
        const Contact& c = actor->contact;
        add(m_w.person, text(c.person));
        add(m_w.address, text(c.address));
        add(m_w.phone, text(c.phone));
        add(m_w.email, {SpanKind::Email, c.email, {}});
        add(m_w.web, {SpanKind::Url, c.web, {}});
      }
      if (!actor->memberships.empty()) {
        Line bodies;
        appendActors(bodies, actor->memberships);
        entries.entries.emplace_back(std::string(m_w.memberOf), std::move(bodies));
      }
      if (!entries.entries.empty()) section.blocks.push_back(std::move(entries));
    }
    return section;
  }

  const Project& m_project;
  const PracticalPartOptions& m_options;
  const Words& m_w;
  ProjectNames m_names;
  std::vector<const LifePhase*> m_phases;
  std::unordered_set<std::string> m_knownPhases;
  std::vector<const Actor*> m_directory;                   // address-directory order
  std::unordered_map<std::string, std::string> m_anchors;  // actor id → "actor-N"
  std::vector<const Activity*> m_activities;               // accepted, in listing order
  std::vector<int> m_conferenceYears;                      // of the dated conferences: marked in charts
};

// ---------------------------------------------------------------------------------------------
// HTML.

void appendHtml(std::string& out, std::string_view value) { appendEscapedMarkup(out, value, MarkupPolicy::Html); }

std::string html(std::string_view value) {
  std::string out;
  appendHtml(out, clean(value));
  return out;
}

std::string htmlLine(const Line& line) {
  std::string out;
  for (const Span& span : line) {
    const std::string value = clean(span.text);
    switch (span.kind) {
      case SpanKind::Text:
        appendHtml(out, value);
        break;
      case SpanKind::Strong:
        out += "<strong>";
        appendHtml(out, value);
        out += "</strong>";
        break;
      case SpanKind::ActorRef:
        if (span.target.empty()) {
          appendHtml(out, value);
          break;
        }
        out += "<a href=\"#" + html(span.target) + "\">";
        appendHtml(out, value);
        out += "</a>";
        break;
      case SpanKind::Url:
      case SpanKind::Email: {
        const std::string address = trim(value);
        const bool link = span.kind == SpanKind::Url ? isWebAddress(address) : isEmailAddress(address);
        if (!link) {
          appendHtml(out, value);
          break;
        }
        out += span.kind == SpanKind::Url ? "<a href=\"" : "<a href=\"mailto:";
        appendHtml(out, address);
        out += "\">";
        appendHtml(out, address);
        out += "</a>";
        break;
      }
    }
  }
  return trim(out);
}

std::string classAttribute(const std::string& style) { return style.empty() ? "" : " class=\"" + html(style) + "\""; }

void writeHtmlBlock(std::string& out, const Block& block) {
  switch (block.kind) {
    case BlockKind::Heading: {
      const int level = std::clamp(block.level, 1, 6);
      out += fmt::format("<h{}{}>{}</h{}>\n", level, block.anchor.empty() ? "" : " id=\"" + html(block.anchor) + "\"",
                         htmlLine(block.line), level);
      break;
    }
    case BlockKind::Paragraph:
      out += fmt::format("<p{}>{}</p>\n", classAttribute(block.style), htmlLine(block.line));
      break;
    case BlockKind::List:
      out += fmt::format("<ul{}>\n", classAttribute(block.style));
      for (const Item& item : block.items) {
        out += "<li>" + htmlLine(item.head);
        for (const Line& detail : item.details) out += "<div class=\"detail\">" + htmlLine(detail) + "</div>";
        if (!item.figure.empty()) out += "\n<div class=\"chart\">\n" + item.figure + "</div>";
        out += "</li>\n";
      }
      out += "</ul>\n";
      break;
    case BlockKind::Entries:
      out += "<dl>\n";
      for (const auto& [name, value] : block.entries)
        out += fmt::format("<dt>{}</dt><dd>{}</dd>\n", html(name), htmlLine(value));
      out += "</dl>\n";
      break;
  }
}

std::string writeHtml(const Document& doc) {
  std::string out;
  out += fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
                     languageCode(doc.language));
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"generator\" content=\"Knotenpunkt\">\n";
  out += "<title>" + trim(html(doc.title)) + (doc.subtitle.empty() ? "" : " – " + html(doc.subtitle)) + "</title>\n";
  out += "<style>\n" + std::string(kCss) + "</style>\n</head>\n<body>\n<header>\n";
  out += "<h1>" + trim(html(doc.title)) + "</h1>\n";
  if (!doc.subtitle.empty()) out += "<p class=\"subtitle\">" + html(doc.subtitle) + "</p>\n";
  if (!doc.notice.empty())
    out += fmt::format("<p class=\"notice\" role=\"note\"><strong>{}:</strong> {}</p>\n", html(doc.noticeLabel),
                       trim(html(doc.notice)));
  for (const std::string& line : doc.introduction) out += "<p>" + html(line) + "</p>\n";
  out += fmt::format("<nav>\n<h2>{}</h2>\n<ol>\n", html(doc.contents));
  for (const Section& section : doc.sections)
    out += fmt::format("<li><a href=\"#{}\">{}</a></li>\n", html(section.anchor), trim(html(section.heading)));
  out += "</ol>\n</nav>\n</header>\n<main>\n";
  for (const Section& section : doc.sections) {
    out += fmt::format("<section id=\"{}\">\n<h2>{}</h2>\n", html(section.anchor), trim(html(section.heading)));
    for (const Block& block : section.blocks) writeHtmlBlock(out, block);
    out += "</section>\n";
  }
  out += "</main>\n</body>\n</html>\n";
  return out;
}

// ---------------------------------------------------------------------------------------------
// Markdown.

// `lineStart`: the text begins a heading, bullet or paragraph (report_markup.hpp).
std::string markdown(std::string_view value, bool lineStart) {
  return escapeMarkdown(value, lineStart ? MarkdownAt::LineStart : MarkdownAt::Inline);
}

std::string markdownLine(const Line& line, bool lineStart) {
  std::string out;
  bool atStart = lineStart;
  for (const Span& span : line) {
    std::string value = clean(span.text);
    if (out.empty()) value.erase(0, std::min(value.find_first_not_of(' '), value.size()));
    if (value.empty()) continue;
    switch (span.kind) {
      case SpanKind::Text:
      case SpanKind::ActorRef:
        out += markdown(value, atStart && out.empty());
        break;
      case SpanKind::Strong: {
        const std::string inner = trim(value);
        if (!inner.empty()) out += "**" + markdown(inner, false) + "**";
        break;
      }
      case SpanKind::Url:
      case SpanKind::Email: {
        const std::string address = trim(value);
        const bool link = span.kind == SpanKind::Url ? isWebAddress(address) : isEmailAddress(address);
        out += link ? "<" + address + ">" : markdown(value, atStart && out.empty());
        break;
      }
    }
    atStart = false;
  }
  return trim(out);
}

// Raw HTML (a chart) as a block of the list item above it: each line indented by the item's two
// spaces, a blank line before and after (the caller's) so that Markdown passes it through.
std::string indentedBlock(const std::string& markup) {
  std::string out;
  std::size_t start = 0;
  while (start < markup.size()) {
    const std::size_t end = std::min(markup.find('\n', start), markup.size());
    out += "  " + markup.substr(start, end - start) + "\n";
    start = end + 1;
  }
  return out;
}

void writeMarkdownBlock(std::string& out, const Block& block) {
  switch (block.kind) {
    case BlockKind::Heading:
      out += std::string(static_cast<std::size_t>(std::clamp(block.level, 1, 6)), '#') + " " +
             markdownLine(block.line, true) + "\n\n";
      break;
    case BlockKind::Paragraph: {
      const std::string line = markdownLine(block.line, true);
      if (!line.empty()) out += line + "\n\n";
      break;
    }
    case BlockKind::List:
      for (const Item& item : block.items) {
        out += "- " + markdownLine(item.head, true) + "\n";
        for (const Line& detail : item.details) out += "  - " + markdownLine(detail, true) + "\n";
        if (!item.figure.empty()) out += "\n" + indentedBlock(item.figure) + "\n";
      }
      if (!out.ends_with("\n\n")) out += "\n";
      break;
    case BlockKind::Entries:
      for (const auto& [name, value] : block.entries)
        out += "- " + markdown(name, true) + ": " + markdownLine(value, false) + "\n";
      out += "\n";
      break;
  }
}

std::string writeMarkdown(const Document& doc) {
  std::string out = "# " + markdownLine({text(doc.title)}, true) + "\n\n";
  if (!doc.subtitle.empty()) out += "*" + markdown(doc.subtitle, false) + "*\n\n";
  if (!doc.notice.empty())
    out += "> **" + markdown(doc.noticeLabel, false) + ":** " + markdownLine({text(doc.notice)}, false) + "\n\n";
  for (const std::string& line : doc.introduction) out += markdownLine({text(line)}, true) + "\n\n";
  for (const Section& section : doc.sections) {
    out += "## " + markdownLine({text(section.heading)}, true) + "\n\n";
    for (const Block& block : section.blocks) writeMarkdownBlock(out, block);
  }
  while (out.ends_with("\n\n")) out.pop_back();
  return out;
}

}  // namespace

std::string writePracticalPart(const Project& project, PracticalPartFormat format,
                               const PracticalPartOptions& options) {
  const Document doc = Builder(project, options).build();
  return format == PracticalPartFormat::Html ? writeHtml(doc) : writeMarkdown(doc);
}

}  // namespace knp
