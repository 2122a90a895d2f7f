#include "window/panels/analyses.hpp"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>

#include "core/palette.hpp"
#include "core/analysis_runner.hpp"
#include "core/ui_text.hpp"
#include "view/finding_nodes.hpp"

namespace knp::app {
namespace {

// White (0) to deep blue (the fullest cell).
Rgba heat(std::size_t count, std::size_t most) {
  if (count == 0) return rgba(255, 255, 255);
  const double t = most == 0 ? 0.0 : 0.25 + 0.75 * static_cast<double>(count) / static_cast<double>(most);
  auto mix = [t](double a, double b) { return static_cast<std::uint8_t>(a + (b - a) * t); };
  return rgba(mix(235, 20), mix(242, 70), mix(250, 150));
}

// "0–3", "65+": a life phase's ages, short enough for a column header.
std::string ageRange(const LifePhase& phase) {
  return phase.maxAge ? fmt::format("{}–{}", phase.minAge, *phase.maxAge) : fmt::format("{}+", phase.minAge);
}

}  // namespace

void AnalysesPanel::rebuild(const AppState& s, const ProjectAnalysis& a) {
  const ProjectNames names(s.project);
  m_entries.resize(analysisList().size());
  for (const AnalysisInfo& info : analysisList())
    m_entries[static_cast<std::size_t>(info.id)] = info.entries(a, s.project, s.view, names, s.language);
  m_builtLanguage = s.language;
  m_builtGeneration = s.analyses.generation();
}

void AnalysesPanel::drawList(AppState& s, const std::vector<AnalysisEntry>& entries, std::string_view emptyText) {
  if (entries.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%.*s", static_cast<int>(emptyText.size()), emptyText.data());
    ImGui::PopTextWrapPos();
    return;
  }
  for (std::size_t i = 0; i < entries.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    const bool active = s.highlightLabel == entries[i].text && !s.highlight.empty();
    ImGui::PushTextWrapPos(0.0f);
    // A selectable as wide as the panel, as tall as the wrapped sentence.
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 size = ImGui::CalcTextSize(entries[i].text.c_str(), nullptr, false, width);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    if (ImGui::Selectable("##entry", active, 0, ImVec2(width, size.y))) {
      if (active) {
        setHighlight(s, {}, {});
      } else {
        setHighlight(s, entries[i].nodes, entries[i].text);
        s.frameRequest = entries[i].nodes;
      }
    }
    ImGui::SetCursorScreenPos(at);
    ImGui::TextWrapped("%s", entries[i].text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    ImGui::PopID();
  }
}

void AnalysesPanel::drawHeatmap(AppState& s, const ProjectAnalysis& a) {
  const Coverage& c = a.coverage;
  const float font = ImGui::GetFontSize();
  const float cellW = font * 2.0f, cellH = font * 1.35f;
  const float labelW =
      std::max(font * 4.0f, ImGui::GetContentRegionAvail().x - cellW * static_cast<float>(c.phases.size()));
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  std::size_t most = 0;
  for (const CoverageCell& cell : c.cells) most = std::max(most, cell.activities.size());

  // Column headers: the phases' ages, staggered over two lines so that wide ones never touch
  // (the cell tooltip names the phase).
  for (std::size_t col = 0; col < c.phases.size(); ++col) {
    const LifePhase* phase = findLifePhase(s.project, c.phases[col]);
    const std::string text = phase ? ageRange(*phase) : c.phases[col].value;
    const float w = ImGui::CalcTextSize(text.c_str()).x;
    list->AddText(ImVec2(origin.x + labelW + cellW * (static_cast<float>(col) + 0.5f) - w * 0.5f,
                         origin.y + (col % 2 == 0 ? 0.0f : font)),
                  kLabelText, text.c_str());
  }
  const float top = origin.y + font * 2.2f;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  for (std::size_t row = 0; row < c.fields.size(); ++row) {
    const Field* field = findField(s.project, c.fields[row]);
    const float y = top + cellH * static_cast<float>(row);
    list->PushClipRect(ImVec2(origin.x, y), ImVec2(origin.x + labelW - font * 0.3f, y + cellH), true);
    list->AddText(ImVec2(origin.x, y + (cellH - font) * 0.5f), kLabelText, field ? field->name.c_str() : "?");
    list->PopClipRect();
    for (std::size_t col = 0; col < c.phases.size(); ++col) {
      const CoverageCell& cell = c.cell(row, col);
      const ImVec2 a0(origin.x + labelW + cellW * static_cast<float>(col), y);
      const ImVec2 a1(a0.x + cellW - 2, a0.y + cellH - 2);
      const std::size_t n = cell.activities.size();
      list->AddRectFilled(a0, a1, heat(n, most));
      if (n == 0) {
        list->AddRect(ImVec2(a0.x + 1, a0.y + 1), ImVec2(a1.x - 1, a1.y - 1), rgba(200, 30, 30), 0, 0, 2.0f);
      } else {
        const std::string count = std::to_string(n);
        const float w = ImGui::CalcTextSize(count.c_str()).x;
        const bool dark = static_cast<double>(n) > static_cast<double>(most) * 0.45;
        list->AddText(ImVec2((a0.x + a1.x - w) * 0.5f, a0.y + (cellH - font) * 0.5f - 1),
                      dark ? 0xFFFFFFFF : kLabelText, count.c_str());
      }
      const bool over =
          mouse.x >= a0.x && mouse.x < a1.x && mouse.y >= a0.y && mouse.y < a1.y && ImGui::IsWindowHovered();
      if (!over) continue;
      list->AddRect(a0, a1, kSelection, 0, 0, 2.0f);
      const LifePhase* phase = findLifePhase(s.project, cell.phase);
      const std::string what =
          fmt::format("{} × {}", field ? field->name : cell.field.value, phase ? phase->name : cell.phase.value);
      ImGui::SetTooltip("%s\n%zu %s", what.c_str(), n, uiText(UiText::Activities, s.language));
      if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        setHighlight(s, nodesOf(cell, s.project, s.view), what);
        if (!s.highlight.empty()) s.frameRequest = s.highlight;
      }
    }
  }
  ImGui::Dummy(ImVec2(labelW + cellW * static_cast<float>(c.phases.size()),
                      font * 2.2f + cellH * static_cast<float>(c.fields.size())));
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", uiText(UiText::CoverageHint, s.language));
  ImGui::PopTextWrapPos();
}

void AnalysesPanel::draw(AppState& s) {
  const Language lang = s.language;
  s.analyses.request(s.project, s.dataRevision, analysisFilterOf(s.filters));
  const ProjectAnalysis* analysis = s.analyses.latest();

  // The six analyses as a wrapped row of toggle buttons.
  const float avail = ImGui::GetContentRegionAvail().x;
  float used = 0;
  for (const AnalysisInfo& info : analysisList()) {
    const std::string title(inLanguage(info.title, lang));
    const char* text = title.c_str();
    const float w = ImGui::CalcTextSize(text).x + ImGui::GetStyle().FramePadding.x * 2;
    if (used > 0 && used + w < avail)
      ImGui::SameLine();
    else
      used = 0;
    used += w + ImGui::GetStyle().ItemSpacing.x;
    const bool active = s.panel == info.id;
    if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button(text)) s.panel = info.id;
    if (active) ImGui::PopStyleColor();
  }
  if (!analysis) {
    ImGui::TextDisabled("%s", uiText(UiText::Computing, lang));
    return;
  }
  if (s.analyses.busy()) ImGui::TextDisabled("%s", uiText(UiText::Updating, lang));
  if (!s.analyses.error().empty()) ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.1f, 1), "%s", s.analyses.error().c_str());
  if (lang != m_builtLanguage || m_builtGeneration != s.analyses.generation()) rebuild(s, *analysis);

  ImGui::BeginChild("##analysis", ImVec2(0, 0), false);
  if (s.panel == AnalysisId::Coverage)
    drawHeatmap(s, *analysis);
  else
    drawList(s, m_entries[static_cast<std::size_t>(s.panel)], inLanguage(analysisInfo(s.panel).empty, lang));
  ImGui::EndChild();
}

}  // namespace knp::app
