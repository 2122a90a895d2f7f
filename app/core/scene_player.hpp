#pragma once
// A conference's scenes on the projector: F5 starts at the first scene of the chosen
// conference, the clicker's keys step through them, the camera glides from one scene's view
// to the next, B blanks the screen, Esc ends. The state lives in AppState::sceneShow; the
// window draws it (window/presentation.cpp). No UI calls.
//
// Stepping clamps at both ends: "next" on the last scene and "back" on the first change
// nothing. A scene whose conference or index is gone since (deleted, undone) ends the show.
#include <cstddef>
#include <string>

#include "core/app_state.hpp"

namespace knp::app {

// How long the camera glides between two scenes of the same map, in seconds.
inline constexpr double kSceneGlideSeconds = 0.6;

// Why a show could not start.
enum class SceneStart { Started, NoConference, NoScenes };

// Whether the camera glides to the scene or is put there at once (screenshots, tests that
// need the final frame, the first scene of a show).
enum class Glide { Yes, No };

// Starts showing the chosen conference's scenes in presentation at scene `index` (0-based,
// clamped to the last): presenting on with the legend overlay off (L shows it), the scene
// applied (applyScene) without a glide, the screen not blanked. Nothing changes when no conference is chosen or it has no scenes.
SceneStart startScenes(AppState& s, std::size_t index, double pixelScale);

// Shows the next / previous scene (the camera gliding when `glide` says so and the scene
// shows the same abstraction as now; another map is cut to). While the screen is blanked the
// first press only brings the picture back. Returns false, changing nothing, at the end / the
// start, or without a show.
bool nextScene(AppState& s, double pixelScale, Glide glide);
bool previousScene(AppState& s, double pixelScale, Glide glide);

// Blanks the screen or brings the picture back (B, as a clicker's "blank" key).
void toggleBlank(AppState& s);

// Ends the show; presentation itself is left to the caller.
void stopScenes(AppState& s);

// The scene shown, or nullptr without a show or when its conference or index is gone.
const Scene* shownScene(const AppState& s);
// Whether the scene shown brings its own camera (then the map is not framed anew when the
// presentation's legend comes or goes); false without a show.
bool sceneHasCamera(const AppState& s);
// The number of scenes of the show's conference (0 without a show).
std::size_t shownSceneCount(const AppState& s);

// Advances the camera's glide by `seconds` (the frame's time) and puts the camera where the
// glide is; the glide ends exactly on the scene's camera. The first call after a step only
// starts the clock: that frame's time is mostly the idle wait before the key press (the loop
// sleeps while nothing moves), which would finish the glide at once. Returns true while it
// still moves (the window keeps rendering frames). O(1).
bool advanceGlide(AppState& s, double seconds);

// A heading for a scene taken from the map as it is now: the highlight's label when
// something is highlighted, else the map's name with the active filters and the focus in
// words ("Akteursnetz: Bildung, Kita"). O(filters).
std::string defaultSceneHeading(const AppState& s);

}  // namespace knp::app
