#include "io/recovery.hpp"

#include <algorithm>
#include <string>
#include <string_view>

namespace knp {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kUnsavedPrefix = "unsaved-";
constexpr std::string_view kRecoverySuffix = ".recovery.json";

bool isUnsavedRecoveryName(const std::string& name) {
  return name.size() >= kUnsavedPrefix.size() + kRecoverySuffix.size() && name.starts_with(kUnsavedPrefix) &&
         name.ends_with(kRecoverySuffix);
}

// The candidate for `path` if it is a regular file whose time can be read.
std::optional<RecoveryCandidate> candidateAt(const fs::path& path, std::optional<fs::path> original) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return std::nullopt;
  const auto written = fs::last_write_time(path, ec);
  if (ec) return std::nullopt;
  return RecoveryCandidate{path, std::move(original), written};
}

}  // namespace

fs::path recoveryPathFor(const fs::path& projectFile) {
  const fs::path extension = projectFile.extension();
  fs::path name = projectFile.stem();
  name += ".recovery";
  name += extension.empty() ? fs::path(".json") : extension;
  return projectFile.parent_path() / name;
}

fs::path unsavedRecoveryPath(const fs::path& folder, long processId) {
  return folder / (std::string(kUnsavedPrefix) + std::to_string(processId) + std::string(kRecoverySuffix));
}

Outcome<void> writeRecovery(const Project& project, const fs::path& recoveryPath) {
  try {
    if (const auto folder = recoveryPath.parent_path(); !folder.empty()) {
      std::error_code ec;
      fs::create_directories(folder, ec);
      if (ec) return LocatedProblem{"cannot create the folder: " + ec.message(), folder};
    }
    Outcome<std::string> text = projectFileText(project, recoveryPath);
    if (!text.ok()) return std::move(text).problem();
    return writeFileAtomically(recoveryPath, text.value(), Backup::None);
  } catch (const std::exception& e) {  // memory exhaustion while building the text
    return LocatedProblem{std::string("cannot write the recovery copy: ") + e.what(), recoveryPath};
  }
}

std::optional<RecoveryCandidate> findRecoveryFor(const fs::path& projectFile) {
  return candidateAt(recoveryPathFor(projectFile), projectFile);
}

std::vector<RecoveryCandidate> findUnsavedRecoveries(const fs::path& folder) {
  std::vector<RecoveryCandidate> found;
  std::error_code ec;
  fs::directory_iterator it(folder, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const fs::path& path = it->path();
    if (!isUnsavedRecoveryName(path.filename().string())) continue;
    if (auto candidate = candidateAt(path, std::nullopt)) found.push_back(std::move(*candidate));
  }
  std::sort(found.begin(), found.end(), [](const RecoveryCandidate& a, const RecoveryCandidate& b) {
    if (a.written != b.written) return a.written > b.written;
    return a.recoveryPath < b.recoveryPath;
  });
  return found;
}

LoadResult loadRecovery(const RecoveryCandidate& candidate) { return loadProjectFile(candidate.recoveryPath); }

void removeRecovery(const fs::path& recoveryPath) {
  std::error_code ec;
  fs::remove(recoveryPath, ec);
}

}  // namespace knp
