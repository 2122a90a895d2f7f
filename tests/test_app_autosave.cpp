#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>
#include <string>

#include "core/autosave.hpp"

using namespace knp::app;
using namespace std::chrono_literals;

namespace {

// A fixed start, so that the tests read in seconds after it.
const AutosaveTimer::Clock::time_point t0{std::chrono::hours(1000)};
AutosaveTimer::Clock::time_point at(std::chrono::seconds s) { return t0 + s; }

}  // namespace

TEST_CASE("autosave waits the interval after the first unsaved change", "[app][autosave]") {
  AutosaveTimer timer;
  CHECK_FALSE(timer.due(at(0s), 0));    // nothing changed
  CHECK_FALSE(timer.due(at(500s), 0));  // still nothing, however long

  CHECK_FALSE(timer.due(at(1000s), 1));  // first change seen: the wait starts
  CHECK_FALSE(timer.due(at(1030s), 2));  // more changes do not restart it
  CHECK_FALSE(timer.due(at(1059s), 3));
  CHECK(timer.due(at(1060s), 3));
  CHECK(timer.due(at(1061s), 3));  // stays due until written (a failed write is retried)

  timer.written(at(1061s), 3);
  CHECK_FALSE(timer.due(at(1062s), 3));
  CHECK_FALSE(timer.due(at(2000s), 3));  // no new change, no new copy

  CHECK_FALSE(timer.due(at(2100s), 4));
  CHECK_FALSE(timer.due(at(2159s), 4));
  CHECK(timer.due(at(2160s), 4));
}

TEST_CASE("changes made while a copy was written wait a full interval from the write", "[app][autosave]") {
  AutosaveTimer timer;
  CHECK_FALSE(timer.due(at(0s), 1));
  CHECK(timer.due(at(60s), 1));  // the caller starts writing the copy of 1 ...
  CHECK(timer.due(at(61s), 2));  // ... while the user changes on (still due: 1 is not written yet)
  timer.written(at(62s), 1);
  CHECK_FALSE(timer.due(at(100s), 2));
  CHECK(timer.due(at(122s), 2));
}

TEST_CASE("after a save or opening a file nothing is pending", "[app][autosave]") {
  AutosaveTimer timer(10s);
  CHECK_FALSE(timer.due(at(0s), 5));
  CHECK(timer.due(at(10s), 5));
  timer.reset(5);  // saved
  CHECK_FALSE(timer.due(at(11s), 5));
  CHECK_FALSE(timer.due(at(100s), 5));

  CHECK_FALSE(timer.due(at(200s), 6));
  timer.reset(40);  // another file opened, its counter elsewhere
  CHECK_FALSE(timer.due(at(300s), 40));
  CHECK_FALSE(timer.due(at(301s), 41));  // the old wait is gone: counts from here
  CHECK_FALSE(timer.due(at(310s), 41));
  CHECK(timer.due(at(311s), 41));
}

TEST_CASE("the interval can be set through KNP_AUTOSAVE_SECONDS", "[app][autosave]") {
  std::optional<std::string> saved;
  if (const char* old = std::getenv("KNP_AUTOSAVE_SECONDS")) saved = old;

  ::unsetenv("KNP_AUTOSAVE_SECONDS");
  CHECK(autosaveIntervalFromEnvironment() == 60s);
  ::setenv("KNP_AUTOSAVE_SECONDS", "2", 1);
  CHECK(autosaveIntervalFromEnvironment() == 2s);
  for (const char* ignored : {"", "0", "-5", "abc", "3s", " 4", "1.5", "99999999999999999999999"}) {
    ::setenv("KNP_AUTOSAVE_SECONDS", ignored, 1);
    INFO("KNP_AUTOSAVE_SECONDS=\"" << ignored << "\"");
    CHECK(autosaveIntervalFromEnvironment() == 60s);
  }

  if (saved) {
    ::setenv("KNP_AUTOSAVE_SECONDS", saved->c_str(), 1);
  } else {
    ::unsetenv("KNP_AUTOSAVE_SECONDS");
  }
}
