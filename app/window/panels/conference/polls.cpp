// The polls section of the Konferenz tab: which poll, its options with the dots of one table
// (a digit on the selected row sets them), a grid of every table's dots, the result as ranked
// bars and, for an agreement, "Vereinbaren". The form and the option picker are in
// poll_editor.cpp, the bars in poll_chart.cpp.
#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "conference/conference_dates.hpp"
#include "conference/poll_results.hpp"
#include "core/conference_marks.hpp"
#include "core/conference_session.hpp"
#include "core/document.hpp"
#include "core/palette.hpp"
#include "core/ui_text.hpp"
#include "edit/conference_edits.hpp"
#include "window/panels/conference/poll_chart.hpp"
#include "window/panels/conference/sections.hpp"
#include "window/ui_probe.hpp"

namespace knp::app {
namespace {

// The GLFW backend indexes keys by GLFW's codes: '0'..'9' for the digits above the letters,
// GLFW_KEY_KP_0.. for the keypad.
constexpr int kKeypadZero = 320;

const PollOption* findOption(const Poll& poll, std::string_view id) {
  for (const PollOption& option : poll.options)
    if (option.id == id) return &option;
  return nullptr;
}

int dotsOf(const PollOption& option, const std::string& table) {
  const auto it = option.dots.find(table);
  return it == option.dots.end() ? 0 : it->second;
}

// The digit pressed this frame (top row or keypad), if any.
std::optional<int> digitPressed() {
  for (int d = 0; d <= 9; ++d)
    if (ImGui::IsKeyPressed('0' + d, false) || ImGui::IsKeyPressed(kKeypadZero + d, false)) return d;
  return std::nullopt;
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

EditLabel conferenceStep(EditAction action, const Conference& conference, std::string other) {
  EditLabel label = makeLabel(action, ItemKind::Actor, conference.title);
  label.otherName = std::move(other);
  return label;
}

const ImVec4 kWarning{0.75f, 0.1f, 0.1f, 1.0f};
const ImVec4 kAgreed{0.12f, 0.5f, 0.2f, 1.0f};

}  // namespace

void PollsSection::draw(AppState& s) {
  const Conference* conference = currentConference(s);
  if (!conference) return;
  const Language lang = s.language;
  // The poll shown stays one of this conference's (another conference chosen, a poll undone).
  if (!findPoll(*conference, s.poll)) s.poll = conference->polls.empty() ? std::string() : conference->polls.front().id;
  ImGui::PushID("##polls");
  drawChooser(s, *conference);
  drawPollForm(s, *conference);
  if (const Poll* poll = findPoll(*conference, s.poll)) {
    if (std::find(poll->tables.begin(), poll->tables.end(), m_state.table) == poll->tables.end())
      m_state.table = poll->tables.empty() ? defaultTableName(0, 1, lang) : poll->tables.front();
    if (!findOption(*poll, m_state.option)) m_state.option.clear();
    drawOptions(s, *conference, *poll);
    drawOptionPicker(s, *conference, *poll);
    drawGrid(s, *conference, *poll);
    ImGui::Spacing();
    ImGui::TextUnformatted(uiText(UiText::PollResults, lang));
    ImGui::Separator();
    drawPollChart(*poll, lang);
    if (poll->kind == PollKind::Agreement) drawAgreement(s, *conference, *poll);
  } else {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", uiText(UiText::PollEmpty, lang));
    ImGui::PopTextWrapPos();
  }
  ImGui::PopID();
  // The step last: it replaces the conference the drawing above read.
  if (!m_state.pending.empty()) {
    const Edit edit = std::move(m_state.pending);
    m_state.pending = {};
    if (dispatch(s, edit) && !m_state.pollAfter.empty()) s.poll = m_state.pollAfter;
    if (!m_state.messageAfter.empty()) s.message = m_state.messageAfter;
  }
  m_state.pollAfter.clear();
  m_state.messageAfter.clear();
}

void PollsSection::drawChooser(AppState& s, const Conference& conference) {
  const Language lang = s.language;
  const Poll* poll = findPoll(conference, s.poll);
  if (!poll && !conference.polls.empty()) {  // the first poll is shown (and badged) until another is chosen
    poll = &conference.polls.front();
    s.poll = poll->id;
  }
  const char* newText = uiText(UiText::PollNew, lang);
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::SetNextItemWidth(std::max(ImGui::GetFontSize() * 6, ImGui::GetContentRegionAvail().x -
                                                                 ImGui::CalcTextSize(newText).x -
                                                                 style.FramePadding.x * 2 - style.ItemSpacing.x));
  if (ImGui::BeginCombo("##poll", poll ? poll->question.c_str() : uiText(UiText::PollNone, lang))) {
    for (const Poll& p : conference.polls) {
      ImGui::PushID(p.id.c_str());
      const std::string entry =
          fmt::format("{} ({})", p.question,
                      uiText(p.kind == PollKind::Agreement ? UiText::PollKindAgreement : UiText::PollKindMood, lang));
      if (ImGui::Selectable(entry.c_str(), poll == &p)) s.poll = p.id;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  if (ImGui::Button(newText)) openPollForm(nullptr, lang);
  probeLastItem("poll.new");
  if (!poll) return;
  // What kind of poll, the limit; edit and delete.
  std::string summary =
      uiText(poll->kind == PollKind::Agreement ? UiText::PollKindAgreement : UiText::PollKindMood, lang);
  summary += " · ";
  summary += poll->dotsPerTable > 0 ? fmt::format(fmt::runtime(uiText(UiText::PollDotsLimit, lang)), poll->dotsPerTable)
                                    : std::string(uiText(UiText::PollNoLimit, lang));
  if (poll->kind == PollKind::Agreement)
    summary += " · " + fmt::format(fmt::runtime(uiText(UiText::PollChooseSummary, lang)), poll->choose);
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", summary.c_str());
  ImGui::PopTextWrapPos();
  if (ImGui::SmallButton(uiText(UiText::PollEdit, lang))) openPollForm(poll, lang);
  ImGui::SameLine();
  if (ImGui::SmallButton(uiText(UiText::PollDelete, lang))) {
    Conference changed = conference;
    std::erase_if(changed.polls, [&](const Poll& p) { return p.id == poll->id; });
    m_state.pending =
        changeConferenceEdit(s.project, changed, conferenceStep(EditAction::DeletePoll, conference, poll->question));
  }
}

void PollsSection::drawOptions(AppState& s, const Conference& conference, const Poll& poll) {
  const Language lang = s.language;
  const float font = ImGui::GetFontSize();
  // The table the digits count for.
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(uiText(UiText::PollTable, lang));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(font * 9);
  if (ImGui::BeginCombo("##table", m_state.table.c_str())) {
    for (const std::string& table : poll.tables) {
      ImGui::PushID(table.c_str());
      if (ImGui::Selectable(table.c_str(), table == m_state.table)) m_state.table = table;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  if (poll.options.empty()) {
    ImGui::TextDisabled("%s", uiText(UiText::PollNoOptions, lang));
  } else if (ImGui::BeginTable("##options", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
    ImGui::TableSetupColumn(uiText(UiText::PollColumnOption, lang), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(m_state.table.c_str(), ImGuiTableColumnFlags_WidthFixed,
                            std::max(font * 2.5f, ImGui::CalcTextSize(m_state.table.c_str()).x + font * 0.5f));
    ImGui::TableSetupColumn(
        uiText(UiText::PollColumnTotal, lang), ImGuiTableColumnFlags_WidthFixed,
        std::max(font * 2.5f, ImGui::CalcTextSize(uiText(UiText::PollColumnTotal, lang)).x + font * 0.5f));
    ImGui::TableHeadersRow();
    for (const PollOption& option : poll.options) {
      ImGui::PushID(option.id.c_str());
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      if (ImGui::Selectable(option.text.c_str(), option.id == m_state.option, ImGuiSelectableFlags_SpanAllColumns))
        m_state.option = option.id;
      probeLastItem("poll.option." + option.id);
      if (ImGui::IsItemHovered() && ImGui::CalcTextSize(option.text.c_str()).x > ImGui::GetColumnWidth())
        ImGui::SetTooltip("%s", option.text.c_str());
      if (ImGui::BeginPopupContextItem("##option")) {
        if (ImGui::MenuItem(uiText(UiText::PollRemoveOption, lang))) {
          Conference changed = conference;
          for (Poll& p : changed.polls)
            if (p.id == poll.id) std::erase_if(p.options, [&](const PollOption& o) { return o.id == option.id; });
          m_state.pending = changeConferenceEdit(s.project, changed,
                                                 conferenceStep(EditAction::ChangePoll, conference, poll.question));
        }
        ImGui::EndPopup();
      }
      ImGui::TableSetColumnIndex(1);
      ImGui::Text("%d", dotsOf(option, m_state.table));
      ImGui::TableSetColumnIndex(2);
      ImGui::Text("%d", totalDots(option));
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", uiText(UiText::PollDigitHint, lang));
  ImGui::PopTextWrapPos();
  // A digit sets the selected option's dots of the table: as fast as a room calls them out.
  const ImGuiIO& io = ImGui::GetIO();
  if (!m_state.option.empty() && !io.WantTextInput && !io.KeyCtrl && !io.KeyAlt &&
      ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows) &&
      !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId))
    if (const std::optional<int> digit = digitPressed())
      m_state.pending = setDotsEdit(s.project, conference.id, poll.id, m_state.option, m_state.table, *digit);
  for (const std::string& table : tablesOverLimit(poll)) {
    const std::string warning = fmt::format(fmt::runtime(uiText(UiText::PollOverLimit, lang)), table,
                                            dotsOfTable(poll, table), poll.dotsPerTable);
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(kWarning, "%s", warning.c_str());
    ImGui::PopTextWrapPos();
  }
}

void PollsSection::drawGrid(AppState& s, const Conference& conference, const Poll& poll) {
  const Language lang = s.language;
  if (poll.options.empty() || poll.tables.empty()) return;
  if (!ImGui::TreeNode(uiText(UiText::PollGrid, lang))) return;
  const float font = ImGui::GetFontSize();
  const auto columns = static_cast<int>(poll.tables.size()) + 1;
  const float rowHeight = ImGui::GetFrameHeightWithSpacing();
  const float height =
      rowHeight * static_cast<float>(poll.options.size() + 1) + ImGui::GetStyle().ScrollbarSize + font * 0.3f;
  // Many tables scroll sideways; the options' column stays in view.
  if (ImGui::BeginTable("##grid", columns,
                        ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_ScrollX,
                        ImVec2(0, height))) {
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(uiText(UiText::PollColumnOption, lang), ImGuiTableColumnFlags_WidthFixed, font * 9);
    for (const std::string& table : poll.tables)
      ImGui::TableSetupColumn(table.c_str(), ImGuiTableColumnFlags_WidthFixed,
                              std::max(font * 3, ImGui::CalcTextSize(table.c_str()).x));
    ImGui::TableHeadersRow();
    for (const PollOption& option : poll.options) {
      ImGui::PushID(option.id.c_str());
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(option.text.c_str());
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", option.text.c_str());
      for (std::size_t t = 0; t < poll.tables.size(); ++t) {
        const std::string& table = poll.tables[t];
        ImGui::TableSetColumnIndex(static_cast<int>(t) + 1);
        ImGui::PushID(table.c_str());
        // Typed digits stay in the cell until it is left: one step per cell, not per key.
        const std::string cell = option.id + '\n' + table;
        int count = m_state.editedCell == cell ? m_state.editedCount : dotsOf(option, table);
        ImGui::SetNextItemWidth(-1);
        if (ImGui::InputInt("##dots", &count, 0, 0)) {
          m_state.editedCell = cell;
          m_state.editedCount = std::max(0, count);
        }
        if (ImGui::IsItemDeactivatedAfterEdit() && m_state.editedCell == cell) {
          m_state.pending = setDotsEdit(s.project, conference.id, poll.id, option.id, table, m_state.editedCount);
          m_state.editedCell.clear();
        }
        ImGui::PopID();
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  ImGui::TreePop();
}

void PollsSection::drawAgreement(AppState& s, const Conference& conference, const Poll& poll) {
  const Language lang = s.language;
  ImGui::Spacing();
  ImGui::PushTextWrapPos(0);
  const std::optional<int> year = conferenceYear(conference);
  if (!year) {  // the priorities would belong to no year (conference_dates.hpp)
    ImGui::TextDisabled("%s", uiText(UiText::PollAgreeNeedsDate, lang));
    ImGui::PopTextWrapPos();
    return;
  }
  ImGui::TextDisabled("%s", fmt::format(fmt::runtime(uiText(UiText::PollAgreeHint, lang)), poll.choose, *year).c_str());
  if (poll.agreed) {
    // What was taken over: the poll's goals that are priorities of the year now, whatever
    // dots came in later.
    std::vector<std::string> taken;
    for (const PollOption& option : poll.options)
      if (const auto ref = itemRefFromKey(option.item); ref && ref->kind == ItemKind::Goal)
        if (const Goal* goal = findGoal(s.project, GoalId(ref->id));
            goal && std::find(goal->priorityYears.begin(), goal->priorityYears.end(), *year) != goal->priorityYears.end())
          taken.push_back(goal->id.value);
    ImGui::TextColored(kAgreed, "%s",
                       fmt::format(fmt::runtime(uiText(UiText::PollAgreedAlready, lang)), *year,
                                   joined(goalTitles(s.project, taken)))
                           .c_str());
    ImGui::PopTextWrapPos();
    return;
  }
  const std::vector<std::string> agreed = agreedGoalIds(poll);
  if (agreed.empty()) {
    ImGui::TextDisabled("%s", uiText(UiText::PollAgreeNothing, lang));
    ImGui::PopTextWrapPos();
    return;
  }
  const std::string names = joined(goalTitles(s.project, agreed));
  const auto choose = static_cast<std::size_t>(std::max(poll.choose, 1));
  const std::string tie = agreed.size() > choose
                              ? fmt::format(fmt::runtime(uiText(UiText::PollAgreedTie, lang)), agreed.size(), choose)
                              : std::string();
  ImGui::TextWrapped("%s", (fmt::format(fmt::runtime(uiText(UiText::PollAgreePreview, lang)), names) + tie).c_str());
  if (ImGui::Button(uiText(UiText::PollAgree, lang))) {
    m_state.pending = agreeEdit(s.project, conference.id, poll.id, *year);
    m_state.messageAfter = fmt::format(fmt::runtime(uiText(UiText::PollAgreedMessage, lang)), *year, names) + tie;
  }
  ImGui::PopTextWrapPos();
}

}  // namespace knp::app
