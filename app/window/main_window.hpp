#pragma once
// The one full-screen window: menu bar, header (title, notice), toolbar with the filter bar,
// the map between a left column (details, filters, views) and a right column (tabs for the
// analyses, the inspector, the history, the conference, the indicators and, while comparing,
// the comparison above the legend),
// each resizable and collapsible (core/columns.hpp), the status line; the search box, the file
// dialogs (window/files/file_flow.hpp) and the inspector's dialogs. In presentation the map
// fills the window under a slim bar (window/presentation.cpp).
#include <string>

#include "core/app_state.hpp"
#include "core/columns.hpp"
#include "window/fonts.hpp"
#include "window/panels/analyses.hpp"
#include "window/panels/comparison.hpp"
#include "window/panels/conference.hpp"
#include "window/panels/details.hpp"
#include "window/panels/indicators.hpp"
#include "window/panels/map_canvas.hpp"
#include "window/files/file_flow.hpp"
#include "window/files/compare_dialog.hpp"
#include "window/files/export_dialog.hpp"
#include "window/files/import_dialog.hpp"
#include "window/inspector/inspector.hpp"
#include "window/panels/search.hpp"
#include "window/panels/views.hpp"
#include "window/quick_capture.hpp"

namespace knp::app {

// The toolbar's choice of abstraction (Akteursnetz, …), also on the presentation's bar.
void drawAbstractionChoice(AppState& state);

class MainWindow {
 public:
  // Builds one frame's UI for a display of `width` × `height` pixels.
  void draw(AppState& state, const Fonts& fonts, float width, float height);

  // The user closed the window: returns true when it may close now; with unsaved changes it
  // asks first and returns false (the answer comes in a later frame through quitConfirmed()).
  bool requestQuit(AppState& state) { return m_files.requestQuit(state); }
  bool quitConfirmed() const { return m_files.quitConfirmed(); }

  MapCanvas& canvas() { return m_canvas; }
  // Where the map was drawn in the last frame, and how the body was split.
  const ScreenRect& canvasRect() const { return m_canvasRect; }
  const BodyLayout& body() const { return m_body; }
  FileFlow& files() { return m_files; }

 private:
  void drawMenuBar(AppState& s);
  void drawToolbar(AppState& s);
  void drawEditMenu(AppState& s);
  void handleEditKeys(AppState& s);
  void drawRightColumn(AppState& s, float x, float top, float width, float height);
  void drawDialogs(AppState& s);
  // F11 presentation, Esc back, L its legend; F9 and F10 the columns; F5 the conference's
  // scenes, stepped with PageDown / → / Space and PageUp / ←, B blank; N capture.
  void handleViewKeys(AppState& s);
  // F5: the chosen conference's scenes from the first; without any, a notice says how.
  void startSceneShow(AppState& s);
  // A hidden column's strip that opens it; the draggable gap beside a shown one.
  void drawColumnHandle(AppState& s, Side side, const ScreenRect& at);
  void drawColumnSplitter(AppState& s, Side side);
  // Presentation (window/presentation.cpp): the slim bar, the map, the legend overlay.
  void drawPresentation(AppState& s, const Fonts& fonts, float width, float height);

  MapCanvas m_canvas;
  AnalysesPanel m_analyses;
  ConferenceTab m_conference;
  IndicatorsPanel m_indicators;
  ComparisonPanel m_comparison;
  DetailsPanel m_details;
  SearchBox m_search;
  ViewsPanel m_views;
  ImportDialog m_import;
  ExportDialog m_export;
  CompareDialog m_compare;
  FileFlow m_files;
  Inspector m_inspector;
  bool m_selectTab = true;  // switch to state.rightTab on the next frame (start, quick-add, Enter)
  RightTab m_shownTab = RightTab::Analyses;  // the tab shown last frame: a panel may ask for another
  float m_scalePercent = 100;  // the text size slider's value while it is dragged
  bool m_scaleDragged = false;
  ScreenRect m_canvasRect;
  BodyLayout m_body;
  float m_legendWidth = 0;  // the presentation's legend overlay, last frame
  QuickCapture m_capture;   // the presentation's form (N)
  std::string m_notice;     // shown over the map for a few seconds (F5 without scenes)
  double m_noticeUntil = 0;  // ImGui::GetTime() when it goes
};

}  // namespace knp::app
