#include "window/panels/details.hpp"

#include <string>

#include <fmt/format.h>
#include <imgui.h>

#include "core/node_style.hpp"
#include "text/labels.hpp"
#include "core/document.hpp"
#include "core/ui_text.hpp"

namespace knp::app {
namespace {

// A clickable node name: selects it and frames it on the map.
void nodeLink(AppState& s, Vertex v, int id) {
  ImGui::PushID(id);
  ImGui::Bullet();
  ImGui::SameLine();
  if (ImGui::Selectable(nodeName(s, v).c_str())) {
    select(s, v);
    s.frameRequest = {v};
  }
  ImGui::PopID();
}

void field(const char* name, const std::string& value) {
  if (value.empty()) return;
  ImGui::TextDisabled("%s", name);
  ImGui::Indent();
  ImGui::TextWrapped("%s", value.c_str());
  ImGui::Unindent();
}

std::string years(const Activity& a) {
  if (!a.startYear && !a.endYear) return {};
  return fmt::format("{}–{}", a.startYear ? std::to_string(*a.startYear) : "", a.endYear ? std::to_string(*a.endYear) : "");
}


void drawNodeFields(const AppState& s, Vertex v) {
  const Language lang = s.language;
  const NodeProps& node = s.view.graph[v];
  switch (node.kind) {
    case NodeKind::Actor: {
      const Actor& a = s.project.actors[node.index];
      field(uiText(UiText::Type, lang), std::string(label(a.type, lang)));
      field(uiText(UiText::Description, lang), a.selfDescription);
      const std::string contact = fmt::format("{}{}{}{}{}", a.contact.person.empty() ? "" : a.contact.person + "\n",
                                              a.contact.address.empty() ? "" : a.contact.address + "\n",
                                              a.contact.phone.empty() ? "" : a.contact.phone + "\n",
                                              a.contact.email.empty() ? "" : a.contact.email + "\n", a.contact.web);
      field(uiText(UiText::Contact, lang), contact);
      break;
    }
    case NodeKind::Activity: {
      const Activity& a = s.project.activities[node.index];
      field(uiText(UiText::Status, lang), std::string(label(a.status, lang)));
      field(uiText(UiText::Years, lang), years(a));
      field(uiText(UiText::Description, lang), a.description);
      break;
    }
    case NodeKind::Goal: {
      const Goal& g = s.project.goals[node.index];
      const Concept* c = findConcept(s.project, g.conceptId);
      field(uiText(UiText::Concept, lang), c ? c->name : g.conceptId.value);
      field(uiText(UiText::Level, lang), std::string(label(g.level, lang)));
      break;
    }
    case NodeKind::LifePhase: {
      const LifePhase& p = s.project.lifePhases[node.index];
      field(uiText(UiText::LifePhase, lang),
            p.maxAge ? fmt::format("{}–{}", p.minAge, *p.maxAge) : fmt::format("{}+", p.minAge));
      break;
    }
  }
}

}  // namespace

void drawDetailsPanel(AppState& s) {
  const Language lang = s.language;
  if (s.selection.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", uiText(UiText::NothingSelected, lang));
    ImGui::PopTextWrapPos();
    return;
  }
  if (s.selection.size() > 1) {
    ImGui::TextUnformatted(fmt::format(fmt::runtime(uiText(UiText::SelectedCount, lang)), s.selection.size()).c_str());
    const std::vector<Vertex> selected = s.selection;
    for (std::size_t i = 0; i < selected.size(); ++i) nodeLink(s, selected[i], static_cast<int>(i));
    return;
  }
  const Vertex v = s.selection.front();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(nodeName(s, v).c_str());
  ImGui::PopTextWrapPos();
  ImGui::TextDisabled("%s", nodeKey(s.project, s.view, v).c_str());
  drawNodeFields(s, v);

  bool pinned = s.pins[v] == PinState::Pinned;
  if (ImGui::Checkbox(uiText(UiText::Pinned, lang), &pinned)) setPin(s, v, pinned ? PinState::Pinned : PinState::Free);
  ImGui::SameLine();
  bool focused = s.focus == v;
  if (ImGui::Checkbox(uiText(UiText::Focus, lang), &focused)) {
    s.focus = focused ? std::optional<Vertex>(v) : std::nullopt;
    refreshFocus(s);
  }
  if (focused) {
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
    if (ImGui::SliderInt(uiText(UiText::FocusDepth, lang), &s.focusDepth, kMinFocusDepth, kMaxFocusDepth))
      refreshFocus(s);
  }

  // Connections, grouped by edge kind in a fixed order.
  ImGui::Separator();
  int id = 0;
  for (EdgeKind kind : {EdgeKind::Lead, EdgeKind::Partner, EdgeKind::ServesGoal, EdgeKind::TargetsPhase,
                        EdgeKind::Cooperation, EdgeKind::Membership, EdgeKind::ActorLink, EdgeKind::ActorGoal,
                        EdgeKind::ActorPhase}) {
    std::vector<Vertex> others;
    for (auto [e, end] = boost::out_edges(v, s.view.graph); e != end; ++e)
      if (s.view.graph[*e].kind == kind && boost::target(*e, s.view.graph) != v) others.push_back(boost::target(*e, s.view.graph));
    if (others.empty()) continue;
    ImGui::TextDisabled("%s (%zu)", uiText(edgeKindName(kind), lang), others.size());
    for (Vertex w : others) nodeLink(s, w, id++);
  }
}

}  // namespace knp::app
