#pragma once
// What a file browser needs from the file system, kept apart from any window so that it can be
// tested: a folder's entries in the order people expect, a typed path made absolute, the default
// extension for "save as", and the breadcrumbs of a folder. POSIX paths; nothing here throws.
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace knp {

enum class EntryKind { Folder, File };

struct FolderEntry {
  std::string name;  // the file name only, as stored on disk (UTF-8 on every sane system)
  EntryKind kind;
  std::uintmax_t size;  // bytes; 0 for folders
  std::filesystem::file_time_type modified;
};

enum class HiddenFiles { Hide, Show };

struct FolderListing {
  std::filesystem::path folder;      // as given
  std::vector<FolderEntry> entries;  // folders first, then files; see listFolder
  std::string error;                 // "PATH: reason" when the folder could not be read, else empty
};

// The entries of `folder`: folders first, then files, each group in the order of lessByName.
// Symlinks count as what they point to (a link to a folder is a folder, size and time are the
// target's); broken links, entries that cannot be stat'ed and special files (sockets, pipes,
// devices) are left out. Files are kept only when their name ends in one of `extensions`
// (case-insensitive, given like ".json"; a missing dot is added; an empty list keeps all files);
// folders are never filtered. HiddenFiles::Hide leaves out names starting with '.'. "." and ".."
// never appear. A missing or unreadable folder gives no entries and `error`; an error in the
// middle of reading keeps the entries read so far and sets `error`.
// O(n log n · name length) plus one stat per entry and two more per kept one.
FolderListing listFolder(const std::filesystem::path& folder, std::span<const std::string> extensions,
                         HiddenFiles hidden);

// Name order for people: case-insensitive for ASCII and ä/ö/ü (see foldCase), ä/ö/ü sorted with
// a/o/u and ß with ss (DIN 5007-1, so "Ärzte" comes before "Bäcker"), and runs of digits
// compared by their value ("Raster 2" before "Raster 10", "007" equal to "7" in value). Names
// that are equal under these rules are ordered by the folded name, then by bytes, so the order
// is total and does not depend on the input order. O(length of the names).
bool lessByName(std::string_view a, std::string_view b);

// The path a user typed into a browser's path field, made absolute: surrounding whitespace is
// trimmed; a leading "~" or "~/" is replaced by $HOME ("~user" is not expanded, and neither is
// "~" when HOME is unset or empty); a relative path is taken relative to `currentFolder`.
// The result is lexically normalised ("a/./b/../c" → "a/c", ".." above the root stays at the
// root) and has no trailing slash except for the root itself. An empty (or all-space) input
// gives `currentFolder`, normalised. Does not touch the file system.
std::filesystem::path resolveTypedPath(const std::filesystem::path& currentFolder, std::string_view typed);

// For "save as": `p` with `extension` (like ".json"; a missing dot is added) appended when its
// file name has no extension. A name ending in a dot ("projekt.") gets the extension without a
// second dot; a name starting with a dot and having no other (".projekt") counts as having no
// extension. An existing extension is kept, whatever it is. A path without a file name (empty,
// or ending in a slash) and an empty `extension` give `p` unchanged.
std::filesystem::path withDefaultExtension(const std::filesystem::path& p, std::string_view extension);

// The folders from the root down to `folder`, for clickable breadcrumbs, after lexical
// normalisation: "/home/a/b" → {"/", "/home", "/home/a", "/home/a/b"}, "/" → {"/"},
// a relative "a/b" → {"a", "a/b"}, an empty path → {}. A trailing slash is ignored.
std::vector<std::filesystem::path> pathCrumbs(const std::filesystem::path& folder);

// Where a browser should start: `start` made absolute and normalised if it is a folder;
// otherwise its nearest ancestor that is one (a file's own folder, or the part of a deleted
// path that still exists). An empty `start` means the current working folder. Falls back to
// "/" when nothing else exists. At most one stat per path component.
std::filesystem::path nearestFolder(const std::filesystem::path& start);

// A file size for a list column, in whole units of 1024 so that no decimal separator (which
// differs between languages) is needed: "0 B" … "1023 B", then the smallest of KB, MB, GB, TB
// in which the size, rounded up, is below 1024 ("1 KB" for 1025 bytes, "1 MB" for
// 1024·1024 − 1); TB has no upper limit. O(1).
std::string formatSize(std::uintmax_t bytes);

}  // namespace knp
