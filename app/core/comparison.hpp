#pragma once
// *Vergleichen mit …* without UI: the open project compared with another state of it, either
// another project file (last year's, as the office kept it) or the open project as it stood
// in an earlier year (projectAsOfYear: by the activities' start and end years). The other
// state is "before", the open project "after" (diff/project_diff.hpp).
//
// A Comparison keeps the other state, the diff and what the map draws of it: per vertex of
// the map's view a ChangeMark (the item is new, or one of its fields differs) and the ghosts
// of removed items that the view would draw as nodes. comparison_state.hpp keeps them current
// while the project is edited.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <unordered_map>
#include <string>
#include <variant>
#include <vector>

#include "analysis/activity_filter.hpp"
#include "diff/project_diff.hpp"
#include "layouts/point.hpp"
#include "model/project.hpp"
#include "text/language.hpp"
#include "view/project_graph.hpp"

namespace knp::app {

// What the open project is compared with: a file, or a year. Exactly one is set.
struct ComparisonSource {
  std::optional<std::filesystem::path> file;
  std::optional<int> year;
};

enum class ChangeMark : std::uint8_t { None, Added, Changed };

// A removed item the map's view would draw as a node. Where it is drawn follows the map
// (comparison_state.hpp ghostPosition): the mean of its former neighbours still on the map,
// else where the other file placed it.
struct ComparisonGhost {
  std::string key;  // node key, as in the other state ("actor:awo")
  NodeKind kind = NodeKind::Actor;
  std::string name;
  std::vector<Vertex> anchors;           // its former neighbours, as vertices of the map's view
  std::optional<layouts::Point> stored;  // the other file's position of the node
};

struct Comparison {
  ComparisonSource source;
  Project before;  // the other state; for a year rebuilt from the open project at each refresh
  ProjectDiff diff;
  // What the diff and the marks were computed for (comparison_state.hpp): the project's data
  // revision and the analyses' filter. UINT64_MAX: not yet.
  std::uint64_t revision = UINT64_MAX;
  ActivityFilter filter;
  // The state's marksRevision at the last recomputation: unique across comparisons, so that
  // what was made of one (the tab's text) is never taken for another's.
  std::uint64_t generation = 0;
  std::vector<std::pair<Vertex, ChangeMark>> marked;     // the map's vertices with a mark, in vertex order
  std::vector<ComparisonGhost> ghosts;                   // removed items drawn on the map
  // Cooperations begun and ended (actor pairs of the diff) whose two actors the view draws, as
  // vertex pairs: the map draws a begun one as a green line, an ended one dashed in grey.
  std::vector<std::pair<Vertex, Vertex>> begun, ended;
  // Removed items of kinds the view draws that have no ghost (no former neighbour on the map,
  // no position in the other file): listed only.
  std::vector<ItemChange> removedOffMap;
  // Index into diff.cells by field and phase id ("FIELD\x1fPHASE"), for the heatmap's cells.
  std::unordered_map<std::string, std::size_t> cellIndex;
  // The open project's state year (report/progress_model.hpp stateYear) at the last
  // recomputation: edits may move it to or before a compared year, which the tab then says.
  std::optional<int> standsIn;
};

// Why a comparison could not start, in the UI's language; `details` are the problems of a
// file that did not load (describe(), one line each).
struct ComparisonRefusal {
  std::string message;
  std::vector<std::string> details;
};

// Starts a comparison of `current` with `source`:
//   file  read with the project reader (never written; older formats migrated); a file that
//         does not load is refused with its problems;
//   year  refused unless it lies before the project's state year (report/progress_model.hpp
//         stateYear; without one, any year from 1900 to 2200 is taken).
// The diff is not computed yet (revision UINT64_MAX): refreshComparison does it with the
// map's filter. O(size of the file) for a file, O(1) for a year.
std::variant<Comparison, ComparisonRefusal> openComparison(const Project& current, const ComparisonSource& source,
                                                           Language language);

// What the other state is called in the tab, the legend and the status line: the file's name
// ("hattingen-2012.json") or "Stand 2012" / "as of 2012". O(length).
std::string comparisonLabel(const ComparisonSource& source, Language language);

// How many findings the comparison lists (items added, removed and changed, cells changed,
// gaps, chains, cooperations, suggestions, indicators): what the tab's title counts. O(1).
std::size_t findingCount(const ProjectDiff& diff);

}  // namespace knp::app
