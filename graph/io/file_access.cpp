#include "io/file_access.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

#include <fmt/format.h>

namespace knp {
namespace {

LocatedProblem errnoProblem(const std::filesystem::path& path, std::string_view doing, int err) {
  return {std::string(doing) + ": " + std::strerror(err), path};
}


// Closes a descriptor when it goes out of scope.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd = -1) : m_fd(fd) {}
  ~FileDescriptor() { reset(); }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return m_fd; }
  int release() { return std::exchange(m_fd, -1); }
  void reset() {
    if (m_fd >= 0) ::close(m_fd);
    m_fd = -1;
  }

 private:
  int m_fd;
};

std::string megabytes(std::uint64_t bytes) {
  return bytes % (1024 * 1024) == 0 ? fmt::format("{} MB", bytes / (1024 * 1024))
                                    : fmt::format("{:.1f} MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
}

LocatedProblem tooLarge(const std::filesystem::path& path, std::uint64_t size, std::uint64_t maxBytes) {
  return {fmt::format("{}; this reader accepts at most {} (see docs/limits.md)",
                      size > maxBytes ? "the file is " + megabytes(size) : "the file is larger than that",
                      megabytes(maxBytes)),
          path};
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
Outcome<void> keepBackup(const std::filesystem::path& target) {
  const auto backup = backupPathFor(target);
  if (::unlink(backup.c_str()) != 0 && errno != ENOENT) return errnoProblem(backup, "cannot replace the backup", errno);
  if (::link(target.c_str(), backup.c_str()) == 0) return Done{};
  std::error_code ec;
  std::filesystem::copy_file(target, backup, std::filesystem::copy_options::overwrite_existing, ec);
  if (ec) return LocatedProblem{"cannot write the backup: " + ec.message(), backup};
  return Done{};
}

void syncFolder(const std::filesystem::path& folder) {
  int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;  // best effort: the rename itself already happened
  ::fsync(fd);
  ::close(fd);
}

// Gives the temporary file the replaced file's owner and group. Only root may give a file to
// another user; an owner may still give it to one of their groups. Returns what could not be
// kept, for the notice.
std::optional<std::string> keepOwnership(int fd, const struct stat& existing) {
  if (::fchown(fd, existing.st_uid, existing.st_gid) == 0) return std::nullopt;
  const bool ownerKept = existing.st_uid == ::geteuid();
  const bool groupKept = ::fchown(fd, static_cast<uid_t>(-1), existing.st_gid) == 0;
  if (ownerKept && groupKept) return std::nullopt;
  std::string changed;
  if (!ownerKept) changed = fmt::format("belongs to you (user {}), no longer to user {}", ::geteuid(), existing.st_uid);
  if (!groupKept)
    changed += fmt::format("{}is in your group {}, no longer in group {}", changed.empty() ? "" : ", and ", ::getegid(),
                           existing.st_gid);
  return "the file now " + changed + ": only an administrator can keep what belongs to others";
}

}  // namespace

std::filesystem::path backupPathFor(const std::filesystem::path& target) {
  auto backup = target;
  backup += ".bak";
  return backup;
}

std::filesystem::path resolveLinks(const std::filesystem::path& path) {
  std::filesystem::path current = path;
  for (int hop = 0; hop < 40; ++hop) {
    std::error_code ec;
    if (!std::filesystem::is_symlink(std::filesystem::symlink_status(current, ec))) return current;
    const std::filesystem::path next = std::filesystem::read_symlink(current, ec);
    if (ec) return current;
    current = next.is_absolute() ? next : current.parent_path() / next;
  }
  return current;  // still a link after 40: a loop, which writeFileAtomically refuses
}

void removeStaleTemporaries(const std::filesystem::path& folder, std::string_view prefix) {
  std::error_code ec;
  std::filesystem::directory_iterator entries(folder, ec);
  if (ec) return;
  for (const auto& entry : entries) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix) || name.size() != prefix.size() + 6) continue;  // mkstemp's XXXXXX
    FileDescriptor fd(::open(entry.path().c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK));
    if (fd.get() < 0) continue;
    if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) continue;  // its writer is still at work
    std::error_code ignored;
    std::filesystem::remove_all(entry.path(), ignored);
  }
}

Outcome<std::string> readWholeFile(const std::filesystem::path& path, std::uint64_t maxBytes) {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
  FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
  if (fd.get() < 0) return errnoProblem(path, "cannot open", errno);
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) return errnoProblem(path, "cannot read", errno);
  if (S_ISDIR(info.st_mode)) return LocatedProblem{"is a folder, not a file", path};
  if (!S_ISREG(info.st_mode))
    return LocatedProblem{"is not a regular file (a device, pipe or socket); only files are read", path};
  if (static_cast<std::uint64_t>(info.st_size) > maxBytes)
    return tooLarge(path, static_cast<std::uint64_t>(info.st_size), maxBytes);
  std::string bytes;
  bytes.reserve(static_cast<std::size_t>(info.st_size));
  char chunk[64 * 1024];
  for (;;) {
    const ssize_t count = ::read(fd.get(), chunk, sizeof chunk);
    if (count < 0) {
      if (errno == EINTR) continue;
      return errnoProblem(path, "cannot read", errno);
    }
    if (count == 0) break;
    bytes.append(chunk, static_cast<std::size_t>(count));
    if (bytes.size() > maxBytes) return tooLarge(path, bytes.size(), maxBytes);
  }
  return bytes;
}

Outcome<void> writeFileAtomically(const std::filesystem::path& requested, std::string_view content, Backup backup,
                                  std::string* notice) {
  const std::filesystem::path target = resolveLinks(requested);
  std::error_code linkError;
  if (std::filesystem::is_symlink(std::filesystem::symlink_status(target, linkError)))  // a loop, or 40 links
    return errnoProblem(requested, "cannot follow the symbolic link", ELOOP);
  const auto folder = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
  const std::string tempPrefix = "." + target.filename().string() + ".tmp-";
  removeStaleTemporaries(folder, tempPrefix);

  std::string tempName = (folder / (tempPrefix + "XXXXXX")).string();
  FileDescriptor fd(::mkostemp(tempName.data(), O_CLOEXEC));
  if (fd.get() < 0) return errnoProblem(folder, "cannot create a temporary file", errno);
  const std::filesystem::path tempPath = tempName;
  ::flock(fd.get(), LOCK_EX);  // tells removeStaleTemporaries of other saves that this one is alive

  auto fail = [&](std::string_view doing) {
    const int err = errno;
    fd.reset();
    ::unlink(tempPath.c_str());
    return errnoProblem(target, doing, err);
  };

  struct stat existing {};
  const bool targetExists = ::stat(target.c_str(), &existing) == 0;
  const mode_t mode = targetExists ? (existing.st_mode & 07777) : (0666 & ~currentUmask());
  std::optional<std::string> ownership;
  if (targetExists && (existing.st_uid != ::geteuid() || existing.st_gid != ::getegid()))
    ownership = keepOwnership(fd.get(), existing);
  if (::fchmod(fd.get(), mode) != 0) return fail("cannot set permissions");  // after fchown, which may clear set-id bits
  if (!writeAll(fd.get(), content)) return fail("cannot write");
  if (::fsync(fd.get()) != 0) return fail("cannot flush to disk");

  if (targetExists && backup == Backup::Keep) {
    if (Outcome<void> kept = keepBackup(target); !kept.ok()) {
      fd.reset();
      ::unlink(tempPath.c_str());
      return kept;
    }
  }
  if (::rename(tempPath.c_str(), target.c_str()) != 0) return fail("cannot replace");
  if (::close(fd.release()) != 0) {
    // The data was flushed by fsync above; a late close error cannot undo the rename.
  }
  syncFolder(folder);
  if (ownership && notice) *notice = target.string() + ": " + *ownership;
  return Done{};
}

}  // namespace knp
