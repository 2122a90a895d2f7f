#include "cli/support.hpp"

#include "cli/commands.hpp"
#include "embedded_data.hpp"
#include "io/file_access.hpp"
#include "io/input_limits.hpp"
#include "io/project_json.hpp"
#include "text/quoting.hpp"

namespace knp::app {

void printLine(std::FILE* stream, std::string_view message) {
  const std::string safe = printable(message) + "\n";
  std::fwrite(safe.data(), 1, safe.size(), stream);
}

Outcome<std::string> readInput(const std::filesystem::path& file, std::uint64_t maxBytes) {
  auto text = readWholeFile(file, maxBytes);
  if (!text.ok()) printLine(stderr, "knotenpunkt: " + describe(text.problem()));
  return text;
}

bool writeOutput(const std::filesystem::path& file, std::string_view content) {
  std::string notice;
  if (const Outcome<void> written = writeFileAtomically(file, content, Backup::Keep, &notice); !written.ok()) {
    printLine(stderr, "knotenpunkt: " + describe(written.problem()));
    return false;
  }
  if (!notice.empty()) printLine(stderr, "knotenpunkt: note: " + notice);
  return true;
}

const char* plural(std::size_t count, const char* one, const char* many) { return count == 1 ? one : many; }

std::optional<Project> loadForCommand(const std::optional<std::filesystem::path>& file, int& exitCode) {
  const std::string source = file ? file->string() : std::string(kEmbeddedExampleName);
  const Outcome<std::string> text =
      file ? readInput(*file, limits::kProjectFileBytes) : Outcome<std::string>(std::string(embeddedExampleJson()));
  if (!text.ok()) {
    exitCode = kExitError;
    return std::nullopt;
  }
  LoadResult loaded = parseProjectJson(text.value());
  for (const Problem& problem : loaded.problems) printLine(stderr, describe(problem, source));
  if (!loaded.project) {
    exitCode = kExitProjectProblems;
    printLine(stderr, "knotenpunkt: " + source + " has problems; nothing was done.");
  }
  return std::move(loaded.project);
}

}  // namespace knp::app
