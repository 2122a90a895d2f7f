#pragma once
// Reading whole files and writing them atomically with a backup.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace knp {

struct FileError {
  std::string message;  // "PATH: what went wrong", ready to show
};

// The file's bytes, or why they could not be read. Never modifies the file.
std::variant<std::string, FileError> readWholeFile(const std::filesystem::path& path);

enum class Backup { Keep, None };

// Replaces `target` with `content` so that at every moment `target` holds either the old or
// the new content in full: writes a temporary file in the same folder, flushes it to disk,
// keeps the old file as "NAME.bak" (Backup::Keep, replacing an older .bak), renames the
// temporary file over the target and flushes the folder. A new file gets mode 0666 & ~umask,
// a replaced one keeps its mode. On failure (folder missing or not writable, disk full, ...)
// the temporary file is removed, the target is untouched and the error is returned.
std::optional<FileError> writeFileAtomically(const std::filesystem::path& target, std::string_view content,
                                             Backup backup = Backup::Keep);

// The backup path writeFileAtomically uses for `target`: the same name with ".bak" appended.
std::filesystem::path backupPathFor(const std::filesystem::path& target);

}  // namespace knp
