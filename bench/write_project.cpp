// knp_bench_write_project SCALE OUT.json [SEED]: writes makeSyntheticProject(SCALE, SEED) as a
// project file, for measuring whole commands (validate, analyze, import) at the sizes of a
// city (scale 1), a Kreis (scale 100) or a region (scale 1200: 48,000 actors, 144,000
// activities). bench/hostile_inputs.sh uses it.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "io/project_json.hpp"
#include "synthetic_project.hpp"

int main(int argc, char** argv) {
  if (argc < 3 || argc > 4) {
    std::fprintf(stderr, "usage: %s SCALE OUT.json [SEED]\n", argv[0]);
    return 2;
  }
  const int scale = std::atoi(argv[1]);
  const std::uint64_t seed = argc == 4 ? std::strtoull(argv[3], nullptr, 10) : 1;
  const knp::Project project = knp::bench::makeSyntheticProject(scale, seed);
  if (const knp::Outcome<void> saved = knp::saveProjectFile(project, argv[2]); !saved.ok()) {
    std::fprintf(stderr, "%s\n", knp::describe(saved.problem()).c_str());
    return 1;
  }
  std::printf("%s: %zu actors, %zu activities, %zu cooperations\n", argv[2], project.actors.size(),
              project.activities.size(), project.cooperations.size());
  return 0;
}
