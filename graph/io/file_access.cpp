#include "io/file_access.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace knp {
namespace {

FileError errnoError(const std::filesystem::path& path, std::string_view doing, int err) {
  return {path.string() + ": " + std::string(doing) + ": " + std::strerror(err)};
}

// Writes all of `content`, retrying after interrupts and partial writes.
bool writeAll(int fd, std::string_view content) {
  while (!content.empty()) {
    ssize_t written = ::write(fd, content.data(), content.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    content.remove_prefix(static_cast<size_t>(written));
  }
  return true;
}

mode_t currentUmask() {
  mode_t mask = ::umask(0);
  ::umask(mask);
  return mask;
}

// Keeps the current target as NAME.bak. A hard link costs nothing and never leaves the
// target missing; where the file system has no hard links, copy instead.
std::optional<FileError> keepBackup(const std::filesystem::path& target) {
  const auto backup = backupPathFor(target);
  if (::unlink(backup.c_str()) != 0 && errno != ENOENT) return errnoError(backup, "cannot replace the backup", errno);
  if (::link(target.c_str(), backup.c_str()) == 0) return std::nullopt;
  std::error_code ec;
  std::filesystem::copy_file(target, backup, std::filesystem::copy_options::overwrite_existing, ec);
  if (ec) return FileError{backup.string() + ": cannot write the backup: " + ec.message()};
  return std::nullopt;
}

void syncFolder(const std::filesystem::path& folder) {
  int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;  // best effort: the rename itself already happened
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

std::filesystem::path backupPathFor(const std::filesystem::path& target) {
  auto backup = target;
  backup += ".bak";
  return backup;
}

std::variant<std::string, FileError> readWholeFile(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return FileError{path.string() + ": is a folder, not a file"};
  std::ifstream in(path, std::ios::binary);
  if (!in) return errnoError(path, "cannot open", errno);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return errnoError(path, "cannot read", errno);
  return std::move(buffer).str();
}

std::optional<FileError> writeFileAtomically(const std::filesystem::path& target, std::string_view content,
                                             Backup backup) {
  const auto folder = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
  std::string tempName = (folder / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  int fd = ::mkstemp(tempName.data());
  if (fd < 0) return errnoError(folder, "cannot create a temporary file", errno);
  const std::filesystem::path tempPath = tempName;

  auto fail = [&](std::string_view doing) {
    const int err = errno;
    if (fd >= 0) ::close(fd);
    ::unlink(tempPath.c_str());
    return errnoError(target, doing, err);
  };

  struct stat existing {};
  const bool targetExists = ::stat(target.c_str(), &existing) == 0;
  const mode_t mode = targetExists ? (existing.st_mode & 07777) : (0666 & ~currentUmask());
  if (::fchmod(fd, mode) != 0) return fail("cannot set permissions");
  if (!writeAll(fd, content)) return fail("cannot write");
  if (::fsync(fd) != 0) return fail("cannot flush to disk");
  const int closeResult = ::close(fd);
  fd = -1;
  if (closeResult != 0) return fail("cannot write");

  if (targetExists && backup == Backup::Keep) {
    if (auto error = keepBackup(target)) {
      ::unlink(tempPath.c_str());
      return error;
    }
  }
  if (::rename(tempPath.c_str(), target.c_str()) != 0) return fail("cannot replace");
  syncFolder(folder);
  return std::nullopt;
}

}  // namespace knp
