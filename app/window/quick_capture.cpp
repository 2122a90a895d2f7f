#include "window/quick_capture.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include <fmt/format.h>

#include "core/conference_session.hpp"
#include "core/document.hpp"
#include "core/quick_add.hpp"
#include "core/ui_text.hpp"
#include "edit/item_kind.hpp"
#include "window/inspector/item_picker.hpp"
#include "window/ui_probe.hpp"

namespace knp::app {
namespace {

// The form is read by the room as it is filled in, like the scene's caption.
constexpr float kFormFontScale = 1.25f;
constexpr const char* kPopup = "##quickCapture";

}  // namespace

void QuickCapture::reset(const AppState& s) {
  m_title.clear(), m_idea.clear();
  m_goal.reset();
  // The selected actors first: the one the room talks about is usually on the screen.
  std::vector<ActorId> actors;
  for (Vertex v : s.selection)
    if (v < boost::num_vertices(s.view.graph) && s.view.graph[v].kind == NodeKind::Actor)
      actors.push_back(s.project.actors.at(s.view.graph[v].index).id);
  for (const Actor& a : s.project.actors)
    if (actors.size() < 2 && (actors.empty() || actors.front() != a.id)) actors.push_back(a.id);
  m_lead = actors.empty() ? ActorId() : actors[0];
  m_partner = actors.size() > 1 ? actors[1] : ActorId();
  m_focusText = true;
}

bool QuickCapture::add(AppState& s) {
  std::string name;
  switch (m_what) {
    case What::Activity: {
      const QuickAdd made = captureActivity(s, m_title, m_lead, m_goal);
      if (made.edit.empty()) return false;
      dispatch(s, made.edit);
      name = itemName(s.project, *made.item);
      break;
    }
    case What::Cooperation: {
      const QuickAdd made = captureCooperation(s, m_lead, m_partner);
      if (made.edit.empty()) return false;
      dispatch(s, made.edit);
      name = itemName(s.project, *made.item);
      break;
    }
    case What::Idea: {
      const Edit idea = captureIdea(s, m_idea, ideaTarget(s), localToday());
      if (idea.empty()) return false;
      dispatch(s, idea);
      name = m_idea;
      break;
    }
  }
  s.message = fmt::format(fmt::runtime(uiText(UiText::CaptureAdded, s.language)), name);
  m_added = s.message;
  return true;
}

void QuickCapture::draw(AppState& s) {
  const Language lang = s.language;
  if (m_openRequested) {
    m_openRequested = false;
    reset(s);
    ImGui::OpenPopup(kPopup);
  }
  const ImGuiIO& io = ImGui::GetIO();
  const float font = ImGui::GetFontSize() * kFormFontScale;
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.45f), ImGuiCond_Appearing,
                          ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(io.DisplaySize.x * 0.9f, font * 34), 0));
  m_open = ImGui::BeginPopupModal(kPopup, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoSavedSettings);
  if (!m_open) return;
  ImGui::SetWindowFontScale(kFormFontScale);
  ImGui::TextUnformatted(uiText(UiText::CaptureTitle, lang));
  ImGui::Separator();
  const auto choose = [&](What what, UiText name) {
    if (ImGui::RadioButton(uiText(name, lang), m_what == what)) m_what = what, m_focusText = true;
    ImGui::SameLine(0, font);
  };
  choose(What::Activity, UiText::CaptureActivity);
  choose(What::Cooperation, UiText::CaptureCooperation);
  choose(What::Idea, UiText::CaptureIdea);
  ImGui::NewLine();
  // The labels' column as wide as the widest label (measured in the form's scaled font).
  float labels = 0;
  for (UiText name : {UiText::CaptureActivityTitle, UiText::Lead, UiText::CaptureGoalOptional, UiText::Actor,
                      UiText::CaptureWith})
    labels = std::max(labels, ImGui::CalcTextSize(uiText(name, lang)).x);
  labels += ImGui::GetStyle().ItemSpacing.x * 2 + ImGui::GetStyle().WindowPadding.x;
  auto row = [&](UiText name) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(uiText(name, lang));
    ImGui::SameLine(labels);
    ImGui::SetNextItemWidth(-1);
  };
  bool submit = false;
  bool ready = false;
  switch (m_what) {
    case What::Activity:
      row(UiText::CaptureActivityTitle);
      if (m_focusText) ImGui::SetKeyboardFocusHere();
      submit |= ImGui::InputText("##title", &m_title, ImGuiInputTextFlags_EnterReturnsTrue);
      probeLastItem("capture.title");
      if (ImGui::IsItemActive()) m_focusText = false;  // asked again until it has the keyboard
      row(UiText::Lead);
      pickOne("##lead", s.project, ItemKind::Actor, m_lead, lang);
      row(UiText::CaptureGoalOptional);
      pickOne("##goal", s.project, ItemKind::Goal, m_goal, lang);
      ready = !captureActivity(s, m_title, m_lead, m_goal).edit.empty();
      break;
    case What::Cooperation:
      row(UiText::Actor);
      pickOne("##from", s.project, ItemKind::Actor, m_lead, lang);
      row(UiText::CaptureWith);
      pickOne("##to", s.project, ItemKind::Actor, m_partner, lang);
      if (const QuickAdd made = captureCooperation(s, m_lead, m_partner); made.edit.empty() && made.item)
        ImGui::TextDisabled("%s", uiText(UiText::CaptureExists, lang));
      else
        ready = !made.edit.empty();
      submit |= ready && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) && !io.WantTextInput;
      break;
    case What::Idea: {
      if (!currentConference(s)) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", uiText(UiText::CaptureIdeaNoConference, lang));
        ImGui::PopTextWrapPos();
        break;
      }
      if (m_focusText) ImGui::SetKeyboardFocusHere();
      ImGui::SetNextItemWidth(-1);
      submit |= ImGui::InputText("##idea", &m_idea, ImGuiInputTextFlags_EnterReturnsTrue);
      if (ImGui::IsItemActive()) m_focusText = false;
      const std::string target = ideaTarget(s);
      const auto ref = itemRefFromKey(target);
      ImGui::PushTextWrapPos(0);
      if (ref)
        ImGui::TextDisabled("%s", fmt::format(fmt::runtime(uiText(UiText::CaptureIdeaAbout, lang)),
                                              itemName(s.project, *ref)).c_str());
      else
        ImGui::TextDisabled("%s", uiText(UiText::CaptureIdeaMap, lang));
      ImGui::PopTextWrapPos();
      ready = !captureIdea(s, m_idea, target, localToday()).empty();
      break;
    }
  }
  if (m_what != What::Idea && !conferenceRunning(s)) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", uiText(UiText::CaptureNotRunning, lang));
    ImGui::PopTextWrapPos();
  }
  ImGui::Separator();
  ImGui::BeginDisabled(!ready);
  submit |= ImGui::Button(uiText(UiText::CaptureAdd, lang));
  ImGui::EndDisabled();
  ImGui::SameLine();
  bool close = ImGui::Button(uiText(UiText::Cancel, lang));
  close |= ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
  if (submit && add(s)) close = true;
  if (close) ImGui::CloseCurrentPopup(), m_open = false;
  ImGui::EndPopup();
}

}  // namespace knp::app
