#include "io/raster_import.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "io/grid_columns.hpp"
#include "io/grid_rows.hpp"
#include "io/grid_values.hpp"
#include "io/project_json.hpp"
#include "text/name_matching.hpp"
#include "text/quoting.hpp"

namespace knp {
namespace {

enum class Column { Id, Actor, ActorType, Activity, Description, Field, Goals, LifePhases, Partners, Status, Start, End };
constexpr std::size_t kColumnCount = 12;

// Accepted headers per column, normalised (normaliseName): the German ones of the Raster and
// their English equivalents.
constexpr std::array<ColumnNames<Column>, kColumnCount> kHeaders{{
    {Column::Id, {"id", "", ""}},
    {Column::Actor, {"akteur", "actor", ""}},
    {Column::ActorType, {"akteurstyp", "actor type", "akteursart"}},
    {Column::Activity, {"aktivitaet", "activity", ""}},
    {Column::Description, {"beschreibung", "description", ""}},
    {Column::Field, {"handlungsfeld", "handlungsfelder", "field"}},
    {Column::Goals, {"ziele", "ziel", "goals"}},
    {Column::LifePhases, {"lebensphasen", "lebensphase", "life phases"}},
    {Column::Partners, {"partner", "partners", ""}},
    {Column::Status, {"status", "", ""}},
    {Column::Start, {"beginn", "start", ""}},
    {Column::End, {"ende", "end", ""}},
}};
static_assert(inColumnOrder(kHeaders));

// One data row, checked before anything is applied.
struct RowPlan {
  std::string actorName;           // lead, as typed
  std::vector<std::string> partnerNames;
  std::optional<ActorType> actorType;
  std::optional<std::string> id;
  std::string title;
  std::optional<std::string> description;
  std::optional<std::vector<FieldId>> fields;
  std::optional<std::vector<GoalId>> goals;
  std::optional<std::vector<LifePhaseId>> phases;
  std::optional<ActivityStatus> status;
  bool hasStart = false, hasEnd = false;
  std::optional<int> start, end;
  std::optional<std::size_t> existing;  // the project's activity of `id`, which the row updates
};

}  // namespace

RasterImport importRaster(const Project& project, const CellTable& table) {
  RasterImport result;
  result.project = project;
  Project& p = result.project;
  // The actors the project had (an actor the grid creates is not "updated" later on), and those
  // a lead's type changed already (each counted once).
  const std::size_t originalActors = p.actors.size();
  std::unordered_set<std::size_t> retyped;
  if (rejectEmptyGrid(table, result)) return result;
  const GridColumns<Column> columns(table, kHeaders, result.problems);
  const std::size_t headerLine = columns.headerLine();
  for (auto [column, name] : {std::pair{Column::Actor, "Akteur"}, std::pair{Column::Activity, "Aktivität"}})
    if (!columns.has(column)) {
      result.fatal = true;
      addProblem(result.problems,
                 RasterProblem{Severity::Error, headerLine, {}, fmt::format("required column \"{}\" is missing", name)});
    }
  if (result.fatal) return result;

  ItemLookup<Actor> actors(p.actors, [](const Actor& a) { return a.name; });
  ItemLookup<Field> fields(p.fields, [](const Field& f) { return f.name; });
  ItemLookup<Goal> goals(p.goals, [](const Goal& g) { return g.title; });
  ItemLookup<LifePhase> phases(p.lifePhases, [](const LifePhase& l) { return l.name; });
  // An ID names an activity the project had before this import (exactly, or ignoring case and
  // spaces as a spreadsheet may change them); activities the grid creates are never targets.
  std::unordered_map<std::string, std::size_t> existingById, existingByNormalisedId;
  for (std::size_t i = 0; i < p.activities.size(); ++i) {
    existingById.emplace(p.activities[i].id.value, i);
    existingByNormalisedId.emplace(normaliseName(p.activities[i].id.value), i);
  }
  auto existingActivity = [&](const std::string& id) -> std::optional<std::size_t> {
    if (auto it = existingById.find(id); it != existingById.end()) return it->second;
    if (auto it = existingByNormalisedId.find(normaliseName(id)); it != existingByNormalisedId.end()) return it->second;
    return std::nullopt;
  };
  TakenIds actorIds, activityIds;
  for (const Actor& a : p.actors) actorIds.insert(a.id.value);
  for (const Activity& a : p.activities) activityIds.insert(a.id.value);
  // Every explicit ID of the grid is reserved first, so that no id made from a title takes it.
  for (std::size_t r = 1; r < table.rows.size(); ++r)
    if (const auto id = columns.cell(table.rows[r], Column::Id); id && !trimWhitespace(*id).empty())
      activityIds.insert(std::string(trimWhitespace(*id)));
  std::unordered_set<std::string> idsInGrid;  // normalised

  // Checks a row, reporting its errors, and returns what applying it needs.
  auto checkRow = [&](GridRow<Column>& row) {
    RowPlan plan;
    plan.actorName = normaliseName(*row.cell(Column::Actor)).empty() ? std::string() : *row.cell(Column::Actor);
    if (plan.actorName.empty()) row.fail(Column::Actor, "empty: every activity needs its lead actor");
    plan.title = *row.cell(Column::Activity);
    if (normaliseName(plan.title).empty()) row.fail(Column::Activity, "empty: every row needs the activity's title");
    if (auto id = row.cell(Column::Id); id && !normaliseName(*id).empty()) {
      plan.id = std::string(trimWhitespace(*id));
      if (!idsInGrid.insert(normaliseName(*plan.id)).second)
        row.fail(Column::Id, fmt::format("ID {} appears twice in the grid", quote(*plan.id)));
    }
    if (auto type = row.cell(Column::ActorType); type && !normaliseName(*type).empty()) {
      plan.actorType = actorTypeOf(*type);
      if (!plan.actorType)
        row.fail(Column::ActorType, fmt::format("unknown actor type {}{}", quote(*type), actorTypeSuggestion(*type)));
    }
    plan.description = row.cell(Column::Description);
    // Several values that must name existing items.
    auto resolve = [&](Column column, const auto& lookup, const auto& items, auto& target, const char* what) {
      auto text = row.cell(column);
      if (!text) return;
      target.emplace();
      std::unordered_set<std::size_t> taken;  // item indices already in `target`
      for (const std::string& value : splitValues(*text)) {
        if (auto i = lookup.find(value)) {
          if (taken.insert(*i).second) target->push_back(items[*i].id);
        } else {
          row.fail(column,
                   [&] { return fmt::format("unknown {} {}{}", what, quote(value), lookup.suggestion(value)); });
        }
      }
    };
    resolve(Column::Field, fields, p.fields, plan.fields, "field");
    resolve(Column::Goals, goals, p.goals, plan.goals, "goal");
    resolve(Column::LifePhases, phases, p.lifePhases, plan.phases, "life phase");
    if (auto partners = row.cell(Column::Partners)) plan.partnerNames = splitValues(*partners);
    if (auto status = row.cell(Column::Status); status && !normaliseName(*status).empty()) {
      plan.status = statusOf(*status);
      if (!plan.status)
        row.fail(Column::Status,
                 fmt::format("unknown status {} (expected geplant, laufend or abgeschlossen)", quote(*status)));
    }
    for (auto [column, hasYear, year] : {std::tuple{Column::Start, &plan.hasStart, &plan.start},
                                         std::tuple{Column::End, &plan.hasEnd, &plan.end}}) {
      auto text = row.cell(column);
      if (!text) continue;
      *hasYear = true;
      if (normaliseName(*text).empty()) continue;
      *year = yearOf(*text);
      if (!*year) row.fail(column, fmt::format("{} is not a year", quote(*text)));
    }
    if (plan.start && plan.end && *plan.end < *plan.start)
      row.fail(Column::End, fmt::format("ends ({}) before it begins ({})", *plan.end, *plan.start));
    // An update keeps the years of columns the grid lacks: the row must fit them too.
    plan.existing = plan.id ? existingActivity(*plan.id) : std::nullopt;
    if (plan.existing && !(plan.hasStart && plan.hasEnd)) {
      const Activity& before = p.activities[*plan.existing];
      const std::optional<int> start = plan.hasStart ? plan.start : before.startYear;
      const std::optional<int> end = plan.hasEnd ? plan.end : before.endYear;
      if (start && end && *end < *start)
        row.fail(plan.hasStart ? Column::Start : Column::End,
                 plan.hasStart
                     ? fmt::format("begins in {}, after the activity's end in {}; the grid has no column Ende "
                                   "to change that",
                                   *start, *end)
                     : fmt::format("ends in {}, before the activity's start in {}; the grid has no column "
                                   "Beginn to change that",
                                   *end, *start));
    }
    return plan;
  };
  // Applies a row without error: actors first (found or created), then the activity.
  auto applyRow = [&](const GridRow<Column>&, const RowPlan& plan) {
    auto actorFor = [&](const std::string& name, std::optional<ActorType> type) {
      if (auto i = actors.find(name)) {
        // A type given in the grid is applied (the export writes the lead's type there).
        if (type && p.actors[*i].type != *type) {
          p.actors[*i].type = *type;
          if (*i < originalActors && retyped.insert(*i).second) ++result.actorsUpdated;
        }
        return p.actors[*i].id;
      }
      Actor actor;
      actor.id = ActorId(idFrom(name, actorIds));
      actor.name = name;
      actor.type = type.value_or(ActorType::Other);
      actors.add(actor.id.value, actor.name, p.actors.size());
      p.actors.push_back(actor);
      ++result.actorsCreated;
      return actor.id;
    };
    const ActorId lead = actorFor(plan.actorName, plan.actorType);
    std::vector<ActorId> partners;
    std::unordered_set<std::string> partnerIds;  // a set: a cell may name 100,000 partners
    for (const std::string& name : plan.partnerNames) {
      const ActorId id = actorFor(name, std::nullopt);
      if (id != lead && partnerIds.insert(id.value).second) partners.push_back(id);
    }

    Activity* activity = nullptr;
    std::optional<Activity> was;  // an existing activity as it was, to tell a change from none
    if (plan.existing) {
      activity = &p.activities[*plan.existing];
      was = *activity;
    }
    if (!activity) {
      Activity fresh;
      fresh.id = ActivityId(plan.id ? *plan.id : idFrom(plan.title, activityIds));
      activityIds.insert(fresh.id.value);
      p.activities.push_back(fresh);
      activity = &p.activities.back();
      ++result.activitiesCreated;
    }
    activity->title = plan.title;
    activity->lead = lead;
    if (columns.has(Column::Partners)) activity->partners = partners;
    if (plan.description) activity->description = *plan.description;
    if (plan.fields) activity->fields = *plan.fields;
    if (plan.goals) activity->goals = *plan.goals;
    if (plan.phases) activity->lifePhases = *plan.phases;
    if (plan.status) activity->status = *plan.status;
    if (plan.hasStart) activity->startYear = plan.start;
    if (plan.hasEnd) activity->endYear = plan.end;
    if (was) ++(*activity == *was ? result.activitiesUnchanged : result.activitiesUpdated);
  };
  forEachGridRow(table, columns, result, checkRow, applyRow);
  refuseInvalidResult(result);
  return result;
}

void refuseInvalidResult(RasterImport& result) {
  const Outcome<void> allowed = savable(result.project);
  if (allowed.ok()) return;
  result.fatal = true;
  addProblem(result.problems, RasterProblem{Severity::Error, 0, {},
                                            "nothing is imported: the project could not be saved afterwards, as " +
                                                describe(allowed.problem())});
}

}  // namespace knp
