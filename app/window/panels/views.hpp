#pragma once
// The views panel: the project's saved views (click: return to it; ×: delete) and a name box
// to save the current filters, focus, camera and layout as a view.
#include "core/app_state.hpp"

namespace knp::app {

class ViewsPanel {
 public:
  void draw(AppState& state, double pixelScale);

 private:
  char m_name[120] = {};
};

}  // namespace knp::app
