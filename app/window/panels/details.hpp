#pragma once
// The details panel: everything about the selected node (all its fields, pin state, focus
// with depth 1–3) and its connections grouped by kind, each clickable (selects and frames
// that node); what conferences said about it (comments with the conference's title, "neu aus
// Konferenz X", a goal's priority years). With several nodes selected, their names, each
// clickable.
//
// A selected goal shows its card "Woran merken wir es?" (analysis/indicator_progress.hpp
// goalCard): the indicators naming it, each with its latest value, target status and trend (a
// click shows it in the Kennzahlen tab), and the activities and distinct actors serving it
// (through its sub-goals too) in each of the last kGoalCardYears years the project spans
// (projectYears), counting every activity running in the year whatever its status now.
#include <cstddef>
#include <cstdint>
#include <optional>

#include "analysis/indicator_progress.hpp"
#include "core/app_state.hpp"

namespace knp::app {

inline constexpr int kGoalCardYears = 8;

class DetailsPanel {
 public:
  // The panel's content; the caller has begun a child window or section for it.
  void draw(AppState& state);

  // The goal card as last drawn; nothing when no goal was shown. Made anew when the data or
  // the goal change, not every frame.
  const std::optional<GoalCard>& goalCard() const { return m_card; }

 private:
  void drawGoalCard(AppState& s, const GoalId& goal);

  std::uint64_t m_cardRevision = UINT64_MAX;
  std::optional<GoalCard> m_card;
};

}  // namespace knp::app
