// The diff as people and tools read it (report/diff_report.hpp).
#include <catch2/catch.hpp>

#include "diff/project_diff.hpp"
#include "diff_fixture.hpp"
#include "embedded_data.hpp"
#include "io/project_json.hpp"
#include "report/diff_report.hpp"

using namespace knp;
using knp::test::twoStates;

namespace {

bool hasLine(const std::string& text, const std::string& line) {
  return ("\n" + text).find("\n" + line + "\n") != std::string::npos;
}

// The lines of `text` from the one after `heading` up to the next empty line after a list.
std::vector<std::string> listAfter(const std::string& text, const std::string& heading) {
  std::vector<std::string> lines;
  std::size_t at = ("\n" + text).find("\n" + heading + "\n");
  if (at == std::string::npos) return lines;
  at += heading.size() + 1;
  while (at < text.size() && text[at] == '\n') ++at;
  while (at < text.size() && text.compare(at, 2, "- ") == 0) {
    const std::size_t end = text.find('\n', at);
    lines.push_back(text.substr(at + 2, end - at - 2));
    at = end + 1;
  }
  return lines;
}

using Lines = std::vector<std::string>;

DiffReportOptions labelled(Language language) {
  DiffReportOptions options;
  options.language = language;
  options.beforeLabel = "alt.json";
  options.afterLabel = "neu.json";
  return options;
}

// The two states with names that differ from the ids, the same in both.
test::TwoStates namedStates() {
  test::TwoStates states = twoStates();
  for (Project* project : {&states.before, &states.after}) {
    project->fields[0].name = "Bildung";
    project->fields[1].name = "Soziales";
    project->lifePhases[0].name = "Kita";
    project->lifePhases[1].name = "Schule";
    project->lifePhases[2].name = "Beruf";
    project->goals[0].title = "Sprache fördern";
    project->goals[1].title = "Familien stärken";
    for (Actor& actor : project->actors) actor.name = "Verein " + actor.id.value;
  }
  return states;
}

}  // namespace

TEST_CASE("diff report: no differences, in German and English", "[diff][report]") {
  const auto [before, after] = twoStates();
  const ProjectDiff none = diffProjects(before, before);
  // "Was hat sich geändert?" has 22 characters: 22 '='.
  CHECK(writeDiffReport(before, before, none, DiffFormat::Text, labelled(Language::German)) ==
        "Was hat sich geändert?\n"
        "======================\n"
        "\n"
        "Vergleich: alt.json → neu.json\n"
        "\n"
        "Gezählt werden Aktivitäten mit Status geplant, laufend.\n"
        "\n"
        "Keine Unterschiede.\n");
  DiffReportOptions english = labelled(Language::English);
  english.filter = ActivityFilter::all();
  english.filter.year = 2013;
  CHECK(writeDiffReport(before, before, none, DiffFormat::Markdown, english) ==
        "# What changed?\n"
        "\n"
        "Comparison: alt.json → neu.json\n"
        "\n"
        "Counted: all activities running in 2013.\n"
        "\n"
        "No differences.\n");
  // Without labels, the projects' titles.
  Project titled = before;
  titled.title = "Stadt 2012";
  CHECK(hasLine(writeDiffReport(titled, titled, none, DiffFormat::Text), "Vergleich: Stadt 2012 → Stadt 2012"));
}

TEST_CASE("diff report: every section in words, with names instead of ids", "[diff][report]") {
  const auto [before, after] = namedStates();
  const ProjectDiff diff = diffProjects(before, after);
  const std::string text = writeDiffReport(before, after, diff, DiffFormat::Text, labelled(Language::German));
  CHECK(listAfter(text, "Neu (2)") == Lines{"Aktivität „act4“", "Kooperation „Verein B – Verein C“"});
  CHECK(listAfter(text, "Entfernt (2)") == Lines{"Akteur „Verein D“", "Kooperation „Verein A – Verein C“"});
  CHECK(listAfter(text, "Geändert (5)") ==
        Lines{"Aktivität „act2“: Status", "Aktivität „act3 renamed“: Titel, Lebensphasen",
              "Kennzahl „i1“: Zielwert, Werte", "Kennzahl „i2“: Werte", "Kennzahl „i3“: Werte"});
  // The cells as test_diff_project.cpp works them out: f1×p2 and f2×p3 filled, f1×p3 and
  // f2×p2 emptied, none merely more or fewer.
  CHECK(listAfter(text, "Neu besetzt (2)") == Lines{"Bildung × Schule: 0 → 1 (+1)", "Soziales × Beruf: 0 → 1 (+1)"});
  CHECK(listAfter(text, "Geleert (2)") == Lines{"Bildung × Beruf: 1 → 0 (−1)", "Soziales × Schule: 1 → 0 (−1)"});
  CHECK(text.find("Mehr oder weniger") == std::string::npos);
  CHECK(listAfter(text, "Geschlossen (5)") ==
        Lines{"Im Handlungsfeld Bildung gibt es keine Aktivität für Schule, obwohl das Feld Ziele hat.",
              "Im Handlungsfeld Soziales gibt es keine Aktivität für Beruf, obwohl das Feld Ziele hat.",
              "Verein D ist weder Träger noch Partner einer Aktivität.",
              "Verein B kooperiert mit niemandem; die einzige Aktivität läuft ohne Partner.",
              "Verein D kooperiert mit niemandem und teilt keine Aktivität mit anderen Akteuren."});
  CHECK(listAfter(text, "Neu entstanden (2)") ==
        Lines{"Im Handlungsfeld Bildung gibt es keine Aktivität für Beruf, obwohl das Feld Ziele hat.",
              "Im Handlungsfeld Soziales gibt es keine Aktivität für Schule, obwohl das Feld Ziele hat."});
  CHECK(listAfter(text, "Lückenlos geworden (2)") ==
        Lines{"Ziel „Sprache fördern“: keine Bruchstelle mehr (vorher 1 Bruchstelle)",
              "Handlungsfeld Bildung: keine Bruchstelle mehr (vorher 1 Bruchstelle)"});
  CHECK(listAfter(text, "Neu unterbrochen (2)") == Lines{"Ziel „Familien stärken“: jetzt 1 Bruchstelle (vorher keine)",
                                                         "Handlungsfeld Soziales: jetzt 1 Bruchstelle (vorher keine)"});
  CHECK(listAfter(text, "Kooperationen begonnen (1)") == Lines{"Verein B – Verein C"});
  CHECK(listAfter(text, "Kooperationen beendet (1)") == Lines{"Verein A – Verein C"});
  // A and B: goal similarity 1 (both only g1), phase similarity 0 ({p1} and {p3}), no
  // hand-over (p1 and p3 are not neighbours): score 0.5 × 1 = 0.50.
  CHECK(listAfter(text, "Vorschläge aufgegriffen (1)") ==
        Lines{"Verein A und Verein B arbeiten jetzt zusammen – vorgeschlagen wegen des gemeinsamen Ziels „Sprache "
              "fördern“ (Wert 0,50)."});
  CHECK(listAfter(text, "Zum Ziel hin (1)") == Lines{"„i1“: 10 → 12 (2011 → 2012); Ziel 20 bis 2015"});
  CHECK(listAfter(text, "Vom Ziel weg (1)") == Lines{"„i2“: 5 → 7 (2012 → 2013) (niedriger ist besser)"});
  // Section headings in order, underlined.
  const std::size_t items = text.find("Einträge\n--------\n"), cells = text.find("Abdeckung"),
                    gaps = text.find("Lücken\n------\n"), chains = text.find("Förderketten\n"),
                    together = text.find("Zusammenarbeit\n"), indicators = text.find("Kennzahlen\n");
  CHECK(items < cells);
  CHECK(cells < gaps);
  CHECK(gaps < chains);
  CHECK(chains < together);
  CHECK(together < indicators);
  CHECK(indicators != std::string::npos);
  CHECK(text.ends_with(")\n"));
}

TEST_CASE("diff report: English words and sentences", "[diff][report]") {
  const auto [before, after] = namedStates();
  const ProjectDiff diff = diffProjects(before, after);
  const std::string text = writeDiffReport(before, after, diff, DiffFormat::Text, labelled(Language::English));
  CHECK(hasLine(text, "What changed?"));
  CHECK(listAfter(text, "Changed (5)").at(1) == "Activity “act3 renamed”: title, life phases");
  CHECK(listAfter(text, "Newly covered (2)").at(0) == "Bildung × Schule: 0 → 1 (+1)");
  CHECK(listAfter(text, "Mended (2)").at(0) == "Goal “Sprache fördern”: no break any more (before: 1 break)");
  CHECK(
      listAfter(text, "Suggestions taken up (1)") ==
      Lines{
          "Verein A and Verein B now work together – suggested for their shared goal “Sprache fördern” (score 0.50)."});
  CHECK(listAfter(text, "Away from the target (1)") == Lines{"“i2”: 5 → 7 (2012 → 2013) (lower is better)"});
  CHECK(text.find("Aktivität") == std::string::npos);
}

TEST_CASE("diff report: text from the files is cleaned, and escaped in Markdown", "[diff][report]") {
  Project before = twoStates().before;
  Project after = before;
  before.actors[3].name = "*Star* [x]\nzweite\a Zeile";  // a line break and a bell
  after.actors.pop_back();
  const ProjectDiff diff = diffProjects(before, after);
  const std::string markdown = writeDiffReport(before, after, diff, DiffFormat::Markdown, labelled(Language::German));
  CHECK(hasLine(markdown, "# Was hat sich geändert?"));
  CHECK(hasLine(markdown, "## Einträge"));
  CHECK(hasLine(markdown, "### Entfernt (1)"));
  CHECK(hasLine(markdown, "- Akteur „\\*Star\\* \\[x\\] zweite Zeile“"));
  const std::string text = writeDiffReport(before, after, diff, DiffFormat::Text, labelled(Language::German));
  CHECK(hasLine(text, "- Akteur „*Star* [x] zweite Zeile“"));
}

TEST_CASE("diff report: JSON with ids, names and the sentences", "[diff][report]") {
  const auto [before, after] = namedStates();
  const ProjectDiff diff = diffProjects(before, after);
  const nlohmann::ordered_json json = diffToJson(before, after, diff, labelled(Language::German));
  CHECK(json["format"] == "knotenpunkt-diff");
  CHECK(json["version"] == 1);
  CHECK(json["language"] == "de");
  CHECK(json["before"]["label"] == "alt.json");
  CHECK(json["empty"] == false);
  CHECK(json["filter"]["statuses"] == nlohmann::ordered_json({"planned", "running"}));
  CHECK(json["items"]["added"].size() == 2);
  CHECK(json["items"]["added"][0]["kind"] == "activity");
  CHECK(json["items"]["added"][0]["id"] == "act4");
  CHECK(json["items"]["removed"][0]["name"] == "Verein D");
  const auto& changed = json["items"]["changed"][1];
  CHECK(changed["fields"] == nlohmann::ordered_json({"title", "lifePhases"}));
  CHECK(changed["fieldWords"] == nlohmann::ordered_json({"Titel", "Lebensphasen"}));
  // Four cells in the diff's order: f1×p2 filled, f1×p3 emptied, f2×p2 emptied, f2×p3 filled.
  REQUIRE(json["cells"].size() == 4);
  CHECK(json["cells"][0]["change"] == "filled");
  CHECK(json["cells"][0]["fieldName"] == "Bildung");
  CHECK(json["cells"][0]["lifePhaseName"] == "Schule");
  CHECK(json["cells"][1]["change"] == "emptied");
  CHECK(json["cells"][1]["before"] == 1);
  CHECK(json["cells"][1]["after"] == 0);
  CHECK(json["gaps"]["closed"][2]["kind"] == "actor_without_activity");
  CHECK(json["gaps"]["closed"][2]["actor"] == "D");
  CHECK(json["gaps"]["closed"][2]["goal"].is_null());
  CHECK(json["gaps"]["closed"][2]["description"] == "Verein D ist weder Träger noch Partner einer Aktivität.");
  CHECK(json["chains"]["mended"][0]["goal"] == "g1");
  CHECK(json["chains"]["mended"][0]["breaksBefore"] == 1);
  CHECK(json["chains"]["broken"][1]["field"] == "f2");
  CHECK(json["cooperations"]["begun"][0]["actors"] == nlohmann::ordered_json({"B", "C"}));
  CHECK(json["cooperations"]["ended"][0]["names"] == nlohmann::ordered_json({"Verein A", "Verein C"}));
  CHECK(json["suggestionsTakenUp"][0]["score"].get<double>() == Approx(0.5));
  CHECK(json["indicators"]["towards"][0]["target"]["value"].get<double>() == Approx(20.0));
  CHECK(json["indicators"]["away"][0]["target"].is_null());
  CHECK(json["indicators"]["away"][0]["newYear"] == 2013);

  const nlohmann::ordered_json none = diffToJson(before, before, diffProjects(before, before));
  CHECK(none["empty"] == true);
  CHECK(none["items"]["added"].empty());
  CHECK(none["cells"].empty());
  CHECK(none["before"]["label"] == before.title);
}

TEST_CASE("diff report: every field and kind has a word in both languages", "[diff][report]") {
  for (const char* field : {"name",        "colour",        "minAge",    "maxAge",          "order",
                            "title",       "shortTitle",    "concept",   "level",           "parent",
                            "fields",      "priorityYears", "type",      "selfDescription", "contact",
                            "memberships", "description",   "lead",      "partners",        "goals",
                            "lifePhases",  "status",        "startYear", "endYear",         "from",
                            "to",          "note",          "unit",      "source",          "field",
                            "kind",        "direction",     "target",    "values"})
    CHECK(fieldWord(field, Language::German) != field);
  CHECK(fieldWord("lifePhases", Language::English) == "life phases");
  CHECK(fieldWord("somethingNew", Language::German) == "somethingNew");
  CHECK(kindWord(ItemKind::Indicator, Language::German) == "Kennzahl");
  CHECK(kindWord(ItemKind::LifePhase, Language::English) == "Life phase");
  CHECK(asOfLabel("h.json", 2012, Language::German) == "h.json (Stand 2012)");
  CHECK(asOfLabel("h.json", 2012, Language::English) == "h.json (as of 2012)");
}

TEST_CASE("diff report: the example of 2012 against 2013", "[diff][report]") {
  const LoadResult old = parseProjectJson(embeddedExample2012Json());
  const LoadResult now = parseProjectJson(embeddedExampleJson());
  REQUIRE(old.project);
  REQUIRE(now.project);
  const ProjectDiff diff = diffProjects(*old.project, *now.project);
  const std::string text = writeDiffReport(*old.project, *now.project, diff, DiffFormat::Text);
  CHECK(listAfter(text, "Entfernt (3)") ==
        Lines{"Akteur „Internationaler Frauentreff Hattingen e.V.“", "Aktivität „Internationales Frauenfrühstück“",
              "Kooperation „Internationaler Frauentreff Hattingen e.V. – AWO Ortsverein Hattingen“"});
  const Lines takenUp =
      listAfter(text, "Vorschläge aufgegriffen (" + std::to_string(diff.suggestionsTakenUp.size()) + ")");
  REQUIRE_FALSE(takenUp.empty());
  CHECK(takenUp[0].starts_with("DRK-Ortsverein Hattingen und Stadtsportverband Hattingen arbeiten jetzt zusammen"));
  CHECK(text.find("Aktivität „Interkulturelle Woche Hattingen“: Partner\n") != std::string::npos);
  // Arbeitslosenquote Ausländer, lower is better: 15.8 % in 2012 (the 2012 file's latest), 15.4 %
  // in 2013, and the target of 12 % by 2016 that the 2013 file set: towards.
  CHECK(text.find("„Arbeitslosenquote Ausländer“: 15,8 → 15,4 % (2012 → 2013); Ziel 12 % bis 2016") !=
        std::string::npos);
}

TEST_CASE("diff sections: the report's lines with what each is about, for the window", "[diff][report]") {
  const auto [before, after] = namedStates();
  const ProjectDiff diff = diffProjects(before, after);
  const std::vector<DiffSection> sections = diffSections(before, after, diff, labelled(Language::German));
  auto listOf = [&](const std::string& heading) -> const DiffList* {
    for (const DiffSection& section : sections)
      for (const DiffList& list : section.lists)
        if (list.heading == heading) return &list;
    return nullptr;
  };
  REQUIRE(sections.size() == 6);
  CHECK(sections[0].heading == "Einträge");
  CHECK(sections[5].heading == "Kennzahlen");
  using Keys = std::vector<std::string>;
  const DiffList* added = listOf("Neu (2)");
  REQUIRE(added);
  REQUIRE(added->lines.size() == 2);
  CHECK(added->lines[0].text == "Aktivität „act4“");
  CHECK(added->lines[0].about == Keys{"activity:act4"});
  CHECK(added->lines[1].about == Keys{"actor:B", "actor:C"});  // the cooperation's actors
  const DiffList* removed = listOf("Entfernt (2)");
  REQUIRE(removed);
  CHECK(removed->lines[0].about == Keys{"actor:D"});
  CHECK(removed->lines[1].about == Keys{"actor:A", "actor:C"});  // found in the old state
  // f1×p2 filled by act4; f1×p3 emptied: act2 ran there before (finished now, not counted).
  const DiffList* filled = listOf("Neu besetzt (2)");
  REQUIRE(filled);
  CHECK(filled->lines[0].about == Keys{"lifePhase:p2", "activity:act4"});
  const DiffList* emptied = listOf("Geleert (2)");
  REQUIRE(emptied);
  CHECK(emptied->lines[0].about == Keys{"lifePhase:p3", "activity:act2"});
  CHECK(listOf("Kooperationen begonnen (1)")->lines[0].about == Keys{"actor:B", "actor:C"});
  CHECK(listOf("Lückenlos geworden (2)")->lines[1].about.empty());  // a field's chain: no node
  CHECK(listOf("Zum Ziel hin (1)")->lines[0].about == Keys{"indicator:i1"});
  // The text report prints exactly these lines.
  const std::string text = writeDiffReport(before, after, diff, DiffFormat::Text, labelled(Language::German));
  for (const DiffSection& section : sections)
    for (const DiffList& list : section.lists)
      for (const DiffLine& line : list.lines) CHECK(hasLine(text, "- " + line.text));
  CHECK(diffSections(before, before, diffProjects(before, before)).empty());
}
