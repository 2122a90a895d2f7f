#pragma once
// Reading CSV as spreadsheets really write it (German Excel above all): the delimiter
// (semicolon, comma or tab) is detected, UTF-8 with or without BOM, UTF-16 ("Unicode text" in
// Excel: decodeUtf16's rules) and Windows-1252 (taken when the bytes are not valid UTF-8) are read, CRLF or LF line ends, quoted cells holding
// delimiters, doubled quotes and line breaks, blank lines and trailing empty columns.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "io/grid_problem.hpp"
#include "io/outcome.hpp"

namespace knp {

enum class TextEncoding { Utf8, Utf8WithBom, Utf16, Windows1252 };

// A grid of cells, as a spreadsheet's first sheet or a CSV file gives it.
struct CellTable {
  std::vector<std::vector<std::string>> rows;  // cells as UTF-8; blank rows left out; trailing empty cells trimmed
  std::vector<std::size_t> sourceLine;         // per row: the 1-based line (CSV) or row number (sheet) it starts at
};

struct CsvTable {
  CellTable table;
  char delimiter = ';';
  TextEncoding encoding = TextEncoding::Utf8;
  // Quoted cells that look like they swallowed rows after a stray quote, with their line.
  std::vector<RasterProblem> warnings;
};

// Parses `bytes` (a whole file). The problems, each with its line and column (1-based; the
// column counts characters of the decoded text) and no path (the caller knows the file): a
// quoted cell not closed before the end of the file, at its opening quote ("quoted cell is not
// closed before the end of the file"), and more than limits::kGridCells cells (empty ones
// included), at the place where the count is passed, before they are stored. O(n).
Outcome<CsvTable> parseCsv(std::string_view bytes);

// `bytes` read as Windows-1252 (including 0x80–0x9F: € ‚ „ … – — ‘ ’ “ ” and the rest; the five
// undefined bytes become U+FFFD), as UTF-8. O(n).
std::string windows1252ToUtf8(std::string_view bytes);

}  // namespace knp
