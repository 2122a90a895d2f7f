#include "window/panels/details.hpp"

#include <fmt/format.h>
#include <imgui.h>

#include <string>

#include "core/conference_marks.hpp"
#include "core/document.hpp"
#include "core/node_style.hpp"
#include "core/edit_labels.hpp"
#include "core/ui_text.hpp"
#include "text/labels.hpp"

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

// "Integrationskonferenz 2013", or the id when the conference is gone.
std::string conferenceTitle(const Project& p, const ConferenceId& id) {
  const Conference* c = findConference(p, id);
  return c ? c->title : id.value;
}

void fromConference(const Project& p, const ConferenceId& id, Language lang) {
  if (id.empty()) return;
  ImGui::TextDisabled(
      "%s", fmt::format(fmt::runtime(uiText(UiText::DetailsFromConference, lang)), conferenceTitle(p, id)).c_str());
}

// The item's comments, ideas and open questions from every conference, each with its
// conference's title and who said it when.
void drawComments(const AppState& s, Vertex v) {
  const Language lang = s.language;
  const std::vector<ItemComment> comments = commentsOn(s.project, nodeKey(s.project, s.view, v));
  if (comments.empty()) return;
  ImGui::Separator();
  ImGui::TextDisabled("%s", fmt::format(fmt::runtime(uiText(UiText::DetailsComments, lang)), comments.size()).c_str());
  ImGui::PushTextWrapPos(0.0f);
  for (const ItemComment& entry : comments) {
    const Comment& c = *entry.comment;
    ImGui::Bullet();
    ImGui::SameLine();
    ImGui::TextUnformatted(c.text.c_str());
    std::string byline = fmt::format("{} · {}", commentKindName(c.kind, lang), entry.conference->title);
    if (!c.author.empty()) byline += " · " + c.author;
    if (!c.date.empty()) byline += ", " + c.date;
    ImGui::Indent();
    ImGui::TextDisabled("%s", byline.c_str());
    ImGui::Unindent();
  }
  ImGui::PopTextWrapPos();
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
      fromConference(s.project, a.fromConference, lang);
      break;
    }
    case NodeKind::Activity: {
      const Activity& a = s.project.activities[node.index];
      field(uiText(UiText::Status, lang), std::string(label(a.status, lang)));
      field(uiText(UiText::Years, lang), years(a));
      field(uiText(UiText::Description, lang), a.description);
      fromConference(s.project, a.fromConference, lang);
      break;
    }
    case NodeKind::Goal: {
      const Goal& g = s.project.goals[node.index];
      const Concept* c = findConcept(s.project, g.conceptId);
      field(uiText(UiText::Concept, lang), c ? c->name : g.conceptId.value);
      field(uiText(UiText::Level, lang), std::string(label(g.level, lang)));
      if (!g.priorityYears.empty())
        ImGui::TextColored(
            ImVec4(0.12f, 0.5f, 0.2f, 1.0f), "%s",
            fmt::format(fmt::runtime(uiText(UiText::DetailsPriority, lang)), priorityYearsText(g)).c_str());
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

void DetailsPanel::draw(AppState& s) {
  const Language lang = s.language;
  if (s.selection.size() != 1) m_card.reset();
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
  if (s.view.graph[v].kind == NodeKind::Goal) {
    ImGui::Separator();
    m_card.draw(s, s.project.goals[s.view.graph[v].index].id);
  } else {
    m_card.reset();
  }
  drawComments(s, v);

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
