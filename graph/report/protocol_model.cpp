#include "report/protocol_model.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <utility>

#include "conference/conference_dates.hpp"
#include "conference/poll_results.hpp"
#include "edit/item_kind.hpp"
#include "report/analysis_sentences.hpp"

namespace knp {
namespace {

// Fixed texts, one table per language.
struct Words {
  std::string_view protocol, date, ran, untilNow;
  std::string_view scenes, noScenes, highlighted;
  std::string_view polls, noPolls, mood, agreement, tables, noTables, dotsPerTable, noLimit, chooses, takenOver,
      notTakenOver, rank, option, dots, overLimit, chosen, tieAtCut, noneChosen, gone;
  std::string_view priorities, prioritiesNoYear, noPriorities, chosenBy, notChosenHere;
  std::string_view comments, noComments, wholeMap, deleted, notThere;
  std::string_view ideas, noIdeas, about;
  std::string_view changes, created, changed, noChanges, removed;
  std::string_view questions, noQuestions;
  std::string_view kinds[8];  // ItemKind order
};

constexpr Words kGerman{
    "Protokoll",
    "Datum: {}",
    "Im Programm durchgeführt: {} bis {}",
    "offen",
    "Szenen",
    "Es wurden keine Szenen gezeigt.",
    "Hervorgehoben: {}",
    "Abstimmungen",
    "Es gab keine Abstimmungen.",
    "Stimmungsbild",
    "Vereinbarung",
    "Tische: {}",
    "keine Tische",
    "{} Punkte je Tisch",
    "Punkte ohne Grenze",
    "die bestplatzierten Ziele (bis Rang {}) werden Schwerpunkte",
    "in die Ziele übernommen",
    "noch nicht in die Ziele übernommen",
    "Rang",
    "Option",
    "Punkte",
    "Mehr Punkte als erlaubt: {}",
    "Gewählt: {}",
    "Gleichstand an der Grenze: {} statt {} Ziele.",
    "Kein Ziel hat Punkte bekommen.",
    "nicht mehr vorhanden",
    "Vereinbarte Schwerpunkte {}",
    "Vereinbarte Schwerpunkte",
    "Kein Ziel ist Schwerpunkt für {}.",
    "gewählt in „{}“ (Rang {}, {} Punkte)",
    "ohne Vereinbarung in dieser Konferenz",
    "Kommentare",
    "Es gibt keine Kommentare.",
    "Zur Karte insgesamt",
    "gelöscht",
    "nicht mehr vorhanden",
    "Ideen",
    "Es gibt keine Ideen.",
    "zu {}",
    "Neu und geändert",
    "Neu angelegt",
    "Geändert",
    "Während der Konferenz wurde nichts angelegt oder geändert.",
    "nicht mehr vorhanden (gelöscht)",
    "Offene Fragen",
    "Es gibt keine offenen Fragen.",
    {"Handlungsfeld", "Lebensphase", "Konzept", "Ziel", "Akteur", "Aktivität", "Kooperation", "Kennzahl"}};

constexpr Words kEnglish{
    "Protocol",
    "Date: {}",
    "Run in the program: {} to {}",
    "open",
    "Scenes",
    "No scenes were shown.",
    "Highlighted: {}",
    "Polls",
    "There were no polls.",
    "Mood poll",
    "Agreement",
    "Tables: {}",
    "no tables",
    "{} dots per table",
    "dots without limit",
    "the top-ranked goals (down to rank {}) become priorities",
    "taken over into the goals",
    "not yet taken over into the goals",
    "Rank",
    "Option",
    "Dots",
    "More dots than allowed: {}",
    "Chosen: {}",
    "Tie at the cut: {} instead of {} goals.",
    "No goal received dots.",
    "no longer there",
    "Agreed priorities {}",
    "Agreed priorities",
    "No goal is a priority for {}.",
    "chosen in “{}” (rank {}, {} dots)",
    "without an agreement at this conference",
    "Comments",
    "There are no comments.",
    "On the map as a whole",
    "deleted",
    "no longer there",
    "Ideas",
    "There are no ideas.",
    "on {}",
    "Created and changed",
    "Created",
    "Changed",
    "Nothing was created or changed during the conference.",
    "no longer there (deleted)",
    "Open questions",
    "There are no open questions.",
    {"Field of action", "Life phase", "Concept", "Goal", "Actor", "Activity", "Cooperation", "Indicator"}};

std::string quoted(const std::string& text, Language language) {
  return language == Language::English ? "“" + text + "”" : "„" + text + "“";
}

// "14.09.2013" in German, the date as given otherwise (and when it is not YYYY-MM-DD).
std::string showDate(const std::string& date, Language language) {
  const bool iso = date.size() == 10 && date[4] == '-' && date[7] == '-';
  if (language == Language::English || !iso) return date;
  return date.substr(8, 2) + "." + date.substr(5, 2) + "." + date.substr(0, 4);
}

// "2013-09-14T10:30" → "14.09.2013 10:30" in German.
std::string showTime(const std::string& time, Language language) {
  if (time.size() < 10) return time;
  std::string rest = time.substr(10);
  if (!rest.empty() && rest[0] == 'T') rest[0] = ' ';
  return showDate(time.substr(0, 10), language) + rest;
}

class Builder {
 public:
  Builder(const Project& project, const Conference& conference, Language language)
      : m_p(project), m_c(conference), m_language(language), m_w(language == Language::English ? kEnglish : kGerman) {}

  ProtocolDocument build() {
    ProtocolDocument doc;
    doc.language = m_language;
    doc.title = m_c.title.empty() ? std::string(m_w.protocol) : m_c.title;
    doc.subtitle.push_back(std::string(m_w.protocol));
    if (!m_c.date.empty()) doc.subtitle.push_back(fmt::format(fmt::runtime(m_w.date), showDate(m_c.date, m_language)));
    if (!m_c.startedAt.empty())
      doc.subtitle.push_back(
          fmt::format(fmt::runtime(m_w.ran), showTime(m_c.startedAt, m_language),
                      m_c.endedAt.empty() ? std::string(m_w.untilNow) : showTime(m_c.endedAt, m_language)));
    scenes();
    polls();
    priorities();
    comments();
    notes(CommentKind::Idea, m_w.ideas, m_w.noIdeas);
    changes();
    notes(CommentKind::Question, m_w.questions, m_w.noQuestions);
    doc.blocks = std::move(m_blocks);
    return doc;
  }

 private:
  std::string_view kindName(ItemKind kind) const { return m_w.kinds[static_cast<int>(kind)]; }

  // "Ziel: Sprache fördern"; "Ziel: goal:x (nicht mehr vorhanden)" when it is gone; the key
  // itself for what is not an item key.
  std::string itemLabel(const std::string& key) const {
    const std::optional<ItemRef> ref = itemRefFromKey(key);
    if (!ref) return key;
    const std::string name = itemName(m_p, *ref);
    if (name.empty()) return fmt::format("{}: {} ({})", kindName(ref->kind), ref->id, m_w.notThere);
    return fmt::format("{}: {}", kindName(ref->kind), name);
  }

  // "text — author, 2013-09-14".
  std::string commentLine(const Comment& comment) const {
    std::string line = comment.text;
    std::vector<std::string> by;
    if (!comment.author.empty()) by.push_back(comment.author);
    if (!comment.date.empty()) by.push_back(showDate(comment.date, m_language));
    if (!by.empty()) line += " — " + joinList(by);
    return line;
  }

  static std::string joinList(const std::vector<std::string>& parts) {
    std::string text;
    for (const std::string& part : parts) text += (text.empty() ? "" : ", ") + part;
    return text;
  }

  void scenes() {
    m_blocks.push_back(headingBlock(2, std::string(m_w.scenes)));
    if (m_c.scenes.empty()) m_blocks.push_back(paragraphBlock(std::string(m_w.noScenes)));
    for (std::size_t i = 0; i < m_c.scenes.size(); ++i) {
      const Scene& scene = m_c.scenes[i];
      m_blocks.push_back(headingBlock(3, fmt::format("{}. {}", i + 1, scene.heading)));
      if (!scene.caption.empty()) m_blocks.push_back(paragraphBlock(scene.caption));
      if (!scene.highlightLabel.empty())
        m_blocks.push_back(paragraphBlock(fmt::format(fmt::runtime(m_w.highlighted), scene.highlightLabel)));
    }
  }

  // The option's text, and a note when the item it names is gone.
  std::string optionText(const PollOption& option) const {
    if (option.item.empty()) return option.text;
    const std::optional<ItemRef> ref = itemRefFromKey(option.item);
    if (ref && !itemExists(m_p, *ref)) return fmt::format("{} ({})", option.text, m_w.gone);
    return option.text;
  }

  void polls() {
    m_blocks.push_back(headingBlock(2, std::string(m_w.polls)));
    if (m_c.polls.empty()) m_blocks.push_back(paragraphBlock(std::string(m_w.noPolls)));
    for (const Poll& poll : m_c.polls) {
      m_blocks.push_back(headingBlock(3, poll.question));
      // The tables as listed, then any that placed dots and are no longer listed, by name.
      std::vector<std::string> tables = poll.tables;
      std::set<std::string> unlisted;
      for (const PollOption& option : poll.options)
        for (const auto& [table, count] : option.dots)
          if (std::find(tables.begin(), tables.end(), table) == tables.end()) unlisted.insert(table);
      tables.insert(tables.end(), unlisted.begin(), unlisted.end());

      std::vector<std::string> facts{
          std::string(poll.kind == PollKind::Agreement ? m_w.agreement : m_w.mood),
          tables.empty() ? std::string(m_w.noTables) : fmt::format(fmt::runtime(m_w.tables), joinList(tables)),
          poll.dotsPerTable > 0 ? fmt::format(fmt::runtime(m_w.dotsPerTable), poll.dotsPerTable)
                                : std::string(m_w.noLimit)};
      if (poll.kind == PollKind::Agreement) {
        facts.push_back(fmt::format(fmt::runtime(m_w.chooses), poll.choose));
        facts.push_back(std::string(poll.agreed ? m_w.takenOver : m_w.notTakenOver));
      }
      std::string line;
      for (const std::string& fact : facts) line += (line.empty() ? "" : " · ") + fact;
      m_blocks.push_back(paragraphBlock(line));

      const std::vector<RankedOption> ranking = rankPoll(poll);
      if (!ranking.empty()) {
        ProtocolBlock table;
        table.kind = ProtocolBlockKind::Table;
        table.header = {std::string(m_w.rank), std::string(m_w.option)};
        table.align = {ColumnAlign::Right, ColumnAlign::Left};
        for (const std::string& name : tables) {
          table.header.push_back(name);
          table.align.push_back(ColumnAlign::Right);
        }
        table.header.push_back(std::string(m_w.dots));
        table.align.push_back(ColumnAlign::Right);
        ProtocolBlock chart;
        chart.kind = ProtocolBlockKind::Chart;
        chart.text = std::string(m_w.dots);
        for (const RankedOption& ranked : ranking) {
          const PollOption& option = poll.options[ranked.option];
          std::vector<std::string> row{std::to_string(ranked.rank), optionText(option)};
          for (const std::string& name : tables) {
            const auto found = option.dots.find(name);
            row.push_back(std::to_string(found == option.dots.end() ? 0 : found->second));
          }
          row.push_back(std::to_string(ranked.dots));
          table.rows.push_back(std::move(row));
          chart.bars.push_back({optionText(option), std::max(0, ranked.dots)});
        }
        m_blocks.push_back(std::move(table));
        m_blocks.push_back(std::move(chart));
      }
      const std::vector<std::string> over = tablesOverLimit(poll);
      if (!over.empty()) m_blocks.push_back(paragraphBlock(fmt::format(fmt::runtime(m_w.overLimit), joinList(over))));
      if (poll.kind == PollKind::Agreement) {
        const std::vector<std::string> goals = agreedGoalIds(poll);
        std::vector<std::string> names;
        for (const std::string& id : goals) names.push_back(itemLabelPlain(ItemKind::Goal, id));
        if (goals.empty())
          m_blocks.push_back(paragraphBlock(std::string(m_w.noneChosen)));
        else
          m_blocks.push_back(paragraphBlock(fmt::format(fmt::runtime(m_w.chosen), joinNames(names, m_language))));
        if (goals.size() > static_cast<std::size_t>(std::max(1, poll.choose)))
          m_blocks.push_back(paragraphBlock(fmt::format(fmt::runtime(m_w.tieAtCut), goals.size(), poll.choose)));
      }
    }
  }

  // The item's name, or its id with "(nicht mehr vorhanden)".
  std::string itemLabelPlain(ItemKind kind, const std::string& id) const {
    const std::string name = itemName(m_p, {kind, id});
    return name.empty() ? fmt::format("{} ({})", id, m_w.notThere) : quoted(name, m_language);
  }

  void priorities() {
    const std::optional<int> year = conferenceYear(m_c);
    if (!year) {
      m_blocks.push_back(headingBlock(2, std::string(m_w.prioritiesNoYear)));
      m_blocks.push_back(paragraphBlock(m_language == Language::English
                                       ? "The conference has no date, so its priorities belong to no year."
                                       : "Die Konferenz hat kein Datum; ihre Schwerpunkte gehören zu keinem Jahr."));
      return;
    }
    m_blocks.push_back(headingBlock(2, fmt::format(fmt::runtime(m_w.priorities), *year)));
    auto isPriority = [&](const Goal& goal) {
      return std::find(goal.priorityYears.begin(), goal.priorityYears.end(), *year) != goal.priorityYears.end();
    };
    std::vector<std::string> items;
    std::set<std::string> listed;
    for (const Poll& poll : m_c.polls) {
      if (poll.kind != PollKind::Agreement) continue;
      const std::vector<std::string> chosen = agreedGoalIds(poll);
      const std::vector<RankedOption> ranking = rankPoll(poll);
      for (const std::string& id : chosen) {
        const Goal* goal = findGoal(m_p, GoalId(id));
        if (!goal || !isPriority(*goal) || listed.contains(id)) continue;
        listed.insert(id);
        for (const RankedOption& ranked : ranking)
          if (poll.options[ranked.option].item == "goal:" + id) {
            items.push_back(
                fmt::format("{} — {}", nameOf(m_p, *goal),
                            fmt::format(fmt::runtime(m_w.chosenBy), poll.question, ranked.rank, ranked.dots)));
            break;
          }
      }
    }
    for (const Goal& goal : m_p.goals)
      if (isPriority(goal) && !listed.contains(goal.id.value))
        items.push_back(fmt::format("{} — {}", nameOf(m_p, goal), m_w.notChosenHere));
    if (items.empty())
      m_blocks.push_back(paragraphBlock(fmt::format(fmt::runtime(m_w.noPriorities), *year)));
    else
      m_blocks.push_back(listBlock(std::move(items)));
  }

  void comments() {
    m_blocks.push_back(headingBlock(2, std::string(m_w.comments)));
    std::vector<std::string> wholeMap;
    // Groups by what they are about, in the order first commented on.
    std::vector<std::pair<std::string, std::vector<std::string>>> groups;
    auto groupOf = [&](const std::string& title) -> std::vector<std::string>& {
      for (auto& [name, lines] : groups)
        if (name == title) return lines;
      return groups.emplace_back(title, std::vector<std::string>{}).second;
    };
    for (const Comment& comment : m_c.comments) {
      if (comment.kind != CommentKind::Comment) continue;
      if (!comment.formerItem.empty())
        groupOf(fmt::format("{} ({})", comment.formerItem, m_w.deleted)).push_back(commentLine(comment));
      else if (comment.item.empty())
        wholeMap.push_back(commentLine(comment));
      else
        groupOf(itemLabel(comment.item)).push_back(commentLine(comment));
    }
    if (wholeMap.empty() && groups.empty()) {
      m_blocks.push_back(paragraphBlock(std::string(m_w.noComments)));
      return;
    }
    if (!wholeMap.empty()) {
      m_blocks.push_back(headingBlock(3, std::string(m_w.wholeMap)));
      m_blocks.push_back(listBlock(std::move(wholeMap)));
    }
    for (auto& [title, lines] : groups) {
      m_blocks.push_back(headingBlock(3, title));
      m_blocks.push_back(listBlock(std::move(lines)));
    }
  }

  // Ideas or open questions: one list, each with what it is about.
  void notes(CommentKind kind, std::string_view title, std::string_view none) {
    m_blocks.push_back(headingBlock(2, std::string(title)));
    std::vector<std::string> items;
    for (const Comment& comment : m_c.comments) {
      if (comment.kind != kind) continue;
      std::string line = commentLine(comment);
      if (!comment.formerItem.empty())
        line += fmt::format(
            " ({})", fmt::format(fmt::runtime(m_w.about), fmt::format("{} ({})", comment.formerItem, m_w.deleted)));
      else if (!comment.item.empty())
        line += fmt::format(" ({})", fmt::format(fmt::runtime(m_w.about), itemLabel(comment.item)));
      items.push_back(std::move(line));
    }
    if (items.empty())
      m_blocks.push_back(paragraphBlock(std::string(none)));
    else
      m_blocks.push_back(listBlock(std::move(items)));
  }

  void changes() {
    m_blocks.push_back(headingBlock(2, std::string(m_w.changes)));
    std::vector<std::string> created;
    std::set<std::string> createdKeys;
    auto collect = [&](const auto& items) {
      for (const auto& item : items) {
        if (item.fromConference.empty() || item.fromConference != m_c.id) continue;
        const std::string key = itemKeyOf(refOf(item));
        createdKeys.insert(key);
        created.push_back(itemLabel(key));
      }
    };
    collect(m_p.actors);
    collect(m_p.activities);
    collect(m_p.cooperations);
    std::vector<std::string> changed;
    std::set<std::string> seen;
    for (const std::string& key : m_c.changed) {
      if (createdKeys.contains(key) || !seen.insert(key).second) continue;
      const std::optional<ItemRef> ref = itemRefFromKey(key);
      if (ref && !itemExists(m_p, *ref))
        changed.push_back(fmt::format("{}: {} — {}", kindName(ref->kind), ref->id, m_w.removed));
      else
        changed.push_back(itemLabel(key));
    }
    if (created.empty() && changed.empty()) {
      m_blocks.push_back(paragraphBlock(std::string(m_w.noChanges)));
      return;
    }
    if (!created.empty()) {
      m_blocks.push_back(headingBlock(3, std::string(m_w.created)));
      m_blocks.push_back(listBlock(std::move(created)));
    }
    if (!changed.empty()) {
      m_blocks.push_back(headingBlock(3, std::string(m_w.changed)));
      m_blocks.push_back(listBlock(std::move(changed)));
    }
  }

  const Project& m_p;
  const Conference& m_c;
  Language m_language;
  const Words& m_w;
  std::vector<ProtocolBlock> m_blocks;
};

}  // namespace

ProtocolBlock headingBlock(int level, std::string text) {
  ProtocolBlock block;
  block.kind = ProtocolBlockKind::Heading;
  block.level = level;
  block.text = std::move(text);
  return block;
}

ProtocolBlock paragraphBlock(std::string text) {
  ProtocolBlock block;
  block.kind = ProtocolBlockKind::Paragraph;
  block.text = std::move(text);
  return block;
}

ProtocolBlock listBlock(std::vector<std::string> items) {
  ProtocolBlock block;
  block.kind = ProtocolBlockKind::List;
  block.items = std::move(items);
  return block;
}

ProtocolDocument buildProtocol(const Project& project, const Conference& conference, Language language) {
  return Builder(project, conference, language).build();
}

int heatmapScaleMax(const ProtocolBlock& block) {
  int most = std::max(block.scaleMax, 0);
  for (int count : block.counts) most = std::max(most, count);
  return most;
}

}  // namespace knp
