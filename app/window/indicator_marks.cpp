#include "window/indicator_marks.hpp"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/indicator_words.hpp"
#include "core/palette.hpp"

namespace knp::app {
namespace {

const Rgba kBetter = rgba(30, 128, 50);
const Rgba kWorse = rgba(192, 50, 30);
const Rgba kNeutral = rgba(120, 120, 120);

Rgba statusColour(const Indicator& indicator, const IndicatorProgress& progress) {
  if (!indicator.target) return kNeutral;
  switch (progress.status) {
    case TargetStatus::OnTrack:
      return kBetter;
    case TargetStatus::OffTrack:
      return kWorse;
    case TargetStatus::NoData:
      break;
  }
  return kNeutral;
}

// An arrow from `from` to `to` with a filled head `head` pixels long.
void arrow(ImDrawList* list, ImVec2 from, ImVec2 to, float head, float thickness, Rgba colour) {
  const float dx = to.x - from.x, dy = to.y - from.y;
  const float length = std::sqrt(dx * dx + dy * dy);
  if (length <= 0) return;
  const float ux = dx / length, uy = dy / length;
  const ImVec2 base(to.x - ux * head, to.y - uy * head);
  list->AddLine(from, base, colour, thickness);
  const float half = head * 0.6f;
  list->AddTriangleFilled(to, ImVec2(base.x - uy * half, base.y + ux * half),
                          ImVec2(base.x + uy * half, base.y - ux * half), colour);
}

void wrappedTooltip(const std::string& text) {
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

}  // namespace

float trendArrowWidth() { return ImGui::GetFontSize(); }

void trendArrow(const Indicator& indicator, const IndicatorProgress& progress, Language language) {
  const float font = ImGui::GetFontSize();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(font, font));
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float thickness = std::max(1.5f, font / 9.0f), head = font * 0.38f;
  const ImVec2 centre(at.x + font * 0.5f, at.y + font * 0.5f);
  const Rgba colour = progress.trend == Trend::Better ? kBetter : progress.trend == Trend::Worse ? kWorse : kNeutral;
  const bool known = progress.latest && progress.previous && progress.trend != Trend::Unknown;
  if (!known || *progress.latest == *progress.previous) {
    // A level bar for "unchanged", a short dash for "no trend".
    const float half = known ? font * 0.36f : font * 0.18f;
    list->AddLine(ImVec2(centre.x - half, centre.y), ImVec2(centre.x + half, centre.y), colour, thickness);
  } else {
    const float rise = *progress.latest > *progress.previous ? 1.0f : -1.0f;
    const float reach = font * 0.34f;
    arrow(list, ImVec2(centre.x - reach, centre.y + rise * reach), ImVec2(centre.x + reach, centre.y - rise * reach),
          head, thickness, colour);
  }
  if (!ImGui::IsItemHovered()) return;
  std::string text = uiText(trendName(progress.trend), language);
  if (known)
    text = fmt::format(fmt::runtime(uiText(UiText::TrendSince, language)), text, *progress.previousYear,
                       valueText(*progress.previous, indicator, language));
  wrappedTooltip(text);
}

bool statusBadge(const Indicator& indicator, const IndicatorProgress& progress, Language language) {
  const float font = ImGui::GetFontSize();
  ImGui::BeginGroup();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(font * 0.8f, font));
  ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + font * 0.35f, at.y + font * 0.55f), font * 0.3f,
                                              statusColour(indicator, progress));
  ImGui::SameLine(0, font * 0.2f);
  ImGui::TextUnformatted(uiText(statusName(indicator, progress), language));
  ImGui::EndGroup();
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) wrappedTooltip(statusExplanation(indicator, progress, language));
  return hovered;
}

float statusBadgeWidth(Language language) {
  float widest = 0;
  for (UiText status : {UiText::StatusOnTrack, UiText::StatusOffTrack, UiText::StatusNoData, UiText::StatusNoTarget})
    widest = std::max(widest, ImGui::CalcTextSize(uiText(status, language)).x);
  return ImGui::GetFontSize() * 1.0f + widest;
}

}  // namespace knp::app
