#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "report/overview.hpp"

using namespace knp;

TEST_CASE("the overview counts what the project holds, in German", "[report][overview]") {
  const std::string text = formatOverview(test::smallProject(), Language::German);
  INFO(text);
  CHECK(text.starts_with("Knotenpunkt – Kleines Projekt – Test\nHinweis: Nur für Tests: „erfunden“.\n"));
  CHECK(text.find("3 Akteure (davon 1 Gremien), 2 Aktivitäten, 2 Ziele, 1 Konzepte, 2 Handlungsfelder, "
                  "2 Lebensphasen, 1 Kooperationen, 1 Kennzahlen") != std::string::npos);
  // Per field: act1 and act2 in f1, act2 in f2. Names are padded by characters, not bytes.
  CHECK(text.find("  Bildung und Kultur     2\n") != std::string::npos);
  CHECK(text.find("  Soziales               1\n") != std::string::npos);
  // Per phase, in order: both activities in Kita, act2 in Alter.
  CHECK(text.find("  Kita (3–6)             2\n  Alter (65+)            1\n") != std::string::npos);
  // Concepts: 2 goals, both served.
  CHECK(text.find("  Integrationskonzept    2 (2)\n") != std::string::npos);
  // Busiest actors: a2 leads act2 and is partner in act1 (2); a1 leads act1 (1).
  CHECK(text.find("    2  Schule Ö\n    1  Verein Ä\n") != std::string::npos);
}

TEST_CASE("the overview speaks English on request and copes with an empty project", "[report][overview]") {
  const std::string text = formatOverview(Project{}, Language::English);
  INFO(text);
  CHECK(text.find("0 actors (0 of them steering bodies), 0 activities") != std::string::npos);
  CHECK(text.find("Actors with the most activities (lead or partner):\n  none\n") != std::string::npos);
}
