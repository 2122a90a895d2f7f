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

std::optional<std::string> readInput(const std::filesystem::path& file, std::uint64_t maxBytes) {
  auto text = readWholeFile(file, maxBytes);
  if (auto* error = std::get_if<FileError>(&text)) {
    printLine(stderr, "knotenpunkt: " + error->message);
    return std::nullopt;
  }
  return std::move(std::get<std::string>(text));
}

bool writeOutput(const std::filesystem::path& file, std::string_view content) {
  std::string notice;
  if (auto error = writeFileAtomically(file, content, Backup::Keep, &notice)) {
    printLine(stderr, "knotenpunkt: " + error->message);
    return false;
  }
  if (!notice.empty()) printLine(stderr, "knotenpunkt: note: " + notice);
  return true;
}

const char* plural(std::size_t count, const char* one, const char* many) { return count == 1 ? one : many; }

std::optional<Project> loadForCommand(const std::optional<std::filesystem::path>& file, int& exitCode) {
  const std::string source = file ? file->string() : std::string(kEmbeddedExampleName);
  std::optional<std::string> text =
      file ? readInput(*file, limits::kProjectFileBytes) : std::string(embeddedExampleJson());
  if (!text) {
    exitCode = kExitError;
    return std::nullopt;
  }
  LoadResult loaded = parseProjectJson(*text);
  for (const Problem& problem : loaded.problems) printLine(stderr, describe(problem, source));
  if (!loaded.project) {
    exitCode = kExitProjectProblems;
    printLine(stderr, "knotenpunkt: " + source + " has problems; nothing was done.");
  }
  return std::move(loaded.project);
}

}  // namespace knp::app
