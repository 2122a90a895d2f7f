#pragma once
// Reading whole files with a size limit, and writing them atomically with a backup.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <variant>

#include "io/outcome.hpp"

namespace knp {

// The file's bytes, or why they could not be read. Never modifies the file and never blocks:
// only regular files are read (a folder, a device such as /dev/zero, a FIFO or a socket is
// refused at once, opened without waiting for a writer), and a file larger than `maxBytes` is
// refused before anything is read ("is 300 MB; at most 256 MB are read, see docs/limits.md").
// A file that grows while it is read stops being read at maxBytes + 1 and is refused the same
// way. O(size).
Outcome<std::string> readWholeFile(const std::filesystem::path& path, std::uint64_t maxBytes);

enum class Backup { Keep, None };

// Replaces `target` with `content` so that at every moment the file holds either the old or
// the new content in full:
// - A symbolic link is followed (to its final target, relative links from their folder): the
//   link stays a link and the file it points to gets the content.
// - A temporary file ".NAME.tmp-XXXXXX" in the same folder is written, locked (flock) while
//   it exists, flushed to disk, then renamed over the target; the folder is flushed.
// - Backup::Keep keeps the old file as "NAME.bak" (replacing an older .bak).
// - A replaced file keeps its mode, and its owner and group where the system permits; where
//   not, the save still succeeds and `notice` (when given) says what changed. A new file gets
//   mode 0666 & ~umask.
// - Temporary files of this naming for the same target that no process holds locked (left by
//   a save that was killed) are removed.
// On failure (folder missing or not writable, disk full, file size limit: SIGXFSZ must be
// ignored by the program, as main() does) the temporary file is removed, the target is
// untouched and the problem is returned, located at the file it concerns (the file written,
// for a link its final target; the folder, for the temporary file; NAME.bak, for the backup;
// `target` as given, for a link loop): describe() gives "PATH: cannot write: No space left on
// device". O(size of content + entries of the folder).
Outcome<void> writeFileAtomically(const std::filesystem::path& target, std::string_view content,
                                  Backup backup = Backup::Keep, std::string* notice = nullptr);

// The backup path writeFileAtomically uses for `target`: the same name with ".bak" appended.
std::filesystem::path backupPathFor(const std::filesystem::path& target);

// The file a write to `path` changes: `path` itself, or the final target of the symbolic
// link(s) it names (at most 40 links, as the kernel follows). A link to a missing file gives
// that missing file's path. O(links).
std::filesystem::path resolveLinks(const std::filesystem::path& path);

// Removes the entries of `folder` named `prefix` and six more characters (what mkstemp and
// mkdtemp make of "XXXXXX") that no process holds locked
// with flock: files and folders our own writers made and locked while they worked, left behind
// by a process that was killed. Best effort: what cannot be removed stays. O(entries).
void removeStaleTemporaries(const std::filesystem::path& folder, std::string_view prefix);

}  // namespace knp
