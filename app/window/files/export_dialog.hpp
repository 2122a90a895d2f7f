#pragma once
// "Datei › Exportieren …": every format of `knotenpunkt export` (print/export_formats.hpp)
// with the same options (size, view, language, contacts; each shown only for the formats that
// read it) and a file name, typed or chosen in the file browser. A conference's protocol and
// handout are offered for the conference chosen in the Konferenz tab (AppState::conference);
// the progress report compares with the project as it stood in a year typed in the dialog
// (first the year before the project's state, report/progress_model.hpp's stateYear).
// Exports the project as the window has it, positions included, without changing it; the
// file is written atomically, an existing one kept as NAME.bak. Problems are shown in the dialog, in the UI's language.
#include <string>
#include <string_view>

#include "core/app_state.hpp"
#include "window/files/file_browser.hpp"

namespace knp::app {

class ExportDialog {
 public:
  // Asks for the dialog to open at the next draw(), with the first format named `formatName`
  // (a name of print/export_formats.hpp) chosen; otherwise with the last one chosen.
  void open(std::string_view formatName = {});
  // Call every frame with the other dialogs.
  void draw(AppState& state);

 private:
  // Writes the chosen format to m_path; false with m_error set when it could not.
  bool exportNow(AppState& state);

  bool m_open = false;
  std::size_t m_format = 0;  // index into exportFormats()
  char m_size[32] = "A3";
  std::string m_view;        // empty: the whole map
  Language m_language = Language::German;
  bool m_languageChosen = false;  // until the user picks one, the UI's language
  bool m_withoutContacts = false;
  int m_sinceYear = 0;  // the progress report's earlier state; 0: not chosen yet
  char m_path[512] = {};
  std::string m_error;
  FileBrowser m_browser;
};

}  // namespace knp::app
