// knp_bench_analyses: how long does each analysis take as projects grow?
//
// For each scale s (default 1, 10, 100, 1000) it builds a synthetic project (synthetic_project.hpp:
// about 40·s actors and 120·s activities) and times, --repeats times each, reporting the median:
//   coverage, gaps, support_chains, overlaps, suggestions   the analyses' entry points
//   network_no_betweenness   analyzeNetwork with BetweennessMode::Skip (components, cut vertices,
//                            communities, degrees)
//   all_but_betweenness      analyzeProject with the betweenness skipped: the figure the
//                            target "under 1 s at s = 100, near-linear growth" is about
//   betweenness_exact        exact betweenness of the actor network, all threads (only up to
//                            --exact-up-to, default 100: it is O(n·m))
// All analyses count every status (ActivityFilter::all()). Output: a table, then key=value lines.
// Options: --scales 1,10,100,1000  --repeats R (3)  --seed S (1)  --exact-up-to S (100)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "analysis/actor_network.hpp"
#include "analysis/betweenness.hpp"
#include "analysis/cooperation_suggestions.hpp"
#include "analysis/coverage.hpp"
#include "analysis/gaps.hpp"
#include "analysis/network.hpp"
#include "analysis/overlaps.hpp"
#include "analysis/project_analysis.hpp"
#include "analysis/project_index.hpp"
#include "analysis/support_chains.hpp"
#include "synthetic_project.hpp"

namespace {

// Median wall time in seconds of `repeats` runs of `work`.
double medianSeconds(int repeats, const std::function<void()>& work) {
  std::vector<double> times;
  for (int r = 0; r < repeats; ++r) {
    const auto start = std::chrono::steady_clock::now();
    work();
    times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

std::vector<int> parseScales(const std::string& text) {
  std::vector<int> scales;
  std::size_t position = 0;
  while (position < text.size()) {
    std::size_t comma = text.find(',', position);
    if (comma == std::string::npos) comma = text.size();
    scales.push_back(std::atoi(text.substr(position, comma - position).c_str()));
    if (scales.back() < 1) {
      std::fprintf(stderr, "knp_bench_analyses: --scales: \"%s\" is not a scale >= 1\n", text.c_str());
      std::exit(2);
    }
    position = comma + 1;
  }
  return scales;
}

struct Row {
  int scale;
  std::size_t actors, activities, links;
  std::vector<std::pair<std::string, double>> times;
};

}  // namespace

int main(int argc, char** argv) {
  std::vector<int> scales{1, 10, 100, 1000};
  int repeats = 3, exactUpTo = 100;
  std::uint64_t seed = 1;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string option = argv[i], value = argv[i + 1];
    if (option == "--scales") scales = parseScales(value);
    else if (option == "--repeats") repeats = std::max(1, std::atoi(value.c_str()));
    else if (option == "--seed") seed = std::strtoull(value.c_str(), nullptr, 10);
    else if (option == "--exact-up-to") exactUpTo = std::atoi(value.c_str());
    else {
      std::fprintf(stderr, "knp_bench_analyses: unknown option %s\n", option.c_str());
      return 2;
    }
  }

  const knp::ActivityFilter all = knp::ActivityFilter::all();
  std::vector<Row> rows;
  for (int scale : scales) {
    const knp::Project project = knp::bench::makeSyntheticProject(scale, seed);
    const knp::ActorNetwork network = knp::buildActorNetwork(knp::buildProjectIndex(project, all));
    Row row{scale, project.actors.size(), project.activities.size(), network.graph.edgeCount(), {}};
    auto time = [&](const char* name, const std::function<void()>& work) {
      row.times.emplace_back(name, medianSeconds(repeats, work));
      std::fprintf(stderr, "  s=%d %-24s %.4f s\n", scale, name, row.times.back().second);
    };
    time("coverage", [&] { (void)knp::computeCoverage(project, all); });
    time("gaps", [&] { (void)knp::findGaps(project, all); });
    time("support_chains", [&] { (void)knp::computeSupportChains(project, all); });
    time("overlaps_top100", [&] { (void)knp::findOverlaps(project, all, 100); });
    time("suggestions", [&] { (void)knp::suggestCooperations(project, all); });
    knp::NetworkOptions skip;
    skip.mode = knp::BetweennessMode::Skip;
    time("network_no_betweenness", [&] { (void)knp::analyzeNetwork(project, all, skip); });
    knp::AnalysisOptions options;
    options.filter = all;
    options.network = skip;
    time("all_but_betweenness", [&] { (void)knp::analyzeProject(project, options); });
    if (scale <= exactUpTo) time("betweenness_exact", [&] { (void)knp::computeBetweenness(network.graph); });
    rows.push_back(std::move(row));
  }

  std::printf("median of %d runs, seconds; ActivityFilter::all()\n", repeats);
  std::printf("%-24s", "scale");
  for (const Row& row : rows) std::printf(" %11d", row.scale);
  std::printf("\n%-24s", "actors / activities");
  for (const Row& row : rows) std::printf(" %5zu/%-6zu", row.actors, row.activities);
  std::printf("\n%-24s", "actor network links");
  for (const Row& row : rows) std::printf(" %11zu", row.links);
  std::printf("\n");
  for (std::size_t k = 0; k < rows.front().times.size(); ++k) {
    std::printf("%-24s", rows.front().times[k].first.c_str());
    for (const Row& row : rows)
      if (k < row.times.size()) std::printf(" %11.4f", row.times[k].second);
      else std::printf(" %11s", "–");
    std::printf("\n");
  }
  std::printf("# key=value\n");
  for (const Row& row : rows)
    for (const auto& [name, seconds] : row.times) std::printf("analyses_s%d_%s=%.6f\n", row.scale, name.c_str(), seconds);
  return 0;
}
