#include "core/scene_player.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/conference_session.hpp"
#include "core/node_style.hpp"
#include "core/scenes.hpp"
#include "core/ui_text.hpp"
#include "text/labels.hpp"

namespace knp::app {
namespace {

const Conference* showConference(const AppState& s) {
  return s.sceneShow ? findConference(s.project, s.sceneShow->conference) : nullptr;
}

// Applies scene `index` of the show; glides from the camera shown so far when asked and the
// map stays the same abstraction (positions of another abstraction are another world).
void showScene(AppState& s, std::size_t index, double pixelScale, Glide glide) {
  const Conference* conference = showConference(s);
  if (!conference || index >= conference->scenes.size()) return;
  const Scene scene = conference->scenes[index];  // a copy: applying may commit placements, a step
  const Camera before = s.camera;
  const Abstraction graphBefore = s.graph;
  applyScene(s, scene, pixelScale);
  s.sceneShow->index = index;
  s.sceneShow->blank = false;
  s.sceneShow->glide.reset();
  // A scene without a camera is framed by the canvas ("fit all"): nothing to glide to.
  if (glide == Glide::Yes && s.graph == graphBefore && !s.fitPending) {
    s.sceneShow->glide = CameraGlide{before, s.camera, kSceneGlideSeconds, 0.0, false};
    s.camera = before;
  }
}

}  // namespace

SceneStart startScenes(AppState& s, std::size_t index, double pixelScale) {
  const Conference* conference = currentConference(s);
  if (!conference) return SceneStart::NoConference;
  if (conference->scenes.empty()) return SceneStart::NoScenes;
  s.sceneShow = AppState::SceneShow{conference->id, 0, false, std::nullopt};
  s.presenting = true;
  s.presentationLegend = false;  // the caption tells the story; L brings the legend back
  showScene(s, std::min(index, conference->scenes.size() - 1), pixelScale, Glide::No);
  return SceneStart::Started;
}

bool nextScene(AppState& s, double pixelScale, Glide glide) {
  if (!shownScene(s)) return false;
  if (s.sceneShow->blank) {
    s.sceneShow->blank = false;
    return true;
  }
  if (s.sceneShow->index + 1 >= shownSceneCount(s)) return false;
  showScene(s, s.sceneShow->index + 1, pixelScale, glide);
  return true;
}

bool previousScene(AppState& s, double pixelScale, Glide glide) {
  if (!shownScene(s)) return false;
  if (s.sceneShow->blank) {
    s.sceneShow->blank = false;
    return true;
  }
  if (s.sceneShow->index == 0) return false;
  showScene(s, s.sceneShow->index - 1, pixelScale, glide);
  return true;
}

void toggleBlank(AppState& s) {
  if (s.sceneShow) s.sceneShow->blank = !s.sceneShow->blank;
}

void stopScenes(AppState& s) {
  if (s.sceneShow && s.sceneShow->glide) s.camera = s.sceneShow->glide->to;  // end where the scene is
  s.sceneShow.reset();
}

const Scene* shownScene(const AppState& s) {
  const Conference* conference = showConference(s);
  if (!conference || s.sceneShow->index >= conference->scenes.size()) return nullptr;
  return &conference->scenes[s.sceneShow->index];
}

bool sceneHasCamera(const AppState& s) {
  const Scene* scene = shownScene(s);
  return scene && scene->view.camera && scene->view.camera->scale > 0;
}

std::size_t shownSceneCount(const AppState& s) {
  const Conference* conference = showConference(s);
  return conference ? conference->scenes.size() : 0;
}

bool advanceGlide(AppState& s, double seconds) {
  if (!s.sceneShow || !s.sceneShow->glide) return false;
  CameraGlide& glide = *s.sceneShow->glide;
  if (!glide.clockStarted)
    glide.clockStarted = true;
  else
    glide.elapsed += std::max(0.0, seconds);
  s.camera = glideCamera(glide.from, glide.to, glide.duration > 0 ? glide.elapsed / glide.duration : 1.0);
  if (!glide.done()) return true;
  s.sceneShow->glide.reset();
  return false;
}

std::string defaultSceneHeading(const AppState& s) {
  if (!s.highlight.empty() && !s.highlightLabel.empty()) return s.highlightLabel;
  const Language lang = s.language;
  const Project& p = s.project;
  std::string words;
  auto add = [&](std::string_view word) {
    words += words.empty() ? "" : ", ";
    words += word;
  };
  for (const FieldId& id : s.filters.fields)
    if (const Field* f = findField(p, id)) add(f->name);
  for (const LifePhaseId& id : s.filters.lifePhases)
    if (const LifePhase* ph = findLifePhase(p, id)) add(ph->name);
  for (const ConceptId& id : s.filters.concepts)
    if (const Concept* c = findConcept(p, id)) add(c->name);
  for (ActorType type : s.filters.actorTypes) add(label(type, lang));
  for (ActivityStatus status : s.filters.statuses) add(label(status, lang));
  if (s.filters.year) add(fmt::format("{} {}", uiText(UiText::Year, lang), *s.filters.year));
  if (s.focus && *s.focus < boost::num_vertices(s.view.graph))
    add(fmt::format("{}: {}", uiText(UiText::Focus, lang), nodeName(s, *s.focus)));
  const std::string map = uiText(abstractionName(s.graph), lang);
  return words.empty() ? map : map + ": " + words;
}

}  // namespace knp::app
