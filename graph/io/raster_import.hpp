#pragma once
// The actors' Raster: one row per activity, as the integration office sends it out before the
// conference and gets it back filled in. Columns are found by their header, in any order,
// case and umlaut spelling ignored (Aktivität = Aktivitaet):
//   ID; Akteur; Akteurstyp; Aktivität; Beschreibung; Handlungsfeld; Ziele; Lebensphasen;
//   Partner; Status; Beginn; Ende
// Akteur and Aktivität are required. A row with an ID updates the project's activity of that id
// (the yearly update; the ID trimmed, matched exactly or else ignoring case and spaces), or
// creates one under that id; a row without one creates a new activity, whose id never takes an
// ID given elsewhere in the grid. An Akteurstyp given for an existing lead actor is applied. Akteur and
// Partner name actors by name or id; unknown ones are created (with Akteurstyp when given).
// Handlungsfeld, Ziele, Lebensphasen and Partner hold several values separated by '|' or line
// breaks; values match ids or names (normaliseName). An unknown field, goal or life phase, an
// unknown status or a year that is not a whole number is an error of its row, naming row,
// column and value, with the closest known name as a suggestion. A row with an error changes
// nothing. In an update, every column the grid has replaces the activity's value (an empty
// cell empties it); columns the grid lacks keep theirs, and the row must agree with them (a
// Beginn after the kept Ende is an error of the row). A cell the export guarded against
// formulas with a leading apostrophe ("'=SUM(A1)") is read without it (removeFormulaGuard).
#include <cstddef>
#include <string>
#include <vector>

#include "io/csv_reader.hpp"
#include "io/grid_problem.hpp"
#include "model/project.hpp"
#include "model/validation.hpp"

namespace knp {

struct RasterImport {
  Project project;  // the given project with every row without error applied
  std::size_t rows = 0;                 // data rows read
  std::size_t rejectedRows = 0;         // rows with an error (not applied)
  std::size_t actorsCreated = 0;
  std::size_t actorsUpdated = 0;        // actors the project had that the grid changed (the Raster: a
                                        // lead's type), each once
  std::size_t actorsUnchanged = 0;      // the actors' grid: rows naming an actor that they leave as it was
  std::size_t activitiesCreated = 0;
  std::size_t activitiesUpdated = 0;    // rows that changed an existing activity
  std::size_t activitiesUnchanged = 0;  // rows naming an activity that they leave as it was (a returned
                                        // grid nobody edited: all unchanged)
  std::vector<RasterProblem> problems;  // in row order; grid-level ones first; capped (addProblem)
  bool fatal = false;                   // the grid cannot be read at all (no header, required column missing)
};

// Applies `table` (first row: the headers) to a copy of `project`. O(rows · (columns + items)).
RasterImport importRaster(const Project& project, const CellTable& table);

// The last step of every import: when result.project could not be saved (savable(): it
// fails validation, which the checks of each row should have prevented, or holds more items
// than a project file may), marks the import fatal with the reason, so that no caller saves a
// project that does not validate. O(size of the project).
void refuseInvalidResult(RasterImport& result);

}  // namespace knp
