#include "window/goal_card.hpp"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/indicator_words.hpp"
#include "core/palette.hpp"
#include "core/ui_text.hpp"
#include "window/indicator_marks.hpp"

namespace knp::app {
namespace {

// The goal's indicators: each name (a click shows it in the Kennzahlen tab), then its status,
// trend and latest value.
void drawCardIndicators(AppState& s, const GoalCard& card) {
  const Language lang = s.language;
  if (card.indicators.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", uiText(UiText::GoalCardNoIndicators, lang));
    ImGui::PopTextWrapPos();
    return;
  }
  for (const IndicatorProgress& progress : card.indicators) {
    const auto found = std::find_if(s.project.indicators.begin(), s.project.indicators.end(),
                                    [&](const Indicator& i) { return i.id == progress.indicator; });
    if (found == s.project.indicators.end()) continue;
    const Indicator& indicator = *found;
    ImGui::PushID(indicator.id.value.c_str());
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(indicator.name.c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::IsItemHovered()) {
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      ImGui::SetTooltip("%s", uiText(UiText::GoalCardShowIndicator, lang));
    }
    if (ImGui::IsItemClicked()) {
      s.indicator = indicator.id;
      s.rightTab = RightTab::Indicators;
    }
    ImGui::Indent();
    statusBadge(indicator, progress, lang);
    ImGui::SameLine();
    trendArrow(indicator, progress, lang);
    if (progress.latest && progress.latestYear) {
      // Beside the marks where it fits, else under them.
      const std::string latest =
          fmt::format("{} ({})", valueText(*progress.latest, indicator, lang), *progress.latestYear);
      ImGui::SameLine();
      if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(latest.c_str()).x) ImGui::NewLine();
      ImGui::TextDisabled("%s", latest.c_str());
    }
    ImGui::Unindent();
    ImGui::PopID();
  }
}

// Year | activities (a bar and the number) | actors, the latest year last.
void drawCardYears(const GoalCard& card, Language lang) {
  if (card.years.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", uiText(UiText::GoalCardNoYears, lang));
    ImGui::PopTextWrapPos();
    return;
  }
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", uiText(UiText::GoalCardYears, lang));
  ImGui::PopTextWrapPos();
  std::size_t most = 1;
  for (const GoalYear& year : card.years) most = std::max({most, year.activities, year.actors});
  const float font = ImGui::GetFontSize();
  if (!ImGui::BeginTable("##goalYears", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
  ImGui::TableSetupColumn(uiText(UiText::Year, lang), ImGuiTableColumnFlags_WidthFixed, font * 2.6f);
  ImGui::TableSetupColumn(uiText(UiText::Activities, lang), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(uiText(UiText::KindActors, lang), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  const Rgba bar = rgba(170, 196, 230);
  for (const GoalYear& year : card.years) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::Text("%d", year.year);
    // Each count on a bar as long as its share of the largest count in the card.
    for (const std::size_t count : {year.activities, year.actors}) {
      ImGui::TableNextColumn();
      const ImVec2 at = ImGui::GetCursorScreenPos();
      const float width = ImGui::GetContentRegionAvail().x * static_cast<float>(count) / static_cast<float>(most);
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + font * 0.1f),
                                                ImVec2(at.x + width, at.y + font * 0.95f), bar);
      ImGui::Text("%zu", count);
    }
  }
  ImGui::EndTable();
}

}  // namespace

std::optional<YearSpan> goalCardYears(const Project& project) {
  std::optional<YearSpan> span = projectYears(project);
  if (span) span->first = std::max(span->first, span->last - (kGoalCardYears - 1));
  return span;
}

void GoalCardView::draw(AppState& s, const GoalId& goal) {
  if (m_revision != s.dataRevision || !m_card || m_card->goal != goal) {
    const std::optional<YearSpan> years = goalCardYears(s.project);
    m_card = years ? goalCard(s.project, goal, years->first, years->last, ActivityFilter::all())
                   : goalCard(s.project, goal, 1, 0, ActivityFilter::all());  // no years: none counted
    m_revision = s.dataRevision;
  }
  ImGui::TextUnformatted(uiText(UiText::GoalCardHeading, s.language));
  drawCardIndicators(s, *m_card);
  ImGui::Spacing();
  drawCardYears(*m_card, s.language);
}

}  // namespace knp::app
