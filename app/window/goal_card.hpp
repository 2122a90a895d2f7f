#pragma once
// A goal's card "Woran merken wir es?" as the details panel and the Kennzahlen tab show it for
// the goal selected on the map (analysis/indicator_progress.hpp goalCard): the indicators
// naming the goal, each with its target status, trend and latest value (a click on its name
// shows it in the Kennzahlen tab), and the activities and distinct actors serving the goal,
// through its sub-goals too, in each of the last kGoalCardYears years the project spans
// (projectYears), as a small table with bars. Every activity running in a year counts,
// whatever its status now: a finished one served the goal in the years it ran.
#include <cstdint>
#include <optional>

#include "analysis/indicator_progress.hpp"
#include "core/app_state.hpp"

namespace knp::app {

inline constexpr int kGoalCardYears = 8;

// The years a card counts: the last kGoalCardYears of projectYears(); nothing when the
// project has no years. O(activities + indicator values + conferences).
std::optional<YearSpan> goalCardYears(const Project& project);

class GoalCardView {
 public:
  // Draws the card of `goal` at the cursor (heading first). The card is made anew when the
  // data or the goal change, not every frame.
  void draw(AppState& state, const GoalId& goal);
  // The card as last drawn; nothing after reset() or before the first draw().
  const std::optional<GoalCard>& card() const { return m_card; }
  void reset() { m_card.reset(); }

 private:
  std::uint64_t m_revision = UINT64_MAX;
  std::optional<GoalCard> m_card;
};

}  // namespace knp::app
