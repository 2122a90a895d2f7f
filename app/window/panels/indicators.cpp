#include "window/panels/indicators.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <utility>

#include "core/document.hpp"
#include "core/indicator_words.hpp"
#include "core/ui_text.hpp"
#include "text/fit_text.hpp"
#include "text/number_format.hpp"
#include "window/indicator_marks.hpp"

namespace knp::app {
namespace {

std::string format(UiText pattern, Language language, const auto&... args) {
  return fmt::format(fmt::runtime(uiText(pattern, language)), args...);
}

const Indicator* chosenIndicator(const AppState& s) {
  if (s.indicator.empty()) return nullptr;
  for (const Indicator& i : s.project.indicators)
    if (i.id == s.indicator) return &i;
  return nullptr;
}

// The goal when the map's selection is one goal.
const Goal* selectedGoal(const AppState& s) {
  if (s.selection.size() != 1) return nullptr;
  const NodeProps& node = s.view.graph[s.selection.front()];
  return node.kind == NodeKind::Goal ? &s.project.goals[node.index] : nullptr;
}

// "96 Anzahl (2013)", or "noch kein Wert".
std::string latestText(const Indicator& indicator, const IndicatorProgress& progress, Language language) {
  if (!progress.latest || !progress.latestYear) return uiText(UiText::IndicatorNoValue, language);
  return fmt::format("{} ({})", valueText(*progress.latest, indicator, language), *progress.latestYear);
}

void wrapped(const std::string& text) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
}

void wrappedDisabled(const std::string& text) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", text.c_str());
  ImGui::PopTextWrapPos();
}

// "Quelle: Demografiebericht": a label in grey, then the value wrapped; nothing when empty.
void fact(UiText label, const std::string& value, Language language) {
  if (value.empty()) return;
  ImGui::TextDisabled("%s:", uiText(label, language));
  ImGui::SameLine();
  wrapped(value);
}

}  // namespace

std::optional<ItemRef> IndicatorsPanel::takeEditRequest() { return std::exchange(m_editRequest, std::nullopt); }

void IndicatorsPanel::refresh(const AppState& s) {
  if (m_revision == s.dataRevision) return;
  m_revision = s.dataRevision;
  m_figures.clear();
  m_population.clear();
  const Population population = phasePopulation(s.project);
  for (std::size_t i = 0; i < s.project.indicators.size(); ++i) {
    const Indicator& indicator = s.project.indicators[i];
    Row row{i, assessIndicator(indicator), std::nullopt};
    if (indicator.kind == IndicatorKind::Population) {
      if (indicator.lifePhases.size() == 1)
        for (const PhasePopulation& phase : population.phases)
          if (phase.phase == indicator.lifePhases.front()) row.share = phase.share;
      m_population.push_back(std::move(row));
    } else {
      m_figures.push_back(std::move(row));
    }
  }
}

void IndicatorsPanel::draw(AppState& s) {
  const Language lang = s.language;
  refresh(s);
  m_chart.reset();
  m_hoveredYear.reset();
  if (const Goal* goal = selectedGoal(s)) {
    // The title in one line, cut with "…" where the panel is narrow; whole in the tooltip.
    const std::string title = goal->title.empty() ? goal->id.value : goal->title;
    const float room = ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 2.5f;
    const std::string shown = fitWithEllipsis(
        title, room, [](const std::string& t) { return static_cast<double>(ImGui::CalcTextSize(t.c_str()).x); });
    const bool open = ImGui::CollapsingHeader((shown + "###goalCard").c_str(), ImGuiTreeNodeFlags_DefaultOpen);
    if (shown != title && ImGui::IsItemHovered()) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
      ImGui::TextUnformatted(title.c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
    if (open) {
      m_goalCard.draw(s, goal->id);
      ImGui::Separator();
    }
  } else {
    m_goalCard.reset();
  }
  if (s.project.indicators.empty()) {
    wrappedDisabled(uiText(UiText::IndicatorsNone, lang));
    return;
  }
  if (const Indicator* chosen = chosenIndicator(s)) {
    const std::size_t index = static_cast<std::size_t>(chosen - s.project.indicators.data());
    const std::vector<Row>& rows = chosen->kind == IndicatorKind::Population ? m_population : m_figures;
    const auto row = std::find_if(rows.begin(), rows.end(), [&](const Row& r) { return r.index == index; });
    drawChosen(s, *chosen, row != rows.end() ? row->progress : assessIndicator(*chosen));
  } else {
    wrappedDisabled(uiText(UiText::IndicatorsChoose, lang));
  }
  ImGui::Spacing();
  if (!m_figures.empty() &&
      ImGui::CollapsingHeader(uiText(UiText::IndicatorsFigures, lang), ImGuiTreeNodeFlags_DefaultOpen))
    drawGroup(s, m_figures, false);
  if (!m_population.empty() &&
      ImGui::CollapsingHeader(uiText(UiText::IndicatorsPopulation, lang), ImGuiTreeNodeFlags_DefaultOpen))
    drawGroup(s, m_population, true);
}

void IndicatorsPanel::drawChosen(AppState& s, const Indicator& indicator, const IndicatorProgress& progress) {
  const Language lang = s.language;
  ImGui::PushID(indicator.id.value.c_str());
  wrapped(indicator.name);
  // The latest value with its trend and, beside them where they fit, the status; then the
  // target with its direction. The chart below takes the height left in view; why the
  // status is what it is follows under it.
  const std::string latest =
      progress.latest && progress.latestYear
          ? format(UiText::IndicatorLatest, lang, valueText(*progress.latest, indicator, lang), *progress.latestYear)
          : std::string(uiText(UiText::IndicatorNoValue, lang));
  ImGui::TextUnformatted(latest.c_str());
  ImGui::SameLine();
  trendArrow(indicator, progress, lang);
  if (indicator.target) {
    const float gap = ImGui::GetFontSize();
    ImGui::SameLine(0, gap);
    if (ImGui::GetContentRegionAvail().x < statusBadgeWidth(lang)) ImGui::NewLine();
    statusBadge(indicator, progress, lang);
    wrapped(
        fmt::format("{} ({})", targetText(indicator, lang), uiText(indicatorDirectionName(indicator.direction), lang)));
  } else if (indicator.direction != IndicatorDirection::Neutral) {
    ImGui::TextDisabled("%s", uiText(indicatorDirectionName(indicator.direction), lang));
  }
  drawChart(s, indicator, ImGui::GetContentRegionAvail().x, ImGui::GetContentRegionAvail().y);
  if (indicator.target) wrappedDisabled(statusExplanation(indicator, progress, lang));
  drawFacts(s, indicator);
  if (ImGui::Button(uiText(UiText::IndicatorEdit, lang)))
    m_editRequest = ItemRef{ItemKind::Indicator, indicator.id.value};
  ImGui::PopID();
  ImGui::Separator();
}

void IndicatorsPanel::drawFacts(AppState& s, const Indicator& indicator) {
  const Language lang = s.language;
  fact(UiText::Source, indicator.source, lang);
  if (indicator.field) {
    const Field* field = findField(s.project, *indicator.field);
    fact(UiText::KindField, field ? field->name : indicator.field->value, lang);
  }
  std::string phases;
  for (const LifePhaseId& id : indicator.lifePhases) {
    const LifePhase* phase = findLifePhase(s.project, id);
    phases += (phases.empty() ? "" : ", ") + (phase ? phase->name : id.value);
  }
  fact(UiText::KindLifePhases, phases, lang);
  if (indicator.goals.empty()) return;
  ImGui::TextDisabled("%s:", uiText(UiText::KindGoals, lang));
  // Each goal a link: selected and framed on the map when the map shows it.
  for (const GoalId& id : indicator.goals) {
    const Goal* goal = findGoal(s.project, id);
    const std::string title = goal ? goal->title : id.value;
    const std::optional<Vertex> v = s.view.vertexOf(NodeKind::Goal, id.value);
    ImGui::PushID(id.value.c_str());
    ImGui::Bullet();
    ImGui::SameLine();
    if (v) {
      ImGui::PushTextWrapPos(0.0f);
      if (ImGui::Selectable(title.c_str(), s.selection.size() == 1 && s.selection.front() == *v)) {
        select(s, *v);
        s.frameRequest = {*v};
      }
      ImGui::PopTextWrapPos();
    } else {
      wrapped(title);
    }
    ImGui::PopID();
  }
}

void IndicatorsPanel::drawGroup(AppState& s, const std::vector<Row>& rows, bool population) {
  const Language lang = s.language;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float statusWidth = population ? ImGui::CalcTextSize("100 %").x : statusBadgeWidth(lang);
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable(population ? "##population" : "##figures", 3, flags)) return;
  ImGui::TableSetupColumn("##indicator", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("##status", ImGuiTableColumnFlags_WidthFixed, statusWidth);
  ImGui::TableSetupColumn("##trend", ImGuiTableColumnFlags_WidthFixed, trendArrowWidth());
  for (const Row& row : rows) {
    const Indicator& indicator = s.project.indicators[row.index];
    ImGui::PushID(indicator.id.value.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    // Name and a grey line with the latest value (and target), wrapped in the column; the
    // whole row is one selectable under them.
    std::string detail = latestText(indicator, row.progress, lang);
    if (indicator.target) detail += " · " + targetText(indicator, lang);
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = ImGui::CalcTextSize(indicator.name.c_str(), nullptr, false, width).y + style.ItemSpacing.y +
                         ImGui::CalcTextSize(detail.c_str(), nullptr, false, width).y;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    if (ImGui::Selectable("##row", s.indicator == indicator.id,
                          ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap,
                          ImVec2(0, height)))
      s.indicator = indicator.id;
    ImGui::SetCursorScreenPos(at);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(indicator.name.c_str());
    ImGui::TextDisabled("%s", detail.c_str());
    ImGui::PopTextWrapPos();
    ImGui::TableNextColumn();
    if (population) {
      if (row.share) {
        ImGui::TextUnformatted(formatPercent(*row.share, lang).c_str());
        if (ImGui::IsItemHovered())
          ImGui::SetTooltip("%s", format(UiText::IndicatorShare, lang, formatPercent(*row.share, lang)).c_str());
      }
    } else {
      statusBadge(indicator, row.progress, lang);
    }
    ImGui::TableNextColumn();
    trendArrow(indicator, row.progress, lang);
    ImGui::PopID();
  }
  ImGui::EndTable();
}

}  // namespace knp::app
