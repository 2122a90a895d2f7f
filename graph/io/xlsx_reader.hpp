#pragma once
// Reading the first sheet of an .xlsx file (Office Open XML: a zip of XML parts) into a grid of
// cells, as the Raster import takes it: shared strings (with rich-text runs joined), inline
// strings, numbers (whole numbers written without a decimal point: 2013, not 2013.0), booleans
// and formula results as cached; empty cells and gaps in a row become empty strings.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "io/csv_reader.hpp"
#include "io/outcome.hpp"

namespace knp {

// The first sheet of the workbook in `bytes` (the whole file), in the workbook's sheet order.
// CellTable::sourceLine holds the sheet's row numbers. Blank rows are left out and trailing
// empty cells trimmed, as parseCsv does. A file that cannot be read so is a problem without a
// path, line or column (the caller knows the file; a place inside it names the zip's part):
// "not a zip file", "xl/workbook.xml: no sheet", "xl/worksheets/sheet1.xml:3:5: malformed XML:
// ...". O(size of the file).
Outcome<CellTable> readXlsxFirstSheet(std::string_view bytes);

// The worksheet named `name` (exactly, as on its tab) read as readXlsxFirstSheet reads the
// first; nullopt when the workbook has no worksheet of that name (a workbook without its
// relationships part: only its first sheet can be named). Problems as there. O(size of the file).
Outcome<std::optional<CellTable>> readXlsxSheetNamed(std::string_view bytes, const std::string& name);

}  // namespace knp
