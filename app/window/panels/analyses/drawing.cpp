// Drawing helpers shared by the analyses panel's pictures (declared in panels/analyses.hpp).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "text/fit_text.hpp"
#include "window/panels/analyses.hpp"

namespace knp::app::pictures {

bool fittedText(ImDrawList* list, ImVec2 at, float width, float height, Rgba colour, std::string_view text) {
  const float font = ImGui::GetFontSize();
  const std::string shown = fitWithEllipsis(text, width, [](const std::string& t) {
    return static_cast<double>(ImGui::CalcTextSize(t.c_str()).x);
  });
  const bool cut = shown != text;
  list->AddText(ImVec2(at.x, at.y + (height - font) * 0.5f), colour, shown.c_str());
  if (cut && ImGui::IsMouseHoveringRect(at, ImVec2(at.x + width, at.y + height)) && ImGui::IsWindowHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(font * 30.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
  return cut;
}

void upwardText(ImDrawList* list, ImVec2 lowerLeft, Rgba colour, std::string_view text) {
  // The glyphs are emitted at the clip rectangle's corner, where ImGui's CPU clipping keeps them
  // (it drops glyphs outside the clip rectangle before we could turn them), then turned
  // about that corner and moved: (dx, dy) → (dy, −dx) reads upwards in screen coordinates.
  const ImVec2 emit = list->GetClipRectMin();
  const int first = list->VtxBuffer.Size;
  list->AddText(emit, colour, text.data(), text.data() + text.size());
  for (int i = first; i < list->VtxBuffer.Size; ++i) {
    ImVec2& p = list->VtxBuffer[i].pos;
    const float dx = p.x - emit.x, dy = p.y - emit.y;
    p = ImVec2(lowerLeft.x + dy, lowerLeft.y - dx);
  }
}

void boldWrapped(std::string_view text, float width) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 size = ImGui::CalcTextSize(text.data(), text.data() + text.size(), false, width);
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float offset = std::max(1.0f, std::round(ImGui::GetFontSize() / 17.0f));
  const Rgba colour = ImGui::GetColorU32(ImGuiCol_Text);
  for (float dx : {0.0f, offset})
    list->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(at.x + dx, at.y), colour, text.data(),
                  text.data() + text.size(), width - offset);
  ImGui::Dummy(ImVec2(width, size.y));
}

bool scoreBar(float fraction, float width, std::string_view label) {
  const float font = ImGui::GetFontSize();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float h = font * 0.55f, top = at.y + (font - h) * 0.5f;
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(ImVec2(at.x, top), ImVec2(at.x + width, top + h), rgba(230, 232, 236));
  list->AddRectFilled(ImVec2(at.x, top), ImVec2(at.x + width * std::clamp(fraction, 0.0f, 1.0f), top + h),
                      rgba(40, 95, 170));
  ImGui::Dummy(ImVec2(width, font));
  const bool over = ImGui::IsItemHovered();
  ImGui::SameLine();
  ImGui::TextUnformatted(label.data(), label.data() + label.size());
  return over || ImGui::IsItemHovered();
}

float visibleRight() { return ImGui::GetWindowContentRegionMax().x + ImGui::GetScrollX(); }

std::string ageRange(const LifePhase& phase) {
  return phase.maxAge ? fmt::format("{}–{}", phase.minAge, *phase.maxAge) : fmt::format("{}+", phase.minAge);
}

}  // namespace knp::app::pictures
