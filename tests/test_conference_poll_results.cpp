// What a poll's dots say: totals, competition ranking with ties, the agreed goals and the
// tables over their limit (graph/conference/poll_results.hpp).
#include <catch2/catch.hpp>

#include "conference/poll_results.hpp"

using namespace knp;

namespace {

PollOption option(const char* id, const char* item, std::map<std::string, int> dots) {
  return PollOption{id, item, id, std::move(dots)};
}

Poll pollOf(std::vector<PollOption> options, int choose = 3) {
  Poll poll;
  poll.id = "p";
  poll.question = "?";
  poll.kind = PollKind::Agreement;
  poll.tables = {"T1", "T2"};
  poll.options = std::move(options);
  poll.choose = choose;
  return poll;
}

}  // namespace

TEST_CASE("options are ranked by dots; ties share a rank and the next is skipped", "[conference][poll]") {
  // Totals: a 1, b 3 (2+1), c 5, d 3, e 0 → c 5 (1), b 3 (2), d 3 (2), a 1 (4), e 0 (5).
  const Poll poll = pollOf({option("a", "", {{"T1", 1}}), option("b", "", {{"T1", 2}, {"T2", 1}}),
                            option("c", "", {{"T2", 5}}), option("d", "", {{"T1", 3}}), option("e", "", {})});
  const std::vector<RankedOption> ranked = rankPoll(poll);
  const std::vector<RankedOption> expected{{2, 5, 1}, {1, 3, 2}, {3, 3, 2}, {0, 1, 4}, {4, 0, 5}};
  CHECK(ranked == expected);
}

TEST_CASE("a poll without dots ranks every option first, in the poll's order", "[conference][poll]") {
  const Poll poll = pollOf({option("a", "", {}), option("b", "", {})});
  const std::vector<RankedOption> expected{{0, 0, 1}, {1, 0, 1}};
  CHECK(rankPoll(poll) == expected);
  CHECK(rankPoll(pollOf({})).empty());
  CHECK(agreedGoalIds(poll).empty());  // no dots, no priority
}

TEST_CASE("totals count every table, also one no longer listed", "[conference][poll]") {
  CHECK(totalDots(option("a", "", {{"T1", 2}, {"gone", 4}})) == 6);
  const Poll poll = pollOf({option("a", "", {{"T1", 2}, {"T2", 1}}), option("b", "", {{"T1", 2}})});
  CHECK(dotsOfTable(poll, "T1") == 4);
  CHECK(dotsOfTable(poll, "T2") == 1);
  CHECK(dotsOfTable(poll, "T3") == 0);
}

TEST_CASE("tables over their dot limit are named; a limit of 0 has none", "[conference][poll]") {
  Poll poll = pollOf({option("a", "", {{"T1", 2}, {"T2", 3}}), option("b", "", {{"T1", 2}})});
  poll.dotsPerTable = 3;
  CHECK(tablesOverLimit(poll) == std::vector<std::string>{"T1"});  // T1 placed 4, T2 exactly 3
  poll.dotsPerTable = 0;
  CHECK(tablesOverLimit(poll).empty());
}

TEST_CASE("an agreement chooses the goals within the first ranks among the goals", "[conference][poll]") {
  // g1 5, free text 4, g2 4, g3 2, g4 0 dots. Among the goals with dots: g1 (1), g2 (2), g3 (3);
  // the free text takes no place, g4 has no dot and never counts.
  std::vector<PollOption> options{option("1", "goal:g1", {{"T1", 5}}), option("2", "", {{"T1", 4}}),
                                  option("3", "goal:g2", {{"T2", 4}}), option("4", "goal:g3", {{"T2", 2}}),
                                  option("5", "goal:g4", {})};
  CHECK(agreedGoalIds(pollOf(options, 1)) == std::vector<std::string>{"g1"});
  CHECK(agreedGoalIds(pollOf(options, 2)) == std::vector<std::string>{"g1", "g2"});
  CHECK(agreedGoalIds(pollOf(options, 3)) == std::vector<std::string>{"g1", "g2", "g3"});
  CHECK(agreedGoalIds(pollOf(options, 9)) == std::vector<std::string>{"g1", "g2", "g3"});
}

TEST_CASE("an agreement takes every goal tied at the cut", "[conference][poll]") {
  // g1 6; g2, g3 3 (tied at rank 2); g4 1. choose 2: g1 and both tied goals.
  const std::vector<PollOption> options{option("1", "goal:g1", {{"T1", 6}}), option("2", "goal:g2", {{"T1", 3}}),
                                        option("3", "goal:g3", {{"T2", 3}}), option("4", "goal:g4", {{"T2", 1}})};
  CHECK(agreedGoalIds(pollOf(options, 2)) == std::vector<std::string>{"g1", "g2", "g3"});
  CHECK(agreedGoalIds(pollOf(options, 1)) == std::vector<std::string>{"g1"});
  // Rank 3 does not exist (the tie took 2 and 3): choose 3 adds nothing, choose 4 adds g4.
  CHECK(agreedGoalIds(pollOf(options, 3)) == std::vector<std::string>{"g1", "g2", "g3"});
  CHECK(agreedGoalIds(pollOf(options, 4)) == std::vector<std::string>{"g1", "g2", "g3", "g4"});
}
