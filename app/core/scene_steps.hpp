#pragma once
// The Konferenz tab's steps on the chosen conference's scenes, each one step of the history
// (changeConferenceEdit with the scene's heading in the label): a scene taken from the map,
// its heading or caption changed, a scene deleted. Reordering is moveSceneEdit
// (edit/conference_edits.hpp). No UI calls.
#include <cstddef>
#include <string>

#include "core/app_state.hpp"
#include "edit/edit.hpp"

namespace knp::app {

// Appends the map as it is now as a scene of the chosen conference, headed by
// defaultSceneHeading (scene_player.hpp), without a caption. Empty edit without a chosen
// conference. O(V + highlight).
Edit addSceneEdit(const AppState& s, double pixelScale);

// Sets the heading / caption of scene `index` of the chosen conference. Empty edit when
// nothing changes, the index is out of range, there is no chosen conference, or the heading
// would be blank (a scene needs one).
enum class SceneText { Heading, Caption };
Edit changeSceneTextEdit(const AppState& s, std::size_t index, SceneText which, std::string text);

// Deletes scene `index` of the chosen conference; empty edit when out of range.
Edit deleteSceneEdit(const AppState& s, std::size_t index);

}  // namespace knp::app
