#include "io/actor_grid_import.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <unordered_set>

#include <fmt/format.h>

#include "io/actor_grid_columns.hpp"
#include "io/grid_columns.hpp"
#include "io/grid_rows.hpp"
#include "io/grid_values.hpp"
#include "text/name_matching.hpp"
#include "text/quoting.hpp"

namespace knp {
namespace {

using ActorColumns = GridColumns<std::size_t>;  // numbered as actorGridColumns()

// The column of `role` in actorGridColumns(): the first, if several share it. O(columns).
std::size_t actorGridColumnOf(ActorGridRole role) {
  const std::span<const ActorGridColumn> known = actorGridColumns();
  std::size_t c = 0;
  while (c < known.size() && known[c].role != role) ++c;
  return c;
}

bool isActivityHeader(const std::string& header) {
  const std::string name = normaliseName(header);
  return name == "aktivitaet" || name == "activity";
}

}  // namespace

GridKind gridKindOf(const CellTable& table) {
  if (table.rows.empty()) return GridKind::Activities;
  bool actor = false, actorDetail = false;
  for (const std::string& header : table.rows.front()) {
    if (isActivityHeader(header)) return GridKind::Activities;
    const std::optional<std::size_t> column = knownColumnOf(header, actorGridColumns());
    if (!column) continue;
    const ActorGridRole role = actorGridColumns()[*column].role;
    if (role == ActorGridRole::Key) actor = true;
    else if (role == ActorGridRole::Text) actorDetail = true;
  }
  return actor && actorDetail ? GridKind::Actors : GridKind::Activities;
}

RasterImport importGrid(const Project& project, const CellTable& table) {
  return gridKindOf(table) == GridKind::Actors ? importActorGrid(project, table) : importRaster(project, table);
}

RasterImport importActorGrid(const Project& project, const CellTable& table) {
  RasterImport result;
  result.project = project;
  Project& p = result.project;
  if (rejectEmptyGrid(table, result)) return result;
  const std::span<const ActorGridColumn> known = actorGridColumns();
  const ActorColumns columns(table, known, result.problems);
  const std::size_t key = actorGridColumnOf(ActorGridRole::Key);
  if (!columns.has(key)) {
    result.fatal = true;
    addProblem(result.problems, RasterProblem{Severity::Error, columns.headerLine(), {},
                                              fmt::format("required column \"{}\" is missing", known[key].header)});
    return result;
  }

  ItemLookup<Actor> actors(p.actors, [](const Actor& a) { return a.name; });
  TakenIds actorIds;
  for (const Actor& a : p.actors) actorIds.insert(a.id.value);
  std::unordered_set<std::size_t> seen;  // actors named by an earlier row

  struct RowPlan {
    std::string name;                     // the Key cell: the actor's name or id
    std::optional<std::size_t> existing;  // the project's actor it names, if any
  };
  // Every cell the table refuses is an error of its row (in the grid, at most the Key's and the
  // type's), as is a second row for one actor.
  auto checkRow = [&](GridRow<std::size_t>& row) {
    for (std::size_t c = 0; c < known.size(); ++c)
      if (const std::optional<std::string> text = row.cell(c))
        if (std::optional<std::string> problem = known[c].problemWith(*text)) row.fail(c, std::move(*problem));
    RowPlan plan{*row.cell(key), std::nullopt};
    if (row.failed()) return plan;
    plan.existing = actors.find(plan.name);
    if (plan.existing && !seen.insert(*plan.existing).second)
      row.fail(key, fmt::format("{} has a row above already", quote(plan.name)));
    return plan;
  };
  // Finds or creates the actor, then stores every column the grid has but the Key into it.
  auto applyRow = [&](const GridRow<std::size_t>& row, const RowPlan& plan) {
    Actor* actor = nullptr;
    std::optional<Actor> was;  // an existing actor as it was, to tell a change from none
    if (plan.existing) {
      actor = &p.actors[*plan.existing];
      was = *actor;
    } else {
      Actor fresh;
      fresh.id = ActorId(idFrom(plan.name, actorIds));
      known[key].store(fresh, plan.name);
      seen.insert(p.actors.size());
      actors.add(fresh.id.value, fresh.name, p.actors.size());
      p.actors.push_back(fresh);
      actor = &p.actors.back();
      ++result.actorsCreated;
    }
    for (std::size_t c = 0; c < known.size(); ++c)
      if (const std::optional<std::string> text = row.cell(c); text && c != key) known[c].store(*actor, *text);
    if (was) ++(*actor == *was ? result.actorsUnchanged : result.actorsUpdated);
  };
  forEachGridRow(table, columns, result, checkRow, applyRow);
  refuseInvalidResult(result);
  return result;
}

}  // namespace knp
