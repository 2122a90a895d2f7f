#include "ui_legend.hpp"

#include <set>
#include <string>

#include <imgui.h>

#include "node_style.hpp"
#include "text/labels.hpp"
#include "ui_strings.hpp"

namespace knp::app {
namespace {

// One legend row: a swatch drawn by `drawSwatch(centre, radius)` and its text.
template <class DrawSwatch>
void row(const char* text, DrawSwatch drawSwatch) {
  const float size = ImGui::GetFontSize();
  const ImVec2 start = ImGui::GetCursorScreenPos();
  drawSwatch(ImVec2(start.x + size * 0.6f, start.y + size * 0.55f), size * 0.38f);
  ImGui::SetCursorScreenPos(ImVec2(start.x + size * 1.4f, start.y));
  ImGui::TextWrapped("%s", text);  // long field names wrap instead of being cut
}

void heading(const char* text) {
  ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.3f));
  ImGui::TextDisabled("%s", text);
}

}  // namespace

void drawLegend(const AppState& s, const ScreenRect& area) {
  const Language lang = s.language;
  ImGui::SetCursorScreenPos(ImVec2(area.x, area.y));
  ImGui::BeginChild("##legend", ImVec2(area.width, area.height), false);
  // Rows close together: the whole legend should fit beside the map without scrolling.
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 1.0f));
  ImDrawList* list = ImGui::GetWindowDrawList();
  ImGui::TextUnformatted(uiText(UiText::Legend, lang));
  ImGui::Separator();

  const struct {
    NodeKind kind;
    UiText text;
  } kinds[] = {{NodeKind::Actor, UiText::Actor},
               {NodeKind::Activity, UiText::Activity},
               {NodeKind::Goal, UiText::Goal},
               {NodeKind::LifePhase, UiText::LifePhase}};
  for (const auto& k : kinds)
    row(uiText(k.text, lang), [&](ImVec2 c, float r) { drawNodeShape(list, k.kind, c, r, 0xFFDDDDDD); });

  heading(uiText(UiText::Actor, lang));
  std::set<ActorType> types;
  for (const auto& a : s.project.actors) types.insert(a.type);
  for (ActorType type : types)
    row(std::string(label(type, lang)).c_str(),
        [&](ImVec2 c, float r) { drawNodeShape(list, NodeKind::Actor, c, r, actorTypeColour(type)); });

  heading(uiText(UiText::Fields, lang));
  for (const auto& f : s.project.fields)
    row(f.name.c_str(), [&](ImVec2 c, float r) { drawNodeShape(list, NodeKind::Activity, c, r, rgba(f.colour)); });

  heading(uiText(UiText::Goal, lang));
  for (std::size_t i = 0; i < s.project.concepts.size(); ++i)
    row(s.project.concepts[i].name.c_str(),
        [&](ImVec2 c, float r) { drawNodeShape(list, NodeKind::Goal, c, r, conceptColour(i)); });

  heading(uiText(UiText::Edges, lang));
  const struct {
    EdgeKind kind;
    UiText text;
  } edges[] = {{EdgeKind::Lead, UiText::EdgeLead},          {EdgeKind::Partner, UiText::EdgePartner},
               {EdgeKind::ServesGoal, UiText::EdgeGoal},    {EdgeKind::TargetsPhase, UiText::EdgePhase},
               {EdgeKind::Cooperation, UiText::EdgeCooperation}, {EdgeKind::Membership, UiText::EdgeMembership}};
  for (const auto& e : edges)
    row(uiText(e.text, lang), [&](ImVec2 c, float r) {
      // Legend lines are drawn stronger than on the map, or faint kinds would vanish here.
      list->AddLine(ImVec2(c.x - r * 1.4f, c.y), ImVec2(c.x + r * 1.4f, c.y), withAlpha(edgeColour(e.kind), 220),
                    edgeWidth(e.kind) * 1.5f);
    });
  ImGui::PopStyleVar();
  ImGui::EndChild();
}

}  // namespace knp::app
