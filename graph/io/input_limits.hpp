#pragma once
// What each reader accepts at most, in one table (docs/limits.md explains each figure). Every
// limit is checked before the memory it guards is spent, and a refusal names the limit. The
// figures leave room for a whole region (issue "A whole region in one map": 50,000 actors,
// 140,000 activities, a 75 MB project file) while a small hostile file cannot make a reader
// hold more than a few hundred megabytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace knp::limits {

inline constexpr std::uint64_t kMiB = 1024 * 1024;

// Bytes read from one file, per kind of file.
inline constexpr std::uint64_t kProjectFileBytes = 256 * kMiB;  // project JSON
inline constexpr std::uint64_t kGridFileBytes = 64 * kMiB;      // Raster or actors' grid: CSV or .xlsx (packed)
inline constexpr std::uint64_t kGraphFileBytes = 64 * kMiB;     // GraphML, GEXF
inline constexpr std::uint64_t kEdgeListBytes = 256 * kMiB;     // `centrality` and `layout` edge lists
inline constexpr std::uint64_t kSettingsFileBytes = 1 * kMiB;   // settings.json

// Project JSON: nesting (a project needs 6 levels) and values of any kind, containers included.
inline constexpr std::size_t kJsonDepth = 32;
inline constexpr std::size_t kJsonValues = 12'000'000;
// Project: items of all kinds together (fields to indicators, map positions and views), and the
// entries of any one list (an activity's partners, an indicator's years); checked before any
// of them becomes part of the model, and before a save writes a file that could not be read.
inline constexpr std::size_t kProjectItems = 1'000'000;

// Grids: cells of a CSV file or a sheet, empty ones included, and the characters of one cell.
inline constexpr std::size_t kGridCells = 4'000'000;

// .xlsx: bytes one part of the zip may unpack to.
inline constexpr std::uint64_t kXlsxPartBytes = 128 * kMiB;

// XML (.xlsx parts, GraphML, GEXF): elements and attributes of one document, which pugixml
// keeps as nodes of 40-64 bytes each. Counted as the '<' and '=' characters of the text
// (xmlMarkupCount), an upper bound known before any node is built.
inline constexpr std::size_t kXmlMarkup = 4'000'000;

// An upper bound on the elements and attributes of the XML `text`: one '<' opens at most one
// element (or comment, declaration, end tag), one '=' gives at most one attribute. O(n).
inline std::size_t xmlMarkupCount(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += (c == '<') + (c == '=');
  return count;
}

// GraphML and GEXF: declared attributes (<key>, <attribute>), and nodes plus edges.
inline constexpr std::size_t kGraphAttributeDeclarations = 10'000;
inline constexpr std::size_t kGraphItems = 1'000'000;

// Edge lists: distinct node names and edges (lines), about 110 and 8 bytes each in memory.
inline constexpr std::size_t kEdgeListNodes = 2'000'000;
inline constexpr std::size_t kEdgeListEdges = 20'000'000;

// The longest value that gets a "did you mean" suggestion is text/name_matching.hpp's
// kMaxSuggestedLength.

}  // namespace knp::limits
