#pragma once
// The tooltip of a node on the map: its essentials (an actor's type and number of activities,
// an activity's lead, partners, fields, goals, phases and status, a goal's concept).
#include "core/app_state.hpp"

namespace knp::app {

// Opens and fills an ImGui tooltip for vertex `v`.
void drawNodeTooltip(const AppState& state, Vertex v);

}  // namespace knp::app
