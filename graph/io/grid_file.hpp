#pragma once
// Reading a grid file (the Raster or the actors' grid) into a project, whatever its format:
// .xlsx (its first sheet, and the "Akteure" sheet of our Raster workbook) or CSV (any other name); and a network from another tool (.graphml,
// .gexf) as actors and cooperations (graph_import.hpp); and a table of indicators by year
// (indicator_table_import.hpp). Shared by the command line and the window's import dialog,
// which both preview the result before anything is saved.
#include <filesystem>
#include <optional>
#include <variant>
#include <vector>

#include "io/csv_reader.hpp"
#include "io/decimal_numbers.hpp"
#include "io/indicator_table_import.hpp"
#include "io/outcome.hpp"
#include "io/raster_import.hpp"

namespace knp {

// The cells of a CSV or .xlsx file as read, before any import looks at them.
struct GridFileTable {
  CellTable table;
  std::vector<RasterProblem> warnings;         // the CSV reader's (a quoted cell spanning lines)
  DecimalMark usualMark = DecimalMark::Comma;  // usualDecimalMark of the file's format
  bool workbook = false;                       // an .xlsx sheet: its numbers are stored as numbers
  // Our own workbook (raster_xlsx.hpp): when the first sheet is the activities' Raster and the
  // workbook has a sheet "Akteure" holding the actors' grid, that sheet's cells.
  std::optional<CellTable> actorsSheet;
};

// The cells of `file`: its first sheet when the name ends in .xlsx (any case), and the actors'
// sheet "Akteure" of a Raster workbook; else CSV (parseCsv). A file that cannot be read so is a
// problem located at `file`. O(file size).
Outcome<GridFileTable> readGridFileTable(const std::filesystem::path& file);

// The import of `file` into a copy of `project` (importGrid; for a Raster workbook with an
// "Akteure" sheet the Raster, then the actors' grid onto its result, counts added and the
// sheet's problems marked with its name), or why the file cannot be read,
// which describe() shows as "raster.csv:3:7: quoted cell is not closed ...", "raster.xlsx: not a
// zip file ...", "raster.csv: is a folder, not a file". Problems in rows are no problem here:
// they are in the RasterImport, as is a result that must not be applied (fatal). Never writes.
// O(file size + rows · columns).
Outcome<RasterImport> importGridFile(const Project& project, const std::filesystem::path& file);

// What an import file becomes: the Raster, the actors' grid or a network; or indicators.
using FileImport = std::variant<RasterImport, IndicatorTableImport>;

// The import `knotenpunkt import` and the window's import dialog make of any file: a network
// (.graphml, .gexf) and a grid whose first row names Akteur, Aktivität, Actor or Activity as
// importGridFile does; a CSV or .xlsx table with the header of an indicator table
// (indicatorHeaderRow) by importIndicatorTable; any other table is refused as a fatal
// RasterImport whose one problem names the shapes that were expected. Never writes.
// O(file size + rows · columns).
Outcome<FileImport> importFile(const Project& project, const std::filesystem::path& file);

}  // namespace knp
