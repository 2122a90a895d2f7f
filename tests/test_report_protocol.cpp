// The protocol of a conference (report/protocol_model.hpp, report/protocol.hpp): what it lists
// from a small hand-built conference, and that nothing from the project becomes markup.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "project_builder.hpp"
#include "report/analysis_sentences.hpp"
#include "report/protocol.hpp"

using namespace knp;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Every part occurs, each after the one before it.
void checkInOrder(const std::string& text, const std::vector<std::string>& parts) {
  std::size_t at = 0;
  for (const std::string& part : parts) {
    INFO("looking for: " << part);
    const std::size_t found = text.find(part, at);
    CHECK(found != std::string::npos);
    if (found != std::string::npos) at = found + part.size();
  }
}

PollOption option(const char* id, const char* item, const char* text, std::map<std::string, int> dots) {
  return {id, item, text, std::move(dots)};
}

// Goals s ("Sprache"), w ("Wohnen"), b ("Beruf"); actors awo, caritas and tafel, tafel new
// from the conference; activity a1 (awo → s).
//
//   poll "Was ist dringend?" (mood; tables T1, T2; 3 dots each):
//     Sprache 2+1 = 3 → rank 1;  Wohnen 1+1 = 2 → rank 2;  "Mehr Räume" 0+2 = 2 → rank 2
//     (tie, poll order kept);  Beruf 0 → rank 4
//   poll "Schwerpunkte 2013" (agreement, choose 1): Sprache 5 → rank 1, Wohnen 1 → rank 2
//     → agreedGoalIds = {s}; s has priorityYears {2013}, w {2012, 2013} (from elsewhere)
Project conferenceProject() {
  Project p = test::ProjectBuilder()
                  .field("f")
                  .phase("kita", 1)
                  .concept_("ik")
                  .goal("s", "ik", {"f"})
                  .goal("w", "ik", {"f"})
                  .goal("b", "ik", {"f"})
                  .actor("awo")
                  .actor("caritas")
                  .actor("tafel")
                  .activity("a1", "awo", {}, {"f"}, {"s"}, {"kita"})
                  .build();
  p.goals[0].title = "Sprache";
  p.goals[1].title = "Wohnen";
  p.goals[2].title = "Beruf";
  p.goals[0].priorityYears = {2013};
  p.goals[1].priorityYears = {2012, 2013};
  p.actors[1].name = "Caritas";
  p.actors[2].name = "Tafel";
  p.actors[2].fromConference = ConferenceId("k13");

  Conference c;
  c.id = ConferenceId("k13");
  c.title = "Integrationskonferenz 2013";
  c.date = "2013-09-14";
  c.scenes = {Scene{"Begrüßung", "Wo stehen wir?", {}, {}, {}},
              Scene{"Lücken", "Was fehlt für Senioren?", {}, {"goal:b"}, "Lücke: Beruf"}};
  Poll mood;
  mood.id = "p1";
  mood.question = "Was ist dringend?";
  mood.tables = {"T1", "T2"};
  mood.options = {option("o1", "goal:s", "Sprache", {{"T1", 2}, {"T2", 1}}),
                  option("o2", "goal:w", "Wohnen", {{"T1", 1}, {"T2", 1}}), option("o3", "", "Mehr Räume", {{"T2", 2}}),
                  option("o4", "goal:b", "Beruf", {})};
  Poll agreement;
  agreement.id = "p2";
  agreement.question = "Schwerpunkte 2013";
  agreement.kind = PollKind::Agreement;
  agreement.tables = {"T1"};
  agreement.dotsPerTable = 0;
  agreement.choose = 1;
  agreement.agreed = true;
  agreement.options = {option("o1", "goal:s", "Sprache", {{"T1", 5}}), option("o2", "goal:w", "Wohnen", {{"T1", 1}})};
  c.polls = {mood, agreement};
  c.comments = {
      Comment{"c1", CommentKind::Comment, "goal:s", "Mehr Kurse für Eltern", "Tisch 1", "2013-09-14", ""},
      Comment{"c2", CommentKind::Comment, "", "Gute Übersicht", "", "", ""},
      Comment{"c3", CommentKind::Comment, "actor:caritas", "Fehlt im Netz", "Tisch 2", "", ""},
      Comment{"c4", CommentKind::Comment, "goal:s", "Auch am Abend", "", "", ""},
      Comment{"c5", CommentKind::Comment, "", "War doppelt", "", "", "Altes Projekt"},
      Comment{"i1", CommentKind::Idea, "actor:caritas", "Patenschaften", "Tisch 2", "", ""},
      Comment{"q1", CommentKind::Question, "", "Wer finanziert das?", "", "", ""},
  };
  c.changed = {"actor:tafel", "activity:a1", "actor:weg"};
  p.conferences.push_back(c);
  return p;
}

// The blocks after the heading `title` up to the next heading of the same or a higher level.
std::vector<ProtocolBlock> under(const ProtocolDocument& doc, const std::string& title) {
  std::vector<ProtocolBlock> blocks;
  int level = 0;
  for (const ProtocolBlock& block : doc.blocks) {
    if (level > 0 && block.kind == ProtocolBlockKind::Heading && block.level <= level) break;
    if (level > 0) blocks.push_back(block);
    if (block.kind == ProtocolBlockKind::Heading && block.text == title) level = block.level;
  }
  return blocks;
}

std::vector<std::string> listUnder(const ProtocolDocument& doc, const std::string& title) {
  for (const ProtocolBlock& block : under(doc, title))
    if (block.kind == ProtocolBlockKind::List) return block.items;
  return {};
}

}  // namespace

TEST_CASE("protocol: the year of a conference is that of its date", "[report][protocol]") {
  Conference c;
  CHECK_FALSE(conferenceYear(c));
  c.date = "2013-09-14";
  CHECK(conferenceYear(c) == 2013);
  c.date = "201";
  CHECK_FALSE(conferenceYear(c));
  c.date = "20131";
  CHECK_FALSE(conferenceYear(c));
  c.date = "2013-13-01";  // no month 13: not a date, no year
  CHECK_FALSE(conferenceYear(c));
}

TEST_CASE("protocol: scenes in order, the ranked poll with ties, its chart", "[report][protocol]") {
  const Project p = conferenceProject();
  const ProtocolDocument doc = buildProtocol(p, p.conferences[0], Language::German);
  CHECK(doc.title == "Integrationskonferenz 2013");
  REQUIRE(doc.subtitle.size() == 2);
  CHECK(doc.subtitle[1] == "Datum: 14.09.2013");

  const auto scenes = under(doc, "Szenen");
  REQUIRE(scenes.size() == 5);
  CHECK(scenes[0].text == "1. Begrüßung");
  CHECK(scenes[1].text == "Wo stehen wir?");
  CHECK(scenes[2].text == "2. Lücken");
  CHECK(scenes[4].text == "Hervorgehoben: Lücke: Beruf");

  const auto poll = under(doc, "Was ist dringend?");
  REQUIRE(poll.size() >= 3);
  CHECK(poll[0].text == "Stimmungsbild · Tische: T1, T2 · 3 Punkte je Tisch");
  REQUIRE(poll[1].kind == ProtocolBlockKind::Table);
  CHECK(poll[1].header == std::vector<std::string>{"Rang", "Option", "T1", "T2", "Punkte"});
  const std::vector<std::vector<std::string>> rows{{"1", "Sprache", "2", "1", "3"},
                                                   {"2", "Wohnen", "1", "1", "2"},
                                                   {"2", "Mehr Räume", "0", "2", "2"},
                                                   {"4", "Beruf", "0", "0", "0"}};
  CHECK(poll[1].rows == rows);
  REQUIRE(poll[2].kind == ProtocolBlockKind::Chart);
  CHECK(poll[2].bars == std::vector<ProtocolBar>{{"Sprache", 3}, {"Wohnen", 2}, {"Mehr Räume", 2}, {"Beruf", 0}});
  REQUIRE(poll.size() == 4);
  CHECK(poll[3].text == "Mehr Punkte als erlaubt: T2");  // T2: 1 + 1 + 2 = 4 of 3

  const auto agreement = under(doc, "Schwerpunkte 2013");
  REQUIRE_FALSE(agreement.empty());
  CHECK(agreement[0].text ==
        "Vereinbarung · Tische: T1 · Punkte ohne Grenze · die bestplatzierten Ziele (bis Rang 1) werden Schwerpunkte · "
        "in die Ziele "
        "übernommen");
  CHECK(agreement.back().text == "Gewählt: „Sprache“");
}

TEST_CASE("protocol: the agreed priorities, the comments by item, ideas, changes, open questions",
          "[report][protocol]") {
  const Project p = conferenceProject();
  const ProtocolDocument doc = buildProtocol(p, p.conferences[0], Language::German);
  // Sprache was chosen here; Wohnen is a priority for 2013 from elsewhere; Beruf is none.
  CHECK(listUnder(doc, "Vereinbarte Schwerpunkte 2013") ==
        std::vector<std::string>{"Sprache — gewählt in „Schwerpunkte 2013“ (Rang 1, 5 Punkte)",
                                 "Wohnen — ohne Vereinbarung in dieser Konferenz"});
  CHECK(listUnder(doc, "Zur Karte insgesamt") == std::vector<std::string>{"Gute Übersicht"});
  CHECK(listUnder(doc, "Ziel: Sprache") ==
        std::vector<std::string>{"Mehr Kurse für Eltern — Tisch 1, 14.09.2013", "Auch am Abend"});
  CHECK(listUnder(doc, "Akteur: Caritas") == std::vector<std::string>{"Fehlt im Netz — Tisch 2"});
  CHECK(listUnder(doc, "Altes Projekt (gelöscht)") == std::vector<std::string>{"War doppelt"});
  CHECK(listUnder(doc, "Ideen") == std::vector<std::string>{"Patenschaften — Tisch 2 (zu Akteur: Caritas)"});
  CHECK(listUnder(doc, "Neu angelegt") == std::vector<std::string>{"Akteur: Tafel"});
  CHECK(listUnder(doc, "Geändert") ==
        std::vector<std::string>{"Aktivität: a1", "Akteur: weg — nicht mehr vorhanden (gelöscht)"});
  CHECK(listUnder(doc, "Offene Fragen") == std::vector<std::string>{"Wer finanziert das?"});
  // The sections in the documented order; the open questions last.
  std::vector<std::string> sections;
  for (const ProtocolBlock& block : doc.blocks)
    if (block.kind == ProtocolBlockKind::Heading && block.level == 2) sections.push_back(block.text);
  CHECK(sections == std::vector<std::string>{"Szenen", "Abstimmungen", "Vereinbarte Schwerpunkte 2013", "Kommentare",
                                             "Ideen", "Neu und geändert", "Offene Fragen"});
}

TEST_CASE("protocol: English, and an empty conference says so in each section", "[report][protocol]") {
  const Project p = conferenceProject();
  const ProtocolDocument doc = buildProtocol(p, p.conferences[0], Language::English);
  CHECK(listUnder(doc, "Agreed priorities 2013").front() == "Sprache — chosen in “Schwerpunkte 2013” (rank 1, 5 dots)");
  CHECK(listUnder(doc, "Goal: Sprache").size() == 2);

  Conference empty;
  empty.id = ConferenceId("leer");
  empty.title = "";
  const ProtocolDocument none = buildProtocol(Project{}, empty, Language::German);
  CHECK(none.title == "Protokoll");
  const std::string md = writeProtocolMarkdown(none);
  for (const char* sentence :
       {"Es wurden keine Szenen gezeigt.", "Es gab keine Abstimmungen.", "keinem Jahr", "Es gibt keine Kommentare.",
        "Es gibt keine Ideen.", "Während der Konferenz wurde nichts angelegt oder geändert.",
        "Es gibt keine offenen Fragen."})
    CHECK(contains(md, sentence));
}

TEST_CASE("protocol HTML: self-contained, the ranking and bars, a <script> comment inert", "[report][protocol]") {
  Project p = conferenceProject();
  p.conferences[0].comments.push_back(
      Comment{"x", CommentKind::Comment, "goal:s", "<script>alert(\"x\")</script> & <img src=x>", "", "", ""});
  const std::string html = writeProtocol(p, p.conferences[0], ProtocolFormat::Html, Language::German);
  CHECK(html.starts_with("<!DOCTYPE html>"));
  CHECK(html.ends_with("</html>\n"));
  CHECK_FALSE(contains(html, "<script"));
  CHECK_FALSE(contains(html, "<img"));
  CHECK(contains(html, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x&gt;"));
  CHECK_FALSE(contains(html, "<link"));
  CHECK_FALSE(contains(html, "src=\"http"));
  checkInOrder(html, {"<h2>Szenen</h2>", "<h3>1. Begrüßung</h3>", "<h3>2. Lücken</h3>", "<h2>Abstimmungen</h2>",
                      "<td class=\"num\">1</td><td>Sprache</td>", "<td class=\"num\">2</td><td>Wohnen</td>",
                      "<td class=\"num\">2</td><td>Mehr Räume</td>", "<td class=\"num\">4</td><td>Beruf</td>",
                      "<h2>Vereinbarte Schwerpunkte 2013</h2>", "<h2>Offene Fragen</h2>"});
  // Bars in proportion: 3 dots the full 240, 2 dots 160, none 0.
  checkInOrder(html,
               {"<td>Sprache</td><td><svg", "width=\"240\" height=\"14\" fill", "<td>Wohnen</td><td><svg",
                "<rect x=\"0\" y=\"0\" width=\"160\"", "<td>Beruf</td><td><svg", "<rect x=\"0\" y=\"0\" width=\"0\""});
}

TEST_CASE("protocol Markdown: the ranking as a table with bars, specials escaped", "[report][protocol]") {
  Project p = conferenceProject();
  p.conferences[0].comments.push_back(
      Comment{"x", CommentKind::Comment, "goal:s", "*fett* _x_ [a](http://b) | `c` <script>", "", "", ""});
  p.conferences[0].comments.push_back(Comment{"y", CommentKind::Idea, "", "1. Punkt", "", "", ""});
  p.conferences[0].comments.push_back(Comment{"z", CommentKind::Question, "", "# Titel?\nzweite Zeile", "", "", ""});
  const std::string md = writeProtocol(p, p.conferences[0], ProtocolFormat::Markdown, Language::German);
  CHECK(md.starts_with("# Integrationskonferenz 2013\n"));
  checkInOrder(md, {"| Rang | Option | T1 | T2 | Punkte |\n|--:|---|--:|--:|--:|\n", "| 1 | Sprache | 2 | 1 | 3 |\n",
                    "| 2 | Wohnen | 1 | 1 | 2 |\n", "| 2 | Mehr Räume | 0 | 2 | 2 |\n", "| 4 | Beruf | 0 | 0 | 0 |\n"});
  // 20 characters for the most dots, in proportion for the others.
  checkInOrder(md, {"| Sprache | ████████████████████ 3 |", "| Wohnen | █████████████ 2 |", "| Beruf | 0 |"});
  CHECK(contains(md, "- \\*fett\\* \\_x\\_ \\[a\\](http://b) \\| \\`c\\` \\<script\\>\n"));
  CHECK(contains(md, "- 1\\. Punkt\n"));
  CHECK(contains(md, "- \\# Titel? zweite Zeile\n"));  // one line, no heading
  CHECK_FALSE(contains(md, "<script>"));
}

TEST_CASE("reports: a goal that is a priority says so", "[report][protocol]") {
  Goal goal;
  CHECK(priorityNote(goal, Language::German).empty());
  goal.priorityYears = {2013};
  CHECK(priorityNote(goal, Language::German) == "Schwerpunkt 2013");
  CHECK(priorityNote(goal, Language::English) == "priority 2013");
  goal.priorityYears = {2013, 2014};
  CHECK(priorityNote(goal, Language::German) == "Schwerpunkte 2013, 2014");

  // Beruf has no activity: its gap sentence ends with the priority.
  Project p = conferenceProject();
  p.goals[2].priorityYears = {2014};
  const ProjectNames names(p);
  Gap gap;
  gap.kind = GapKind::UnservedGoal;
  gap.goal = GoalId("b");
  CHECK(explainGap(gap, names, Language::German).ends_with("(Schwerpunkt 2014)"));
  CHECK(explainGap(gap, names, Language::English).ends_with("(priority 2014)"));
}
