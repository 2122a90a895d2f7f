#pragma once
// Reading a grid file (the Raster or the actors' grid) into a project, whatever its format:
// .xlsx (its first sheet) or CSV (any other name); and a network from another tool (.graphml,
// .gexf) as actors and cooperations (graph_import.hpp). Shared by the command line and the window's
// import dialog, which both preview the result before anything is saved.
#include <filesystem>

#include "io/outcome.hpp"
#include "io/raster_import.hpp"

namespace knp {

// The import of `file` into a copy of `project` (importGrid), or why the file cannot be read,
// which describe() shows as "raster.csv:3:7: quoted cell is not closed ...", "raster.xlsx: not a
// zip file ...", "raster.csv: is a folder, not a file". Problems in rows are no problem here:
// they are in the RasterImport, as is a result that must not be applied (fatal). Never writes.
// O(file size + rows · columns).
Outcome<RasterImport> importGridFile(const Project& project, const std::filesystem::path& file);

}  // namespace knp
