#pragma once
// What changed between two states of a project ("what changed since last year's conference"):
// items added, removed and changed (which fields), coverage cells filled and emptied, gaps
// closed and opened, support chains mended and broken, cooperations begun and ended,
// suggestions taken up and indicators moved towards or away from their targets.
//
// Items are matched by kind and id. An item is changed when a field the user edits differs;
// `fields` names them as saved in the project file ("title", "partners", "values", ...), in
// the file's order. Lists of ids (partners, fields, goals, lifePhases, memberships) are
// compared as sets: putting the same partners in another order is no change. Positions on the
// map, saved views and conferences are not compared, nor `fromConference` (it records where an
// item was made, not what it is).
// Analyses run on both states with `options.filter` (coverage, gaps, support chains and
// cooperation suggestions as in their headers):
//  - a cell is filled when it had no activity before and has some now, emptied the other way;
//    every cell whose activity count changed is listed in `cells` (with both counts); a cell
//    whose field or phase exists in one state only has 0 activities in the other;
//  - gaps are matched by kind and subject (goal, phase, field, actor); closed: in old only;
//    opened: in new only;
//  - a chain (goal or field, in both states) is mended when it had breaks before and has none
//    now while still covering a phase (one that lost all its activities is not mended: its
//    goal shows as unserved), broken when a phase it covered before is a break now (it lost
//    coverage inside the chain; a chain that only reached a further phase, leaving uncovered
//    phases between, gained and is not broken);
//  - a cooperation begun: an actor pair (unordered) linked by a cooperation in new and by none
//    in old (ended: the other way); both actors must exist in the state that has the link;
//    listed in the order of the first cooperation linking the pair;
//  - a suggestion taken up: a pair of old's cooperation suggestions (top and per actor) that in
//    new works together (a cooperation or a shared counted activity, actor_network.hpp); each
//    pair once, the top list first, then the per-actor lists in order;
//  - an indicator moved: present in both with a latest value (the value of its latest year),
//    judged by new's direction and target: towards when new's latest value is better in its
//    direction than old's (higher for HigherIsBetter, lower for LowerIsBetter: closer to the
//    target, or further past it), away when worse; a Neutral indicator with a target (which
//    validation refuses) by the distance to the target. Unchanged latest values, equal
//    distances and Neutral indicators without a target are not listed.
// Lists are in new's project order (removed items and old-only findings in old's order);
// items kind by kind as the file lists them (fields, life phases, concepts, goals, actors,
// activities, cooperations, indicators).
// The diff of a project with itself is empty(). O(items log items + the analyses of both).
#include <optional>
#include <string>
#include <vector>

#include "analysis/activity_filter.hpp"
#include "analysis/cooperation_suggestions.hpp"
#include "analysis/gaps.hpp"
#include "analysis/support_chains.hpp"
#include "edit/item_kind.hpp"
#include "model/project.hpp"

namespace knp {

struct ItemChange {
  ItemRef item;
  std::string name;                 // as in new (removed: as in old)
  std::vector<std::string> fields;  // changed only: the saved names of the fields that differ
};

struct CellChange {
  FieldId field;
  LifePhaseId phase;
  std::size_t before = 0, after = 0;  // activities in the cell
};

struct ChainChange {
  std::optional<GoalId> goal;
  std::optional<FieldId> field;
  std::size_t breaksBefore = 0, breaksAfter = 0;
};

struct PairChange {
  ActorId first, second;  // new's project order (ended: old's)
};

struct IndicatorMove {
  IndicatorId indicator;
  std::optional<int> oldYear, newYear;
  double oldValue = 0.0, newValue = 0.0;
  bool towardsTarget = false;
};

struct DiffOptions {
  ActivityFilter filter = ActivityFilter::current();
};

struct ProjectDiff {
  std::vector<ItemChange> added, removed, changed;
  std::vector<CellChange> cells;  // every cell whose count changed, new's row-major order
  std::vector<CellChange> cellsFilled, cellsEmptied;
  std::vector<Gap> gapsClosed, gapsOpened;  // closed: as found in old
  std::vector<ChainChange> chainsMended, chainsBroken;
  std::vector<PairChange> cooperationsBegun, cooperationsEnded;
  std::vector<CooperationSuggestion> suggestionsTakenUp;  // as suggested in old
  std::vector<IndicatorMove> indicatorsTowards, indicatorsAway;

  bool empty() const;
};

ProjectDiff diffProjects(const Project& before, const Project& after, const DiffOptions& options = {});

// The project as it stood in `year`, judged by dates: activities whose startYear is after
// `year` are left out; an activity with an endYear after `year` whose status is Finished
// becomes Running (it still ran then); other activities stay as they are. Indicator values
// after `year`, conferences dated after `year` and goals' priority years after `year` are
// dropped; a fromConference naming a dropped conference is cleared; the map positions of the
// activities left out are dropped (other references to them, such as a saved view's focus,
// stay and read as unknown, as after deleting the item). Actors and cooperations have no
// dates and stay; so do targets. Used to compare a project with itself a year earlier (*Vergleichen
// mit …* an earlier year, `export --to progress --since YEAR`). O(items).
Project projectAsOfYear(const Project& project, int year);

}  // namespace knp
