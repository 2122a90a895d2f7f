#include "window/panels/conference.hpp"

#include <cstring>
#include <string>

#include <fmt/format.h>
#include <imgui.h>

#include "conference/conference_dates.hpp"
#include "core/conference_session.hpp"
#include "core/document.hpp"
#include "core/ui_text.hpp"
#include "edit/conference_edits.hpp"
#include "window/ui_probe.hpp"

namespace knp::app {

void ConferenceTab::drawChooser(AppState& s) {
  const Language lang = s.language;
  const Conference* current = currentConference(s);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(uiText(UiText::ConferenceChoose, lang));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##conference", current ? current->title.c_str() : uiText(UiText::ConferenceNone, lang))) {
    for (const Conference& c : s.project.conferences) {
      ImGui::PushID(c.id.value.c_str());
      if (ImGui::Selectable(c.title.c_str(), current && c.id == current->id)) chooseConference(s, c.id);
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
}

void ConferenceTab::drawNewConference(AppState& s) {
  const Language lang = s.language;
  if (ImGui::Button(uiText(UiText::ConferenceNew, lang))) {
    const std::string today = localToday();
    const std::string title =
        fmt::format(fmt::runtime(uiText(UiText::ConferenceDefaultTitle, lang)), today.substr(0, 4));
    std::snprintf(m_newTitle.data(), m_newTitle.size(), "%s", title.c_str());
    std::snprintf(m_newDate.data(), m_newDate.size(), "%s", today.c_str());
    ImGui::OpenPopup("##newConference");
  }
  probeLastItem("conference.new");
  if (ImGui::BeginPopup("##newConference")) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
    ImGui::InputText(uiText(UiText::ConferenceNewTitle, lang), m_newTitle.data(), m_newTitle.size());
    probeLastItem("conference.title");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    ImGui::InputText(uiText(UiText::ConferenceNewDate, lang), m_newDate.data(), m_newDate.size());
    const std::optional<std::string> date = normalizedDate(m_newDate.data());
    if (!date) ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.1f, 1), "%s", uiText(UiText::DateInvalid, lang));
    ImGui::BeginDisabled(!date || m_newTitle[0] == '\0');
    if (ImGui::Button(uiText(UiText::ConferenceCreate, lang))) {
      createConference(s, m_newTitle.data(), *date);
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    probeLastItem("conference.create");
    ImGui::EndPopup();
  }
}

void ConferenceTab::drawEditConference(AppState& s, const Conference& conference) {
  const Language lang = s.language;
  if (ImGui::SmallButton(uiText(UiText::ConferenceEdit, lang))) {
    std::snprintf(m_newTitle.data(), m_newTitle.size(), "%s", conference.title.c_str());
    std::snprintf(m_newDate.data(), m_newDate.size(), "%s", conference.date.c_str());
    ImGui::OpenPopup("##editConference");
  }
  if (!ImGui::BeginPopup("##editConference")) return;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
  ImGui::InputText(uiText(UiText::ConferenceNewTitle, lang), m_newTitle.data(), m_newTitle.size());
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  ImGui::InputText(uiText(UiText::ConferenceNewDate, lang), m_newDate.data(), m_newDate.size());
  const std::optional<std::string> date = normalizedDate(m_newDate.data());
  if (!date) ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.1f, 1), "%s", uiText(UiText::DateInvalid, lang));
  ImGui::BeginDisabled(!date || m_newTitle[0] == '\0');
  if (ImGui::Button(uiText(UiText::ConferenceApply, lang))) {
    Conference changed = conference;
    changed.title = m_newTitle.data();
    changed.date = *date;
    dispatch(s, changeConferenceEdit(s.project, changed, makeLabel(EditAction::ChangeConference, ItemKind::Actor)));
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  ImGui::EndPopup();
}

void ConferenceTab::draw(AppState& s, double pixelScale) {
  const Language lang = s.language;
  drawChooser(s);
  drawNewConference(s);
  const Conference* current = currentConference(s);
  if (!current) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", uiText(UiText::ConferenceEmpty, lang));
    ImGui::PopTextWrapPos();
    return;
  }
  ImGui::SameLine();
  if (conferenceRunning(s)) {
    if (ImGui::Button(uiText(UiText::ConferenceEnd, lang))) endConference(s, localNow());
    probeLastItem("conference.end");
    ImGui::SameLine();
    ImGui::TextDisabled("%s", fmt::format(fmt::runtime(uiText(UiText::ConferenceRunning, lang)),
                                          current->startedAt.substr(current->startedAt.find('T') + 1))
                                  .c_str());
  } else {
    if (ImGui::Button(uiText(UiText::ConferenceStart, lang))) startConference(s, localNow());
    probeLastItem("conference.start");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", uiText(UiText::ConferenceStartHint, lang));
  }
  if (ImGui::CollapsingHeader(uiText(UiText::ConferenceScenes, lang), ImGuiTreeNodeFlags_DefaultOpen))
    m_scenes.draw(s, pixelScale);
  if (ImGui::CollapsingHeader(uiText(UiText::ConferencePolls, lang), ImGuiTreeNodeFlags_DefaultOpen)) m_polls.draw(s);
  if (ImGui::CollapsingHeader(uiText(UiText::ConferenceComments, lang), ImGuiTreeNodeFlags_DefaultOpen))
    m_comments.draw(s);
  ImGui::Separator();
  drawEditConference(s, *current);
  ImGui::SameLine();
  if (ImGui::SmallButton(uiText(UiText::ConferenceDelete, lang))) {
    const ConferenceId id = current->id;
    endConference(s, localNow());
    dispatch(s, deleteConferenceEdit(s.project, id));
    s.conference = ConferenceId();
  }
}

}  // namespace knp::app
