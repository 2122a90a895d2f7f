// The Konferenz tab's scenes: the chosen conference's scenes in presentation order, each with
// its heading and caption edited in place, dragged into another place by its handle, shown on
// the map, presented from there or deleted; "+ Szene aus der aktuellen Karte" takes the map
// as it is now. Every change is one step (core/scene_steps.hpp).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstring>

#include <fmt/format.h>

#include "core/conference_session.hpp"
#include "core/document.hpp"
#include "core/scene_player.hpp"
#include "core/scene_steps.hpp"
#include "core/scenes.hpp"
#include "core/ui_text.hpp"
#include "edit/conference_edits.hpp"
#include "text/name_matching.hpp"
#include "window/panels/conference/sections.hpp"
#include "window/ui_probe.hpp"

namespace knp::app {
namespace {

constexpr const char* kScenePayload = "KNP_SCENE";  // drag and drop: the dragged scene's position

// What the user asked of the list in this frame; carried out after the list is drawn, since
// each changes the conference the list reads.
struct SceneAction {
  enum class Kind { None, Show, PresentFrom, Delete, Move, Heading, Caption } kind = Kind::None;
  std::size_t index = 0;
  std::size_t to = 0;  // Move
  std::string text;    // Heading, Caption
};

}  // namespace

std::optional<std::string> ScenesSection::editInPlace(const char* label, const std::string& stored, float height) {
  const ImGuiID id = ImGui::GetID(label);
  const bool mine = m_editing == id;
  std::string text = mine ? m_typed : stored;
  if (height > 0)
    ImGui::InputTextMultiline(label, &text, ImVec2(-1, height));
  else
    ImGui::InputText(label, &text);
  std::optional<std::string> done;
  if (ImGui::IsItemActive()) {
    m_editing = id, m_typed = text;
  } else if (mine) {
    m_editing = 0;
    if (ImGui::IsItemDeactivatedAfterEdit() && text != stored) done = std::move(text);
  }
  return done;
}

void ScenesSection::draw(AppState& s, double pixelScale) {
  const Language lang = s.language;
  const Conference* current = currentConference(s);
  if (!current) return;
  const float font = ImGui::GetFontSize();
  if (ImGui::Button(uiText(UiText::ScenesAdd, lang))) dispatch(s, addSceneEdit(s, pixelScale));
  probeLastItem("scene.add");
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(font * 25);
    ImGui::TextUnformatted(uiText(UiText::ScenesAddHint, lang));
    ImGui::TextDisabled("%s", defaultSceneHeading(s).c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
  current = currentConference(s);  // the step above replaced it
  const std::size_t count = current->scenes.size();
  if (count == 0) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", uiText(UiText::ScenesNone, lang));
    ImGui::PopTextWrapPos();
    return;
  }
  // Beside the add button where it fits, else below it (a narrow column at text size 1.5).
  const char* present = uiText(UiText::ScenesPresent, lang);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float presentWidth = ImGui::CalcTextSize(present).x + style.FramePadding.x * 2;
  ImGui::SameLine();
  if (ImGui::GetContentRegionAvail().x < presentWidth) ImGui::NewLine();
  if (ImGui::Button(present)) startScenes(s, 0, pixelScale);
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(font * 25);
    ImGui::TextUnformatted(uiText(UiText::ScenesKeysHint, lang));
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }

  SceneAction action;
  for (std::size_t i = 0; i < count; ++i) {
    const Scene& scene = current->scenes[i];
    // Scenes have no ids in the model: their position names them. It cannot change while a
    // field of the list has the keyboard (moving takes the mouse), so an edit stays on its scene.
    ImGui::PushID(static_cast<int>(i));
    ImGui::BeginGroup();
    ImGui::Button(fmt::format("{}.", i + 1).c_str());  // the handle to drag it by
    probeLastItem(fmt::format("scene.{}", i + 1));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", uiText(UiText::SceneDragHint, lang));
    if (ImGui::BeginDragDropSource()) {
      ImGui::SetDragDropPayload(kScenePayload, &i, sizeof i);
      ImGui::TextUnformatted(scene.heading.c_str());
      ImGui::EndDragDropSource();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    if (auto heading = editInPlace("##heading", scene.heading, 0)) {
      action = {SceneAction::Kind::Heading, i, 0, std::move(*heading)};
      if (trimWhitespace(action.text).empty()) s.message = uiText(UiText::SceneHeadingNeeded, lang);
    }
    if (ImGui::IsItemHovered() && !ImGui::IsItemActive()) ImGui::SetTooltip("%s", uiText(UiText::SceneHeading, lang));
    if (!scene.highlightLabel.empty())
      ImGui::TextDisabled("%s: %s", uiText(UiText::Highlight, lang), scene.highlightLabel.c_str());
    if (auto caption = editInPlace("##caption", scene.caption, ImGui::GetTextLineHeight() * 2.6f + font * 0.4f))
      action = {SceneAction::Kind::Caption, i, 0, std::move(*caption)};
    if (ImGui::IsItemHovered() && !ImGui::IsItemActive()) ImGui::SetTooltip("%s", uiText(UiText::SceneCaption, lang));
    if (ImGui::SmallButton(uiText(UiText::SceneShow, lang))) action = {SceneAction::Kind::Show, i, 0, {}};
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", uiText(UiText::SceneShowHint, lang));
    ImGui::SameLine();
    if (ImGui::SmallButton(uiText(UiText::ScenePresentFromHere, lang))) action = {SceneAction::Kind::PresentFrom, i, 0, {}};
    ImGui::SameLine();
    if (ImGui::SmallButton(uiText(UiText::Delete, lang))) action = {SceneAction::Kind::Delete, i, 0, {}};
    ImGui::EndGroup();
    if (ImGui::BeginDragDropTarget()) {
      if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(kScenePayload)) {
        std::size_t from = 0;
        std::memcpy(&from, payload->Data, sizeof from);
        action = {SceneAction::Kind::Move, from, i, {}};
      }
      ImGui::EndDragDropTarget();
    }
    ImGui::Separator();
    ImGui::PopID();
  }

  const ConferenceId id = current->id;
  switch (action.kind) {
    case SceneAction::Kind::None: break;
    case SceneAction::Kind::Show: {
      const Scene scene = current->scenes[action.index];  // a copy: applying may commit placements, a step
      applyScene(s, scene, pixelScale);
      break;
    }
    case SceneAction::Kind::PresentFrom: startScenes(s, action.index, pixelScale); break;
    case SceneAction::Kind::Delete: dispatch(s, deleteSceneEdit(s, action.index)); break;
    case SceneAction::Kind::Move: dispatch(s, moveSceneEdit(s.project, id, action.index, action.to)); break;
    case SceneAction::Kind::Heading:
      dispatch(s, changeSceneTextEdit(s, action.index, SceneText::Heading, std::move(action.text)));
      break;
    case SceneAction::Kind::Caption:
      dispatch(s, changeSceneTextEdit(s, action.index, SceneText::Caption, std::move(action.text)));
      break;
  }
}

}  // namespace knp::app
