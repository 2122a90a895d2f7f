#pragma once
// The window's import of a filled-in Raster (or the actors' grid, a table of indicators by
// year, or a GraphML / GEXF network): a file name (typed, or chosen in the file browser), a
// preview of what would be created and updated with every row problem (for indicators every
// value added or changed), and "apply", one undoable step (new nodes placed beside their
// neighbours). Rows with errors are skipped only when the user ticks that box. The project is
// marked changed, not saved.
#include <optional>
#include <string>

#include "core/app_state.hpp"
#include "io/grid_file.hpp"
#include "window/files/file_browser.hpp"

namespace knp::app {

class ImportDialog {
 public:
  void open() { m_open = true; }
  void draw(AppState& state);

 private:
  bool m_open = false;
  char m_path[512] = {};
  std::optional<FileImport> m_preview;
  std::string m_previewOf;  // the path the preview was made of
  std::string m_error;
  bool m_skipInvalid = false;
  FileBrowser m_browser;
};

// The preview's line for one indicator's row, in `language`, numbers with its decimal mark:
// "Einbürgerungen – 2014 neu; 2013: 96 → 97; Einheit geändert", "Neu: Sprachkurse – 2013,
// 2014 neu". O(years + details).
std::string indicatorChangeLine(const IndicatorRowChange& change, Language language);

}  // namespace knp::app
