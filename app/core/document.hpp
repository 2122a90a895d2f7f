#pragma once
// The document behind the window: every change to the project goes through dispatch(), which
// records it in the undo history and brings the map up to date; undo, redo and jumps in the
// history do the same backwards. Positions that a layout or a drag produce are committed as
// steps too, so the saved file is always what the history says. No UI calls.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

#include "core/app_state.hpp"
#include "edit/edit.hpp"
#include "view/new_node_placement.hpp"

namespace knp::app {

// Applies `edit`: first commits positions a layout or drag left uncommitted, places nodes the
// edit adds next to their neighbours (the first at `dropPoint` when given) within the same
// step, records it and refreshes the map, keeping selection, focus and camera where the nodes
// still exist. Returns false when the edit changes nothing. An edit that does not fit the
// project (a bug) changes nothing, sets the message and returns false.
bool dispatch(AppState& s, const Edit& edit, std::optional<MapPoint> dropPoint = std::nullopt);

// Undo / redo one step (first committing uncommitted positions, so a running layout is undone
// as a whole); false when there is nothing to undo or redo.
bool undo(AppState& s);
bool redo(AppState& s);
// Goes to the state after `position` steps (0: as opened).
void jumpToStep(AppState& s, std::size_t position);

// Writes the live positions, pins and layout choice into the project when they differ from
// it: as the step `label` (a drag, a pin), as "Anordnen: LAYOUT" when a layout the user
// started produced them, silently (the state as opened) when they come from the layout that
// placed an unarranged project at opening. No-op when nothing differs.
void commitPlacements(AppState& s, std::optional<EditLabel> label = std::nullopt);

// Shows `graph` instead of the current abstraction: the current one's positions are kept in
// the project's map (commitPlacements), the new one's are taken from there or laid out with
// its default layout (the sectors for fields × phases, else the force layout); filters stay;
// framed anew. The choice itself is stored with the next commit of the map. O(V + E).
void setAbstraction(AppState& s, Abstraction graph);

// Once per frame, after the layout advanced: commits a layout that came to rest.
void settleLayout(AppState& s);

// Whether the project differs from the file it was opened from or last saved to.
bool hasUnsavedChanges(const AppState& s);

// A new project: the Hattingen concept's framework (fields, life phases, concepts, goals)
// from the embedded example and nothing else, titled "Neues Projekt".
Project newProjectFramework();

// "• NAME – Knotenpunkt" with the mark while there are unsaved changes.
std::string windowTitle(const AppState& s);

// Replaces the document by `project` (open, new, restore): a fresh history, the map rebuilt
// and framed. `file` none: never saved. `saved` says whether it equals its file on disk
// (false for a restored recovery copy).
enum class DiskState { Saved, Unsaved };
void replaceDocument(AppState& s, Project project, std::optional<std::filesystem::path> file, DiskState saved);

// The one step that applies an import (grid or network file): the imported project's items,
// with the map as it is now (new nodes are placed by dispatch()). Labelled "Importieren: FILE".
Edit importEdit(const Project& current, const Project& imported, const std::string& fileName);

// Pins or frees a node as one step (a no-op when it already is).
void setPin(AppState& s, Vertex v, PinState pin);

}  // namespace knp::app
