#pragma once
// A scan of JSON text, without building a tree, for what a tree cannot tell or must not be
// asked to hold (json_tree.hpp checks the same while it builds, and calls this scan only to say
// where a problem stands; the project writer calls it on a file before saving it):
// - nesting deeper than the format can use: a document nested 90,000 levels deep would exhaust
//   the stack of every recursive step after parsing (copying, printing, destroying);
// - more values than a project can have: a small file of [0,0,0,...] would otherwise become a
//   tree of tens of millions of nodes before anything looked at it;
// - keys given twice in one object: a parser keeps one of them and the other is lost silently
//   at the next save (a second, empty "activities" list would drop all activities).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace knp {

struct JsonStructureLimits {
  std::size_t maxDepth = 32;            // objects and lists inside each other
  std::size_t maxValues = 12'000'000;   // every value, containers included
};

struct JsonStructureIssue {
  int line = 0, column = 0;  // 1-based; column counts characters
  std::string path;          // where it is, as the project reader names paths: "activities[3].title"
  std::string message;
};

struct JsonStructure {
  std::vector<JsonStructureIssue> duplicateKeys;  // the first `maxListed` of them, in text order
  std::size_t duplicateKeyCount = 0;              // all of them
  std::optional<JsonStructureIssue> overLimit;    // a limit exceeded; the scan stopped there
};

// A JSON parser's error message without its own position (Knotenpunkt reports line and column
// its own way) and cut to an excerpt: nlohmann's "[json.exception.parse_error.101] parse error
// at line 1, column 2: syntax error while parsing value - X; last read: '...'" gives "X; last
// read: '...'" with at most 160 characters, control characters escaped (the "last read" part
// quotes the token, which for an unterminated string is the rest of the file). O(1) in the
// length of `what` beyond the excerpt.
std::string jsonSyntaxMessage(std::string_view what);

enum class KeyCheck { Skip, FindDuplicates };

// Scans `text` once: O(n) time; memory O(depth), and with KeyCheck::FindDuplicates also the
// keys of the open objects. Tolerates syntax errors (the parser reports those): what it cannot
// read as JSON it skips. So the limits are checked first, on any text, and the duplicate keys
// only on text the parser accepted (whose keys the parsed tree holds anyway); an object of
// millions of keys in a broken file costs nothing. Keys are compared after decoding their
// escapes ("a\u0063tivities" is "activities"). At most `maxListed` duplicate keys are described;
// the others are counted.
JsonStructure scanJsonStructure(std::string_view text, const JsonStructureLimits& limits = {},
                                KeyCheck keys = KeyCheck::FindDuplicates, std::size_t maxListed = 100);

}  // namespace knp
