// Finding names by typed text.
#include <catch2/catch.hpp>

#include "text/search.hpp"

using namespace knp;

TEST_CASE("case folding covers ASCII and the German umlauts", "[text][search]") {
  CHECK(foldCase("ÄÖÜ äöü ß AbC") == "äöü äöü ß abc");
  CHECK(foldCase("") == "");
  CHECK(foldCase("Élan") == "Élan");  // other letters stay as they are
}

TEST_CASE("matches rank prefix, then word start, then anywhere", "[text][search]") {
  const std::vector<std::string> names{"Stadtverwaltung", "AWO Ortsverein", "Verein für Sport", "Turnverein",
                                       "Kita Sonnenschein"};
  // "Verein für Sport" starts with it; "AWO Ortsverein" and "Turnverein" contain it inside a word.
  CHECK(searchNames(names, "verein") == std::vector<std::size_t>{2, 1, 3});
  CHECK(searchNames(names, "sonnen") == std::vector<std::size_t>{4});  // word start
  CHECK(searchNames(names, "ÜBER").empty());
  CHECK(searchNames(names, "   ").empty());
  CHECK(searchNames(names, "").empty());
  CHECK(searchNames(names, " awo ") == std::vector<std::size_t>{1});  // surrounding spaces ignored
  CHECK(searchNames(names, "e", 2).size() == 2);
}

TEST_CASE("umlauts match in either case", "[text][search]") {
  const std::vector<std::string> names{"Übergang Schule–Beruf", "Frühe Hilfen"};
  CHECK(searchNames(names, "über") == std::vector<std::size_t>{0});
  CHECK(searchNames(names, "FRÜH") == std::vector<std::size_t>{1});
}
