#pragma once
// The actors' grid: self-description and address directory, one row per actor, its columns those
// of the table in actor_grid_columns.hpp:
//   Akteur; Akteurstyp; Selbstdarstellung; Ansprechperson; Adresse; Telefon; E-Mail; Web
// Headers are matched as in the Raster (raster_import.hpp), by the names the table accepts.
// Akteur (a name or id) is required; an unknown actor is created. Every column the grid has
// replaces the actor's value (an empty cell empties it, except Akteurstyp, where empty keeps the
// type); columns it lacks keep theirs. An unknown type and an actor named twice are errors of
// their row, which then changes nothing.
#include "io/raster_import.hpp"

namespace knp {

// O(rows · columns) plus the look-ups.
RasterImport importActorGrid(const Project& project, const CellTable& table);

enum class GridKind { Activities, Actors };

// Activities when the header has an Aktivität column; Actors when it has Akteur and one of the
// actors' plain text columns (role Text in actor_grid_columns.hpp: Selbstdarstellung,
// Ansprechperson, Adresse, Telefon, E-Mail, Web) but no Aktivität; Activities otherwise (whose
// import then names the missing column).
GridKind gridKindOf(const CellTable& table);

// importRaster or importActorGrid, by gridKindOf.
RasterImport importGrid(const Project& project, const CellTable& table);

}  // namespace knp
