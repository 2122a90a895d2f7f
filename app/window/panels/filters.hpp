#pragma once
// The filter panel (field, life phase, concept, actor type, status, year; dim or hide what
// does not match) and the filter bar above the map, which shows each active filter, the focus
// and the highlight with a button that clears it.
#include "core/app_state.hpp"

namespace knp::app {

void drawFilterPanel(AppState& state);

// One line of chips; draws nothing but a hint when no filter, focus or highlight is active.
void drawFilterBar(AppState& state);

}  // namespace knp::app
