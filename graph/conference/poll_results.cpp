#include "conference/poll_results.hpp"

#include <algorithm>

namespace knp {

int totalDots(const PollOption& option) {
  int total = 0;
  for (const auto& [table, dots] : option.dots) total += dots;
  return total;
}

std::vector<RankedOption> rankPoll(const Poll& poll) {
  std::vector<RankedOption> ranked;
  ranked.reserve(poll.options.size());
  for (std::size_t i = 0; i < poll.options.size(); ++i) ranked.push_back({i, totalDots(poll.options[i]), 1});
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const RankedOption& a, const RankedOption& b) { return a.dots > b.dots; });
  for (std::size_t i = 0; i < ranked.size(); ++i)
    ranked[i].rank = i > 0 && ranked[i].dots == ranked[i - 1].dots ? ranked[i - 1].rank : static_cast<int>(i) + 1;
  return ranked;
}

int dotsOfTable(const Poll& poll, const std::string& table) {
  int total = 0;
  for (const PollOption& option : poll.options)
    if (auto it = option.dots.find(table); it != option.dots.end()) total += it->second;
  return total;
}

std::vector<std::string> tablesOverLimit(const Poll& poll) {
  std::vector<std::string> over;
  if (poll.dotsPerTable <= 0) return over;
  for (const std::string& table : poll.tables)
    if (dotsOfTable(poll, table) > poll.dotsPerTable) over.push_back(table);
  return over;
}

std::vector<std::string> agreedGoalIds(const Poll& poll) {
  std::vector<std::string> goals;
  constexpr std::string_view kGoal = "goal:";
  for (const RankedOption& r : rankPoll(poll)) {
    if (r.rank > poll.choose || r.dots == 0) break;
    const std::string& item = poll.options[r.option].item;
    if (item.starts_with(kGoal)) goals.push_back(item.substr(kGoal.size()));
  }
  return goals;
}

}  // namespace knp
