#pragma once
// The window's import of a filled-in Raster (or the actors' grid, or a GraphML / GEXF
// network): a file name (typed, or chosen in the file browser), a preview of what would be
// created and updated with every row problem, and "apply", one undoable step (new nodes
// placed beside their neighbours). Rows with errors are skipped only when the user ticks
// that box. The project is marked changed, not saved.
#include <optional>
#include <string>

#include "core/app_state.hpp"
#include "window/files/file_browser.hpp"
#include "io/raster_import.hpp"

namespace knp::app {

class ImportDialog {
 public:
  void open() { m_open = true; }
  void draw(AppState& state);

 private:
  bool m_open = false;
  char m_path[512] = {};
  std::optional<RasterImport> m_preview;
  std::string m_previewOf;  // the path the preview was made of
  std::string m_error;
  bool m_skipInvalid = false;
  FileBrowser m_browser;
};

}  // namespace knp::app
