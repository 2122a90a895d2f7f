#pragma once
// The comparison (core/comparison.hpp) inside the window's state: started, ended, and kept
// current while the project is edited, the abstraction changes or the year/status filter
// changes. No UI calls.
#include <optional>
#include <string>

#include "core/app_state.hpp"
#include "core/comparison.hpp"

namespace knp::app {

// Opens `source` (openComparison) and makes it the comparison the window shows, computed at
// once; a comparison shown before ends. On refusal nothing changes and the refusal is
// returned. The message line says what is compared with what.
std::optional<ComparisonRefusal> startComparison(AppState& s, const ComparisonSource& source);

// Ends the comparison: the marks, ghosts and the heatmap's changes disappear. O(1).
void endComparison(AppState& s);

// Recomputes the comparison when the project's data revision or the analyses' filter
// (analysisFilterOf(s.filters)) changed since it was computed: for a year, the earlier state
// is rebuilt from the open project (projectAsOfYear), then diffProjects(before, project) with
// that filter, then the marks and ghosts for the current view:
//  - marks: an added item the view draws as a node is Added, a changed one Changed;
//  - begun and ended: the cooperations begun and ended between actors the view draws;
//  - ghosts: a removed item the other state's view of the same abstraction draws as a node
//    becomes a ghost with its former neighbours still on the map as anchors and the other
//    file's position of that node; one with neither is listed only (removedOffMap).
// Returns whether it recomputed. Without a comparison: false. O(diffProjects + V + E of both views).
bool refreshComparison(AppState& s);

// Where `ghost` is drawn now, in world units: the mean position of its anchors, nudged by half
// the map's typical node spacing away from the centre of `mapBox` (the bounding box of
// s.positions; so that a ghost with one former neighbour does not cover it); without anchors
// its stored position; nullopt when it has neither. O(anchors).
std::optional<layouts::Point> ghostPosition(const AppState& s, const ComparisonGhost& ghost, const layouts::Box& mapBox);

// How many added, changed and removed items the map's view does not draw (kinds its
// abstraction leaves out, such as activities on the actor network): the tab says so, so that
// an empty-looking map is not read as "nothing changed". O(changed items).
std::size_t changesOffMap(const AppState& s);

// The mark of vertex `v`; None without a comparison, for an unmarked or unknown vertex.
// O(log marked).
ChangeMark changeMarkOf(const AppState& s, Vertex v);

// The change of the coverage cell field × phase (activities before and after); nullptr without
// a comparison or when the count did not change. O(1) average.
const CellChange* cellChangeOf(const AppState& s, const FieldId& field, const LifePhaseId& phase);

// Whether the comparison is with a year the open project no longer stands after (edits moved
// its state year to it or before): the tab asks for an earlier one. O(1).
bool yearNoLongerEarlier(const Comparison& comparison);

}  // namespace knp::app
