#pragma once
// The analyses panel: one tab per analysis (report/analysis_list.hpp), each drawn as a picture
// where one helps more than prose:
//   coverage      a heatmap Field × LifePhase (panels/analyses/coverage_heatmap.cpp); a click
//                 on a cell highlights its activities, on an empty cell explains it
//                 (report/empty_cell.hpp) and highlights the work next to it;
//   chains        one strip of life-phase cells per goal, breaks marked (chain_strips.cpp);
//   suggestions   one card per suggested pair (suggestion_cards.cpp);
//   brokers       each broker with its score and the groups it connects (broker_list.cpp);
//   gaps, overlaps wrapped sentences (here).
// A click highlights and frames the nodes a finding is about. Results come from the
// AnalysisRunner and refresh when the data or the year/status filter change; until then the
// last result stays, marked "updating".
//
// The pictures live in panels/analyses/ but are declared here: a panel includes no other
// panel's header (tests/check_app_layout.sh), and they are one panel cut into files.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "analysis/indicator_progress.hpp"
#include "core/app_state.hpp"
#include "core/palette.hpp"
#include "report/analysis_list.hpp"
#include "report/empty_cell.hpp"
#include "report/project_names.hpp"

namespace knp::app {

class AnalysesPanel {
 public:
  void draw(AppState& state);

  // What a click on the coverage cell (row = field, column = life phase, as in Coverage) does:
  // an empty cell is explained (cellExplanation()) and the work next to it highlighted and
  // framed; a cell with activities highlights them. Out of range: nothing.
  void clickCoverageCell(AppState& s, const ProjectAnalysis& analysis, std::size_t row, std::size_t column);
  // The explanation of the last empty cell clicked, in the UI language; empty when none.
  const std::string& cellExplanation() const { return m_explanation.text; }

 private:
  void rebuild(const AppState& s, const ProjectAnalysis& analysis);
  void drawList(AppState& s, const std::vector<AnalysisEntry>& entries, std::string_view emptyText);
  void drawHeatmap(AppState& s, const ProjectAnalysis& analysis);          // coverage_heatmap.cpp
  void drawChainStrips(AppState& s, const ProjectAnalysis& analysis);      // chain_strips.cpp
  void drawSuggestionCards(AppState& s, const ProjectAnalysis& analysis);  // suggestion_cards.cpp
  void drawBrokers(AppState& s, const ProjectAnalysis& analysis);          // broker_list.cpp

  Language m_builtLanguage = Language::German;
  std::uint64_t m_builtGeneration = UINT64_MAX;
  std::uint64_t m_builtRevision = UINT64_MAX;  // s.dataRevision the entries' vertices belong to
  std::vector<std::vector<AnalysisEntry>> m_entries;  // by AnalysisId (report/analysis_list.hpp)
  std::vector<std::vector<std::vector<std::size_t>>> m_chainActivities;  // by goal chain, by link
  std::vector<std::vector<std::size_t>> m_brokerGroups;                  // by broker
  // The empty coverage cell explained last, by ids so that it survives a new analysis.
  std::optional<std::pair<FieldId, LifePhaseId>> m_explainedCell;
  EmptyCellExplanation m_explanation;
  // The population per life phase the heatmap's share row shows, for m_populationRevision.
  Population m_population;
  std::uint64_t m_populationRevision = UINT64_MAX;
};

// Drawing helpers shared by the pictures (panels/analyses/drawing.cpp). Sizes come from the
// current font; nothing here keeps state.
namespace pictures {

// `text` in one line within `width` at `at` (its box `height` tall, text centred vertically):
// whole, or cut with "…"; when cut, hovering the box shows the whole text. Returns whether it
// was cut.
bool fittedText(ImDrawList* list, ImVec2 at, float width, float height, Rgba colour, std::string_view text);

// `text` turned 90° to read upwards, the lower-left corner of the turned box at `lowerLeft`
// (ImGui 1.86 draws no rotated text: the glyphs' vertices are turned after AddText).
void upwardText(ImDrawList* list, ImVec2 lowerLeft, Rgba colour, std::string_view text);

// `text` wrapped at `width`, drawn twice a hair apart as a bold stand-in (the panel has no
// handle on the bold font, which is also larger); advances the cursor.
void boldWrapped(std::string_view text, float width);

// A bar `fraction` (0..1) of `width` long and a third of the font high, at the cursor; then
// `label` beside it. Advances the cursor; returns whether the mouse is over it.
bool scoreBar(float fraction, float width, std::string_view label);

// The right edge of the window's visible content, for PushTextWrapPos. Wrapping at 0 (ImGui's
// work rectangle) would follow content that is wider than the window, and wrapped text would
// then keep it wide: a sideways scrollbar that never leaves.
float visibleRight();

// "0–3", "65+": a life phase's ages, short enough for a column header.
std::string ageRange(const LifePhase& phase);

}  // namespace pictures

}  // namespace knp::app
