#include "window/panels/comparison.hpp"

#include <fmt/format.h>
#include <imgui.h>

#include "core/comparison_state.hpp"
#include "core/document.hpp"
#include "core/ui_text.hpp"
#include "edit/item_kind.hpp"

namespace knp::app {

FindingTarget findingTarget(const AppState& s, const DiffLine& line) {
  FindingTarget target;
  for (const std::string& key : line.about) {
    if (const std::optional<ItemRef> ref = itemRefFromKey(key); ref && ref->kind == ItemKind::Indicator) {
      target.indicator = IndicatorId(ref->id);
      continue;
    }
    if (auto at = s.view.byKey.find(key); at != s.view.byKey.end()) target.vertices.push_back(at->second);
  }
  return target;
}

void ComparisonPanel::draw(AppState& s) {
  const Language lang = s.language;
  if (!s.comparison) return;
  const Comparison& c = *s.comparison;
  if (m_generation != c.generation || m_language != lang) {
    DiffReportOptions options;
    options.language = lang;
    options.filter = c.filter;
    m_sections = diffSections(c.before, s.project, c.diff, options);
    m_generation = c.generation;
    m_language = lang;
  }
  const float wrap = ImGui::GetWindowContentRegionMax().x;
  ImGui::PushTextWrapPos(wrap);
  const std::string other = comparisonLabel(c.source, lang);
  ImGui::TextWrapped("%s", fmt::format(fmt::runtime(uiText(UiText::CompareHeading, lang)), other).c_str());
  if (ImGui::Button(uiText(UiText::CompareEnd, lang))) {
    endComparison(s);
    setHighlight(s, {}, {});
    m_tabRequest = RightTab::Analyses;
    ImGui::PopTextWrapPos();
    return;
  }
  if (yearNoLongerEarlier(c))
    ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.1f, 1), "%s",
                       fmt::format(fmt::runtime(uiText(UiText::CompareYearNowLate, lang)), *c.source.year,
                                   c.standsIn.value_or(0))
                           .c_str());
  if (m_sections.empty()) {
    ImGui::TextDisabled("%s", uiText(UiText::CompareNoDifferences, lang));
    ImGui::PopTextWrapPos();
    return;
  }
  if (const std::size_t hidden = changesOffMap(s); hidden > 0) {
    // The actor network shows no activities: say where the changes are, and offer that map.
    ImGui::TextWrapped("%s", fmt::format(fmt::runtime(uiText(UiText::CompareOffMap, lang)), hidden).c_str());
    if (ImGui::SmallButton(uiText(UiText::CompareShowAll, lang))) setAbstraction(s, Abstraction::Full);
  }
  ImGui::TextDisabled("%s", uiText(UiText::CompareClickHint, lang));
  std::optional<FindingTarget> chosen;
  std::string chosenText;
  for (std::size_t si = 0; si < m_sections.size(); ++si) {
    const DiffSection& section = m_sections[si];
    ImGui::PushID(static_cast<int>(si));
    if (ImGui::CollapsingHeader(section.heading.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
      for (std::size_t li = 0; li < section.lists.size(); ++li) {
        const DiffList& list = section.lists[li];
        ImGui::TextDisabled("%s", list.heading.c_str());
        for (std::size_t i = 0; i < list.lines.size(); ++i) {
          const DiffLine& line = list.lines[i];
          ImGui::PushID(static_cast<int>(li * 100000 + i));
          ImGui::Bullet();
          ImGui::SameLine();
          ImGui::TextWrapped("%s", line.text.c_str());
          if (ImGui::IsItemHovered()) {
            ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                                                ImGui::GetColorU32(ImGuiCol_HeaderHovered));
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
          }
          if (ImGui::IsItemClicked()) chosen = findingTarget(s, line), chosenText = line.text;
          ImGui::PopID();
        }
      }
    }
    ImGui::PopID();
  }
  ImGui::PopTextWrapPos();
  if (!chosen) return;
  if (chosen->indicator) {
    s.indicator = *chosen->indicator;
    m_tabRequest = RightTab::Indicators;
    return;
  }
  setHighlight(s, chosen->vertices, chosenText);
  if (!s.highlight.empty()) s.frameRequest = s.highlight;
}

}  // namespace knp::app
