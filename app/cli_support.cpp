#include "cli_support.hpp"

#include <cstdio>

#include "cli_commands.hpp"
#include "embedded_data.hpp"
#include "io/file_access.hpp"
#include "io/project_json.hpp"

namespace knp::app {

std::optional<std::string> readInput(const std::filesystem::path& file) {
  auto text = readWholeFile(file);
  if (auto* error = std::get_if<FileError>(&text)) {
    std::fprintf(stderr, "knotenpunkt: %s\n", error->message.c_str());
    return std::nullopt;
  }
  return std::move(std::get<std::string>(text));
}

const char* plural(std::size_t count, const char* one, const char* many) { return count == 1 ? one : many; }

std::optional<Project> loadForCommand(const std::optional<std::filesystem::path>& file, int& exitCode) {
  const std::string source = file ? file->string() : std::string(kEmbeddedExampleName);
  std::optional<std::string> text = file ? readInput(*file) : std::string(embeddedExampleJson());
  if (!text) {
    exitCode = kExitError;
    return std::nullopt;
  }
  LoadResult loaded = parseProjectJson(*text);
  for (const Problem& problem : loaded.problems) std::fprintf(stderr, "%s\n", describe(problem, source).c_str());
  if (!loaded.project) {
    exitCode = kExitProjectProblems;
    std::fprintf(stderr, "knotenpunkt: %s has problems; nothing was done.\n", source.c_str());
  }
  return std::move(loaded.project);
}

}  // namespace knp::app
