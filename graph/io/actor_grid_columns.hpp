#pragma once
// The columns of the actors' grid, in one table that the CSV export (raster_export.hpp), the
// workbook (raster_xlsx.hpp) and the import (actor_grid_import.hpp) all read: per column the
// header written, the headers accepted, the width in the workbook, how the value is read out of
// an actor and how a cell is stored into one. Today:
//   Akteur; Akteurstyp; Selbstdarstellung; Ansprechperson; Adresse; Telefon; E-Mail; Web
// A new plain text field of Actor shown in the grid is one more row of this table (role Text).
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "io/grid_columns.hpp"
#include "model/project.hpp"

namespace knp {

// What a column is to the grid besides a value.
enum class ActorGridRole {
  Key,   // names the actor, by name or id: required, one row per actor
  Type,  // the actor type, written as its German label, read in German or English; blank keeps it
  Text,  // a plain text field: the cell replaces it, an empty cell empties it
};

struct ActorGridColumn {
  std::string_view header;  // as written, German ("Selbstdarstellung")
  AcceptedNames names;      // the headers the import accepts, normalised; the written one's included
  double xlsxWidth;         // the column's width in the workbook, in characters
  ActorGridRole role;
  // The cell written for the actor. Key: the name; the export writes the id instead where the
  // name would not read back as this actor (raster_export.hpp).
  std::string (*value)(const Actor& actor);
  // Why the import refuses `cell` (already freed of the formula guard), as the message of the
  // row's error; nullopt when it takes it.
  std::optional<std::string> (*problemWith)(const std::string& cell);
  // Takes a cell problemWith accepted into the actor. Key: sets the name, which the import does
  // only for an actor the row creates (an actor found by name or id keeps its name).
  void (*store)(Actor& actor, const std::string& cell);
  // Personal contact data (person, address, phone, e-mail, web): left out of grids written
  // with ContactData::Omit, so that a returned grid without them keeps the actors' data.
  bool personal = false;
};

// The columns in grid order, the Key first. Each header's normalised form is among its names,
// and no name belongs to two columns. O(1).
std::span<const ActorGridColumn> actorGridColumns();

}  // namespace knp
