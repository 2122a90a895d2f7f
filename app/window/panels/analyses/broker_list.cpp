// Brokers (Mittler) with their groups: each broker's name, its betweenness as a bar relative to
// the highest, and the Louvain groups it connects (its own and its partners', as numbered
// chips in the groups' colours). A click on the name highlights the broker, on a chip the
// group's actors.
#include <fmt/format.h>

#include <algorithm>

#include "core/ui_text.hpp"
#include "report/analysis_sentences.hpp"
#include "view/finding_nodes.hpp"
#include "window/panels/analyses.hpp"

namespace knp::app {

void AnalysesPanel::drawBrokers(AppState& s, const ProjectAnalysis& a) {
  const Language lang = s.language;
  const NetworkAnalysis& net = a.network;
  if (net.brokers.empty()) {
    drawList(s, {}, inLanguage(analysisInfo(AnalysisId::Brokers).empty, lang));
    return;
  }
  const ProjectNames names(s.project);
  const float font = ImGui::GetFontSize();
  double most = 0.0;
  for (const Broker& b : net.brokers) most = std::max(most, b.betweenness);
  ImDrawList* list = ImGui::GetWindowDrawList();
  for (std::size_t i = 0; i < net.brokers.size(); ++i) {
    const Broker& b = net.brokers[i];
    ImGui::PushID(b.actor.value.c_str());
    const float width = std::max(ImGui::GetContentRegionAvail().x, font * 12.0f);
    const std::string reason = explainBroker(b, names, lang);
    const std::string& name = names.actor(b.actor);

    // The name: a selectable as tall as the wrapped bold name.
    const bool active = s.highlightLabel == reason && !s.highlight.empty();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float nameH = ImGui::CalcTextSize(name.c_str(), nullptr, false, width - 1.0f).y;
    if (ImGui::Selectable("##name", active, 0, ImVec2(width, nameH))) {
      if (active) {
        setHighlight(s, {}, {});
      } else {
        setHighlight(s, nodesOf(b, s.view), reason);
        if (!s.highlight.empty()) s.frameRequest = s.highlight;
      }
    }
    const bool nameHovered = ImGui::IsItemHovered();
    ImGui::SetCursorScreenPos(at);
    pictures::boldWrapped(name, width - 1.0f);
    if (nameHovered) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(font * 30.0f);
      ImGui::TextUnformatted(reason.c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }

    const std::string number = decimal(b.betweenness, 1, lang);
    const float barW = std::max(font * 4.0f, width - ImGui::CalcTextSize(number.c_str()).x - font);
    if (pictures::scoreBar(most > 0 ? static_cast<float>(b.betweenness / most) : 0.0f, barW, number)) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(font * 30.0f);
      ImGui::TextUnformatted(
          fmt::format(fmt::runtime(uiText(UiText::PicsBetweenness, lang)), number, decimal(most, 1, lang)).c_str());
      if (b.reason != BrokerReason::TopBetweenness) ImGui::TextUnformatted(uiText(UiText::PicsCutVertex, lang));
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }

    // The groups as chips, wrapping to the next line when the row is full.
    ImGui::TextDisabled("%s", uiText(UiText::PicsConnectsGroups, lang));
    const std::vector<std::size_t>& groups = i < m_brokerGroups.size() ? m_brokerGroups[i] : std::vector<std::size_t>{};
    for (std::size_t group : groups) {
      const std::string text = std::to_string(group + 1);
      const ImVec2 size(std::max(font * 1.6f, ImGui::CalcTextSize(text.c_str()).x + font * 0.6f), font * 1.2f);
      ImGui::SameLine(0, font * 0.3f);
      if (ImGui::GetContentRegionAvail().x < size.x) ImGui::NewLine();
      const ImVec2 c0 = ImGui::GetCursorScreenPos();
      ImGui::PushID(static_cast<int>(group));  // a group's number is its identity within this analysis
      const bool clicked = ImGui::InvisibleButton("##group", size);
      const bool hovered = ImGui::IsItemHovered();
      ImGui::PopID();
      const Rgba colour = groupColour(group);
      list->AddRectFilled(c0, ImVec2(c0.x + size.x, c0.y + size.y), colour, font * 0.3f);
      if (hovered) list->AddRect(c0, ImVec2(c0.x + size.x, c0.y + size.y), kLabelText, font * 0.3f, 0, 2.0f);
      const ImVec2 t = ImGui::CalcTextSize(text.c_str());
      list->AddText(ImVec2(c0.x + (size.x - t.x) * 0.5f, c0.y + (size.y - t.y) * 0.5f), textColourOn(colour), text.c_str());
      const std::size_t members = group < net.communities.size() ? net.communities[group].size() : 0;
      const std::string what = fmt::format(fmt::runtime(uiText(UiText::PicsGroup, lang)), group + 1, members);
      if (hovered) ImGui::SetTooltip("%s", what.c_str());
      if (clicked && group < net.communities.size()) {
        std::vector<Vertex> nodes;
        for (const ActorId& actor : net.communities[group])
          if (auto v = s.view.vertexOf(NodeKind::Actor, actor.value)) nodes.push_back(*v);
        setHighlight(s, nodes, what);
        if (!s.highlight.empty()) s.frameRequest = s.highlight;
      }
    }
    ImGui::Separator();
    ImGui::PopID();
  }
}

}  // namespace knp::app
