#pragma once
// The details panel: everything about the selected node (all its fields, pin state, focus
// with depth 1–3) and its connections grouped by kind, each clickable (selects and frames
// that node); what conferences said about it (comments with the conference's title, "neu aus
// Konferenz X", a goal's priority years). With several nodes selected, their names, each
// clickable.
//
// A selected goal shows its card "Woran merken wir es?" (window/goal_card.hpp).
#include <optional>

#include "core/app_state.hpp"
#include "window/goal_card.hpp"

namespace knp::app {

class DetailsPanel {
 public:
  // The panel's content; the caller has begun a child window or section for it.
  void draw(AppState& state);

  // The goal card as last drawn; nothing when no goal was shown.
  const std::optional<GoalCard>& goalCard() const { return m_card.card(); }

 private:
  GoalCardView m_card;
};

}  // namespace knp::app
