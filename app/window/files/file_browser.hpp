#pragma once
// The program's own file browser for Open, Save as and choosing a file to import: a modal popup
// with the current folder as clickable breadcrumbs and an "up" button, the folder's entries in
// a scrolling table (folders first, marked with a trailing "/"), a field for a typed path or
// file name, an extension filter, "show hidden" and the OK/cancel buttons. What it knows about
// the file system comes from io/folder_listing, which is tested without a window.
//
// Mouse: a click selects an entry and puts its name into the field (in Save mode only a file's
// name: the field holds the name to save under, and a click on a folder must not wipe it);
// a double click enters a folder, or chooses a file (Open) or takes its name (Save).
// Keys: Enter in the field confirms it (see FileBrowser::draw); Escape cancels.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/folder_listing.hpp"

namespace knp::app {

// Everything the browser shows in words; the strings live in the language tables.
struct FileBrowserText {
  std::string_view title;        // window title, e.g. "Projekt öffnen"
  std::string_view folderLabel;  // "Ordner": before the breadcrumbs, and in a folder's size column
  std::string_view nameLabel;    // column headers
  std::string_view sizeLabel;
  std::string_view modifiedLabel;
  std::string_view pathLabel;    // "Pfad oder Dateiname", before the text field
  std::string_view filterLabel;  // before the extension filter
  std::string_view allFiles;     // the filter entry that shows every file
  std::string_view showHidden;   // checkbox
  std::string_view up;           // "Übergeordneter Ordner": tooltip of the up arrow
  std::string_view open;         // the OK button in Open mode
  std::string_view save;         // the OK button in Save mode
  std::string_view cancel;
  std::string_view overwriteQuestion;  // fmt pattern, {} = the file name: "„{}“ gibt es schon. Ersetzen?"
  std::string_view overwrite;          // the button that confirms it
  std::string_view notAFolder;         // shown as "PATH: notAFolder" when a typed path's folder does not exist
};

enum class FileBrowserMode { Open, Save };

class FileBrowser {
 public:
  // Asks for the popup to open at the next draw(). Starts in `startFolder`, or in its nearest
  // existing ancestor (an empty path means the working folder; a file means its folder).
  // `extensions` (like ".json"; a missing dot is added) make the filter: with two or more, the
  // first choice shows all of them together, then each alone, then every file; with none,
  // every file is shown. In Save mode a typed name without an extension gets the active
  // filter's first extension (or the first of `extensions` under "all files").
  // `suggestedName` (a file name, no folder) is put into the field and selected if listed.
  // Opening again while open starts over.
  void open(FileBrowserMode mode, std::filesystem::path startFolder, std::vector<std::string> extensions,
            std::string suggestedName = {});

  // From open() until a path is chosen or the browser is cancelled.
  bool isOpen() const { return m_isOpen; }

  // Call every frame, where the popup belongs in the ID stack (e.g. with the other dialogs).
  // Returns the chosen path (absolute and normalised) exactly once, in the frame it is chosen;
  // then the popup is closed. Otherwise std::nullopt, also when cancelled (isOpen() tells).
  // Confirming the field (Enter or OK): a folder is entered; in Open mode an existing file is
  // chosen; in Save mode the extension is added if missing, an existing file is chosen only
  // after the overwrite question. A file whose folder does not exist, and a path ending in "/"
  // that is no folder, show notAFolder; a missing file in Open mode shows the system's reason.
  // The folder is read when it, the filter or "show hidden" changes, not every frame;
  // drawing is O(visible rows).
  std::optional<std::filesystem::path> draw(const FileBrowserText& text);

 private:
  // One table row, formatted once per listing rather than every frame.
  struct Row {
    std::string label;  // the name, with "/" after a folder's
    std::string size;   // empty for folders: the column shows folderLabel
    std::string modified;
  };

  void enterFolder(std::filesystem::path folder);
  void refresh();
  std::string defaultExtension() const;
  std::optional<std::filesystem::path> confirm(const FileBrowserText& text);

  void drawCrumbs(const FileBrowserText& text);
  // Returns the path of a file chosen by double click (Open mode).
  std::optional<std::filesystem::path> drawEntries(const FileBrowserText& text, float height);
  void drawFilter(const FileBrowserText& text);
  std::optional<std::filesystem::path> drawOverwriteQuestion(const FileBrowserText& text);
  void close();

  FileBrowserMode m_mode = FileBrowserMode::Open;
  bool m_openRequested = false;
  bool m_isOpen = false;
  std::filesystem::path m_folder;
  std::vector<std::string> m_extensions;
  std::vector<std::vector<std::string>> m_filters;  // the choices; the last, empty, is "all files"
  std::size_t m_filter = 0;
  bool m_showHidden = false;

  bool m_stale = true;  // m_listing does not match folder, filter and hidden flag
  FolderListing m_listing;
  std::vector<Row> m_rows;  // parallel to m_listing.entries
  std::vector<std::filesystem::path> m_crumbs;
  bool m_scrollToTop = false;

  std::string m_selected;        // name of the selected entry, empty for none
  std::string m_typed;           // the path field
  std::string m_saveName;        // Save mode: the name to come back to after a folder was typed
  std::string m_message;         // why the field could not be confirmed
  bool m_focusField = false;     // give the field the keyboard focus at the next draw
  bool m_selectOnFocus = false;  // and select what typing should replace, once it has it
  std::optional<std::filesystem::path> m_pendingOverwrite;
  bool m_askOverwrite = false;  // open the question's popup at the next chance
};

}  // namespace knp::app
