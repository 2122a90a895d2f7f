// Cooperation suggestions as cards: both actors' names in full, the score as a bar relative to
// the best suggestion (with the number), the reason in one wrapped sentence, and a button that
// highlights and frames the pair.
#include <fmt/format.h>

#include <algorithm>

#include "core/ui_text.hpp"
#include "report/analysis_sentences.hpp"
#include "view/finding_nodes.hpp"
#include "window/panels/analyses.hpp"

namespace knp::app {

void AnalysesPanel::drawSuggestionCards(AppState& s, const ProjectAnalysis& a) {
  const Language lang = s.language;
  const std::vector<CooperationSuggestion>& top = a.suggestions.top;
  if (top.empty()) {
    drawList(s, {}, inLanguage(analysisInfo(AnalysisId::Suggestions).empty, lang));
    return;
  }
  const ProjectNames names(s.project);
  const float font = ImGui::GetFontSize(), pad = font * 0.45f;
  double best = 0.0;
  for (const CooperationSuggestion& c : top) best = std::max(best, c.score);
  ImDrawList* list = ImGui::GetWindowDrawList();
  for (const CooperationSuggestion& c : top) {
    ImGui::PushID(c.first.value.c_str());
    ImGui::PushID(c.second.value.c_str());
    const std::vector<Vertex> nodes = nodesOf(c, s.view);
    const std::string label = names.actor(c.first) + " – " + names.actor(c.second);
    const bool active = s.highlightLabel == label && !s.highlight.empty();
    // The card's background goes behind its content: drawn on channel 0 once its size is known.
    list->ChannelsSplit(2);
    list->ChannelsSetCurrent(1);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = std::max(ImGui::GetContentRegionAvail().x, font * 12.0f);
    ImGui::SetCursorScreenPos(ImVec2(start.x + pad, start.y + pad));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(start.x + width - pad - ImGui::GetWindowPos().x + ImGui::GetScrollX());
    ImGui::PushItemWidth(width - 2 * pad);
    pictures::boldWrapped(names.actor(c.first), width - 2 * pad);
    pictures::boldWrapped(names.actor(c.second), width - 2 * pad);
    const std::string number = decimal(c.score, 2, lang);
    const float barW = std::max(font * 4.0f, width - 2 * pad - ImGui::CalcTextSize(number.c_str()).x - font);
    if (pictures::scoreBar(best > 0 ? static_cast<float>(c.score / best) : 0.0f, barW, number))
      ImGui::SetTooltip("%s", fmt::format(fmt::runtime(uiText(UiText::PicsScore, lang)), number, decimal(best, 2, lang)).c_str());
    ImGui::TextUnformatted(explainSuggestion(c, names, lang).c_str());
    // The sentence quotes goals by their short titles; the whole titles are one hover away.
    if (ImGui::IsItemHovered() && !c.sharedGoals.empty()) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(font * 30.0f);
      for (const GoalId& goal : c.sharedGoals) ImGui::BulletText("%s", names.goal(goal).c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
    if (ImGui::Button(uiText(UiText::PicsShow, lang))) {
      setHighlight(s, nodes, label);
      if (!s.highlight.empty()) s.frameRequest = s.highlight;
    }
    ImGui::PopItemWidth();
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + pad;
    list->ChannelsSetCurrent(0);
    list->AddRectFilled(start, ImVec2(start.x + width, bottom), active ? rgba(255, 244, 224) : rgba(248, 249, 251),
                        font * 0.3f);
    list->AddRect(start, ImVec2(start.x + width, bottom), active ? kHighlight : rgba(200, 205, 212), font * 0.3f, 0,
                  active ? 2.0f : 1.0f);
    list->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(start.x, bottom));
    ImGui::Dummy(ImVec2(width, font * 0.3f));
    ImGui::PopID();
    ImGui::PopID();
  }
}

}  // namespace knp::app
