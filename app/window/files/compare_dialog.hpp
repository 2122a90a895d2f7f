#pragma once
// "Datei › Vergleichen mit …": choose what the open project is compared with, the project as
// it stood in a year (first the year before its state, report/progress_model.hpp stateYear)
// or another project file (typed, or chosen in the file browser), and start the comparison
// (core/comparison_state.hpp). A refusal (a year not before the project's state, a file that
// does not load, with its problems) stays in the dialog, in the UI's language; on success the
// dialog closes and the Vergleich tab opens.
#include <string>
#include <vector>

#include "core/app_state.hpp"
#include "window/files/file_browser.hpp"

namespace knp::app {

class CompareDialog {
 public:
  void open() { m_open = true; }
  // Call every frame with the other dialogs.
  void draw(AppState& state);
  // Whether the dialog is on the screen after the last draw(), and why it refused (empty: it
  // did not).
  bool showing() const { return m_showing; }
  const std::string& refusal() const { return m_error; }

 private:
  bool m_open = false;
  bool m_showing = false;
  bool m_withFile = false;  // false: a year
  int m_year = 0;           // proposed at each opening
  char m_path[512] = {};
  std::string m_error;
  std::vector<std::string> m_details;
  FileBrowser m_browser;
};

}  // namespace knp::app
