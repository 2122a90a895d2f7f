#include "window/panels/legend.hpp"

#include <fmt/format.h>
#include <imgui.h>

#include <set>
#include <string>

#include "window/node_shape.hpp"
#include "text/labels.hpp"
#include "core/ui_text.hpp"

namespace knp::app {
namespace {

// One legend row: a swatch drawn by `drawSwatch(centre, radius)` and its text.
template <class DrawSwatch>
void row(const char* text, DrawSwatch drawSwatch) {
  const float size = ImGui::GetFontSize();
  const ImVec2 start = ImGui::GetCursorScreenPos();
  drawSwatch(ImVec2(start.x + size * 0.6f, start.y + size * 0.55f), size * 0.38f);
  ImGui::SetCursorScreenPos(ImVec2(start.x + size * 1.4f, start.y));
  ImGui::TextUnformatted(text);  // cut at the column's edge; the tooltip shows it whole
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text);
}

// Rows in two columns: the legend fits beside the map without scrolling.
template <class Rows>
void twoColumns(const char* id, Rows rows) {
  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(ImGui::GetStyle().CellPadding.x, 0.0f));
  if (ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingStretchSame)) {
    rows([] { ImGui::TableNextColumn(); });
    ImGui::EndTable();
  }
  ImGui::PopStyleVar();
}

void heading(const char* text) {
  ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.1f));
  ImGui::TextDisabled("%s", text);
}

UiText sizeText(SizeMeasure measure) {
  switch (measure) {
    case SizeMeasure::Uniform:
      return UiText::SizeUniform;
    case SizeMeasure::Degree:
      return UiText::SizeDegree;
    case SizeMeasure::Betweenness:
      return UiText::SizeBetweenness;
    case SizeMeasure::Activities:
      return UiText::SizeActivities;
  }
  return UiText::SizeUniform;
}

}  // namespace

void drawLegend(const AppState& s) {
  const Language lang = s.language;
  // Rows close together: the legend should take little room beside the map.
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 1.0f));
  ImDrawList* list = ImGui::GetWindowDrawList();
  ImGui::TextUnformatted(uiText(UiText::Legend, lang));

  const struct {
    NodeKind kind;
    UiText text;
  } kinds[] = {{NodeKind::Actor, UiText::Actor},
               {NodeKind::Activity, UiText::Activity},
               {NodeKind::Goal, UiText::Goal},
               {NodeKind::LifePhase, UiText::LifePhase}};
  twoColumns("##kinds", [&](auto next) {
    for (const auto& k : kinds) {
      next();
      row(uiText(k.text, lang), [&](ImVec2 c, float r) { drawNodeShape(list, k.kind, c, r, 0xFFDDDDDD); });
    }
    const std::string size =
        fmt::format(fmt::runtime(uiText(UiText::SizeLegend, lang)), uiText(sizeText(s.sizeMeasure), lang));
    next();
    row(size.c_str(), [&](ImVec2 c, float r) {
      drawNodeShape(list, NodeKind::Actor, ImVec2(c.x - r * 0.6f, c.y + r * 0.4f), r * 0.45f, 0xFFDDDDDD);
      drawNodeShape(list, NodeKind::Actor, ImVec2(c.x + r * 0.4f, c.y), r * 0.85f, 0xFFDDDDDD);
    });
    next();
    row(uiText(UiText::SelectedLegend, lang), [&](ImVec2 c, float r) {
      drawNodeShape(list, NodeKind::Actor, c, r * 0.6f, 0xFFDDDDDD);
      list->AddCircle(c, r * 1.0f, kSelection, 0, 2.0f);
    });
    next();
    row(uiText(UiText::HighlightLegend, lang), [&](ImVec2 c, float r) {
      drawNodeShape(list, NodeKind::Actor, c, r * 0.6f, 0xFFDDDDDD);
      list->AddCircle(c, r * 1.0f, kHighlight, 0, 2.0f);
    });
    next();
    row(uiText(UiText::FadedLegend, lang), [&](ImVec2 c, float r) {
      drawNodeShape(list, NodeKind::Actor, c, r * 0.8f, withAlpha(0xFFDDDDDD, kFadedAlpha),
                    withAlpha(kNodeOutline, kFadedAlpha));
    });
  });

  heading(uiText(UiText::Actor, lang));
  std::set<ActorType> types;
  for (const auto& a : s.project.actors) types.insert(a.type);
  twoColumns("##types", [&](auto next) {
    for (ActorType type : types) {
      next();
      row(std::string(label(type, lang)).c_str(),
          [&](ImVec2 c, float r) { drawNodeShape(list, NodeKind::Actor, c, r, actorTypeColour(type)); });
    }
  });

  heading(uiText(UiText::Fields, lang));
  twoColumns("##fields", [&](auto next) {
    for (const auto& f : s.project.fields) {
      next();
      row(f.name.c_str(), [&](ImVec2 c, float r) { drawNodeShape(list, NodeKind::Activity, c, r, rgba(f.colour)); });
    }
  });

  heading(uiText(UiText::Goal, lang));
  for (std::size_t i = 0; i < s.project.concepts.size(); ++i)
    row(s.project.concepts[i].name.c_str(),
        [&](ImVec2 c, float r) { drawNodeShape(list, NodeKind::Goal, c, r, conceptColour(i)); });

  auto line = [&](Rgba colour, float width) {
    return [=](ImVec2 c, float r) {
      // Legend lines are drawn stronger than on the map, or faint kinds would vanish here.
      list->AddLine(ImVec2(c.x - r * 1.4f, c.y), ImVec2(c.x + r * 1.4f, c.y), withAlpha(colour, 220), width * 1.5f);
    };
  };
  heading(uiText(UiText::Edges, lang));
  const struct {
    EdgeKind kind;
    UiText text;
  } edges[] = {{EdgeKind::Lead, UiText::EdgeLead},
               {EdgeKind::Partner, UiText::EdgePartner},
               {EdgeKind::ServesGoal, UiText::EdgeGoal},
               {EdgeKind::TargetsPhase, UiText::EdgePhase},
               {EdgeKind::Membership, UiText::EdgeMembership}};
  std::set<CooperationType> cooperationTypes;
  for (const Cooperation& c : s.project.cooperations) cooperationTypes.insert(c.type);
  twoColumns("##edges", [&](auto next) {
    for (const auto& e : edges) next(), row(uiText(e.text, lang), line(edgeColour(e.kind), edgeWidth(e.kind)));
    for (CooperationType type : cooperationTypes) {
      next();
      row(std::string(label(type, lang)).c_str(), line(cooperationColour(type), edgeWidth(EdgeKind::Cooperation)));
    }
  });
  ImGui::PopStyleVar();
}

}  // namespace knp::app
