#pragma once
// The fill-in template for the actors as an Excel workbook (libxlsxwriter): sheet "Raster" (the
// activities' Raster, the first sheet, which import reads), sheet "Akteure" (the actors' grid)
// and a hidden sheet "Listen" with the allowed values. The Raster's columns offer drop-down
// lists: Akteurstyp and Status strictly, Handlungsfeld, Ziele and Lebensphasen as suggestions
// (a cell may name several, separated by " | "). Cells hold the texts of rasterGrid and
// actorGrid (raster_export.hpp) with the same formula guard as the CSV; years are numbers.
// Header row bold and frozen, columns sized for reading. Import reads both sheets back
// (grid_file.hpp): the Raster, then the actors' details.
// A text longer than an Excel cell holds (32,767 characters) is an error, never cut silently.
#include <optional>
#include <string>

#include "model/contact_data.hpp"
#include "model/project.hpp"

namespace knp {

struct XlsxWorkbook {
  std::string bytes;                 // the .xlsx file when there is no error
  std::optional<std::string> error;  // what libxlsxwriter or the temporary file reported
};

// O(cells). Writes a temporary file in the system's temporary folder and removes it again.
// ContactData::Omit: the "Akteure" sheet has no personal columns (raster_export.hpp actorGrid).
XlsxWorkbook writeRasterXlsx(const Project& project, ContactData contacts = ContactData::Include);

}  // namespace knp
