#pragma once
// What changed between two states of a project ("what changed since last year's conference"):
// items added, removed and changed (which fields), coverage cells filled and emptied, gaps
// closed and opened, support chains mended and broken, cooperations begun and ended,
// suggestions taken up and indicators moved towards or away from their targets.
//
// Items are matched by kind and id. An item is changed when a field the user edits differs;
// `fields` names them as saved in the project file ("title", "partners", "values", ...).
// Positions on the map, saved views and conferences are not compared.
// Analyses run on both states with `options.filter` (coverage, gaps, support chains and
// cooperation suggestions as in their headers):
//  - a cell is filled when it had no activity before and has some now, emptied the other way;
//    every cell whose activity count changed is listed in `cells` (with both counts);
//  - gaps are matched by kind and subject (goal, phase, field, actor); closed: in old only;
//    opened: in new only;
//  - a chain (goal or field) is mended when it had breaks before and none now, broken the
//    other way;
//  - a cooperation begun: an actor pair (unordered) linked by a cooperation in new and by none
//    in old (ended: the other way); both actors must exist in the state that has the link;
//  - a suggestion taken up: a pair of old's cooperation suggestions (top and per actor) that in
//    new works together (a cooperation or a shared counted activity, actor_network.hpp);
//  - an indicator moved: present in both with a latest value; towards its target when new's
//    latest value is closer to the target than old's (or, without a target, in its direction),
//    away when farther; unchanged latest values and neutral indicators without target are not
//    listed.
// Lists are in new's project order (removed items and old-only findings in old's order).
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
// dropped; a fromConference naming a dropped conference is cleared. Actors and cooperations
// have no dates and stay. Used to compare a project with itself a year earlier (*Vergleichen
// mit …* an earlier year, `export --to progress --since YEAR`). O(items).
Project projectAsOfYear(const Project& project, int year);

}  // namespace knp
