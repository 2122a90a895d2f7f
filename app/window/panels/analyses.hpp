#pragma once
// The analyses panel: a coverage heatmap Field × LifePhase (empty cells marked; a click
// highlights the cell's activities on the map) and the lists of gaps, support-chain breaks,
// overlaps, cooperation suggestions and brokers (a click highlights and frames the nodes an
// entry is about). Results come from the AnalysisRunner and refresh when the data or the
// year/status filter change; until then the last result stays, marked "updating".
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/app_state.hpp"
#include "report/analysis_list.hpp"
#include "report/project_names.hpp"

namespace knp::app {

class AnalysesPanel {
 public:
  void draw(AppState& state);

 private:
  void rebuild(const AppState& s, const ProjectAnalysis& analysis);
  void drawHeatmap(AppState& s, const ProjectAnalysis& analysis);
  void drawList(AppState& s, const std::vector<AnalysisEntry>& entries, std::string_view emptyText);

  Language m_builtLanguage = Language::German;
  std::uint64_t m_builtGeneration = UINT64_MAX;
  std::vector<std::vector<AnalysisEntry>> m_entries;  // by AnalysisId (report/analysis_list.hpp)
};

}  // namespace knp::app
