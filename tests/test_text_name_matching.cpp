// Matching names people type against a project's names.
#include <catch2/catch.hpp>

#include "text/name_matching.hpp"

using namespace knp;

TEST_CASE("names normalise case, spaces and umlaut spellings", "[text][names]") {
  CHECK(normaliseName("  Aktivität ") == "aktivitaet");
  CHECK(normaliseName("AKTIVITAET") == "aktivitaet");
  CHECK(normaliseName("Übergang   Schule–Beruf") == "uebergang schule–beruf");
  CHECK(normaliseName("Straße\tund\n Platz") == "strasse und platz");
  CHECK(normaliseName("") == "");
  CHECK(normaliseName(" \t ") == "");
}

TEST_CASE("edit distance counts single-byte edits", "[text][names]") {
  CHECK(editDistance("", "") == 0);
  CHECK(editDistance("kitten", "sitting") == 3);
  CHECK(editDistance("grundschul", "grundschule") == 1);
  CHECK(editDistance("abc", "") == 3);
  CHECK(editDistance("", "ab") == 2);
}

TEST_CASE("the closest name is suggested only for likely typos", "[text][names]") {
  const std::vector<std::string> phases{"Kita (3–6)", "Grundschule", "Alter (65+)"};
  CHECK(closestName("Grundschul", phases) == std::size_t{1});
  CHECK(closestName("grundSCHULE", phases) == std::size_t{1});  // distance 0 after normalising
  CHECK(closestName("Alte", phases) == std::size_t{2});          // "Alter" without "(65+)"
  CHECK(closestName("Kitta", phases) == std::size_t{0});
  CHECK_FALSE(closestName("Hochschule und Universität", phases));
  CHECK_FALSE(closestName("x", {}));
}

TEST_CASE("without a likely typo, a name holding the typed words is suggested", "[text][names]") {
  // Issue 19's near misses: a goal's title, a field, an actor type's label.
  CHECK(closestName("Willkommenskultur", {"Integration als Querschnitt", "Willkommenskultur: Zugehört dazu!"}) ==
        std::size_t{1});
  CHECK(closestName("Bildung", {"Soziales", "Bildung und Kultur", "Arbeit"}) == std::size_t{1});
  CHECK(closestName("Religionsgemeinschaft", {"Verein", "Kirche/Religionsgemeinschaft"}) == std::size_t{1});
  // The start of a word: "Sprach" starts "Sprachförderung" (umlaut spelled out on both sides).
  CHECK(closestName("Sprachfoerd", {"Elternarbeit", "Durchgängige Sprachförderung"}) == std::size_t{1});
  // A word matched whole beats one matched as a start; then the name with fewer words.
  CHECK(closestName("Kultur", {"Kulturverein Hattingen", "Bildung und Kultur"}) == std::size_t{1});
  CHECK(closestName("Sprache", {"Sprache und Bildung für alle", "Sprache fördern"}) == std::size_t{1});
  // Every typed word must be there; words under four letters are not looked for.
  CHECK_FALSE(closestName("Bildung Sport", {"Bildung und Kultur", "Sport und Freizeit"}));
  CHECK_FALSE(closestName("und", {"Bildung und Kultur"}));
  // Split at dashes and slashes: "Übergang Schule–Beruf" has the word "beruf".
  CHECK(closestName("Beruf", {"Kita (3–6)", "Übergang Schule–Beruf (16–25)"}) == std::size_t{1});
  // Quotes, guillemets and no-break spaces split words too.
  CHECK(closestName("«Bildung»", {"Soziales", "Bildung und Kultur"}) == std::size_t{1});
  CHECK(closestName("Sport\u00a0Freizeit", {"Soziales", "Sport und Freizeit"}) == std::size_t{1});
  // Common words are not looked for, counted in letters as typed ("für" has three, "wird" is common).
  CHECK_FALSE(closestName("für", {"Öffentliche Räume für alle"}));
  CHECK_FALSE(closestName("wird", {"Das Zusammenleben wird gefördert"}));
  // Fewer words wins, not counting the parenthesised ages: 3 words against 4.
  CHECK(closestName("Schule", {"Schule und Arbeit heute", "Übergang Schule–Beruf (16–25)"}) == std::size_t{1});
  // Typos only: a shared word is no typo (the indicator import's "possible typo" warning).
  const std::vector<std::string> indicators{"Anteil der Bevölkerung mit Migrationshintergrund"};
  CHECK(closestName("Bevölkerung", indicators) == std::size_t{0});
  CHECK_FALSE(closestName("Bevölkerung", indicators, NameMatch::TyposOnly));
  CHECK(closestName("Anteil der Bevölkerung mit Migrationshintergrnd", indicators, NameMatch::TyposOnly) ==
        std::size_t{0});
}

TEST_CASE("multi-value cells split at bars and line breaks", "[text][names]") {
  CHECK(splitValues("Kita | Grundschule|Alter") == std::vector<std::string>{"Kita", "Grundschule", "Alter"});
  CHECK(splitValues("a\nb\r\nc") == std::vector<std::string>{"a", "b", "c"});
  CHECK(splitValues(" | |") .empty());
  CHECK(splitValues("").empty());
  CHECK(splitValues("one") == std::vector<std::string>{"one"});
}
