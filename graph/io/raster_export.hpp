#pragma once
// The grids written out for the actors, as CSV that German Excel opens by double-click: the
// activities' Raster and the actors' grid, with the columns raster_import.hpp and
// actor_grid_import.hpp read back.
//
// Bytes. UTF-8 with a byte-order mark (without it Excel reads Windows-1252), ';' between cells
// (the German list separator), CRLF after every record including the last. A line break inside a
// cell is written as LF, Excel's in-cell break (Alt+Enter); CRLF and a lone CR become LF, which
// is also what csv_reader gives for any break inside a quoted cell. A cell is quoted, quotes
// doubled, when it holds ; " CR LF or leading or trailing spaces or tabs, and also when it holds
// ',' or a tab: quoting more than needed is harmless and keeps the cells whole for a reader set
// to split at those too (LibreOffice's import dialog remembers the last separators).
//
// Formulas. Every cell goes through neutraliseFormula: a cell starting with = + - @, tab, CR or
// LF gets a leading apostrophe, so that no spreadsheet runs it as a formula (CSV injection; the
// OWASP list plus LF, see below). Spreadsheets show that apostrophe as part of the text, and
// save it back, so the import takes it off again (removeFormulaGuard in grid_values.hpp, applied
// to every cell before anything else reads it):
//
//   when a cell starts with one or more apostrophes (U+0027) followed by one of
//   = + - @ TAB CR LF, remove the first apostrophe (one only).
//
// That rule inverts neutraliseFormula exactly: a value already starting with apostrophes and a
// trigger ("'=x") gets one more on the way out ("''=x") and loses only that one on the way in,
// and every other value is left alone both ways, "'s Gravenhage" included. LF is a trigger
// because the reader turns a CR in a quoted cell into LF; treating both alike keeps the rule
// exact after that conversion.
//
// References. Where a cell names fields, goals, life phases or actors, each is written by its
// name (title for goals) when importRaster, reading that text where it stands, finds exactly
// this item again, and by its id otherwise: a name containing '|' or a line break in a
// multi-value cell (goal titles are long sentences), a name another item has too (the first
// one wins the look-up), a name that reads as another item's id (ids win), an empty or blank
// name, or a name that would be neutralised at the start of the cell. Names keep the grid
// readable for the actors; ids only step in where a name would come back as something else.
// A dangling reference (an id without item, which validateProject reports) is written as the id.
//
// Round trip. For a project that validateProject accepts, with years 1900..2200 (yearOf) and
// ids that do not start with a trigger character (ids made by idFrom never do),
// importRaster(project without activities, parseCsv(writeRasterCsv(project))) gives the project
// back equal, activities in order, and importActorGrid(project, parseCsv(writeActorGridCsv(p)))
// gives back every actor's type, self-description and contact; both exact except for CR in a
// text (read back as LF) and for cells neutralised above, until the import strips the
// apostrophe. Excel itself may still reinterpret cells it opens: a number-like cell loses leading
// zeros ("02324123"), "1-2" may become a date; CSV has no way to mark a cell as text without
// turning it into a formula, which is exactly what this writer avoids.
#include <string>
#include <string_view>
#include <vector>

#include "model/contact_data.hpp"
#include "model/project.hpp"

namespace knp {

// A grid's rows of cells, the header first: the cell texts as the import reads them back,
// before any file format's quoting or formula guard.
using Grid = std::vector<std::vector<std::string>>;

// The two grids' rows (see writeRasterCsv and writeActorGridCsv for their columns); the .xlsx
// workbook (raster_xlsx.hpp) writes the same cells.
// With ContactData::Omit the actors' grid has no personal columns (actor_grid_columns.hpp
// `personal`): not empty ones, none, so that importing it back keeps what the actors had.
Grid rasterGrid(const Project& project);
Grid actorGrid(const Project& project, ContactData contacts = ContactData::Include);

// The activities' Raster: the header
//   ID; Akteur; Akteurstyp; Aktivität; Beschreibung; Handlungsfeld; Ziele; Lebensphasen;
//   Partner; Status; Beginn; Ende
// then one row per activity in project order: id, lead (name or id, see above), the lead's
// German type label (empty for a dangling lead), title, description, fields, goals, life
// phases and partners joined with " | ", the German status label (geplant, laufend,
// abgeschlossen), start and end year or empty. An empty project gives the header alone.
// O(total text + references), with hashed look-ups built once per kind.
std::string writeRasterCsv(const Project& project);

// The actors' grid, its columns those of the table in actor_grid_columns.hpp: the header
//   Akteur; Akteurstyp; Selbstdarstellung; Ansprechperson; Adresse; Telefon; E-Mail; Web
// then one row per actor in project order: name (or id, see above), German type label,
// self-description and the contact's person, address, phone, e-mail and web. Memberships are
// not part of the grid. An empty project gives the header alone. ContactData::Omit leaves the
// person, address, phone, e-mail and web columns out. O(total text + actors).
std::string writeActorGridCsv(const Project& project, ContactData contacts = ContactData::Include);

// `cell` with an apostrophe prepended when, after any leading apostrophes, its first character
// is one of = + - @ TAB CR LF; `cell` unchanged otherwise (the empty cell included). O(n).
std::string neutraliseFormula(std::string_view cell);

}  // namespace knp
