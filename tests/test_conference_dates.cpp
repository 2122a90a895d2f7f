// Dates as people type them in the conference forms and as the file keeps them
// (graph/conference/conference_dates.hpp).
#include <catch2/catch.hpp>

#include "conference/conference_dates.hpp"

using namespace knp;

TEST_CASE("a date typed the German way or the file's way is kept as YYYY-MM-DD", "[conference][date]") {
  CHECK(normalizedDate("2013-11-20") == "2013-11-20");
  CHECK(normalizedDate("20.11.2013") == "2013-11-20");
  CHECK(normalizedDate(" 1.2.2013 ") == "2013-02-01");
  CHECK(normalizedDate("") == "");     // no date
  CHECK(normalizedDate("   ") == "");  // no date either
}

TEST_CASE("what is not a date is refused, not guessed", "[conference][date]") {
  for (const char* text : {"20.11.13", "2013-11-2", "2013/11/20", "20.13.2013", "32.01.2013", "0.1.2013",
                           "2013-00-10", "2013-1a-10", "morgen", "20.11.2013x", "11/20/2013"}) {
    INFO(text);
    CHECK_FALSE(normalizedDate(text));
  }
}

TEST_CASE("a conference's year is its date's, only when the date is valid", "[conference][date]") {
  Conference c;
  CHECK_FALSE(conferenceYear(c));
  c.date = "2013-11-20";
  CHECK(conferenceYear(c) == 2013);
  c.date = "20.11.2013";  // the file keeps YYYY-MM-DD; validation refuses this form
  CHECK_FALSE(conferenceYear(c));
}
