#include "core/scene_steps.hpp"

#include "core/conference_session.hpp"
#include "core/scene_player.hpp"
#include "core/scenes.hpp"
#include "edit/conference_edits.hpp"
#include "text/name_matching.hpp"

namespace knp::app {
namespace {

Edit sceneStep(const AppState& s, const Conference& changed, EditAction action, const std::string& heading) {
  EditLabel label = makeLabel(action, ItemKind::Actor);
  label.otherName = heading;
  return changeConferenceEdit(s.project, changed, std::move(label));
}

}  // namespace

Edit addSceneEdit(const AppState& s, double pixelScale) {
  const Conference* current = currentConference(s);
  if (!current) return {};
  Conference changed = *current;
  changed.scenes.push_back(captureScene(s, defaultSceneHeading(s), {}, pixelScale));
  return sceneStep(s, changed, EditAction::AddScene, changed.scenes.back().heading);
}

Edit changeSceneTextEdit(const AppState& s, std::size_t index, SceneText which, std::string text) {
  const Conference* current = currentConference(s);
  if (!current || index >= current->scenes.size()) return {};
  if (which == SceneText::Heading) {
    text = std::string(trimWhitespace(text));
    if (text.empty()) return {};
  }
  Conference changed = *current;
  Scene& scene = changed.scenes[index];
  (which == SceneText::Heading ? scene.heading : scene.caption) = std::move(text);
  if (changed == *current) return {};
  return sceneStep(s, changed, EditAction::ChangeScene, scene.heading);
}

Edit deleteSceneEdit(const AppState& s, std::size_t index) {
  const Conference* current = currentConference(s);
  if (!current || index >= current->scenes.size()) return {};
  Conference changed = *current;
  const std::string heading = changed.scenes[index].heading;
  changed.scenes.erase(changed.scenes.begin() + static_cast<std::ptrdiff_t>(index));
  return sceneStep(s, changed, EditAction::DeleteScene, heading);
}

}  // namespace knp::app
