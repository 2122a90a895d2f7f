#include "window/panels/legend.hpp"

#include <imgui.h>

#include "core/map_legend.hpp"
#include "window/node_shape.hpp"

namespace knp::app {
namespace {

// An entry's swatch around `c` with `r` pixels (core/map_legend.hpp decides its parts).
void drawSwatch(ImDrawList* list, const LegendEntry& e, ImVec2 c, float r) {
  const Swatch swatch = swatchOf(e, {c.x, c.y}, r);
  for (int i = 0; i < swatch.count; ++i) {
    const SwatchPart& p = swatch.parts[i];
    const ImVec2 at(p.centre.x, p.centre.y);
    switch (p.kind) {
      case SwatchPart::Kind::Shape: drawNodeShape(list, p.shape, at, p.radius, p.fill, p.outline); break;
      case SwatchPart::Kind::Ring: list->AddCircle(at, p.radius, p.fill, 0, p.width); break;
      case SwatchPart::Kind::Line:
        list->AddLine(ImVec2(at.x - p.radius, at.y), ImVec2(at.x + p.radius, at.y), p.fill, p.width);
        break;
    }
  }
}

// One legend row: the swatch and its text, cut at the column's edge (the tooltip shows it whole).
void row(ImDrawList* list, const LegendEntry& e) {
  const float size = ImGui::GetFontSize();
  const ImVec2 start = ImGui::GetCursorScreenPos();
  drawSwatch(list, e, ImVec2(start.x + size * 0.6f, start.y + size * 0.55f), size * 0.38f);
  ImGui::SetCursorScreenPos(ImVec2(start.x + size * 1.4f, start.y));
  ImGui::TextUnformatted(e.text.c_str());
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", e.text.c_str());
}

}  // namespace

void drawLegend(const AppState& s, LegendPlace place) {
  // Rows close together: the legend should take little room beside the map.
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 1.0f));
  ImDrawList* list = ImGui::GetWindowDrawList();
  std::vector<LegendSection> legend = mapLegend(s);
  if (place == LegendPlace::Overlay) std::erase_if(legend, [](const LegendSection& l) { return !l.essential; });
  for (std::size_t i = 0; i < legend.size(); ++i) {
    const LegendSection& section = legend[i];
    if (i == 0) {
      ImGui::TextUnformatted(section.heading.c_str());
    } else {
      ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.1f));
      ImGui::TextDisabled("%s", section.heading.c_str());
    }
    if (!section.twoColumns) {
      for (const LegendEntry& e : section.entries) row(list, e);
      continue;
    }
    // Two columns: the legend fits beside the map without scrolling.
    ImGui::PushID(static_cast<int>(i));
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(ImGui::GetStyle().CellPadding.x, 0.0f));
    // In the overlay, columns as wide as their longest row: the overlay grows, nothing is cut.
    const ImGuiTableFlags sizing =
        place == LegendPlace::Overlay ? ImGuiTableFlags_SizingFixedFit : ImGuiTableFlags_SizingStretchSame;
    if (ImGui::BeginTable("##legend", 2, sizing)) {
      for (const LegendEntry& e : section.entries) {
        ImGui::TableNextColumn();
        row(list, e);
      }
      ImGui::EndTable();
    }
    ImGui::PopStyleVar();
    ImGui::PopID();
  }
  ImGui::PopStyleVar();
}

}  // namespace knp::app
