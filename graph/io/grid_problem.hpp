#pragma once
// A problem found while reading a grid (the Raster, the actors' grid) or another tool's
// network: where it is (line of the row, column header) and what is wrong. Lists of them are
// capped as model/problem_list.hpp describes.
#include <cstddef>
#include <string>
#include <string_view>

#include "model/problem_list.hpp"

namespace knp {

struct RasterProblem {
  Severity severity = Severity::Error;
  std::size_t line = 0;  // source line of the row (CSV) or row number (sheet); 0: the whole grid
  std::string column;    // the header as written, empty for the whole row or grid
  std::string message;
  // Only on the summary entry that closes a full list (model/problem_list.hpp).
  std::size_t unlistedErrors = 0, unlistedWarnings = 0;
  std::string sheet = {};  // a workbook's sheet other than the first ("Akteure"); empty otherwise
};

// "FILE:LINE: column "Ziele": message" / "FILE: message" for a grid-level problem; for the
// summary entry "FILE: … and 1,234 more not listed (…)". A problem on another sheet than the
// first names it after the file: "raster.xlsx[Akteure]:5: ...".
std::string describe(const RasterProblem& problem, std::string_view file);

}  // namespace knp
