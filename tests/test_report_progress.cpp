// The progress report (report/progress_model.hpp) of two small hand-built states of a project,
// as the document and as Markdown and HTML (report/protocol.hpp): the numbers then and now,
// the gaps closed, opened and still open by need, the support chains mended and broken, the
// cooperations begun and the suggestions taken up, the indicator and its chart, the heatmaps
// with the change per cell, and that nothing from the project becomes markup.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "diff/project_diff.hpp"
#include "project_builder.hpp"
#include "report/progress_model.hpp"
#include "report/protocol.hpp"

using namespace knp;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Whether `part` occurs in Markdown without a backslash before it (which would show it as text).
bool unescaped(const std::string& text, const std::string& part) {
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
    if (at == 0 || text[at - 1] != '\\') return true;
  return false;
}

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

Indicator population(const char* id, const char* phase, double people) {
  Indicator indicator;
  indicator.id = IndicatorId(id);
  indicator.name = std::string("Bevölkerung ") + phase;
  indicator.unit = "Personen";
  indicator.kind = IndicatorKind::Population;
  indicator.lifePhases = {LifePhaseId(phase)};
  indicator.values = {{2013, people}};
  return indicator;
}

// Fields Bildung (b) and Soziales (s); life phases Kita, Schule, Eltern, Senioren in this
// order; goals Sprache (field b) and Begegnung (field s); actors AWO, Caritas, Grundschule
// (gs), DRK. All activities run (the builder's default), so the default filter counts them.
//
// 2012: a1 "Sprachkita"  AWO + Caritas  b  Sprache    Kita
//       a3 "Elternkurs"  Grundschule + DRK  b  Sprache  Eltern
//       b1 "Kitafest"    Caritas        s  Begegnung  Kita
//       no cooperation; indicator "Sprachquote" (%, higher is better) 2011: 10, 2012: 13.
// 2013: the same, and
//       a2 "Lesepaten"   Grundschule    b  Sprache    Schule   (from 2013)
//       b2 "Elterncafé"  DRK + Caritas  s  Begegnung  Eltern   (from 2013)
//       cooperation AWO → Grundschule; Sprachquote 2013: 16 with the target 20 % by 2015;
//       population 2013: Kita 400, Schule 900, Eltern 600, Senioren 100 (2000 in all).
Project state2012() {
  Project p = test::ProjectBuilder()
                  .field("b")
                  .field("s")
                  .phase("kita", 1)
                  .phase("schule", 2)
                  .phase("eltern", 3)
                  .phase("senioren", 4)
                  .concept_("ik")
                  .goal("sprache", "ik", {"b"})
                  .goal("begegnung", "ik", {"s"})
                  .actor("awo")
                  .actor("caritas")
                  .actor("gs", ActorType::School)
                  .actor("drk")
                  .activity("a1", "awo", {"caritas"}, {"b"}, {"sprache"}, {"kita"})
                  .activity("a3", "gs", {"drk"}, {"b"}, {"sprache"}, {"eltern"})
                  .activity("b1", "caritas", {}, {"s"}, {"begegnung"}, {"kita"})
                  .build();
  p.title = "Musterstadt";
  p.fields[0].name = "Bildung";
  p.fields[1].name = "Soziales";
  for (LifePhase& phase : p.lifePhases)
    phase.name = phase.id.value == "kita"     ? "Kita"
                 : phase.id.value == "schule" ? "Schule"
                 : phase.id.value == "eltern" ? "Eltern"
                                              : "Senioren";
  p.goals[0].title = "Sprache";
  p.goals[1].title = "Begegnung";
  p.actors[0].name = "AWO";
  p.actors[1].name = "Caritas";
  p.actors[2].name = "Grundschule";
  p.actors[3].name = "DRK";
  p.activities[0].title = "Sprachkita";
  p.activities[1].title = "Elternkurs";
  p.activities[2].title = "Kitafest";
  Indicator quote;
  quote.id = IndicatorId("quote");
  quote.name = "Sprachquote";
  quote.unit = "%";
  quote.direction = IndicatorDirection::HigherIsBetter;
  quote.values = {{2011, 10.0}, {2012, 13.0}};
  p.indicators.push_back(quote);
  return p;
}

Project state2013() {
  Project p = state2012();
  test::ProjectBuilder more;
  more.activity("a2", "gs", {}, {"b"}, {"sprache"}, {"schule"}, ActivityStatus::Running, 2013)
      .activity("b2", "drk", {"caritas"}, {"s"}, {"begegnung"}, {"eltern"}, ActivityStatus::Running, 2013)
      .cooperation("awo", "gs");
  const Project added = more.build();
  p.activities.push_back(added.activities[0]);
  p.activities.push_back(added.activities[1]);
  p.activities[3].title = "Lesepaten";
  p.activities[4].title = "Elterncafé";
  p.cooperations = added.cooperations;
  p.indicators[0].values[2013] = 16.0;
  p.indicators[0].target = IndicatorTarget{20.0, 2015};
  p.indicators.push_back(population("pop-kita", "kita", 400));
  p.indicators.push_back(population("pop-schule", "schule", 900));
  p.indicators.push_back(population("pop-eltern", "eltern", 600));
  p.indicators.push_back(population("pop-senioren", "senioren", 100));
  return p;
}

std::string markdown(const Project& before, const Project& after, Language language = Language::German) {
  ProgressOptions options;
  options.language = language;
  return writeProtocolMarkdown(buildProgressReport(before, after, options));
}

std::vector<const ProtocolBlock*> blocksOf(const ProtocolDocument& doc, ProtocolBlockKind kind) {
  std::vector<const ProtocolBlock*> found;
  for (const ProtocolBlock& block : doc.blocks)
    if (block.kind == kind) found.push_back(&block);
  return found;
}

}  // namespace

TEST_CASE("progress report: the states' years and the year in numbers", "[report][progress]") {
  CHECK(stateYear(state2012()) == 2012);  // Sprachquote's last value; no conference
  CHECK(stateYear(state2013()) == 2013);
  CHECK_FALSE(stateYear(test::ProjectBuilder().field("f").build()));

  const ProtocolDocument doc = buildProgressReport(state2012(), state2013());
  CHECK(doc.title == "Musterstadt");
  REQUIRE(doc.subtitle.size() == 3);
  CHECK(doc.subtitle[0] == "Entwicklungsbericht");
  CHECK(doc.subtitle[1] == "Vergleich des Stands 2012 mit dem Stand 2013");
  CHECK(doc.subtitle[2] == "Gezählt: Aktivitäten mit Status geplant und laufend.");

  const std::string md = markdown(state2012(), state2013());
  // Cells: 2 fields × 4 phases = 8. With activity in 2012: Bildung × Kita (a1), Bildung ×
  // Eltern (a3), Soziales × Kita (b1) = 3; in 2013 also Bildung × Schule (a2) and Soziales ×
  // Eltern (b2) = 5. Gaps 2012: Begegnung rests on Caritas alone, Schule and Senioren have no
  // activity, Soziales × Eltern is empty (Eltern has work in Bildung) = 4; 2013: Senioren,
  // Soziales × Schule = 2.
  checkInOrder(
      md, {"## Das Jahr in Zahlen\n\n", "|  | 2012 | 2013 | Veränderung |\n|---|--:|--:|--:|\n",
           "| Akteure | 4 | 4 | ±0 |\n", "| Aktivitäten (gezählt) | 3 | 5 | +2 |\n", "| Kooperationen | 0 | 1 | +1 |\n",
           "| Ziele mit Aktivität | 2 von 2 | 2 von 2 | ±0 |\n",
           "| Handlungsfeld × Lebensphase mit Aktivität | 3 von 8 | 5 von 8 | +2 |\n", "| Lücken | 4 | 2 | −2 |\n\n",
           // Added: a2, b2; the cooperation; four population indicators. Changed: the quote.
           "Neu angelegt: 2 Aktivitäten, 1 Kooperation und 4 Kennzahlen. Geändert: 1 Kennzahl.\n\n",
           "### Neue Aktivitäten (2)\n\n- Lesepaten (Grundschule)\n- Elterncafé (DRK)\n"});
  CHECK_FALSE(contains(md, "Nicht mehr vorhanden"));  // nothing was removed
}

TEST_CASE("progress report: gaps closed, opened and still open by need", "[report][progress]") {
  const std::string md = markdown(state2012(), state2013());
  checkInOrder(
      md, {"## Lücken\n\n", "### Geschlossen (3)\n\n", "Diese Lücken bestanden 2012 und sind 2013 geschlossen:\n\n",
           "- „Begegnung“ hängt allein an Caritas (1 Aktivität); fällt dieser Akteur aus, verfolgt niemand "
           "mehr das Ziel.\n",
           "- Für die Lebensphase Schule gibt es keine einzige Aktivität.\n",
           "- Im Handlungsfeld Soziales gibt es keine Aktivität für Eltern, obwohl das Feld Ziele hat.\n\n",
           "### Neu entstanden (1)\n\n", "Diese Lücken gab es 2012 noch nicht:\n\n",
           // Schule has work now, in Bildung only: its Soziales cell became a gap.
           "- Im Handlungsfeld Soziales gibt es keine Aktivität für Schule, obwohl das Feld Ziele hat.\n\n",
           "### Noch offen, nach Bedarf (2)\n\n", "Bevölkerung 2013 vorn"});
  // The analysis lists the uncovered phase Senioren before the empty cell; by need the cell
  // of Schule comes first: Schule 900 / 2000 = 45 %, Senioren 100 / 2000 = 5 %.
  checkInOrder(md,
               {"| Nr. | Lücke | Menschen | Anteil |\n|--:|---|--:|--:|\n",
                "| 1 | Im Handlungsfeld Soziales gibt es keine Aktivität für Schule, obwohl das Feld Ziele hat. | 900 "
                "| 45 % |\n",
                "| 2 | Für die Lebensphase Senioren gibt es keine einzige Aktivität. | 100 | 5 % |\n"});

  // With a row limit the rest is counted.
  ProgressOptions options;
  options.openGaps = 1;
  const std::string limited = writeProtocolMarkdown(buildProgressReport(state2012(), state2013(), options));
  CHECK(contains(limited, "| 1 | Im Handlungsfeld Soziales"));
  CHECK_FALSE(contains(limited, "| 2 | Für die Lebensphase Senioren"));
  CHECK(contains(limited, "Dazu kommen 1 weitere Lücken."));
}

TEST_CASE("progress report: support chains mended and broken, cooperations begun, suggestions taken up",
          "[report][progress]") {
  const std::string md = markdown(state2012(), state2013());
  // Sprache and the field Bildung: Kita, Eltern in 2012 (Schule a break), Kita, Schule, Eltern
  // now. Begegnung and Soziales: Kita alone in 2012, Kita and Eltern now with Schule between:
  // they reached Eltern and lost nothing, so they are not broken.
  checkInOrder(md, {"## Förderketten\n\n", "### Wieder durchgehend (2)\n\n",
                    "- „Sprache“: Kita ✓, Schule ✓, Eltern ✓ – 3 von 3 Phasen (100 %) (2012: 1 Bruch)\n",
                    "- Bildung: Kita ✓, Schule ✓, Eltern ✓ – 3 von 3 Phasen (100 %) (2012: 1 Bruch)\n\n",
                    "### Neu unterbrochen (0)\n\n", "Keine Förderkette ist neu unterbrochen."});
  // A real loss: in 2012 Begegnung also served Schule (b3, gone in 2013). Kita ✓ Schule ✓ then,
  // Kita ✓ Schule ✗ Eltern ✓ now: Schule was covered and is a break.
  Project withSchool = state2012();
  const Project b3 = test::ProjectBuilder()
                         .field("s")
                         .phase("schule", 2)
                         .concept_("ik")
                         .goal("begegnung", "ik", {"s"})
                         .actor("caritas")
                         .activity("b3", "caritas", {}, {"s"}, {"begegnung"}, {"schule"})
                         .build();
  withSchool.activities.push_back(b3.activities[0]);
  checkInOrder(markdown(withSchool, state2013()),
               {"### Neu unterbrochen (2)\n\n",
                "- „Begegnung“: Kita ✓, Schule ✗ (Bruch), Eltern ✓ – 2 von 3 Phasen (67 %) (2012: kein Bruch)\n",
                "- Soziales: Kita ✓, Schule ✗ (Bruch), Eltern ✓ – 2 von 3 Phasen (67 %) (2012: kein Bruch)\n\n"});
  // 2012's candidates all share Sprache: AWO–Grundschule (score 0.5: same goals, no common
  // phase, no hand-over) now cooperate; Caritas–DRK (0.5 × ln2 / √(ln²2 + ln²5) ≈ 0.20) now
  // share Elterncafé.
  checkInOrder(md, {"## Kooperationen\n\n", "### Begonnen (1)\n\n- AWO ↔ Grundschule\n\n", "### Beendet (0)\n\n",
                    "Keine Kooperation ist beendet.\n\n", "### Aufgegriffene Vorschläge (2)\n\n",
                    "Diese Paare hatte die Analyse 2012 vorgeschlagen; sie arbeiten 2013 zusammen:\n\n",
                    "- AWO ↔ Grundschule (Wert 0,50): ", "- Caritas ↔ DRK (Wert 0,20): "});
}

TEST_CASE("progress report: the indicator with its target, chart and the population", "[report][progress]") {
  const ProtocolDocument doc = buildProgressReport(state2012(), state2013());
  const std::string md = writeProtocolMarkdown(doc);
  // Sprachquote now 2011: 10, 2012: 13, 2013: 16; least squares slope 3 per year (mean year
  // 2012, mean value 13: (−1 × −3 + 1 × 3) / 2), projected to 2015: 16 + 3 × 2 = 22 >= 20.
  // It moved from 13 to 16, closer to 20.
  checkInOrder(md, {"## Kennzahlen\n\n", "### Sprachquote\n\n",
                    "2012: 13 % → 2013: 16 % (auf das Ziel zu) · Ziel: 20 % bis 2015 (höher ist besser) · "
                    "Einschätzung: auf Kurs (Hochrechnung für 2015: 22 %)\n\n<div class=\"line-chart\">\n<svg",
                    "</svg>\n</div>\n\n",
                    // 400, 900, 600, 100 of 2000.
                    "### Bevölkerung nach Lebensphasen 2013\n\n", "| Lebensphase | Menschen | Anteil |\n",
                    "| Kita | 400 | 20 % |\n", "| Schule | 900 | 45 % |\n", "| Eltern | 600 | 30 % |\n",
                    "| Senioren | 100 | 5 % |\n"});
  // One chart: population indicators are not charted.
  const auto charts = blocksOf(doc, ProtocolBlockKind::LineChart);
  REQUIRE(charts.size() == 1);
  REQUIRE(charts[0]->indicator);
  CHECK(charts[0]->indicator->id == IndicatorId("quote"));
  CHECK(charts[0]->indicator->values.size() == 3);
  CHECK(charts[0]->conferenceYears.empty());
  const std::string page = writeProtocolHtml(doc);
  checkInOrder(page, {"<h3>Sprachquote</h3>", "<div class=\"line-chart\">\n<svg", "</svg>\n</div>"});
}

TEST_CASE("progress report: the coverage heatmaps then and now with the change per cell", "[report][progress]") {
  const ProtocolDocument doc = buildProgressReport(state2012(), state2013());
  const auto maps = blocksOf(doc, ProtocolBlockKind::Heatmap);
  REQUIRE(maps.size() == 2);
  CHECK(maps[0]->rowLabels == std::vector<std::string>{"Bildung", "Soziales"});
  CHECK(maps[0]->columnLabels == std::vector<std::string>{"Kita", "Schule", "Eltern", "Senioren"});
  // Row-major: Bildung then Soziales, phases in order.
  CHECK(maps[0]->counts == std::vector<int>{1, 0, 1, 0, 1, 0, 0, 0});
  CHECK(maps[0]->changes.empty());
  CHECK(maps[1]->counts == std::vector<int>{1, 1, 1, 0, 1, 0, 1, 0});
  CHECK(maps[1]->changes ==
        std::vector<int>{0, 1, 0, 0, 0, 0, 1, 0});  // a2 in Bildung × Schule, b2 in Soziales × Eltern

  const std::string md = writeProtocolMarkdown(doc);
  checkInOrder(md,
               {"## Abdeckung: Handlungsfeld × Lebensphase\n\n",
                "Aktivitäten je Handlungsfeld und Lebensphase. Neu belegt: 2 Zellen; leer geworden: 0 Zellen.\n\n",
                "### Stand 2012\n\n", "| Handlungsfeld | Kita | Schule | Eltern | Senioren |\n|---|--:|--:|--:|--:|\n",
                "| Bildung | 1 | 0 | 1 | 0 |\n| Soziales | 1 | 0 | 0 | 0 |\n\n", "### Stand 2013, mit Veränderung\n\n",
                "| Bildung | 1 | 1 (+1) | 1 | 0 |\n", "| Soziales | 1 | 0 | 1 (+1) | 0 |\n"});
  // HTML: every cell coloured by its count; 1 is the most, so t = 1: (20, 70, 150) = #144696,
  // dark, with white text; 0 white. The change under the count.
  const std::string page = writeProtocolHtml(doc);
  checkInOrder(page, {"<table class=\"heatmap\"", "<th scope=\"row\">Bildung</th>",
                      "<td style=\"background:#144696;color:#fff\">1</td>",
                      "<td style=\"background:#ffffff;color:#111\">0</td>"});
  CHECK(contains(
      page, "<td style=\"background:#144696;color:#fff\">1<span class=\"chg\" style=\"color:#fff\">+1</span></td>"));
  CHECK(contains(page, "print-color-adjust:exact"));
}

TEST_CASE("progress report: the heatmaps then and now share one colour scale", "[report][progress]") {
  // A second activity in Bildung × Kita in 2013: 2 there now, at most 1 anywhere in 2012.
  Project now = state2013();
  test::ProjectBuilder more;
  more.activity("a4", "awo", {}, {"b"}, {"sprache"}, {"kita"}, ActivityStatus::Running, 2013);
  now.activities.push_back(more.build().activities[0]);
  const ProtocolDocument doc = buildProgressReport(state2012(), now);
  const auto maps = blocksOf(doc, ProtocolBlockKind::Heatmap);
  REQUIRE(maps.size() == 2);
  CHECK(maps[0]->counts == std::vector<int>{1, 0, 1, 0, 1, 0, 0, 0});
  CHECK(maps[1]->counts == std::vector<int>{2, 1, 1, 0, 1, 0, 1, 0});
  CHECK(maps[0]->scaleMax == 2);  // the larger of the two maxima, 1 and 2
  CHECK(maps[1]->scaleMax == 2);
  CHECK(heatmapScaleMax(*maps[0]) == 2);
  // On the shared scale 1 of 2 gives t = 0.25 + 0.75 × 1/2 = 0.625: r = 235 − 215 × 0.625 =
  // 100.6 → 100 (0x64), g = 242 − 172 × 0.625 = 134.5 → 134 (0x86), b = 250 − 100 × 0.625 =
  // 187.5 → 187 (0xbb); brightness 0.299 × 100 + 0.587 × 134 + 0.114 × 187 = 129.9 < 140: dark.
  // Alone, 2012's map would colour its 1s darkest (#144696) and look as full as 2013's 2.
  const std::string page = writeProtocolHtml(doc);
  const std::size_t second = page.find("<table class=\"heatmap\"", page.find("<table class=\"heatmap\"") + 1);
  REQUIRE(second != std::string::npos);
  const std::string then = page.substr(0, second), later = page.substr(second);
  CHECK(contains(then, "<td style=\"background:#6486bb;color:#fff\">1</td>"));
  CHECK_FALSE(contains(then, "#144696"));
  CHECK(contains(later, "<td style=\"background:#144696;color:#fff\">2<span class=\"chg\" style=\"color:#fff\">+1</span>"));
  CHECK(contains(later, "<td style=\"background:#6486bb;color:#fff\">1</td>"));
}

TEST_CASE("progress report: a state compared with itself, and with its own earlier year", "[report][progress]") {
  const Project now = state2013();
  const std::string md = markdown(now, now);
  // Both states stand for 2013: then and now are not told apart by year.
  checkInOrder(md, {"*Vergleich eines früheren Stands mit dem aktuellen*", "|  | Vorher | Jetzt | Veränderung |",
                    "| Aktivitäten (gezählt) | 5 | 5 | ±0 |",
                    "Zwischen den beiden Ständen wurde nichts angelegt, entfernt oder geändert.",
                    "Keine Lücke wurde geschlossen.", "Keine Lücke ist neu entstanden.",
                    "Keine Förderkette ist wieder durchgehend.", "Keine Förderkette ist neu unterbrochen.",
                    "Keine Kooperation hat begonnen.", "Keine Kooperation ist beendet.",
                    "Keine Zelle wurde neu belegt oder leer.", "### Vorher", "### Jetzt, mit Veränderung"});

  // As of 2012 the activities from 2013 were not there; the cooperation has no date and stays.
  ProgressOptions options;
  options.beforeYear = 2012;
  const std::string since = writeProtocolMarkdown(buildProgressReport(projectAsOfYear(now, 2012), now, options));
  checkInOrder(since, {"*Vergleich des Stands 2012 mit dem Stand 2013*", "| Aktivitäten (gezählt) | 3 | 5 | +2 |",
                       "| Kooperationen | 1 | 1 | ±0 |"});
}

TEST_CASE("progress report: English headings and texts", "[report][progress]") {
  const std::string md = markdown(state2012(), state2013(), Language::English);
  checkInOrder(md, {"# Musterstadt\n\n",
                    "*Progress report*",
                    "*The state of 2012 compared with that of 2013*",
                    "## The year in numbers\n\n",
                    "|  | 2012 | 2013 | Change |",
                    "| Actors | 4 | 4 | ±0 |",
                    "Added: 2 activities, 1 cooperation and 4 indicators. Changed: 1 indicator.",
                    "## Gaps\n\n",
                    "### Closed (3)",
                    "These gaps existed in 2012 and are closed in 2013:",
                    "### Still open, by need (2)",
                    "| 1 | The field Soziales has goals but no activity for Schule. | 900 | 45 % |",
                    "## Support chains\n\n",
                    "(2012: 1 break)",
                    "## Cooperations\n\n",
                    "### Suggestions taken up (2)",
                    "## Indicators\n\n",
                    "2012: 13 % → 2013: 16 % (towards the target) · Target: 20 % by 2015 (higher is better) · "
                    "Assessment: on track (projected for 2015: 22 %)",
                    "### Population by life phase 2013",
                    "## Coverage: field of action × life phase\n\n",
                    "Newly filled: 2 cells; emptied: 0 cells.",
                    "### As of 2012",
                    "### As of 2013, with the change",
                    "| Field of action | Kita |"});
  CHECK_FALSE(contains(md, "Lücke"));
  CHECK_FALSE(contains(md, "Förderkette"));
}

TEST_CASE("progress report: names from the project are escaped in HTML and Markdown", "[report][progress]") {
  Project before = state2012();
  Project after = state2013();
  for (Project* p : {&before, &after}) {
    p->fields[1].name = "Soziales <script>alert(1)</script>";
    p->actors[2].name = "Grund*schule* & [Hof](http://x)";
    p->indicators[0].name = "Quote <img src=x onerror=alert(1)>";
  }
  const ProtocolDocument doc = buildProgressReport(before, after);
  const std::string page = writeProtocolHtml(doc);
  CHECK_FALSE(contains(page, "<script"));
  CHECK_FALSE(contains(page, "<img"));
  CHECK(contains(page, "<th scope=\"row\">Soziales &lt;script&gt;alert(1)&lt;/script&gt;</th>"));
  CHECK(contains(page, "<li>AWO ↔ Grund*schule* &amp; [Hof](http://x)</li>"));
  CHECK(contains(page, "<h3>Quote &lt;img src=x onerror=alert(1)&gt;</h3>"));

  const std::string md = writeProtocolMarkdown(doc);
  CHECK_FALSE(unescaped(md, "<script"));
  CHECK_FALSE(unescaped(md, "<img"));
  CHECK(contains(md, "| Soziales \\<script\\>alert(1)\\</script\\> | 1 | 0 | 1 (+1) | 0 |"));
  CHECK(contains(md, "- AWO ↔ Grund\\*schule\\* & \\[Hof\\](http://x)\n"));
  CHECK(contains(md, "### Quote \\<img src=x onerror=alert(1)\\>\n"));
}

TEST_CASE("progress report: each goal with indicators gets its card, by year", "[report][progress]") {
  // Sprachquote names the goal Sprache; Sprachkita (a1) starts in 2012, Elternkurs (a3) has no
  // dates (running every year), Lesepaten (a2) starts in 2013. The project spans 2011 (the
  // first value) to 2013 and stands in 2013: the years 2011–2013 (fewer than 6).
  //   2011: a3 (Grundschule, DRK)                        → 1 activity, 2 actors
  //   2012: a1 (AWO, Caritas), a3 (Grundschule, DRK)     → 2 activities, 4 actors
  //   2013: a1, a3, a2 (Grundschule again)               → 3 activities, 4 actors
  // Begegnung has no indicator: no card. Sprachquote as of 2013: 16 after 13, higher is
  // better: trend "besser"; on track (22 projected for 2015, as in the Kennzahlen). Lesestunden
  // (no target, no direction) 5 → 8: trend "steigend", said after the sentence.
  Project now = state2013();
  now.activities[0].startYear = 2012;
  now.indicators[0].goals = {GoalId("sprache")};
  Indicator hours;
  hours.id = IndicatorId("hours");
  hours.name = "Lesestunden";
  hours.unit = "Stunden";
  hours.values = {{2012, 5.0}, {2013, 8.0}};
  hours.goals = {GoalId("sprache")};
  now.indicators.push_back(hours);
  now.goals[0].title = "Sprache <b>&</b> *Lesen*";
  const ProtocolDocument doc = buildProgressReport(state2012(), now);
  const std::string md = writeProtocolMarkdown(doc);
  checkInOrder(md, {"## Kennzahlen\n\n", "## Woran merken wir es?\n\n",
                    "### Sprache \\<b\\>&\\</b\\> \\*Lesen\\*\n\n", "- Sprachquote: 16 % (2013); Ziel: 20 % bis 2015 – auf Kurs",
                    ": besser\n", "- Lesestunden: 8 Stunden (2013); Trend: steigend\n\n", "| Jahr | Aktivitäten | Akteure |\n",
                    "| 2011 | 1 | 2 |\n", "| 2012 | 2 | 4 |\n", "| 2013 | 3 | 4 |\n", "## Abdeckung"});
  CHECK_FALSE(contains(md, "### Begegnung"));
  CHECK_FALSE(contains(md, "| 2010 |"));
  const std::string page = writeProtocolHtml(doc);
  CHECK(contains(page, "Sprache &lt;b&gt;&amp;&lt;/b&gt; *Lesen*"));
  CHECK_FALSE(contains(page, "<b>&</b>"));

  ProgressOptions english;
  english.language = Language::English;
  const std::string en = writeProtocolMarkdown(buildProgressReport(state2012(), now, english));
  checkInOrder(en, {"## How will we notice?\n\n", "on track", ": better\n", "- Lesestunden: 8 Stunden (2013); trend: rising\n",
                    "| Year | Activities | Actors |\n", "| 2013 | 3 | 4 |\n"});

  // Without indicators naming a goal the section is left out.
  CHECK_FALSE(contains(markdown(state2012(), state2013()), "Woran merken wir es?"));
}
