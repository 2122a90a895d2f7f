#pragma once
// JSON text into a tree in one pass, with json_structure.hpp's checks done on the way: nesting
// and value count are checked before each value is added (the parse stops at the limit), and a
// key given twice in an object is found by the object itself. Only when something is found is
// the text scanned again (scanJsonStructure) for lines, columns and paths, so a file without
// problems costs one parse.
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "io/json_structure.hpp"

namespace knp {

struct ParsedJson {
  nlohmann::json root;                          // the document, when `failure` is empty
  std::optional<JsonStructureIssue> failure;    // a syntax error or a limit; then nothing else is read
  std::vector<JsonStructureIssue> duplicateKeys;  // the first `maxListed`, in text order
  std::size_t duplicateKeyCount = 0;              // all of them
};

// Parses `text`. A syntax error has nlohmann's message (jsonSyntaxMessage) at its line and
// column; a number too large for a double (1e400) has no position. The values of a duplicate
// key are read but kept nowhere. O(n) time; memory O(tree), the tree never deeper than
// limits.maxDepth nor larger than limits.maxValues values.
ParsedJson parseCheckedJson(std::string_view text, const JsonStructureLimits& limits, std::size_t maxListed = 100);

}  // namespace knp
