#pragma once
// The history panel: every step since the project was opened, oldest first, the current one
// marked and undone ones grey; a click goes to the state after that step (several undos or
// redos at once).
#include "core/app_state.hpp"

namespace knp::app {

void drawHistoryPanel(AppState& state);

}  // namespace knp::app
