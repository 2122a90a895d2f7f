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
  // The goal options with dots, ranked among themselves (competition ranking, as rankPoll).
  constexpr std::string_view kGoal = "goal:";
  std::vector<std::pair<int, std::string>> goals;  // dots, goal id; in ranking order
  for (const RankedOption& r : rankPoll(poll)) {
    const std::string& item = poll.options[r.option].item;
    if (r.dots > 0 && item.starts_with(kGoal)) goals.emplace_back(r.dots, item.substr(kGoal.size()));
  }
  std::vector<std::string> chosen;
  int rank = 0;
  for (std::size_t i = 0; i < goals.size(); ++i) {
    if (i == 0 || goals[i].first != goals[i - 1].first) rank = static_cast<int>(i) + 1;
    if (rank > poll.choose) break;
    chosen.push_back(goals[i].second);
  }
  return chosen;
}

}  // namespace knp
