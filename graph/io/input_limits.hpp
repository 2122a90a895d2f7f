#pragma once
// What each reader accepts at most, in one table (docs/limits.md explains each figure). Every
// limit is checked before the memory it guards is spent, and a refusal names the limit. The
// figures leave room for a whole region (issue "A whole region in one map": 50,000 actors,
// 140,000 activities, a 75 MB project file) while a small hostile file cannot make a reader
// hold more than a few hundred megabytes.
#include <cstddef>
#include <cstdint>

namespace knp::limits {

inline constexpr std::uint64_t kMiB = 1024 * 1024;

// Bytes read from one file, per kind of file.
inline constexpr std::uint64_t kProjectFileBytes = 256 * kMiB;  // project JSON
inline constexpr std::uint64_t kGridFileBytes = 64 * kMiB;      // Raster or actors' grid: CSV or .xlsx (packed)
inline constexpr std::uint64_t kGraphFileBytes = 64 * kMiB;     // GraphML, GEXF
inline constexpr std::uint64_t kEdgeListBytes = 1024 * kMiB;    // `centrality` and `layout` edge lists
inline constexpr std::uint64_t kSettingsFileBytes = 1 * kMiB;   // settings.json

// Project JSON: nesting (a project needs 6 levels) and values of any kind, containers included.
inline constexpr std::size_t kJsonDepth = 32;
inline constexpr std::size_t kJsonValues = 12'000'000;

// Grids: cells of a CSV file or a sheet, empty ones included, and the characters of one cell.
inline constexpr std::size_t kGridCells = 4'000'000;

// .xlsx: bytes one part of the zip may unpack to, and XML elements in one part.
inline constexpr std::uint64_t kXlsxPartBytes = 128 * kMiB;
inline constexpr std::size_t kXmlElements = 4'000'000;

// GraphML and GEXF: declared attributes (<key>, <attribute>), and nodes plus edges.
inline constexpr std::size_t kGraphAttributeDeclarations = 10'000;
inline constexpr std::size_t kGraphItems = 1'000'000;

// The longest value that gets a "did you mean" suggestion is text/name_matching.hpp's
// kMaxSuggestedLength.

}  // namespace knp::limits
