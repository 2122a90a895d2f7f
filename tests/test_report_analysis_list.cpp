// The table of analyses (report/analysis_list.hpp) that the window's panel, --panel and the
// text report read.
#include <catch2/catch.hpp>

#include <set>

#include "analysis/project_analysis.hpp"
#include "fixtures.hpp"
#include "report/analysis_list.hpp"
#include "report/analysis_report.hpp"
#include "view/map_filter.hpp"
#include "view/project_graph.hpp"

using namespace knp;

TEST_CASE("analysis list: six analyses in id order, unique names, words in both languages", "[report][analyses]") {
  std::set<std::string_view> names;
  std::size_t index = 0;
  for (const AnalysisInfo& info : analysisList()) {
    CHECK(static_cast<std::size_t>(info.id) == index++);
    CHECK(names.insert(info.name).second);
    CHECK(&analysisInfo(info.id) == &info);
    CHECK(findAnalysis(info.name) == &info);
    for (Language lang : {Language::German, Language::English}) {
      CHECK_FALSE(inLanguage(info.title, lang).empty());
      CHECK_FALSE(inLanguage(info.heading, lang).empty());
      CHECK(inLanguage(info.empty, lang).empty() == (info.id == AnalysisId::Coverage));
    }
  }
  CHECK(names == std::set<std::string_view>{"coverage", "gaps", "chains", "overlaps", "suggestions", "brokers"});
  CHECK(findAnalysis("Gaps") == nullptr);
  CHECK(inLanguage(analysisInfo(AnalysisId::Brokers).title, Language::German) == "Mittler");
}

TEST_CASE("analysis list: entries name the nodes they are about", "[report][analyses]") {
  Project project = test::smallProject();
  project.actors.push_back(Actor{ActorId("solo"), "Sportverein Einsam", ActorType::Association, "", {}, {}});
  const ProjectGraph view = buildProjectGraph(project);
  const ProjectNames names(project);
  const ProjectAnalysis analysis = analyzeProject(project);
  CHECK(analysisInfo(AnalysisId::Coverage).entries(analysis, project, view, names, Language::German).empty());
  // One entry per gap, in the analysis' order; the added association has no activity.
  const auto gaps = analysisInfo(AnalysisId::Gaps).entries(analysis, project, view, names, Language::German);
  REQUIRE(gaps.size() == analysis.gaps.size());
  const Vertex solo = *vertexOfKey(view, "actor:solo");
  bool soloEntry = false;
  for (std::size_t i = 0; i < gaps.size(); ++i) {
    CHECK_FALSE(gaps[i].text.empty());
    if (analysis.gaps[i].kind == GapKind::ActorWithoutActivity) {
      CHECK(gaps[i].nodes == std::vector<Vertex>{solo});
      CHECK(gaps[i].text.find("Sportverein Einsam") != std::string::npos);
      soloEntry = true;
    }
  }
  CHECK(soloEntry);
  const auto brokers = analysisInfo(AnalysisId::Brokers).entries(analysis, project, view, names, Language::English);
  CHECK(brokers.size() == analysis.network.brokers.size());
}

TEST_CASE("analysis list: the report's headings are the table's", "[report][analyses]") {
  const Project project = test::smallProject();
  const std::string report = formatAnalysisReport(project, analyzeProject(project), ReportFormat::Markdown, Language::English);
  for (const AnalysisInfo& info : analysisList())
    CHECK(report.find("## " + std::string(inLanguage(info.heading, Language::English))) != std::string::npos);
}
