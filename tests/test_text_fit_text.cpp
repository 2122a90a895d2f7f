#include <catch2/catch.hpp>

#include <string>

#include "text/fit_text.hpp"
#include "text/utf8.hpp"

using namespace knp;

namespace {

// Every character 1 wide, the ellipsis too: a prefix of n characters with "…" is n wide.
struct CountingWidth {
  std::size_t* calls;
  double operator()(const std::string& text) const {
    ++*calls;
    return static_cast<double>(utf8Length(text));
  }
};

}  // namespace

TEST_CASE("fitWithEllipsis keeps what fits and cuts the rest with a binary search", "[text][fit]") {
  std::size_t calls = 0;
  const CountingWidth width{&calls};
  CHECK(fitWithEllipsis("Sprachcafé", 10, width) == "Sprachcafé");  // fits exactly
  CHECK(fitWithEllipsis("Sprachcafé", 6, width) == "Sprac…");        // 5 characters and the ellipsis
  CHECK(fitWithEllipsis("Übergang", 1, width) == "…");               // nothing fits beside "…"
  CHECK(fitWithEllipsis("Übergang", 0.5, width) == "…");             // at least the ellipsis
  CHECK(fitWithEllipsis("", 0, width).empty());

  // A name of 100,000 characters: before, the export measured every prefix (126 s for SVG).
  calls = 0;
  const std::string name(100'000, 'a');
  CHECK(fitWithEllipsis(name, 30, width) == std::string(29, 'a') + "…");
  CHECK(calls <= 20);  // the whole name once, then ⌈log2 100,000⌉ = 17 prefixes
}
