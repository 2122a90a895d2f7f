#pragma once
// What a poll's dots say: each option's total, the options ranked, and whether a table has
// placed more dots than it may. Pure functions of a Poll (model/conference.hpp).
#include <cstddef>
#include <string>
#include <vector>

#include "model/conference.hpp"

namespace knp {

struct RankedOption {
  std::size_t option = 0;  // index into Poll::options
  int dots = 0;            // the option's total over all tables
  int rank = 1;            // 1 = most dots; ties share a rank and the next rank is skipped (1, 2, 2, 4)
  bool operator==(const RankedOption&) const = default;
};

// The option's dots summed over all tables (including tables no longer listed). O(tables).
int totalDots(const PollOption& option);

// Every option, most dots first; options with equal totals keep the poll's order and share
// a rank ("competition ranking": 5, 3, 3, 1 dots → ranks 1, 2, 2, 4). An option without dots
// is ranked too (last). Empty poll: empty list. O(options log options + dots entries).
std::vector<RankedOption> rankPoll(const Poll& poll);

// The dots `table` has placed over all options. O(options log tables).
int dotsOfTable(const Poll& poll, const std::string& table);

// Tables that placed more than dotsPerTable dots (none when the limit is 0), in the poll's
// table order. O(tables × options log tables).
std::vector<std::string> tablesOverLimit(const Poll& poll);

// The goals an agreement makes priorities: its goal options ("goal:ID") with at least one
// dot, ranked among themselves as rankPoll ranks (other options do not take a place), those
// within the first `poll.choose` ranks. Ties at the cut are all included, so the result may
// hold more than `choose` goals (the caller says so). Goal ids in ranking order. O(rankPoll).
std::vector<std::string> agreedGoalIds(const Poll& poll);

}  // namespace knp
