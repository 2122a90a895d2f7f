#include <catch2/catch.hpp>

#include <algorithm>

#include "analysis/project_analysis.hpp"
#include "embedded_data.hpp"
#include "io/project_json.hpp"
#include "report/analysis_json.hpp"
#include "report/analysis_report.hpp"
#include "report/analysis_sentences.hpp"
#include "report/project_names.hpp"
#include "town_project.hpp"

using namespace knp;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

ProjectAnalysis analyzeTown() {
  AnalysisOptions options;
  options.filter = ActivityFilter::all();
  return analyzeProject(test::townProject(), options);
}

}  // namespace

TEST_CASE("report: German text is grouped by the workshop's questions") {
  const Project town = test::townProject();
  const std::string text = formatAnalysisReport(town, analyzeTown(), ReportFormat::Text, Language::German);
  for (const char* heading : {"Lücken\n------", "Förderketten\n", "Überschneidungen (1)\n", "Kooperationschancen\n",
                              "Mittler und Netzwerk\n"})
    CHECK(contains(text, heading));
  CHECK(contains(text, "Berücksichtigt: 7 von 7 Aktivitäten (Status: alle)."));
  CHECK(contains(text, "- „sprache“: kita ✓, grundschule ✓, jugend ✗ (Bruch), beruf ✓ – 3 von 4 Phasen (75 %)\n"));
  CHECK(contains(text, "- Für die Lebensphase alter gibt es keine einzige Aktivität.\n"));
  CHECK(contains(text, "- „offen“ hängt allein an awo (1 Aktivität); fällt dieser Akteur aus"));
  CHECK(contains(text, "- solo kooperiert mit niemandem; die einzige Aktivität läuft ohne Partner.\n"));
  CHECK(contains(text, "Die besten Vorschläge für jeden Akteur"));
  // The matrix: bildung has one activity in each of the first four phases.
  CHECK(contains(text, "bildung        1  1  1  1  ·\n"));
}

TEST_CASE("report: English and Markdown") {
  const Project town = test::townProject();
  const ProjectAnalysis analysis = analyzeTown();
  const std::string markdown = formatAnalysisReport(town, analysis, ReportFormat::Markdown, Language::English);
  CHECK(contains(markdown, "# Analysis: "));
  CHECK(contains(markdown, "\n## Gaps\n"));
  CHECK(contains(markdown, "\n### Goals without activity (1)\n"));
  CHECK(contains(markdown, "| bildung | 1 | 1 | 1 | 1 | · |\n"));
  CHECK(contains(markdown, "- “sprache”: kita ✓, grundschule ✓, jugend ✗ (break), beruf ✓ – 3 of 4 phases (75 %)"));
  CHECK_FALSE(contains(markdown, "Lücken"));
}

TEST_CASE("report: the same analysis gives the same bytes") {
  const Project town = test::townProject();
  CHECK(formatAnalysisReport(town, analyzeTown(), ReportFormat::Text, Language::German) ==
        formatAnalysisReport(town, analyzeTown(), ReportFormat::Text, Language::German));
  CHECK(analysisToJson(town, analyzeTown(), Language::German).dump() ==
        analysisToJson(town, analyzeTown(), Language::German).dump());
}

TEST_CASE("report: JSON carries ids, figures and sentences") {
  const Project town = test::townProject();
  const auto json = analysisToJson(town, analyzeTown(), Language::English);
  CHECK(json.at("format") == "knotenpunkt-analysis");
  CHECK(json.at("filter").at("countedActivities") == 7);
  const auto& gaps = json.at("gaps");
  REQUIRE(gaps.size() == 8);
  CHECK(gaps.at(0).at("kind") == "unserved_goal");
  CHECK(gaps.at(0).at("goal") == "mobil");
  CHECK(gaps.at(0).at("actor").is_null());
  CHECK(gaps.at(0).at("explanation") == "No activity works towards “mobil” (sek), neither directly nor through a sub-goal.");
  const auto& chain = json.at("supportChains").at("goals").at(1);
  CHECK(chain.at("goal") == "sprache");
  CHECK(chain.at("links").at(2).at("state") == "break");
  CHECK(chain.at("ratio").get<double>() == Approx(0.75));
  CHECK(json.at("overlaps").at("total") == 1);
  CHECK(json.at("overlaps").at("listed").at(0).at("actors") == nlohmann::ordered_json({"awo", "caritas"}));
  CHECK(json.at("network").at("centrality").size() == town.actors.size());
  // schule lies between kita and caritas: the only pair through it is kita–caritas, plus
  // vhs–caritas (vhs─kita─schule─caritas): betweenness 2.
  CHECK(json.at("network").at("centrality").at(1).at("actor") == "schule");
  CHECK(json.at("network").at("centrality").at(1).at("betweenness").get<double>() == Approx(2.0));
}

TEST_CASE("names: goal titles are cut at a colon unless two goals would then read the same") {
  Project p = test::ProjectBuilder()
                  .concept_("c")
                  .goal("a", "c", {})
                  .goal("b", "c", {})
                  .goal("s", "c", {})
                  .build();
  p.goals[0].title = "Jahresziel 2014: Zwei Sprachkurse";
  p.goals[1].title = "Jahresziel 2014: Das Adressverzeichnis";
  p.goals[2].title = "Sprache als Schlüssel: durchgängige Förderung.";
  const ProjectNames names(p);
  CHECK(names.goalShort(GoalId("a")) == "Jahresziel 2014: Zwei Sprachkurse");
  CHECK(names.goalShort(GoalId("b")) == "Jahresziel 2014: Das Adressverzeichnis");
  CHECK(names.goalShort(GoalId("s")) == "Sprache als Schlüssel");
  CHECK(names.goalShort(GoalId("unknown")) == "unknown");
}

TEST_CASE("sentences: German numbers use a decimal comma") {
  CHECK(decimal(0.755, 2, Language::German) == "0,76");
  CHECK(decimal(356.25, 1, Language::English) == "356.2");  // round half to even, as printf
  CHECK(decimal(2.0, 0, Language::German) == "2");
}

TEST_CASE("sentences: lists are joined with commas and a final and/und") {
  CHECK(joinNames({}, Language::German).empty());
  CHECK(joinNames({"a"}, Language::German) == "a");
  CHECK(joinNames({"a", "b", "c"}, Language::German) == "a, b und c");
  CHECK(joinNames({"a", "b"}, Language::English) == "a and b");
}

TEST_CASE("report: an empty project still gives a complete report") {
  const Project empty;
  const ProjectAnalysis analysis = analyzeProject(empty);
  const std::string text = formatAnalysisReport(empty, analysis, ReportFormat::Text, Language::German);
  CHECK(contains(text, "Lücken"));
  CHECK(contains(text, "Keine Überschneidungen"));
  CHECK(contains(text, "Keine Mittler"));
  CHECK(analysisToJson(empty, analysis, Language::German).at("network").at("density") == 0.0);
}

// ---------------------------------------------------------------------------------------------
// Population, need ranking and indicator progress in the report.

namespace {

Project example() {
  const auto loaded = parseProjectJson(embeddedExampleJson());
  REQUIRE(loaded.project);
  return *loaded.project;
}

// The lines of `text` from the line starting with `start` up to (not including) the next line
// starting with `end`.
std::string section(const std::string& text, const std::string& start, const std::string& end) {
  const std::size_t from = text.find("\n" + start);
  if (from == std::string::npos) return {};
  const std::size_t to = text.find("\n" + end, from + start.size() + 1);
  return text.substr(from + 1, to == std::string::npos ? std::string::npos : to - from);
}

}  // namespace

TEST_CASE("report: gaps ranked by need where the population of the phases is known", "[report][indicators]") {
  const Project project = example();
  const ProjectAnalysis analysis = analyzeProject(project);
  const std::string text = formatAnalysisReport(project, analysis, ReportFormat::Text, Language::German);
  const std::string gaps = section(text, "Lücken\n", "Förderketten\n");
  INFO(gaps);
  // The rule first, then the ranked list. Population 2013: 1362 + 1380 + 1905 + 3150 + 5530 +
  // 29380 + 12910 = 55617; Alter 12910 / 55617 = 23.2 % → "23 %", the largest phase with a gap
  // (Erwerbsleben, 53 %, has none): first.
  CHECK(contains(gaps, "\nDie Lücken sind nach Bedarf geordnet: die Lücken einer Lebensphase nach ihrem Anteil an "
                       "der Bevölkerung (2013), der größte zuerst,"));
  CHECK(contains(gaps, "Lücken nach Bedarf (17)\n\n- Alter (65+): 23 % der Bevölkerung (12.910 Menschen), keine "
                       "Aktivität.\n"));
  // Übergang (5530 / 55617 = 9.9 % → "10 %") before Jugend (3150 / 55617 = 5.7 % → "6 %"); the cells
  // of a phase in field order (Gesundheit before Wohnen).
  CHECK(contains(gaps, "- Gesundheit × Übergang Schule–Beruf (16–25): 10 % der Bevölkerung (5530 Menschen), keine "
                       "Aktivität in diesem Handlungsfeld.\n- Wohnen × Übergang Schule–Beruf (16–25)"));
  CHECK(gaps.find("Übergang Schule–Beruf (16–25): 10 %") < gaps.find("Weiterführende Schule und Jugend (10–18): 6 %"));
  // Kinds all ranked are not repeated; the others follow by kind.
  CHECK_FALSE(contains(gaps, "Lebensphasen ohne Aktivität ("));
  CHECK_FALSE(contains(gaps, "Handlungsfelder ohne Aktivität für eine Lebensphase ("));
  CHECK(gaps.find("Lücken nach Bedarf") < gaps.find("Ziele ohne Aktivität (2)"));
  CHECK(contains(gaps, "Isolierte Akteure (1)"));

  const std::string english = formatAnalysisReport(project, analysis, ReportFormat::Markdown, Language::English);
  CHECK(contains(english, "\n## Gaps\n\nGaps are ranked by need: the gaps of a life phase by its share of the "
                          "population (2013), largest first,"));
  CHECK(contains(english, "\n### Gaps by need (17)\n\n- Alter (65+): 23 % of the population (12,910 people), no "
                          "activity.\n"));
}

TEST_CASE("report: the coverage shows each phase's people and share beside its activities", "[report][indicators]") {
  const Project project = example();
  const std::string text = formatAnalysisReport(project, analyzeProject(project), ReportFormat::Text, Language::German);
  // Shares of 55617: Erwerbsleben 29380 → 52.8 % → "53 %", Frühe Kindheit 1362 → 2.4 % → "2 %".
  CHECK(contains(text, "Lebensphase                               Aktivitäten  Akteure  Menschen 2013  Anteil\n"));
  CHECK(contains(text, "Erwerbsleben und Familie (25–65)                   55       33         29.380    53 %\n"));
  CHECK(contains(text, "Alter (65+)                                         0        0         12.910    23 %\n"));
  CHECK(contains(text, "Frühe Kindheit (0–3)                               13       12           1362     2 %\n"));

  // --year 2012: the population of 2012. Alter 12760 of 1350 + 1392 + 1920 + 3180 + 5560 + 29620 +
  // 12760 = 55782: 22.9 % → "23 %".
  AnalysisOptions options;
  options.filter.year = 2012;
  const std::string then = formatAnalysisReport(project, analyzeProject(project, options), ReportFormat::Text,
                                                Language::German);
  CHECK(contains(then, "Menschen 2012"));
  CHECK(contains(then, "- Alter (65+): 23 % der Bevölkerung (12.760 Menschen), keine Aktivität.\n"));
}

TEST_CASE("report: indicators with a target, their status and trend", "[report][indicators]") {
  const Project project = example();
  const std::string text = formatAnalysisReport(project, analyzeProject(project), ReportFormat::Text, Language::German);
  const std::string indicators = section(text, "Kennzahlen und Ziele\n", "@@");
  INFO(indicators);
  // Slopes over 2008–2013 (mean year 2010.5, Σ dx² = 17.5; Σ dx·y with dx = −2.5 … 2.5):
  //  Schulabgänger 13.9 12.7 12.1 10.8 9.6 9.9: Σ = −15.3, slope −0.874; 2016: 9.9 − 3 × 0.874 = 7.28 > 7.
  //  Arbeitslose 17.2 18.5 17.6 16.3 15.8 15.4: Σ = −9.2, slope −0.526; 2016: 15.4 − 1.58 = 13.82 > 12.
  //  Einbürgerungen 68 74 81 77 92 96: Σ = 95, slope 5.43; 2015: 96 + 10.86 = 106.86 >= 105.
  CHECK(contains(indicators, "- Anteil ausländischer Schulabgänger ohne Abschluss: 9,9 % (2013); Ziel: 7 % bis 2016 – "
                             "nicht auf Kurs (fortgeschrieben für 2016: 7,3 %); Trend gegenüber 2012 (9,6 %): "
                             "schlechter\n"));
  CHECK(contains(indicators, "- Arbeitslosenquote Ausländer: 15,4 % (2013); Ziel: 12 % bis 2016 – nicht auf Kurs "
                             "(fortgeschrieben für 2016: 13,8 %); Trend gegenüber 2012 (15,8 %): besser\n"));
  CHECK(contains(indicators, "- Einbürgerungen: 96 Anzahl (2013); Ziel: 105 Anzahl bis 2015 – auf Kurs "
                             "(fortgeschrieben für 2015: 107 Anzahl); Trend gegenüber 2012 (92 Anzahl): besser\n"));
  CHECK_FALSE(contains(indicators, "Kinder mit Migrationshintergrund"));  // no target

  // As of 2012: Einbürgerungen 68 74 81 77 92 over 2008–2012, mean year 2010, Σ dx·y =
  // −136 − 74 + 0 + 77 + 184 = 51, Σ dx² = 10, slope 5.1; 2015: 92 + 15.3 = 107.3.
  AnalysisOptions options;
  options.filter.year = 2012;
  const std::string then = formatAnalysisReport(project, analyzeProject(project, options), ReportFormat::Markdown,
                                                Language::English);
  CHECK(contains(then, "\n## Indicators and targets\n\n"));
  CHECK(contains(then, "- Einbürgerungen: 92 Anzahl (2012); Target: 105 Anzahl by 2015 – on track (projected for "
                       "2015: 107 Anzahl); Trend against 2011 (77 Anzahl): better\n"));
}

TEST_CASE("report: without population figures and targets the gaps keep their kind order", "[report][indicators]") {
  const Project town = test::townProject();
  const std::string text = formatAnalysisReport(town, analyzeTown(), ReportFormat::Text, Language::German);
  CHECK_FALSE(contains(text, "nach Bedarf"));
  CHECK_FALSE(contains(text, "Menschen"));
  CHECK(contains(text, "Lebensphasen ohne Aktivität (1)\n\n- Für die Lebensphase alter gibt es keine einzige "
                       "Aktivität.\n"));
  CHECK(contains(text, "Kennzahlen und Ziele\n--------------------\n\nKeine Kennzahl hat ein Ziel.\n"));
  CHECK(contains(formatAnalysisReport(town, analyzeTown(), ReportFormat::Text, Language::English),
                 "No indicator has a target."));
}

TEST_CASE("report: JSON carries population, need ranks and indicator progress", "[report][indicators]") {
  const Project project = example();
  const auto json = analysisToJson(project, analyzeProject(project), Language::German);
  CHECK(json.at("population").at("year") == 2013);
  const auto& alter = json.at("population").at("phases").at(6);
  CHECK(alter.at("lifePhase") == "alter");
  CHECK(alter.at("people").get<double>() == Approx(12910));
  CHECK(alter.at("share").get<double>() == Approx(12910.0 / 55617.0));
  CHECK(json.at("coverage").at("perLifePhase").at(6).at("people").get<double>() == Approx(12910));
  CHECK(json.at("gapRankingRule").get<std::string>().starts_with("Die Lücken sind nach Bedarf geordnet"));
  // The uncovered phase keeps its place in kind order and is first by need.
  bool found = false;
  for (const auto& gap : json.at("gaps"))
    if (gap.at("kind") == "uncovered_phase") {
      found = true;
      CHECK(gap.at("lifePhase") == "alter");
      CHECK(gap.at("needRank") == 1);
      CHECK(gap.at("share").get<double>() == Approx(12910.0 / 55617.0));
      CHECK(gap.at("explanation") == "Für die Lebensphase Alter (65+) gibt es keine einzige Aktivität.");
    }
  CHECK(found);
  CHECK(json.at("gaps").at(0).at("kind") == "unserved_goal");
  CHECK(json.at("gaps").at(0).at("people").is_null());
  // Every rank once.
  std::vector<std::size_t> ranks;
  for (const auto& gap : json.at("gaps")) ranks.push_back(gap.at("needRank").get<std::size_t>());
  std::sort(ranks.begin(), ranks.end());
  for (std::size_t i = 0; i < ranks.size(); ++i) CHECK(ranks[i] == i + 1);

  const auto& indicators = json.at("indicators");
  REQUIRE(indicators.size() == project.indicators.size());
  const auto& naturalisations = indicators.at(3);
  CHECK(naturalisations.at("indicator") == "einbuergerungen");
  CHECK(naturalisations.at("target").at("value") == 105.0);
  CHECK(naturalisations.at("latestYear") == 2013);
  CHECK(naturalisations.at("slopePerYear").get<double>() == Approx(95.0 / 17.5));
  CHECK(naturalisations.at("status") == "on_track");
  CHECK(naturalisations.at("trend") == "better");
  CHECK(indicators.at(0).at("target").is_null());
  CHECK(indicators.at(0).at("status") == "no_data");
  CHECK(indicators.at(0).at("trend") == "up");  // neutral, 16.0 → 16.4

  // Without population: rule null, ranks in list order.
  const auto town = analysisToJson(test::townProject(), analyzeTown(), Language::English);
  CHECK(town.at("population").at("year").is_null());
  CHECK(town.at("gapRankingRule").is_null());
  for (std::size_t i = 0; i < town.at("gaps").size(); ++i) CHECK(town.at("gaps").at(i).at("needRank") == i + 1);

  const Project empty;
  const auto nothing = analysisToJson(empty, analyzeProject(empty), Language::German);
  CHECK(nothing.at("indicators").empty());
  CHECK(nothing.at("population").at("phases").empty());
}
