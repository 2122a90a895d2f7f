// The coverage heatmap: fields as rows (their full names, wrapped), life phases as columns
// (their full names turned upwards), the number of activities per cell. Where the project has
// population figures per life phase (analysis/indicator_progress.hpp phasePopulation), a row
// under the column heads gives each phase's share of the population in percent, so that need
// shows beside coverage. While comparing (core/comparison_state.hpp), each cell whose count
// changed shows the change under its count (+3 in green, −1 in red). A click on a cell with
// activities highlights them; on an empty cell it explains the gap (report/empty_cell.hpp) and
// highlights the work next to it.
#include <fmt/format.h>

#include <algorithm>

#include "analysis/indicator_progress.hpp"
#include "core/comparison_state.hpp"
#include "core/ui_text.hpp"
#include "text/fit_text.hpp"
#include "text/number_format.hpp"
#include "view/finding_nodes.hpp"
#include "window/panels/analyses.hpp"

namespace knp::app {
namespace {

// White (0) to deep blue (the fullest cell).
Rgba heat(std::size_t count, std::size_t most) {
  if (count == 0) return rgba(255, 255, 255);
  const double t = most == 0 ? 0.0 : 0.25 + 0.75 * static_cast<double>(count) / static_cast<double>(most);
  auto mix = [t](double a, double b) { return static_cast<std::uint8_t>(a + (b - a) * t); };
  return rgba(mix(235, 20), mix(242, 70), mix(250, 150));
}

std::string cellName(const Project& p, const CoverageCell& cell) {
  const Field* field = findField(p, cell.field);
  const LifePhase* phase = findLifePhase(p, cell.phase);
  return fmt::format("{} × {}", field ? field->name : cell.field.value, phase ? phase->name : cell.phase.value);
}

constexpr Rgba kMoreColour = 0xFF1E8C1E;   // green
constexpr Rgba kFewerColour = 0xFF2828C8;  // red

}  // namespace

void AnalysesPanel::clickCoverageCell(AppState& s, const ProjectAnalysis& a, std::size_t row, std::size_t column) {
  const Coverage& c = a.coverage;
  if (row >= c.fields.size() || column >= c.phases.size()) return;
  const CoverageCell& cell = c.cell(row, column);
  if (!cell.activities.empty()) {
    m_explainedCell.reset();
    m_explanation = {};
    setHighlight(s, nodesOf(cell, s.project, s.view), cellName(s.project, cell));
  } else {
    m_explainedCell = std::pair(cell.field, cell.phase);
    m_explanation = explainEmptyCell(s.project, c, row, column, s.language);
    setHighlight(s, nodesOfItems(m_explanation.activities, m_explanation.actors, s.project, s.view), cellName(s.project, cell));
  }
  if (!s.highlight.empty()) s.frameRequest = s.highlight;
}

void AnalysesPanel::drawHeatmap(AppState& s, const ProjectAnalysis& a) {
  const Coverage& c = a.coverage;
  const float font = ImGui::GetFontSize();
  const float line = ImGui::GetTextLineHeight();
  const float avail = ImGui::GetContentRegionAvail().x;
  // Cells of 2 font sizes, down to 1.6 before the labels go below 7 (then the child scrolls
  // sideways); the labels take what the cells leave, at most 18.
  const float cellW = std::clamp((avail - font * 7.3f) / static_cast<float>(std::max<std::size_t>(c.phases.size(), 1)),
                                 font * 1.6f, font * 2.0f);
  const bool comparing = s.comparison.has_value();
  // Comparing: a second line in each cell for the change.
  const float cellH = comparing ? font * 2.3f : font * 1.35f;
  if (m_populationRevision != s.dataRevision) {
    m_population = phasePopulation(s.project);
    m_populationRevision = s.dataRevision;
  }
  const float cellsW = cellW * static_cast<float>(c.phases.size());
  const float labelW = std::clamp(avail - cellsW - font * 0.3f, font * 7.0f, font * 18.0f);
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  std::size_t most = 0;
  for (const CoverageCell& cell : c.cells) most = std::max(most, cell.activities.size());

  // Column headers: the phases' full names turned upwards, at most 12 font sizes long and at
  // most 40 % of the visible height, so that a short panel still shows rows (longer names are
  // cut with "…"; hovering the column names the phase in full).
  const float visibleH = ImGui::GetWindowContentRegionMax().y - ImGui::GetWindowContentRegionMin().y;
  const float headerMax = std::clamp(visibleH * 0.4f, font * 4.0f, font * 12.0f);
  float headerH = font;
  std::vector<std::string> headers;
  for (const LifePhaseId& id : c.phases) {
    const LifePhase* phase = findLifePhase(s.project, id);
    const std::string name = phase ? phase->name : id.value;
    headers.push_back(fitWithEllipsis(name, headerMax, [](const std::string& t) {
      return static_cast<double>(ImGui::CalcTextSize(t.c_str()).x);
    }));
    headerH = std::max(headerH, ImGui::CalcTextSize(headers.back().c_str()).x);
  }
  headerH += font * 0.4f;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const bool windowHovered = ImGui::IsWindowHovered();
  for (std::size_t col = 0; col < c.phases.size(); ++col) {
    const float x = origin.x + labelW + cellW * static_cast<float>(col);
    pictures::upwardText(list, ImVec2(x + (cellW - 2 - line) * 0.5f, origin.y + headerH - font * 0.2f), kLabelText,
                         headers[col]);
    if (windowHovered && ImGui::IsMouseHoveringRect(ImVec2(x, origin.y), ImVec2(x + cellW - 2, origin.y + headerH))) {
      const LifePhase* phase = findLifePhase(s.project, c.phases[col]);
      const std::string text = phase ? fmt::format("{} ({})", phase->name, pictures::ageRange(*phase)) : c.phases[col].value;
      ImGui::SetTooltip("%s", text.c_str());
    }
  }

  // The phases' share of the population, a row under the heads (when the project knows it).
  float y = origin.y + headerH;
  if (m_population.year) {
    const float rowH = font * 1.3f;
    pictures::fittedText(list, ImVec2(origin.x, y), labelW - font * 0.3f, rowH, kLabelText,
                         uiText(UiText::HeatmapShareRow, s.language));
    for (std::size_t col = 0; col < c.phases.size(); ++col) {
      const auto found = std::find_if(m_population.phases.begin(), m_population.phases.end(),
                                      [&](const PhasePopulation& p) { return p.phase == c.phases[col]; });
      if (found == m_population.phases.end() || !found->share) continue;
      const std::string share = fmt::format("{:.0f}", *found->share * 100.0);
      const float x = origin.x + labelW + cellW * static_cast<float>(col);
      const float w = ImGui::CalcTextSize(share.c_str()).x;
      list->AddRectFilled(ImVec2(x, y + 1), ImVec2(x + cellW - 2, y + rowH - 2), rgba(240, 236, 228));
      list->AddText(ImVec2(x + (cellW - 2 - w) * 0.5f, y + (rowH - font) * 0.5f - 1), kLabelText, share.c_str());
      if (windowHovered && ImGui::IsMouseHoveringRect(ImVec2(x, y), ImVec2(x + cellW - 2, y + rowH))) {
        const LifePhase* phase = findLifePhase(s.project, c.phases[col]);
        ImGui::SetTooltip("%s", fmt::format(fmt::runtime(uiText(UiText::HeatmapPopulationTip, s.language)),
                                            phase ? phase->name : c.phases[col].value,
                                            phase ? pictures::ageRange(*phase) : std::string(),
                                            formatPercent(*found->share, s.language),
                                            found->people ? formatNumber(*found->people, s.language) : "–",
                                            *m_population.year)
                                    .c_str());
      }
    }
    y += rowH;
  }

  // Rows: a name that wraps into two lines makes its row taller; a longer one is cut with "…"
  // and shown whole on hover.
  for (std::size_t row = 0; row < c.fields.size(); ++row) {
    const Field* field = findField(s.project, c.fields[row]);
    const std::string name = field ? field->name : c.fields[row].value;
    ImGui::PushID(c.fields[row].value.c_str());
    const float textW = labelW - font * 0.3f;
    const ImVec2 wrapped = ImGui::CalcTextSize(name.c_str(), nullptr, false, textW);
    const bool twoLines = wrapped.y <= line * 2.0f + 1.0f;
    const float rowH = twoLines ? std::max(cellH, wrapped.y + font * 0.3f) : cellH;
    if (twoLines)
      list->AddText(ImGui::GetFont(), font, ImVec2(origin.x, y + (rowH - wrapped.y) * 0.5f), kLabelText, name.c_str(),
                    nullptr, textW);
    else
      pictures::fittedText(list, ImVec2(origin.x, y), textW, rowH, kLabelText, name);
    for (std::size_t col = 0; col < c.phases.size(); ++col) {
      const CoverageCell& cell = c.cell(row, col);
      const ImVec2 a0(origin.x + labelW + cellW * static_cast<float>(col), y + (rowH - cellH) * 0.5f);
      const ImVec2 a1(a0.x + cellW - 2, a0.y + cellH - 2);
      const std::size_t n = cell.activities.size();
      const CellChange* changed = comparing ? cellChangeOf(s, cell.field, cell.phase) : nullptr;
      const long change = changed ? static_cast<long>(changed->after) - static_cast<long>(changed->before) : 0;
      list->AddRectFilled(a0, a1, heat(n, most));
      // The count, centred; comparing, in the upper half with the change below it.
      const float countY = comparing ? a0.y + font * 0.1f : a0.y + (cellH - font) * 0.5f - 1;
      if (n == 0) {
        list->AddRect(ImVec2(a0.x + 1, a0.y + 1), ImVec2(a1.x - 1, a1.y - 1), rgba(200, 30, 30), 0, 0, 2.0f);
      } else {
        const std::string count = std::to_string(n);
        const float w = ImGui::CalcTextSize(count.c_str()).x;
        const bool dark = static_cast<double>(n) > static_cast<double>(most) * 0.45;
        list->AddText(ImVec2((a0.x + a1.x - w) * 0.5f, countY), dark ? rgba(255, 255, 255) : kLabelText, count.c_str());
      }
      if (change != 0) {
        const std::string text = formatChange(change);
        const float w = ImGui::CalcTextSize(text.c_str()).x;
        const ImVec2 at((a0.x + a1.x - w) * 0.5f, a0.y + font * 1.1f);
        // On a white plate: readable on the darkest cell too.
        list->AddRectFilled(ImVec2(at.x - 2, at.y), ImVec2(at.x + w + 2, at.y + font), rgba(255, 255, 255), font * 0.2f);
        list->AddText(at, change > 0 ? kMoreColour : kFewerColour, text.c_str());
      }
      if (m_explainedCell && m_explainedCell->first == cell.field && m_explainedCell->second == cell.phase)
        list->AddRect(ImVec2(a0.x - 2, a0.y - 2), ImVec2(a1.x + 2, a1.y + 2), kHighlight, 0, 0, 3.0f);
      const bool over =
          windowHovered && mouse.x >= a0.x && mouse.x < a1.x && mouse.y >= a0.y && mouse.y < a1.y;
      if (!over) continue;
      list->AddRect(a0, a1, kSelection, 0, 0, 2.0f);
      if (changed)  // the diff's counts: the cell's own may still be the last analysis's
        ImGui::SetTooltip("%s", fmt::format(fmt::runtime(uiText(UiText::CompareCellTip, s.language)),
                                            cellName(s.project, cell), changed->before, changed->after,
                                            formatChange(change), comparisonLabel(s.comparison->source, s.language))
                                    .c_str());
      else
        ImGui::SetTooltip("%s\n%zu %s", cellName(s.project, cell).c_str(), n, uiText(UiText::Activities, s.language));
      if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) clickCoverageCell(s, a, row, col);
    }
    ImGui::PopID();
    y += rowH;
  }
  ImGui::Dummy(ImVec2(labelW + cellsW, y - origin.y));
  ImGui::PushTextWrapPos(pictures::visibleRight());
  if (!m_explanation.text.empty()) {
    ImGui::Spacing();
    ImGui::TextUnformatted(m_explanation.text.c_str());
    ImGui::Spacing();
  }
  if (comparing)
    ImGui::TextDisabled("%s", fmt::format(fmt::runtime(uiText(UiText::HeatmapChangeHint, s.language)),
                                          comparisonLabel(s.comparison->source, s.language))
                                  .c_str());
  ImGui::TextDisabled("%s", uiText(UiText::CoverageHint, s.language));
  ImGui::TextDisabled("%s", uiText(UiText::PicsEmptyCellHint, s.language));
  ImGui::PopTextWrapPos();
}

}  // namespace knp::app
