#include <catch2/catch.hpp>

#include "analysis/project_analysis.hpp"
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
