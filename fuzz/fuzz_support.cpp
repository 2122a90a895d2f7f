#include "fuzz_support.hpp"

#include "embedded_data.hpp"

namespace knp::fuzz {

const Project& exampleProject() {
  static const Project example = [] {
    LoadResult loaded = parseProjectJson(embeddedExampleJson());
    if (!loaded.project) broken("the embedded example loads");
    return std::move(*loaded.project);
  }();
  return example;
}

void requireSavesAndReloads(const Project& project) {
  // projectFileText is what every save writes: validation, the limits of the reader, UTF-8.
  const Outcome<std::string> saved = projectFileText(project, "fuzz.json");
  if (!saved.ok()) broken("an accepted project can be saved", describe(saved.problem()));
  const std::string& text = saved.value();
  const LoadResult again = parseProjectJson(text);
  if (!again.project) broken("what is saved loads again", again.problems.empty() ? text : describe(again.problems[0]));
  if (writeProjectJson(*again.project) != text) broken("what is saved loads as the same bytes");
}

void requireSoundImport(const RasterImport& result, const Project& before) {
  if (result.problems.size() > kMaxListedProblems + 1) broken("import problems are capped");
  if (result.fatal) return;  // never applied by its callers (the command line, the window)
  if (result.project.fields != before.fields) broken("an import keeps the fields");
  if (result.project == before) return;    // nothing applied: `before` is known to save
  requireSavesAndReloads(result.project);  // also what --skip-invalid saves
}

}  // namespace knp::fuzz
