#include "window/panels/analyses.hpp"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>

#include "analysis/broker_groups.hpp"
#include "core/analysis_runner.hpp"
#include "core/conference_marks.hpp"
#include "core/ui_text.hpp"
#include "report/chain_cells.hpp"
#include "view/finding_nodes.hpp"

namespace knp::app {

void AnalysesPanel::rebuild(const AppState& s, const ProjectAnalysis& a) {
  const ProjectNames names(s.project);
  m_entries.resize(analysisList().size());
  for (const AnalysisInfo& info : analysisList())
    m_entries[static_cast<std::size_t>(info.id)] = info.entries(a, s.project, s.view, names, s.language);
  // A goal the room agreed on as a priority says so where the gaps name it (the entries
  // follow the gaps one to one).
  std::vector<AnalysisEntry>& gaps = m_entries[static_cast<std::size_t>(AnalysisId::Gaps)];
  for (std::size_t i = 0; i < gaps.size() && i < a.gaps.size(); ++i)
    if (const Goal* goal = a.gaps[i].goal ? findGoal(s.project, *a.gaps[i].goal) : nullptr;
        goal && !goal->priorityYears.empty())
      gaps[i].text += fmt::format(fmt::runtime(uiText(UiText::PriorityNote, s.language)), priorityYearsText(*goal));
  m_chainActivities.clear();
  for (const SupportChain& chain : a.chains.goals) {
    std::vector<std::vector<std::size_t>>& links = m_chainActivities.emplace_back();
    for (const ChainLink& link : chain.links) links.push_back(chainLinkActivities(s.project, a.coverage, chain, link.phase));
  }
  m_brokerGroups = brokerGroups(s.project, a.network, a.filter);
  // The explained cell keeps its place across a new analysis (and a change of language) while
  // it is still there and still empty.
  m_explanation = {};
  if (m_explainedCell) {
    const auto row = std::find(a.coverage.fields.begin(), a.coverage.fields.end(), m_explainedCell->first);
    const auto column = std::find(a.coverage.phases.begin(), a.coverage.phases.end(), m_explainedCell->second);
    if (row != a.coverage.fields.end() && column != a.coverage.phases.end())
      m_explanation = explainEmptyCell(s.project, a.coverage, static_cast<std::size_t>(row - a.coverage.fields.begin()),
                                       static_cast<std::size_t>(column - a.coverage.phases.begin()), s.language);
    if (m_explanation.text.empty()) m_explainedCell.reset();
  }
  m_builtLanguage = s.language;
  m_builtGeneration = s.analyses.generation();
  m_builtRevision = s.dataRevision;
}

void AnalysesPanel::drawList(AppState& s, const std::vector<AnalysisEntry>& entries, std::string_view emptyText) {
  if (entries.empty()) {
    ImGui::PushTextWrapPos(pictures::visibleRight());
    ImGui::TextDisabled("%.*s", static_cast<int>(emptyText.size()), emptyText.data());
    ImGui::PopTextWrapPos();
    return;
  }
  for (std::size_t i = 0; i < entries.size(); ++i) {
    // An entry's sentence is its stable identity: the list is rebuilt from the analysis, so
    // indices shift when findings come and go.
    ImGui::PushID(entries[i].text.c_str());
    const bool active = s.highlightLabel == entries[i].text && !s.highlight.empty();
    ImGui::PushTextWrapPos(pictures::visibleRight());
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
  // Entries name vertices of the view: a rebuilt view (an edit, another abstraction) needs them anew.
  if (lang != m_builtLanguage || m_builtGeneration != s.analyses.generation() || m_builtRevision != s.dataRevision)
    rebuild(s, *analysis);

  // The pictures are as wide as they need (a minimum per label); a narrow column scrolls.
  ImGui::BeginChild("##analysis", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
  switch (s.panel) {
    case AnalysisId::Coverage: drawHeatmap(s, *analysis); break;
    case AnalysisId::Chains: drawChainStrips(s, *analysis); break;
    case AnalysisId::Suggestions: drawSuggestionCards(s, *analysis); break;
    case AnalysisId::Brokers: drawBrokers(s, *analysis); break;
    case AnalysisId::Gaps:
    case AnalysisId::Overlaps:
      drawList(s, m_entries[static_cast<std::size_t>(s.panel)], inLanguage(analysisInfo(s.panel).empty, lang));
      break;
  }
  ImGui::EndChild();
}

}  // namespace knp::app
