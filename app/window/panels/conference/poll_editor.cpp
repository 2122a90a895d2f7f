// The polls section's forms: a new poll or a poll's question, kind, tables and limits
// ("Neue Abstimmung …", "Bearbeiten …"), and the picker that adds an option from the
// project's goals, gaps, suggested cooperations, activities, or as free text.
#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/conference_marks.hpp"
#include "core/ui_text.hpp"
#include "edit/conference_edits.hpp"
#include "text/search.hpp"
#include "window/panels/conference/poll_chart.hpp"
#include "window/panels/conference/sections.hpp"
#include "window/ui_probe.hpp"
#include "text/trim.hpp"

namespace knp::app {
namespace {

constexpr int kMaxTables = 40;

EditLabel conferenceStep(EditAction action, const Conference& conference, std::string other) {
  EditLabel label = makeLabel(action, ItemKind::Actor, conference.title);
  label.otherName = std::move(other);
  return label;
}

template <std::size_t N>
void copyInto(std::array<char, N>& buffer, const std::string& text) {
  std::snprintf(buffer.data(), buffer.size(), "%s", text.c_str());
}

// The names typed one per line: trimmed, blank and repeated lines left out.
std::vector<std::string> tableLines(const char* text) {
  std::vector<std::string> names;
  std::set<std::string> seen;
  std::string_view rest(text);
  while (!rest.empty()) {
    const auto end = rest.find('\n');
    std::string name = trimmed(rest.substr(0, end));
    if (!name.empty() && seen.insert(name).second) names.push_back(std::move(name));
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
  }
  return names;
}

std::string linesOf(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : "\n") + name;
  return text;
}

// The poll's tables become `tables`, the dots following them (below); dots of tables the poll
// no longer listed stay as they were. O(options × tables log tables).
void renameTables(Poll& poll, const std::vector<std::string>& tables) {
  // A table still listed keeps its dots, wherever it now stands. The tables that are gone
  // pass theirs to the new names in order when as many were added (renamed lines);
  // otherwise their dots go with them.
  auto listed = [](const std::vector<std::string>& list, const std::string& name) {
    return std::find(list.begin(), list.end(), name) != list.end();
  };
  std::vector<std::string> gone, added;
  for (const std::string& table : poll.tables)
    if (!listed(tables, table)) gone.push_back(table);
  for (const std::string& table : tables)
    if (!listed(poll.tables, table)) added.push_back(table);
  std::map<std::string, std::optional<std::string>> renamed;
  for (std::size_t i = 0; i < gone.size(); ++i)
    renamed[gone[i]] = gone.size() == added.size() ? std::optional(added[i]) : std::nullopt;
  for (PollOption& option : poll.options) {
    std::map<std::string, int> dots;
    for (const auto& [table, count] : option.dots) {
      const auto it = renamed.find(table);
      if (it == renamed.end())
        dots[table] += count;
      else if (it->second)
        dots[*it->second] += count;
    }
    option.dots = std::move(dots);
  }
  poll.tables = tables;
}

const char* sourceName(int source, Language lang) {
  switch (source) {
    case static_cast<int>(OptionSource::Goal):
      return uiText(UiText::PollSourceGoal, lang);
    case static_cast<int>(OptionSource::Gap):
      return uiText(UiText::PollSourceGap, lang);
    case static_cast<int>(OptionSource::Suggestion):
      return uiText(UiText::PollSourceSuggestion, lang);
    case static_cast<int>(OptionSource::Activity):
      return uiText(UiText::PollSourceActivity, lang);
    default:
      break;
  }
  return uiText(UiText::PollSourceFree, lang);
}

}  // namespace

void PollsSection::openPollForm(const Poll* poll, Language language) {
  PollForm& form = m_state.form;
  form = PollForm{};
  if (poll) {
    form.editing = poll->id;
    copyInto(form.question, poll->question);
    form.kind = poll->kind;
    form.tableCount = static_cast<int>(poll->tables.size());
    copyInto(form.tableNames, linesOf(poll->tables));
    form.dotsPerTable = poll->dotsPerTable;
    form.choose = poll->choose;
  } else {
    copyInto(form.tableNames, defaultTableName(0, 1, language));
  }
  ImGui::OpenPopup("##pollForm");
}

void PollsSection::drawPollForm(AppState& s, const Conference& conference) {
  const Language lang = s.language;
  if (!ImGui::BeginPopup("##pollForm")) return;
  PollForm& form = m_state.form;
  const float font = ImGui::GetFontSize();
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::SetNextItemWidth(font * 20);
  ImGui::InputText(uiText(UiText::PollQuestion, lang), form.question.data(), form.question.size());
  probeLastItem("poll.question");
  int kind = static_cast<int>(form.kind);
  ImGui::RadioButton(uiText(UiText::PollKindMood, lang), &kind, static_cast<int>(PollKind::Mood));
  ImGui::SameLine();
  ImGui::RadioButton(uiText(UiText::PollKindAgreement, lang), &kind, static_cast<int>(PollKind::Agreement));
  form.kind = static_cast<PollKind>(kind);
  // The count writes the default names; the names can then be typed over.
  ImGui::SetNextItemWidth(font * 6);
  if (ImGui::InputInt(uiText(UiText::PollTableCount, lang), &form.tableCount)) {
    form.tableCount = std::clamp(form.tableCount, 1, kMaxTables);
    std::vector<std::string> names = tableLines(form.tableNames.data());
    const bool defaults = std::all_of(names.begin(), names.end(), [&](const std::string& name) {
      for (int i = 0; i < kMaxTables; ++i)
        if (name == defaultTableName(i, 2, lang) || name == defaultTableName(0, 1, lang)) return true;
      return false;
    });
    if (defaults) names.clear();
    names.resize(static_cast<std::size_t>(std::min<int>(form.tableCount, kMaxTables)));
    for (std::size_t i = 0; i < names.size(); ++i)
      if (names[i].empty()) names[i] = defaultTableName(static_cast<int>(i), form.tableCount, lang);
    copyInto(form.tableNames, linesOf(names));
  }
  ImGui::InputTextMultiline(uiText(UiText::PollTableNames, lang), form.tableNames.data(), form.tableNames.size(),
                            ImVec2(font * 12, ImGui::GetTextLineHeight() * 4.5f));
  ImGui::SetNextItemWidth(font * 6);
  if (ImGui::InputInt(uiText(UiText::PollDotsPerTable, lang), &form.dotsPerTable))
    form.dotsPerTable = std::max(0, form.dotsPerTable);
  if (form.kind == PollKind::Agreement) {
    ImGui::SetNextItemWidth(font * 6);
    if (ImGui::InputInt(uiText(UiText::PollChoose, lang), &form.choose)) form.choose = std::max(1, form.choose);
  }
  const std::string question = trimmed(form.question.data());
  ImGui::BeginDisabled(question.empty());
  const bool creating = form.editing.empty();
  const bool apply = ImGui::Button(uiText(creating ? UiText::ConferenceCreate : UiText::PollApply, lang));
  probeLastItem("poll.create");
  if (apply) {
    std::vector<std::string> tables = tableLines(form.tableNames.data());
    if (tables.empty()) tables.push_back(defaultTableName(0, 1, lang));
    Conference changed = conference;
    if (creating) {
      Poll poll;
      poll.id = nextLocalId(idsOf(conference.polls), "p");
      poll.question = question;
      poll.kind = form.kind;
      poll.tables = std::move(tables);
      poll.dotsPerTable = form.dotsPerTable;
      poll.choose = form.choose;
      m_state.pollAfter = poll.id;
      changed.polls.push_back(std::move(poll));
      m_state.pending =
          changeConferenceEdit(s.project, changed, conferenceStep(EditAction::AddPoll, conference, question));
    } else {
      for (Poll& poll : changed.polls) {
        if (poll.id != form.editing) continue;
        poll.question = question;
        poll.kind = form.kind;
        renameTables(poll, tables);
        poll.dotsPerTable = form.dotsPerTable;
        poll.choose = form.choose;
      }
      m_state.pending =
          changeConferenceEdit(s.project, changed, conferenceStep(EditAction::ChangePoll, conference, question));
    }
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(uiText(UiText::Cancel, lang))) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void PollsSection::drawOptionPicker(AppState& s, const Conference& conference, const Poll& poll) {
  const Language lang = s.language;
  OptionPicker& picker = m_state.picker;
  if (ImGui::Button(uiText(UiText::PollAddOption, lang))) {
    picker.filter[0] = '\0';
    picker.freeText[0] = '\0';
    ImGui::OpenPopup("##addOption");
  }
  probeLastItem("poll.addOption");
  if (!ImGui::BeginPopup("##addOption")) return;
  const float font = ImGui::GetFontSize();
  ImGui::SetNextItemWidth(font * 16);
  if (ImGui::BeginCombo("##source", sourceName(picker.source, lang))) {
    for (int source = 0; source <= OptionPicker::kFreeText; ++source)
      if (ImGui::Selectable(sourceName(source, lang), source == picker.source)) picker.source = source;
    ImGui::EndCombo();
  }
  auto add = [&](const std::string& item, const std::string& text) {
    Conference changed = conference;
    for (Poll& p : changed.polls)
      if (p.id == poll.id) p.options.push_back({nextLocalId(idsOf(p.options), "o"), item, text, {}});
    m_state.pending =
        changeConferenceEdit(s.project, changed, conferenceStep(EditAction::ChangePoll, conference, poll.question));
    ImGui::CloseCurrentPopup();
  };
  if (picker.source == OptionPicker::kFreeText) {
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(font * 16);
    const bool enter = ImGui::InputText("##free", picker.freeText.data(), picker.freeText.size(),
                                        ImGuiInputTextFlags_EnterReturnsTrue);
    const std::string text = trimmed(picker.freeText.data());
    ImGui::SameLine();
    ImGui::BeginDisabled(text.empty());
    if ((ImGui::Button(uiText(UiText::PollAdd, lang)) || enter) && !text.empty()) add({}, text);
    ImGui::EndDisabled();
    ImGui::EndPopup();
    return;
  }
  // The candidates, made anew when the source, the data or the analyses change.
  const ProjectAnalysis* analysis = s.analyses.latest();
  if (picker.candidatesSource != picker.source || picker.candidatesRevision != s.dataRevision ||
      picker.candidatesGeneration != s.analyses.generation()) {
    picker.candidates = optionCandidates(s.project, analysis, static_cast<OptionSource>(picker.source));
    picker.candidatesSource = picker.source;
    picker.candidatesRevision = s.dataRevision;
    picker.candidatesGeneration = s.analyses.generation();
  }
  ImGui::SetNextItemWidth(font * 16);
  ImGui::InputTextWithHint("##filter", uiText(UiText::Search, lang), picker.filter.data(), picker.filter.size());
  probeLastItem("poll.filter");
  const std::string filter = foldCase(picker.filter.data());
  std::set<std::string> taken;
  for (const PollOption& option : poll.options)
    if (!option.item.empty()) taken.insert(option.item);
  ImGui::BeginChild("##candidates", ImVec2(font * 22, ImGui::GetTextLineHeightWithSpacing() * 12), true);
  bool any = false;
  for (const OptionCandidate& candidate : picker.candidates) {
    if (!filter.empty() && foldCase(candidate.text).find(filter) == std::string::npos) continue;
    ImGui::PushID(candidate.item.c_str());
    const bool already = taken.contains(candidate.item);
    if (ImGui::Selectable(candidate.text.c_str(), already, already ? ImGuiSelectableFlags_Disabled : 0))
      add(candidate.item, candidate.text);
    if (!any) probeLastItem("poll.candidate");  // the first one shown
    ImGui::PopID();
    any = true;
  }
  if (!any) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", uiText(UiText::PollNoCandidates, lang));
    ImGui::PopTextWrapPos();
  }
  ImGui::EndChild();
  ImGui::EndPopup();
}

}  // namespace knp::app
