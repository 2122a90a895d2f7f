#include "report/diff_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "report/analysis_sentences.hpp"
#include "text/number_format.hpp"
#include "report/project_names.hpp"
#include "report/report_markup.hpp"
#include "text/labels.hpp"
#include "text/utf8.hpp"

namespace knp {
namespace {

using nlohmann::ordered_json;

// ---- Words ---------------------------------------------------------------------------------

struct Words {
  std::string_view title, comparison, asOf, counted, countedAll, inYear, noDifferences;
  std::string_view items, added, removed, changed;
  std::string_view coverage, filled, emptied, moreOrFewer, cellLine;
  std::string_view gaps, gapsClosed, gapsOpened;
  std::string_view chains, mended, broken, goalChain, fieldChain, mendedLine, brokenLine, oneBreak, breaks;
  std::string_view together, begun, ended, takenUp, takenUpOneGoal, takenUpLine, takenUpNoGoal;
  std::string_view indicators, towards, away, targetNote, higherNote, lowerNote;
  std::string_view more;
};

// One sentence a line, German and English in the same order.
// clang-format off
constexpr Words kGerman{
    "Was hat sich geändert?",
    "Vergleich: {} → {}",
    "{} (Stand {})",
    "Gezählt werden Aktivitäten mit Status {}{}.",
    "Gezählt werden alle Aktivitäten{}.",
    ", die im Jahr {} laufen",
    "Keine Unterschiede.",
    "Einträge",
    "Neu ({})",
    "Entfernt ({})",
    "Geändert ({})",
    "Abdeckung: Handlungsfeld × Lebensphase",
    "Neu besetzt ({})",
    "Geleert ({})",
    "Mehr oder weniger Aktivitäten ({})",
    "{} × {}: {} → {} ({})",
    "Lücken",
    "Geschlossen ({})",
    "Neu entstanden ({})",
    "Förderketten",
    "Lückenlos geworden ({})",
    "Neu unterbrochen ({})",
    "Ziel „{}“",
    "Handlungsfeld {}",
    "{}: keine Bruchstelle mehr (vorher {})",
    "{}: jetzt {} (vorher keine)",
    "1 Bruchstelle",
    "{} Bruchstellen",
    "Zusammenarbeit",
    "Kooperationen begonnen ({})",
    "Kooperationen beendet ({})",
    "Vorschläge aufgegriffen ({})",
    "{} und {} arbeiten jetzt zusammen – vorgeschlagen wegen des gemeinsamen Ziels {} (Wert {}).",
    "{} und {} arbeiten jetzt zusammen – vorgeschlagen wegen der gemeinsamen Ziele {} (Wert {}).",
    "{} und {} arbeiten jetzt zusammen – wie vorgeschlagen (Wert {}).",
    "Kennzahlen",
    "Zum Ziel hin ({})",
    "Vom Ziel weg ({})",
    "; Ziel {} bis {}",
    " (höher ist besser)",
    " (niedriger ist besser)",
    "{} weitere"};

constexpr Words kEnglish{
    "What changed?",
    "Comparison: {} → {}",
    "{} (as of {})",
    "Counted: activities with status {}{}.",
    "Counted: all activities{}.",
    " running in {}",
    "No differences.",
    "Items",
    "Added ({})",
    "Removed ({})",
    "Changed ({})",
    "Coverage: field of action × life phase",
    "Newly covered ({})",
    "Emptied ({})",
    "More or fewer activities ({})",
    "{} × {}: {} → {} ({})",
    "Gaps",
    "Closed ({})",
    "Opened ({})",
    "Support chains",
    "Mended ({})",
    "Broken ({})",
    "Goal “{}”",
    "Field of action {}",
    "{}: no break any more (before: {})",
    "{}: now {} (before: none)",
    "1 break",
    "{} breaks",
    "Working together",
    "Cooperations begun ({})",
    "Cooperations ended ({})",
    "Suggestions taken up ({})",
    "{} and {} now work together – suggested for their shared goal {} (score {}).",
    "{} and {} now work together – suggested for their shared goals {} (score {}).",
    "{} and {} now work together – as suggested (score {}).",
    "Indicators",
    "Towards the target ({})",
    "Away from the target ({})",
    "; target {} by {}",
    " (higher is better)",
    " (lower is better)",
    "{} more"};
// clang-format on

const Words& wordsFor(Language language) { return language == Language::English ? kEnglish : kGerman; }

// One table for the kinds and one for the fields: saved name, German, English.
struct KindWord {
  ItemKind kind;
  std::string_view german, english;
};

constexpr std::array<KindWord, 8> kKindWords{{
    {ItemKind::Field, "Handlungsfeld", "Field of action"},
    {ItemKind::LifePhase, "Lebensphase", "Life phase"},
    {ItemKind::Concept, "Konzept", "Concept"},
    {ItemKind::Goal, "Ziel", "Goal"},
    {ItemKind::Actor, "Akteur", "Actor"},
    {ItemKind::Activity, "Aktivität", "Activity"},
    {ItemKind::Cooperation, "Kooperation", "Cooperation"},
    {ItemKind::Indicator, "Kennzahl", "Indicator"},
}};

struct FieldWord {
  std::string_view saved, german, english;
};

// Every name ItemChange::fields can hold (diff/project_diff.cpp), in the file's order.
constexpr std::array<FieldWord, 34> kFieldWords{{
    {"name", "Name", "name"},
    {"colour", "Farbe", "colour"},
    {"minAge", "Mindestalter", "minimum age"},
    {"maxAge", "Höchstalter", "maximum age"},
    {"order", "Reihenfolge", "order"},
    {"title", "Titel", "title"},
    {"shortTitle", "Kurztitel", "short title"},
    {"concept", "Konzept", "concept"},
    {"level", "Ebene", "level"},
    {"parent", "übergeordnetes Ziel", "parent goal"},
    {"fields", "Handlungsfelder", "fields of action"},
    {"priorityYears", "Schwerpunktjahre", "priority years"},
    {"type", "Art", "type"},
    {"selfDescription", "Selbstbeschreibung", "self-description"},
    {"contact", "Kontaktdaten", "contact details"},
    {"memberships", "Mitgliedschaften", "memberships"},
    {"description", "Beschreibung", "description"},
    {"lead", "Träger", "lead"},
    {"partners", "Partner", "partners"},
    {"goals", "Ziele", "goals"},
    {"lifePhases", "Lebensphasen", "life phases"},
    {"status", "Status", "status"},
    {"startYear", "Beginn", "start year"},
    {"endYear", "Ende", "end year"},
    {"from", "von", "from"},
    {"to", "an", "to"},
    {"note", "Notiz", "note"},
    {"unit", "Einheit", "unit"},
    {"source", "Quelle", "source"},
    {"field", "Handlungsfeld", "field of action"},
    {"kind", "Art der Kennzahl", "kind"},
    {"direction", "Richtung", "direction"},
    {"target", "Zielwert", "target"},
    {"values", "Werte", "values"},
}};

std::string quoted(std::string_view text, Language language) {
  return language == Language::English ? fmt::format("“{}”", text) : fmt::format("„{}“", text);
}

// ---- Names from both states ----------------------------------------------------------------

// Names from the new state where the item is there, else from the old one.
struct BothNames {
  BothNames(const Project& old, const Project& now) : beforeProject(old), afterProject(now), before(old), after(now) {}

  std::string field(const FieldId& id) const {
    return findField(afterProject, id) ? after.field(id) : before.field(id);
  }
  std::string phase(const LifePhaseId& id) const {
    return findLifePhase(afterProject, id) ? after.phase(id) : before.phase(id);
  }

  const Project& beforeProject;
  const Project& afterProject;
  const ProjectNames before, after;
};

std::string chainSubject(const ChainChange& chain, const ProjectNames& names, const Words& w) {
  if (chain.goal) return fmt::format(fmt::runtime(w.goalChain), names.goalShort(*chain.goal));
  return fmt::format(fmt::runtime(w.fieldChain), names.field(chain.field.value_or(FieldId{})));
}

std::string breaksText(std::size_t count, const Words& w) {
  return count == 1 ? std::string(w.oneBreak) : fmt::format(fmt::runtime(w.breaks), count);
}

// ---- Sentences -----------------------------------------------------------------------------

std::string itemLine(const ItemChange& item, Language language) {
  std::string line = fmt::format("{} {}", kindWord(item.item.kind, language), quoted(item.name, language));
  if (item.fields.empty()) return line;
  std::vector<std::string> words;
  for (const std::string& field : item.fields) words.emplace_back(fieldWord(field, language));
  std::string joined;
  for (std::size_t i = 0; i < words.size(); ++i) joined += (i ? ", " : "") + words[i];
  return line + ": " + joined;
}

std::string cellLine(const CellChange& cell, const BothNames& names, const Words& w) {
  return fmt::format(fmt::runtime(w.cellLine), names.field(cell.field), names.phase(cell.phase), cell.before,
                     cell.after, formatChange(static_cast<long long>(cell.after) - static_cast<long long>(cell.before)));
}

std::string mendedLine(const ChainChange& chain, const ProjectNames& names, const Words& w) {
  return fmt::format(fmt::runtime(w.mendedLine), chainSubject(chain, names, w), breaksText(chain.breaksBefore, w));
}

std::string brokenLine(const ChainChange& chain, const ProjectNames& names, const Words& w) {
  return fmt::format(fmt::runtime(w.brokenLine), chainSubject(chain, names, w), breaksText(chain.breaksAfter, w));
}

std::string pairLine(const PairChange& pair, const ProjectNames& names) {
  return names.actor(pair.first) + " – " + names.actor(pair.second);
}

std::string takenUpLine(const CooperationSuggestion& s, const ProjectNames& names, Language language) {
  const Words& w = wordsFor(language);
  const std::string score = decimal(s.score, 2, language);
  if (s.sharedGoals.empty())
    return fmt::format(fmt::runtime(w.takenUpNoGoal), names.actor(s.first), names.actor(s.second), score);
  constexpr std::size_t kGoalsNamed = 3;
  std::vector<std::string> goals;
  for (std::size_t i = 0; i < s.sharedGoals.size() && i < kGoalsNamed; ++i)
    goals.push_back(quoted(names.goalShort(s.sharedGoals[i]), language));
  if (s.sharedGoals.size() > kGoalsNamed)
    goals.push_back(fmt::format(fmt::runtime(w.more), s.sharedGoals.size() - kGoalsNamed));
  return fmt::format(fmt::runtime(s.sharedGoals.size() == 1 ? w.takenUpOneGoal : w.takenUpLine), names.actor(s.first),
                     names.actor(s.second), joinNames(goals, language), score);
}

std::string indicatorLine(const IndicatorMove& move, const Project& after, Language language) {
  const Words& w = wordsFor(language);
  const Indicator* indicator = findIndicator(after, move.indicator);
  const std::string name = indicator && !indicator->name.empty() ? indicator->name : move.indicator.value;
  const std::string unit = indicator && !trimSpaces(indicator->unit).empty() ? " " + indicator->unit : "";
  auto year = [](const std::optional<int>& y) { return y ? std::to_string(*y) : std::string("?"); };
  std::string line =
      fmt::format("{}: {} → {}{} ({} → {})", quoted(name, language), formatNumber(move.oldValue, language),
                  formatNumber(move.newValue, language), unit, year(move.oldYear), year(move.newYear));
  if (indicator && indicator->target)
    line += fmt::format(fmt::runtime(w.targetNote), formatNumber(indicator->target->value, language) + unit,
                        indicator->target->year);
  else if (indicator && indicator->direction == IndicatorDirection::HigherIsBetter)
    line += w.higherNote;
  else if (indicator && indicator->direction == IndicatorDirection::LowerIsBetter)
    line += w.lowerNote;
  return line;
}

std::string filterLine(const ActivityFilter& filter, Language language) {
  const Words& w = wordsFor(language);
  std::string statuses;
  for (ActivityStatus status : filter.statuses)
    statuses += (statuses.empty() ? "" : ", ") + std::string(label(status, language));
  const std::string inYear = filter.year ? fmt::format(fmt::runtime(w.inYear), *filter.year) : std::string();
  if (statuses.empty()) return fmt::format(fmt::runtime(w.countedAll), inYear);
  return fmt::format(fmt::runtime(w.counted), statuses, inYear);
}

std::string stateLabel(const std::string& label, const Project& project) {
  if (!trimSpaces(label).empty()) return label;
  return project.title;
}

// ---- Text and Markdown ---------------------------------------------------------------------

// Headings, paragraphs and bullets; every line cleaned, and escaped for Markdown.
class Writer {
 public:
  explicit Writer(DiffFormat format) : m_format(format) {}

  void heading(int level, std::string_view raw) {
    const std::string text = line(raw, MarkdownAt::LineStart);
    if (!m_out.empty() && !m_out.ends_with("\n\n")) m_out += "\n";
    if (m_format == DiffFormat::Markdown) {
      m_out += std::string(static_cast<std::size_t>(level), '#') + " " + text + "\n\n";
      return;
    }
    m_out += text + "\n";
    if (level <= 2) m_out += std::string(utf8Length(text), level == 1 ? '=' : '-') + "\n";
    m_out += "\n";
  }
  void paragraph(std::string_view raw) { m_out += line(raw, MarkdownAt::LineStart) + "\n\n"; }
  void bullet(std::string_view raw) { m_out += "- " + line(raw, MarkdownAt::LineStart) + "\n"; }

  std::string take() {
    while (m_out.ends_with("\n\n")) m_out.pop_back();
    return std::move(m_out);
  }

 private:
  std::string line(std::string_view raw, MarkdownAt at) const {
    const std::string clean = trimSpaces(cleanReportText(raw));
    return m_format == DiffFormat::Markdown ? escapeMarkdown(clean, at) : clean;
  }

  DiffFormat m_format;
  std::string m_out;
};

// ---- What a line is about (item keys) -------------------------------------------------------

std::string actorKey(const ActorId& id) { return itemKeyOf({ItemKind::Actor, id.value}); }

// An item's key; a cooperation's two actors instead (a cooperation is an edge, not a node).
std::vector<std::string> itemKeys(const ItemRef& item, const Project& where) {
  if (item.kind == ItemKind::Cooperation)
    for (const Cooperation& c : where.cooperations)
      if (c.id.value == item.id) return {actorKey(c.from), actorKey(c.to)};
  return {itemKeyOf(item)};
}

// The cell's life phase and the activities in it in either state.
std::vector<std::string> cellKeys(const CellChange& cell, const Project& before, const Project& after,
                                  const ActivityFilter& filter) {
  std::vector<std::string> keys{itemKeyOf({ItemKind::LifePhase, cell.phase.value})};
  for (const Project* project : {&after, &before})
    for (const Activity& a : project->activities) {
      if (!accepts(filter, a) || std::find(a.fields.begin(), a.fields.end(), cell.field) == a.fields.end() ||
          std::find(a.lifePhases.begin(), a.lifePhases.end(), cell.phase) == a.lifePhases.end())
        continue;
      std::string key = itemKeyOf({ItemKind::Activity, a.id.value});
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
    }
  return keys;
}

std::vector<std::string> gapKeys(const Gap& gap) {
  std::vector<std::string> keys;
  if (gap.goal) keys.push_back(itemKeyOf({ItemKind::Goal, gap.goal->value}));
  if (gap.phase) keys.push_back(itemKeyOf({ItemKind::LifePhase, gap.phase->value}));
  if (gap.actor) keys.push_back(actorKey(*gap.actor));
  return keys;
}

std::vector<std::string> chainKeys(const ChainChange& chain) {
  if (chain.goal) return {itemKeyOf({ItemKind::Goal, chain.goal->value})};
  return {};
}

bool itemsChanged(const ProjectDiff& d) { return !d.added.empty() || !d.removed.empty() || !d.changed.empty(); }
bool chainsChanged(const ProjectDiff& d) { return !d.chainsMended.empty() || !d.chainsBroken.empty(); }
bool togetherChanged(const ProjectDiff& d) {
  return !d.cooperationsBegun.empty() || !d.cooperationsEnded.empty() || !d.suggestionsTakenUp.empty();
}
bool indicatorsChanged(const ProjectDiff& d) { return !d.indicatorsTowards.empty() || !d.indicatorsAway.empty(); }

// The changed cells that were neither filled nor emptied.
std::vector<CellChange> otherCells(const ProjectDiff& d) {
  std::vector<CellChange> cells;
  for (const CellChange& cell : d.cells)
    if (cell.before != 0 && cell.after != 0) cells.push_back(cell);
  return cells;
}

}  // namespace

std::string asOfLabel(std::string_view label, int year, Language language) {
  return fmt::format(fmt::runtime(wordsFor(language).asOf), label, year);
}

std::string_view kindWord(ItemKind kind, Language language) {
  for (const KindWord& entry : kKindWords)
    if (entry.kind == kind) return language == Language::English ? entry.english : entry.german;
  return {};
}

std::string_view fieldWord(std::string_view savedName, Language language) {
  for (const FieldWord& entry : kFieldWords)
    if (entry.saved == savedName) return language == Language::English ? entry.english : entry.german;
  return savedName;
}

std::vector<DiffSection> diffSections(const Project& before, const Project& after, const ProjectDiff& diff,
                                      const DiffReportOptions& options) {
  const Language language = options.language;
  const Words& w = wordsFor(language);
  const BothNames names(before, after);
  std::vector<DiffSection> sections;
  auto section = [&](std::string_view heading) -> DiffSection& {
    sections.push_back({std::string(heading), {}});
    return sections.back();
  };
  // A list with its count in the heading and one line per entry; nothing for an empty one.
  auto list = [&](DiffSection& into, std::string_view headingTemplate, const auto& entries, auto describe, auto about) {
    if (entries.empty()) return;
    DiffList out{fmt::format(fmt::runtime(headingTemplate), entries.size()), {}};
    for (const auto& entry : entries) out.lines.push_back({trimSpaces(cleanReportText(describe(entry))), about(entry)});
    into.lists.push_back(std::move(out));
  };
  if (itemsChanged(diff)) {
    DiffSection& items = section(w.items);
    auto item = [&](const ItemChange& change) { return itemLine(change, language); };
    list(items, w.added, diff.added, item, [&](const ItemChange& c) { return itemKeys(c.item, after); });
    list(items, w.removed, diff.removed, item, [&](const ItemChange& c) { return itemKeys(c.item, before); });
    list(items, w.changed, diff.changed, item, [&](const ItemChange& c) { return itemKeys(c.item, after); });
  }
  if (!diff.cells.empty()) {
    DiffSection& coverage = section(w.coverage);
    auto cell = [&](const CellChange& change) { return cellLine(change, names, w); };
    auto keys = [&](const CellChange& c) { return cellKeys(c, before, after, options.filter); };
    list(coverage, w.filled, diff.cellsFilled, cell, keys);
    list(coverage, w.emptied, diff.cellsEmptied, cell, keys);
    list(coverage, w.moreOrFewer, otherCells(diff), cell, keys);
  }
  if (!diff.gapsClosed.empty() || !diff.gapsOpened.empty()) {
    DiffSection& gaps = section(w.gaps);
    list(gaps, w.gapsClosed, diff.gapsClosed, [&](const Gap& gap) { return explainGap(gap, names.before, language); },
         gapKeys);
    list(gaps, w.gapsOpened, diff.gapsOpened, [&](const Gap& gap) { return explainGap(gap, names.after, language); },
         gapKeys);
  }
  if (chainsChanged(diff)) {
    DiffSection& chains = section(w.chains);
    list(chains, w.mended, diff.chainsMended, [&](const ChainChange& c) { return mendedLine(c, names.after, w); },
         chainKeys);
    list(chains, w.broken, diff.chainsBroken, [&](const ChainChange& c) { return brokenLine(c, names.after, w); },
         chainKeys);
  }
  if (togetherChanged(diff)) {
    DiffSection& together = section(w.together);
    auto pairKeys = [](const auto& p) { return std::vector{actorKey(p.first), actorKey(p.second)}; };
    list(together, w.begun, diff.cooperationsBegun, [&](const PairChange& p) { return pairLine(p, names.after); },
         pairKeys);
    list(together, w.ended, diff.cooperationsEnded, [&](const PairChange& p) { return pairLine(p, names.before); },
         pairKeys);
    list(together, w.takenUp, diff.suggestionsTakenUp,
         [&](const CooperationSuggestion& s) { return takenUpLine(s, names.before, language); }, pairKeys);
  }
  if (indicatorsChanged(diff)) {
    DiffSection& indicators = section(w.indicators);
    auto move = [&](const IndicatorMove& m) { return indicatorLine(m, after, language); };
    auto keys = [](const IndicatorMove& m) { return std::vector{itemKeyOf({ItemKind::Indicator, m.indicator.value})}; };
    list(indicators, w.towards, diff.indicatorsTowards, move, keys);
    list(indicators, w.away, diff.indicatorsAway, move, keys);
  }
  return sections;
}

std::string writeDiffReport(const Project& before, const Project& after, const ProjectDiff& diff, DiffFormat format,
                            const DiffReportOptions& options) {
  const Language language = options.language;
  const Words& w = wordsFor(language);
  Writer out(format);
  out.heading(1, w.title);
  out.paragraph(fmt::format(fmt::runtime(w.comparison), stateLabel(options.beforeLabel, before),
                            stateLabel(options.afterLabel, after)));
  out.paragraph(filterLine(options.filter, language));
  if (diff.empty()) {
    out.paragraph(w.noDifferences);
    return out.take();
  }
  for (const DiffSection& section : diffSections(before, after, diff, options)) {
    out.heading(2, section.heading);
    for (const DiffList& list : section.lists) {
      out.heading(3, list.heading);
      for (const DiffLine& line : list.lines) out.bullet(line.text);
    }
  }
  return out.take();
}

// ---- JSON ----------------------------------------------------------------------------------

namespace {

template <class IdType>
ordered_json optionalId(const std::optional<IdType>& id) {
  return id ? ordered_json(id->value) : ordered_json(nullptr);
}

ordered_json itemsJson(const std::vector<ItemChange>& items, Language language, bool withFields) {
  ordered_json list = ordered_json::array();
  for (const ItemChange& item : items) {
    ordered_json entry{{"kind", toString(item.item.kind)}, {"id", item.item.id}, {"name", item.name}};
    if (withFields) {
      ordered_json words = ordered_json::array();
      for (const std::string& field : item.fields) words.push_back(fieldWord(field, language));
      entry["fields"] = item.fields;
      entry["fieldWords"] = words;
    }
    entry["description"] = itemLine(item, language);
    list.push_back(std::move(entry));
  }
  return list;
}

ordered_json gapsJson(const std::vector<Gap>& gaps, const ProjectNames& names, Language language) {
  ordered_json list = ordered_json::array();
  for (const Gap& gap : gaps)
    list.push_back({{"kind", toString(gap.kind)},
                    {"goal", optionalId(gap.goal)},
                    {"lifePhase", optionalId(gap.phase)},
                    {"field", optionalId(gap.field)},
                    {"actor", optionalId(gap.actor)},
                    {"activities", gap.activities},
                    {"description", explainGap(gap, names, language)}});
  return list;
}

ordered_json chainsJson(const std::vector<ChainChange>& chains, const ProjectNames& names, const Words& w,
                        bool mended) {
  ordered_json list = ordered_json::array();
  for (const ChainChange& chain : chains) {
    ordered_json entry;
    if (chain.goal) entry["goal"] = chain.goal->value;
    if (chain.field) entry["field"] = chain.field->value;
    entry["name"] = chain.goal ? names.goalShort(*chain.goal) : names.field(chain.field.value_or(FieldId{}));
    entry["breaksBefore"] = chain.breaksBefore;
    entry["breaksAfter"] = chain.breaksAfter;
    entry["description"] = mended ? mendedLine(chain, names, w) : brokenLine(chain, names, w);
    list.push_back(std::move(entry));
  }
  return list;
}

ordered_json pairsJson(const std::vector<PairChange>& pairs, const ProjectNames& names) {
  ordered_json list = ordered_json::array();
  for (const PairChange& pair : pairs)
    list.push_back({{"actors", {pair.first.value, pair.second.value}},
                    {"names", {names.actor(pair.first), names.actor(pair.second)}}});
  return list;
}

ordered_json indicatorsJson(const std::vector<IndicatorMove>& moves, const Project& after, Language language) {
  ordered_json list = ordered_json::array();
  for (const IndicatorMove& move : moves) {
    const Indicator* indicator = findIndicator(after, move.indicator);
    ordered_json target = nullptr;
    if (indicator && indicator->target)
      target = {{"value", indicator->target->value}, {"year", indicator->target->year}};
    list.push_back({{"indicator", move.indicator.value},
                    {"name", indicator ? indicator->name : move.indicator.value},
                    {"unit", indicator ? indicator->unit : std::string()},
                    {"oldYear", move.oldYear ? ordered_json(*move.oldYear) : ordered_json(nullptr)},
                    {"oldValue", move.oldValue},
                    {"newYear", move.newYear ? ordered_json(*move.newYear) : ordered_json(nullptr)},
                    {"newValue", move.newValue},
                    {"target", target},
                    {"description", indicatorLine(move, after, language)}});
  }
  return list;
}

}  // namespace

ordered_json diffToJson(const Project& before, const Project& after, const ProjectDiff& diff,
                        const DiffReportOptions& options) {
  const Language language = options.language;
  const Words& w = wordsFor(language);
  const BothNames names(before, after);

  ordered_json cells = ordered_json::array();
  for (const CellChange& cell : diff.cells)
    cells.push_back({{"field", cell.field.value},
                     {"fieldName", names.field(cell.field)},
                     {"lifePhase", cell.phase.value},
                     {"lifePhaseName", names.phase(cell.phase)},
                     {"before", cell.before},
                     {"after", cell.after},
                     {"change", cell.before == 0           ? "filled"
                                : cell.after == 0          ? "emptied"
                                : cell.after > cell.before ? "more"
                                                           : "fewer"}});

  ordered_json suggestions = ordered_json::array();
  for (const CooperationSuggestion& s : diff.suggestionsTakenUp) {
    ordered_json goals = ordered_json::array();
    for (const GoalId& goal : s.sharedGoals) goals.push_back(goal.value);
    suggestions.push_back({{"actors", {s.first.value, s.second.value}},
                           {"names", {names.before.actor(s.first), names.before.actor(s.second)}},
                           {"score", s.score},
                           {"sharedGoals", goals},
                           {"description", takenUpLine(s, names.before, language)}});
  }

  ordered_json statuses = ordered_json::array();
  for (ActivityStatus status : options.filter.statuses) statuses.push_back(toString(status));
  auto state = [](const std::string& label, const Project& project) {
    return ordered_json{{"label", stateLabel(label, project)}, {"title", project.title}};
  };
  return {{"format", "knotenpunkt-diff"},
          {"version", 1},
          {"language", languageCode(language)},
          {"before", state(options.beforeLabel, before)},
          {"after", state(options.afterLabel, after)},
          {"filter",
           {{"year", options.filter.year ? ordered_json(*options.filter.year) : ordered_json(nullptr)},
            {"statuses", statuses}}},
          {"empty", diff.empty()},
          {"items",
           {{"added", itemsJson(diff.added, language, false)},
            {"removed", itemsJson(diff.removed, language, false)},
            {"changed", itemsJson(diff.changed, language, true)}}},
          {"cells", cells},
          {"gaps",
           {{"closed", gapsJson(diff.gapsClosed, names.before, language)},
            {"opened", gapsJson(diff.gapsOpened, names.after, language)}}},
          {"chains",
           {{"mended", chainsJson(diff.chainsMended, names.after, w, true)},
            {"broken", chainsJson(diff.chainsBroken, names.after, w, false)}}},
          {"cooperations",
           {{"begun", pairsJson(diff.cooperationsBegun, names.after)},
            {"ended", pairsJson(diff.cooperationsEnded, names.before)}}},
          {"suggestionsTakenUp", suggestions},
          {"indicators",
           {{"towards", indicatorsJson(diff.indicatorsTowards, after, language)},
            {"away", indicatorsJson(diff.indicatorsAway, after, language)}}}};
}

}  // namespace knp
