#include "window/node_tooltip.hpp"

#include <algorithm>

#include <string>

#include <imgui.h>

#include "core/node_style.hpp"
#include "text/labels.hpp"
#include "text/utf8.hpp"
#include "core/ui_text.hpp"

namespace knp::app {
namespace {

// The names of the items `ids` refer to, comma-separated; unknown ids are left out.
template <class Ids, class Find>
std::string joinedNames(const Ids& ids, Find find) {
  std::string names;
  for (const auto& id : ids)
    if (const auto* item = find(id)) names += (names.empty() ? "" : ", ") + item->name;
  return names;
}

}  // namespace

void drawNodeTooltip(const AppState& s, Vertex v) {
  const Language lang = s.language;
  const NodeProps& node = s.view.graph[v];
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
  ImGui::TextUnformatted(nodeName(s, v).c_str());
  ImGui::Separator();

  switch (node.kind) {
    case NodeKind::Actor: {
      const Actor& a = s.project.actors[node.index];
      ImGui::Text("%s: %s", uiText(UiText::Type, lang), std::string(label(a.type, lang)).c_str());
      // Counted in the project: an abstraction of the map may not show the activities.
      int leads = 0, partnerships = 0;
      for (const Activity& act : s.project.activities) {
        leads += act.lead == a.id;
        partnerships += std::find(act.partners.begin(), act.partners.end(), a.id) != act.partners.end();
      }
      ImGui::Text("%s: %d (%s) + %d (%s)", uiText(UiText::Activities, lang), leads, uiText(UiText::Lead, lang),
                  partnerships, uiText(UiText::Partners, lang));
      if (!a.selfDescription.empty()) ImGui::TextDisabled("%s", a.selfDescription.c_str());
      break;
    }
    case NodeKind::Activity: {
      const Activity& a = s.project.activities[node.index];
      const Actor* lead = findActor(s.project, a.lead);
      ImGui::Text("%s: %s", uiText(UiText::Lead, lang), lead ? lead->name.c_str() : a.lead.value.c_str());
      const std::string partners = joinedNames(a.partners, [&](auto& id) { return findActor(s.project, id); });
      if (!partners.empty()) ImGui::Text("%s: %s", uiText(UiText::Partners, lang), partners.c_str());
      const std::string fields = joinedNames(a.fields, [&](auto& id) { return findField(s.project, id); });
      ImGui::Text("%s: %s", uiText(UiText::FieldNames, lang), fields.c_str());
      const std::string phases = joinedNames(a.lifePhases, [&](auto& id) { return findLifePhase(s.project, id); });
      ImGui::Text("%s: %s", uiText(UiText::LifePhase, lang), phases.c_str());
      // Goals by their titles, each cut to a line's worth: a tooltip is read at a glance.
      std::string goals;
      for (const GoalId& id : a.goals)
        if (const Goal* goal = findGoal(s.project, id))
          goals += "\n  • " + truncateUtf8(goal->title, 60);
      if (!goals.empty()) ImGui::Text("%s:%s", uiText(UiText::GoalCount, lang), goals.c_str());
      ImGui::Text("%s: %s", uiText(UiText::Status, lang), std::string(label(a.status, lang)).c_str());
      if (!a.description.empty()) ImGui::TextDisabled("%s", a.description.c_str());
      break;
    }
    case NodeKind::Goal: {
      const Goal& g = s.project.goals[node.index];
      const Concept* c = findConcept(s.project, g.conceptId);
      ImGui::Text("%s: %s", uiText(UiText::Concept, lang), c ? c->name.c_str() : g.conceptId.value.c_str());
      ImGui::Text("%s: %s", uiText(UiText::Level, lang), std::string(label(g.level, lang)).c_str());
      const auto serving = std::count_if(s.project.activities.begin(), s.project.activities.end(), [&](const Activity& a) {
        return std::find(a.goals.begin(), a.goals.end(), g.id) != a.goals.end();
      });
      ImGui::Text("%s: %d", uiText(UiText::Activities, lang), static_cast<int>(serving));
      break;
    }
    case NodeKind::LifePhase:
    {
      const LifePhaseId& id = s.project.lifePhases[node.index].id;
      const auto targeting = std::count_if(s.project.activities.begin(), s.project.activities.end(), [&](const Activity& a) {
        return std::find(a.lifePhases.begin(), a.lifePhases.end(), id) != a.lifePhases.end();
      });
      ImGui::Text("%s: %d", uiText(UiText::Activities, lang), static_cast<int>(targeting));
      break;
    }
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

}  // namespace knp::app
