#include "window/panels/filters.hpp"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <set>
#include <string>

#include "core/node_style.hpp"
#include "core/palette.hpp"
#include "text/labels.hpp"
#include "text/utf8.hpp"
#include "core/ui_text.hpp"

namespace knp::app {
namespace {

template <class T>
bool contains(const std::vector<T>& list, const T& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

template <class T>
void toggle(std::vector<T>& list, const T& value) {
  auto it = std::find(list.begin(), list.end(), value);
  if (it == list.end())
    list.push_back(value);
  else
    list.erase(it);
}

// A checkbox with a colour swatch in front; returns true when clicked.
bool swatchCheckbox(const char* text, bool checked, Rgba colour) {
  const float size = ImGui::GetFontSize();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + size * 0.2f), ImVec2(at.x + size * 0.35f, at.y + size),
                                            colour, 2.0f);
  ImGui::SetCursorScreenPos(ImVec2(at.x + size * 0.5f, at.y));
  return ImGui::Checkbox(text, &checked);
}

// The years activities run in: from the earliest start to the latest end (or start).
std::pair<int, int> yearRange(const Project& p) {
  int low = 9999, high = 0;
  for (const Activity& a : p.activities) {
    for (auto y : {a.startYear, a.endYear})
      if (y) low = std::min(low, *y), high = std::max(high, *y);
  }
  if (low > high) return {2000, 2030};
  return {low, high};
}

}  // namespace

void drawFilterPanel(AppState& s) {
  const Language lang = s.language;
  const Project& p = s.project;
  bool changed = false;
  ImGui::PushID("filters");

  ImGui::TextUnformatted(uiText(UiText::FilterOthers, lang));
  int mode = s.filters.mode == FilterMode::Hide ? 1 : 0;
  changed |= ImGui::RadioButton(uiText(UiText::FilterDim, lang), &mode, 0);
  ImGui::SameLine();
  changed |= ImGui::RadioButton(uiText(UiText::FilterHide, lang), &mode, 1);
  s.filters.mode = mode == 1 ? FilterMode::Hide : FilterMode::Dim;

  if (ImGui::CollapsingHeader(uiText(UiText::FieldNames, lang), ImGuiTreeNodeFlags_DefaultOpen)) {
    for (const Field& f : p.fields)
      if (swatchCheckbox(f.name.c_str(), contains(s.filters.fields, f.id), rgba(f.colour)))
        toggle(s.filters.fields, f.id), changed = true;
  }
  if (ImGui::CollapsingHeader(uiText(UiText::LifePhase, lang), ImGuiTreeNodeFlags_DefaultOpen)) {
    for (const LifePhase* phase : lifePhasesInOrder(p)) {
      const auto index = static_cast<std::size_t>(phase - p.lifePhases.data());
      if (swatchCheckbox(phase->name.c_str(), contains(s.filters.lifePhases, phase->id),
                         lifePhaseColour(s.phaseRank[index], p.lifePhases.size())))
        toggle(s.filters.lifePhases, phase->id), changed = true;
    }
  }
  if (ImGui::CollapsingHeader(uiText(UiText::Concepts, lang))) {
    for (std::size_t i = 0; i < p.concepts.size(); ++i)
      if (swatchCheckbox(p.concepts[i].name.c_str(), contains(s.filters.concepts, p.concepts[i].id), conceptColour(i)))
        toggle(s.filters.concepts, p.concepts[i].id), changed = true;
  }
  if (ImGui::CollapsingHeader(uiText(UiText::ActorTypes, lang))) {
    std::set<ActorType> types;
    for (const Actor& a : p.actors) types.insert(a.type);
    for (ActorType type : types)
      if (swatchCheckbox(std::string(label(type, lang)).c_str(), contains(s.filters.actorTypes, type),
                         actorTypeColour(type)))
        toggle(s.filters.actorTypes, type), changed = true;
  }
  if (ImGui::CollapsingHeader(uiText(UiText::Status, lang))) {
    for (ActivityStatus status : {ActivityStatus::Planned, ActivityStatus::Running, ActivityStatus::Finished}) {
      bool checked = contains(s.filters.statuses, status);
      if (ImGui::Checkbox(std::string(label(status, lang)).c_str(), &checked))
        toggle(s.filters.statuses, status), changed = true;
    }
  }
  if (ImGui::CollapsingHeader(uiText(UiText::Year, lang))) {
    bool byYear = s.filters.year.has_value();
    const auto [low, high] = yearRange(p);
    if (ImGui::Checkbox("##byYear", &byYear)) {
      s.filters.year = byYear ? std::optional<int>(high) : std::nullopt;
      changed = true;
    }
    ImGui::SameLine();
    int year = s.filters.year.value_or(high);
    ImGui::BeginDisabled(!byYear);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::SliderInt("##year", &year, low, high)) s.filters.year = year, changed = true;
    ImGui::EndDisabled();
  }
  if (!s.filters.empty() && ImGui::Button(uiText(UiText::ClearFilters, lang))) {
    const FilterMode keep = s.filters.mode;
    s.filters = MapFilters{};
    s.filters.mode = keep;
    changed = true;
  }
  if (changed) refreshFilters(s);
  ImGui::PopID();
}

void drawFilterBar(AppState& s) {
  const Language lang = s.language;
  const Project& p = s.project;
  bool changed = false;
  int chip = 0;
  // A chip: the text and a small ×; returns true when clicked.
  auto drawChip = [&](const std::string& text, Rgba colour) {
    ImGui::PushID(chip++);
    if (chip > 1) ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Button, colour);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, ImGui::GetFontSize() * 0.6f);
    const bool clicked = ImGui::SmallButton((text + "  ×").c_str());
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::PopID();
    return clicked;
  };
  const Rgba chipColour = 0xFFF0E0D0;
  ImGui::TextDisabled("%s:", uiText(UiText::Filters, lang));
  ImGui::SameLine();
  ++chip;
  for (std::size_t i = 0; i < s.filters.fields.size(); ++i) {
    const Field* f = findField(p, s.filters.fields[i]);
    if (drawChip(f ? f->name : s.filters.fields[i].value, chipColour)) {
      s.filters.fields.erase(s.filters.fields.begin() + static_cast<std::ptrdiff_t>(i)), changed = true;
      break;
    }
  }
  for (std::size_t i = 0; i < s.filters.lifePhases.size(); ++i) {
    const LifePhase* ph = findLifePhase(p, s.filters.lifePhases[i]);
    if (drawChip(ph ? ph->name : s.filters.lifePhases[i].value, chipColour)) {
      s.filters.lifePhases.erase(s.filters.lifePhases.begin() + static_cast<std::ptrdiff_t>(i)), changed = true;
      break;
    }
  }
  for (std::size_t i = 0; i < s.filters.concepts.size(); ++i) {
    const Concept* c = findConcept(p, s.filters.concepts[i]);
    if (drawChip(c ? c->name : s.filters.concepts[i].value, chipColour)) {
      s.filters.concepts.erase(s.filters.concepts.begin() + static_cast<std::ptrdiff_t>(i)), changed = true;
      break;
    }
  }
  for (std::size_t i = 0; i < s.filters.actorTypes.size(); ++i)
    if (drawChip(std::string(label(s.filters.actorTypes[i], lang)), chipColour)) {
      s.filters.actorTypes.erase(s.filters.actorTypes.begin() + static_cast<std::ptrdiff_t>(i)), changed = true;
      break;
    }
  for (std::size_t i = 0; i < s.filters.statuses.size(); ++i)
    if (drawChip(std::string(label(s.filters.statuses[i], lang)), chipColour)) {
      s.filters.statuses.erase(s.filters.statuses.begin() + static_cast<std::ptrdiff_t>(i)), changed = true;
      break;
    }
  if (s.filters.year && drawChip(fmt::format("{} {}", uiText(UiText::Year, lang), *s.filters.year), chipColour))
    s.filters.year.reset(), changed = true;
  if (s.focus) {
    const std::string name = fmt::format("{}: {} ({} {})", uiText(UiText::Focus, lang), nodeName(s, *s.focus),
                                         uiText(UiText::FocusDepth, lang), s.focusDepth);
    if (drawChip(name, 0xFFD8E8FF)) s.focus.reset(), refreshFocus(s);
  }
  if (!s.highlight.empty() &&
      drawChip(fmt::format("{}: {}", uiText(UiText::Highlight, lang), truncateUtf8(s.highlightLabel, 60)), 0xFFFFE8D0))
    setHighlight(s, {}, {});
  if (chip == 1) {
    ImGui::SameLine();
    ImGui::TextDisabled("%s", uiText(UiText::NoFilters, lang));
  }
  if (changed) refreshFilters(s);
}

}  // namespace knp::app
