#include "io/actor_grid_import.hpp"

#include <array>
#include <optional>
#include <unordered_set>

#include <fmt/format.h>

#include "io/grid_columns.hpp"
#include "io/grid_values.hpp"
#include "text/name_matching.hpp"
#include "text/quoting.hpp"

namespace knp {
namespace {

enum class ActorColumn { Actor, Type, SelfDescription, Person, Address, Phone, Email, Web };
constexpr std::size_t kActorColumnCount = 8;

constexpr std::array<ColumnNames<ActorColumn>, kActorColumnCount> kActorHeaders{{
    {ActorColumn::Actor, {"akteur", "actor", ""}},
    {ActorColumn::Type, {"akteurstyp", "akteursart", "actor type"}},
    {ActorColumn::SelfDescription, {"selbstdarstellung", "self-description", "self description"}},
    {ActorColumn::Person, {"ansprechperson", "ansprechpartner", "contact person"}},
    {ActorColumn::Address, {"adresse", "anschrift", "address"}},
    {ActorColumn::Phone, {"telefon", "phone", ""}},
    {ActorColumn::Email, {"e-mail", "email", "mail"}},
    {ActorColumn::Web, {"web", "website", "internet"}},
}};
using ActorColumns = GridColumns<ActorColumn, kActorColumnCount>;

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
    const auto column = ActorColumns::columnOf(header, kActorHeaders);
    if (column == ActorColumn::Actor) actor = true;
    else if (column && column != ActorColumn::Type) actorDetail = true;
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
  const ActorColumns columns(table, kActorHeaders, result.problems);
  if (!columns.has(ActorColumn::Actor)) {
    result.fatal = true;
    addProblem(result.problems,
               RasterProblem{Severity::Error, columns.headerLine(), {}, "required column \"Akteur\" is missing"});
    return result;
  }

  ItemLookup<Actor> actors(p.actors, [](const Actor& a) { return a.name; });
  TakenIds actorIds;
  for (const Actor& a : p.actors) actorIds.insert(a.id.value);
  std::unordered_set<std::size_t> seen;  // actors named by an earlier row

  for (std::size_t r = 1; r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    const std::size_t line = r < table.sourceLine.size() ? table.sourceLine[r] : r + 1;
    ++result.rows;
    columns.warnAboutCellsBeyondHeader(row, line, result.problems);
    auto cell = [&](ActorColumn column) { return columns.cell(row, column); };
    bool failed = false;
    auto fail = [&](ActorColumn column, std::string message) {
      addProblem(result.problems, RasterProblem{Severity::Error, line, columns.header(column), std::move(message)});
      failed = true;
    };  // at most two problems per row, each of a single cell: no need to make them lazily

    const std::string name = *cell(ActorColumn::Actor);
    if (normaliseName(name).empty()) fail(ActorColumn::Actor, "empty: every row needs the actor's name");
    std::optional<ActorType> type;
    if (auto text = cell(ActorColumn::Type); text && !normaliseName(*text).empty()) {
      type = actorTypeOf(*text);
      if (!type) fail(ActorColumn::Type, fmt::format("unknown actor type {}", quote(*text)));
    }
    const std::optional<std::size_t> existing = failed ? std::nullopt : actors.find(name);
    if (existing && !seen.insert(*existing).second)
      fail(ActorColumn::Actor, fmt::format("{} has a row above already", quote(name)));
    if (failed) {
      ++result.rejectedRows;
      continue;
    }

    Actor* actor = nullptr;
    if (existing) {
      actor = &p.actors[*existing];
      ++result.actorsUpdated;
    } else {
      Actor fresh;
      fresh.id = ActorId(idFrom(name, actorIds));
      fresh.name = name;
      seen.insert(p.actors.size());
      actors.add(fresh.id.value, fresh.name, p.actors.size());
      p.actors.push_back(fresh);
      actor = &p.actors.back();
      ++result.actorsCreated;
    }
    if (type) actor->type = *type;
    if (auto v = cell(ActorColumn::SelfDescription)) actor->selfDescription = *v;
    if (auto v = cell(ActorColumn::Person)) actor->contact.person = *v;
    if (auto v = cell(ActorColumn::Address)) actor->contact.address = *v;
    if (auto v = cell(ActorColumn::Phone)) actor->contact.phone = *v;
    if (auto v = cell(ActorColumn::Email)) actor->contact.email = *v;
    if (auto v = cell(ActorColumn::Web)) actor->contact.web = *v;
  }
  refuseInvalidResult(result);
  return result;
}

}  // namespace knp
