#pragma once
// Saved views (filters, focus, camera and layout under a name) and saving the project with
// its map state. No UI calls.
#include <filesystem>
#include <optional>
#include <string>

#include "core/app_state.hpp"
#include "io/outcome.hpp"

namespace knp::app {

// The current filters, focus, camera and layout as a view named `name`. `pixelScale` is the
// current font size divided by the base font size: cameras are stored at UI scale 1, so a
// view looks the same on a projector with a larger text size.
SavedView captureView(const AppState& s, std::string name, double pixelScale);

// Stores `view` in project.map.views, replacing one of the same name, as one step. Returns
// false (and stores nothing) for an empty name.
bool storeView(AppState& s, SavedView view);

// Deletes the view named `name` as one step (nothing when there is none).
void deleteView(AppState& s, std::string_view name);

// Returns to `view`: its filters, its focus (ignored when the node no longer exists), its
// camera (or fit all) and its layout (started when it differs from the current one).
void applyView(AppState& s, const SavedView& view, double pixelScale);

// The view named `name`, or nullptr.
const SavedView* findView(const Project& project, std::string_view name);

// Runs a running layout to its end, commits positions, pins and the layout choice as a step
// (document.hpp) and saves the project atomically at `path` (keeping PATH.bak). On success
// the state remembers the path and has no unsaved changes; on failure returns saveProjectFile's
// problem, the file on disk is untouched and the document stays unsaved. `notice`, when given,
// is set when the save succeeded but could not keep the file's owner (writeFileAtomically).
Outcome<void> saveProject(AppState& s, const std::filesystem::path& path, std::string* notice = nullptr);

}  // namespace knp::app
