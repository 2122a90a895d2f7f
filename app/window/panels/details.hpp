#pragma once
// The details panel: everything about the selected node (all its fields, pin state, focus
// with depth 1–3) and its connections grouped by kind, each clickable (selects and frames
// that node); what conferences said about it (comments with the conference's title, "neu aus
// Konferenz X", a goal's priority years). With several nodes selected, their names, each
// clickable.
#include "core/app_state.hpp"

namespace knp::app {

void drawDetailsPanel(AppState& state);

}  // namespace knp::app
