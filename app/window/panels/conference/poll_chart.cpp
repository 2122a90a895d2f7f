// The ranked bar chart of a poll's result, drawn with ImGui's draw list.
#include "window/panels/conference/poll_chart.hpp"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <set>

#include "conference/poll_results.hpp"
#include "core/map_scene.hpp"
#include "core/palette.hpp"
#include "core/ui_text.hpp"
#include "text/fit_text.hpp"

namespace knp::app {

std::string defaultTableName(int index, int count, Language language) {
  if (count <= 1) return uiText(UiText::PollRoom, language);
  return fmt::format(fmt::runtime(uiText(UiText::PollTableN, language)), index + 1);
}

void drawPollChart(const Poll& poll, Language language) {
  const std::vector<RankedOption> ranked = rankPoll(poll);
  const int most = ranked.empty() ? 0 : ranked.front().dots;
  if (most == 0) {
    ImGui::TextDisabled("%s", uiText(UiText::PollNoDots, language));
    return;
  }
  // Each option in two lines: "RANK. TEXT" above, the bar with its count below, so that a
  // narrow column at a large text size still shows the whole bar and most of the text.
  const float font = ImGui::GetFontSize();
  const float width = std::max(ImGui::GetContentRegionAvail().x, font * 8);
  const float rankWidth = ImGui::CalcTextSize("00.").x + font * 0.3f;
  const float barHeight = font * 0.8f, rowGap = font * 0.35f;
  const float countRoom = ImGui::CalcTextSize("000").x + font * 0.4f;
  const float barRoom = std::max(font * 2, width - rankWidth - countRoom);
  ImDrawList* list = ImGui::GetWindowDrawList();
  const Rgba text = ImGui::GetColorU32(ImGuiCol_Text);
  const Rgba track = rgba(230, 232, 236), plain = rgba(40, 95, 170);
  // An agreement's chosen goals (poll_results.hpp): only goal options, ranked among the goals.
  std::set<std::string> chosenItems;
  if (poll.kind == PollKind::Agreement)
    for (const std::string& goal : agreedGoalIds(poll)) chosenItems.insert("goal:" + goal);
  for (const RankedOption& r : ranked) {
    const PollOption& option = poll.options[r.option];
    const bool chosen = chosenItems.contains(option.item);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    list->AddText(at, text, fmt::format("{}.", r.rank).c_str());
    const float textRoom = width - rankWidth;
    const std::string shown = fitWithEllipsis(option.text, textRoom, [](const std::string& t) {
      return static_cast<double>(ImGui::CalcTextSize(t.c_str()).x);
    });
    list->AddText(ImVec2(at.x + rankWidth, at.y), text, shown.c_str());
    const float barTop = at.y + font * 1.1f;
    const float length = barRoom * static_cast<float>(r.dots) / static_cast<float>(most);
    list->AddRectFilled(ImVec2(at.x + rankWidth, barTop), ImVec2(at.x + rankWidth + barRoom, barTop + barHeight), track,
                        barHeight * 0.25f);
    if (r.dots > 0)
      list->AddRectFilled(ImVec2(at.x + rankWidth, barTop),
                          ImVec2(at.x + rankWidth + std::max(length, 2.0f), barTop + barHeight),
                          chosen ? kDotsBadgeColour : plain, barHeight * 0.25f);
    const std::string count = std::to_string(r.dots);
    list->AddText(ImVec2(at.x + rankWidth + barRoom + font * 0.3f, barTop + (barHeight - font) * 0.5f), text,
                  count.c_str());
    ImGui::PushID(option.id.c_str());
    ImGui::Dummy(ImVec2(width, font * 1.1f + barHeight + rowGap));
    if (shown != option.text && ImGui::IsItemHovered()) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(font * 30.0f);
      ImGui::TextUnformatted(option.text.c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
    ImGui::PopID();
  }
}

}  // namespace knp::app
