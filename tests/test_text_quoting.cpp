#include <catch2/catch.hpp>

#include <string>

#include "io/grid_problem.hpp"
#include "model/problem_list.hpp"
#include "model/validation.hpp"
#include "text/quoting.hpp"

using namespace knp;

TEST_CASE("printable: control characters from a file are shown as escapes", "[text][quoting]") {
  // The audit's payloads: clear screen, set the window title, a C1 CSI.
  CHECK(printable("\x1b[2J\x1b[H") == "\\x1b[2J\\x1b[H");
  CHECK(printable("\x1b]0;owned\x07") == "\\x1b]0;owned\\x07");
  CHECK(printable("a\xC2\x9B" "31mb") == "a\\u009b31mb");  // U+009B, CSI in one character
  CHECK(printable("Zeile 1\nZeile 2\tTab\r") == "Zeile 1\\nZeile 2\\tTab\\r");
  CHECK(printable(std::string("nul\0byte", 8)) == "nul\\x00byte");
  CHECK(printable("\x7f") == "\\x7f");
  // Everything else stays: umlauts, quotes, backslashes, the non-breaking space (U+00A0).
  CHECK(printable("Straße „Mitte“ \\ \xC2\xA0 €") == "Straße „Mitte“ \\ \xC2\xA0 €");
  CHECK(printable("\xE4rger") == "\xEF\xBF\xBDrger");  // a broken byte becomes U+FFFD
}

TEST_CASE("excerpt and quote cut long values without reading all of them", "[text][quoting]") {
  CHECK(quote("Sprachcafé") == "\"Sprachcafé\"");
  CHECK(quote("") == "\"\"");
  const std::string longName(64 * 1024 * 1024, 'a');  // an unterminated 64 MB string
  const std::string shown = quote(longName);
  CHECK(shown == "\"" + std::string(kExcerptChars, 'a') + "…\"");
  CHECK(excerpt("Übergang Schule–Beruf", 8) == "Übergang…");  // characters, not bytes
  CHECK(excerpt("Übergang", 8) == "Übergang");
  CHECK(excerpt("\x1b\x1b\x1b", 2) == "\\x1b\\x1b…");
}

TEST_CASE("problem lists keep the first hundred and count the rest", "[text][problems]") {
  std::vector<Problem> list;
  for (std::size_t i = 0; i < 10'000'000; ++i) {
    if (listIsFull(list)) {
      countUnlisted(list, i % 4 == 0 ? Severity::Warning : Severity::Error);
      continue;
    }
    addProblem(list, Problem{Severity::Error, "goals[" + std::to_string(i) + "]", "expected a string"});
  }
  REQUIRE(list.size() == kMaxListedProblems + 1);
  const Problem& summary = list.back();
  CHECK(isUnlistedSummary(summary));
  CHECK(summary.severity == Severity::Error);
  // 9,999,900 unlisted: every fourth (i % 4 == 0 from 100 on) a warning.
  CHECK(summary.unlistedWarnings == 2'499'975);
  CHECK(summary.unlistedErrors == 7'499'925);
  CHECK(describe(summary, "p.json") ==
        "p.json: … and 9,999,900 more not listed (7,499,925 errors, 2,499,975 warnings)");
  const ProblemCounts counts = countProblems(list);
  CHECK(counts.errors == 100 + 7'499'925);
  CHECK(counts.warnings == 2'499'975);
  CHECK(hasErrors(list));

  std::vector<RasterProblem> rows;
  for (int i = 0; i < 250; ++i) addProblem(rows, RasterProblem{Severity::Warning, 2, "Ziele", "unknown goal"});
  REQUIRE(rows.size() == 101);
  CHECK(rows.back().severity == Severity::Warning);  // only warnings were left out
  CHECK(describe(rows.back(), "raster.csv") == "raster.csv: … and 150 more not listed (150 warnings)");
}
