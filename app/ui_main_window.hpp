#pragma once
// The one full-screen window: menu bar, header (title, notice), toolbar with the filter bar,
// the map between a left column (details, filters, views) and a right column (analyses,
// legend), the status line; the search box and the save / unsaved-changes dialogs.
#include <string>

#include "app_state.hpp"
#include "fonts.hpp"
#include "ui_analyses.hpp"
#include "ui_canvas.hpp"
#include "ui_import.hpp"
#include "ui_search.hpp"
#include "ui_views.hpp"

namespace knp::app {

class MainWindow {
 public:
  // Builds one frame's UI for a display of `width` × `height` pixels.
  void draw(AppState& state, const Fonts& fonts, float width, float height);

  // The user closed the window: returns true when it may close now; with unsaved changes it
  // asks first and returns false (the answer comes in a later frame through quitConfirmed()).
  bool requestQuit(const AppState& state);
  bool quitConfirmed() const { return m_quitConfirmed; }

  MapCanvas& canvas() { return m_canvas; }

 private:
  void drawMenuBar(AppState& s);
  void drawToolbar(AppState& s);
  void drawDialogs(AppState& s);
  void save(AppState& s);

  MapCanvas m_canvas;
  AnalysesPanel m_analyses;
  SearchBox m_search;
  ViewsPanel m_views;
  ImportDialog m_import;
  bool m_openSaveAs = false, m_openUnsaved = false, m_quitAfterSave = false, m_quitConfirmed = false;
  char m_saveName[512] = {};
  float m_scalePercent = 100;  // the text size slider's value while it is dragged
  bool m_scaleDragged = false;
  ScreenRect m_canvasRect;
};

}  // namespace knp::app
