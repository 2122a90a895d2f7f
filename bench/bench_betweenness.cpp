// knp_bench_betweenness: how fast and how exact is knp::computeBetweenness?
//
// On a seeded heavy-tailed random graph (random_graph.hpp) it times, each --repeats times and
// reports the median:
//   ours_all   computeBetweenness, exact, all hardware threads
//   ours_1t    the same with threads = 1
//   boost      boost::brandes_betweenness_centrality on adjacency_list<vecS, vecS, undirectedS>
//   sampled_K  computeBetweenness from K random sources (K = 500, 2000), all threads, with its
//              error against the exact scores (seed + repeat, so the errors are medians over
//              several samples too)
// Only the algorithms are timed, not building the graphs. Before timing it checks that the
// synthetic project generator gives valid projects at scales 1 and 10, and that ours and Boost
// both give 1 to the middle of the path a–b–c; after, that ours equals Boost's scores within
// 1e-6 relative. Boost's Brandes does walk every unordered pair from both ends, but on undirected
// graphs it then halves the sums itself (divide_centrality_by_two in
// boost/graph/betweenness_centrality.hpp, Boost 1.74 lines 383–391), so its figures are already
// "each unordered pair once", like ours and igraph's; comparing with Boost / 2 would fail.
// A failed check prints "FATAL: ..." and exits with status 1.
//
// Output: a readable table, then key=value lines (after a "# key=value" marker) for scripts.
// Options: --nodes N (10000) --edges M (50000) --seed S (1) --repeats R (3)
//          --edges-out FILE (write the graph as an edge list) --scores-out FILE (write the exact
//          scores as TSV: name, degree, betweenness) --skip-project-check
// It also reports how many cores the all-threads run kept busy (CPU time / wall time): on a
// shared machine, fewer than the thread count means other processes ran and the times are off.
#include <algorithm>
#include <array>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <exception>
#include <functional>
#include <iterator>
#include <map>
#include <numeric>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "analysis/betweenness.hpp"
#include "analysis/simple_graph.hpp"
#include "io/edge_list.hpp"
#include "model/validation.hpp"
#include "random_graph.hpp"
#include "synthetic_project.hpp"

namespace {

using knp::bench::Edge;

constexpr std::size_t kTop = 100;  // size of the top sets compared
constexpr std::array<std::size_t, 2> kSampleSizes{500, 2000};
constexpr double kBoostTolerance = 1e-6;  // relative, ours vs Boost

[[noreturn]] void fail(const std::string& message) {
  std::fprintf(stderr, "knp_bench_betweenness: FATAL: %s\n", message.c_str());
  std::exit(1);
}

struct Options {
  std::uint32_t nodes = 10000;
  std::size_t edges = 50000;
  std::uint64_t seed = 1;
  int repeats = 3;
  std::string edgesOut;
  std::string scoresOut;
  bool checkProjects = true;
};

Options parseOptions(int argc, char** argv) {
  Options options;
  // Exits: status 2 and the text on stderr for a usage error, status 0 on stdout for --help.
  auto usage = [](const std::string& problem, int status = 2) {
    std::fprintf(status == 0 ? stdout : stderr,
                 "knp_bench_betweenness: %s\nusage: knp_bench_betweenness [--nodes N] [--edges M] [--seed S] "
                 "[--repeats R] [--edges-out FILE] [--scores-out FILE] [--skip-project-check]\n",
                 problem.c_str());
    std::exit(status);
  };
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--skip-project-check") {
      options.checkProjects = false;
      continue;
    }
    if (arg == "--help" || arg == "-h") usage("times betweenness centrality (see bench/README.md)", 0);
    if (i + 1 >= argc) usage("missing value after " + std::string(arg));
    const std::string value = argv[++i];
    try {
      std::size_t used = 0;
      auto number = [&](unsigned long long max) {
        const unsigned long long n = std::stoull(value, &used);
        if (used != value.size() || n > max || value.starts_with('-')) throw std::invalid_argument(value);
        return n;
      };
      if (arg == "--nodes")
        options.nodes = static_cast<std::uint32_t>(number(UINT32_MAX));
      else if (arg == "--edges")
        options.edges = static_cast<std::size_t>(number(SIZE_MAX));
      else if (arg == "--seed")
        options.seed = number(UINT64_MAX);
      else if (arg == "--repeats")
        options.repeats = static_cast<int>(std::max(1ULL, number(1000)));
      else if (arg == "--edges-out")
        options.edgesOut = value;
      else if (arg == "--scores-out")
        options.scoresOut = value;
      else
        usage("unknown option " + std::string(arg));
    } catch (const std::logic_error&) {
      usage("not a valid number for " + std::string(arg) + ": " + value);
    }
  }
  return options;
}

double secondsOf(const std::function<void()>& run) {
  const auto start = std::chrono::steady_clock::now();
  run();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> values) {
  if (values.empty()) return std::nan("");
  std::sort(values.begin(), values.end());
  const std::size_t mid = values.size() / 2;
  return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

// The synthetic projects the analyses benchmark will use must be valid; check before any timing.
void checkSyntheticProjects(std::uint64_t seed) {
  for (int scale : {1, 10}) {
    const knp::Project project = knp::bench::makeSyntheticProject(scale, seed);
    const std::vector<knp::Problem> problems = knp::validateProject(project);
    std::size_t warnings = 0;
    for (const knp::Problem& p : problems) {
      if (p.severity == knp::Severity::Warning) ++warnings;
      std::fprintf(stderr, "  synthetic project s=%d: %s\n", scale, knp::describe(p).c_str());
    }
    if (knp::hasErrors(problems))
      fail("makeSyntheticProject(" + std::to_string(scale) + ", " + std::to_string(seed) +
           ") is not a valid project (errors above)");
    if (!(knp::bench::makeSyntheticProject(scale, seed) == project))
      fail("makeSyntheticProject(" + std::to_string(scale) + ") is not deterministic");

    std::map<std::string, int> leads;
    for (const knp::Activity& a : project.activities) ++leads[a.lead.value];
    int busiest = 0;
    for (const auto& [id, n] : leads) busiest = std::max(busiest, n);
    std::map<std::string, int> goalUse;
    for (const knp::Activity& a : project.activities)
      for (const knp::GoalId& g : a.goals) ++goalUse[g.value];
    std::printf(
        "synthetic project s=%-2d valid, %zu warnings: %zu goals (%zu unserved), %zu actors (%zu without activity, "
        "busiest leads %d), %zu activities, %zu cooperations\n",
        scale, warnings, project.goals.size(), project.goals.size() - goalUse.size(), project.actors.size(),
        project.actors.size() - leads.size(), busiest, project.activities.size(), project.cooperations.size());
  }
}

// Indices of the k largest scores, largest first; ties by lower index.
std::vector<std::size_t> topIndices(const std::vector<double>& scores, std::size_t k) {
  std::vector<std::size_t> order(scores.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  k = std::min(k, order.size());
  std::partial_sort(
      order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k), order.end(),
      [&](std::size_t a, std::size_t b) { return scores[a] > scores[b] || (scores[a] == scores[b] && a < b); });
  order.resize(k);
  return order;
}

// Ranks 1..n of `values`, ties sharing their average rank.
std::vector<double> ranks(const std::vector<double>& values) {
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
  std::vector<double> result(values.size());
  for (std::size_t i = 0; i < order.size();) {
    std::size_t j = i;
    while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]]) ++j;
    const double average = (static_cast<double>(i + j) / 2.0) + 1.0;
    for (std::size_t t = i; t <= j; ++t) result[order[t]] = average;
    i = j + 1;
  }
  return result;
}

// Spearman's rank correlation: Pearson's correlation of the ranks. NaN for constant input.
double spearman(const std::vector<double>& a, const std::vector<double>& b) {
  const std::vector<double> ra = ranks(a), rb = ranks(b);
  const double n = static_cast<double>(a.size());
  const double meanA = std::accumulate(ra.begin(), ra.end(), 0.0) / n;
  const double meanB = std::accumulate(rb.begin(), rb.end(), 0.0) / n;
  double cov = 0, varA = 0, varB = 0;
  for (std::size_t i = 0; i < ra.size(); ++i) {
    cov += (ra[i] - meanA) * (rb[i] - meanB);
    varA += (ra[i] - meanA) * (ra[i] - meanA);
    varB += (rb[i] - meanB) * (rb[i] - meanB);
  }
  return cov / std::sqrt(varA * varB);
}

struct SampleError {
  double maxAbsRelToMax = 0;  // max |approx - exact| / max exact
  double topMeanRel = 0;      // mean |approx - exact| / exact over the exact top-100
  double topOverlap = 0;      // |top-100 exact ∩ top-100 approx| / 100
  double topSpearman = 0;     // rank correlation of approx and exact over the exact top-100
};

// The errors of sampled scores; vertices whose exact score is 0 are left out of the relative
// mean (tiny graphs may have fewer than 100 vertices on any shortest path).
SampleError compare(const std::vector<double>& exact, const std::vector<double>& approx) {
  SampleError error;
  const double maxExact = std::max(*std::max_element(exact.begin(), exact.end()), 1e-300);
  for (std::size_t v = 0; v < exact.size(); ++v)
    error.maxAbsRelToMax = std::max(error.maxAbsRelToMax, std::abs(approx[v] - exact[v]) / maxExact);
  const std::vector<std::size_t> topExact = topIndices(exact, kTop);
  const std::vector<std::size_t> topApprox = topIndices(approx, kTop);
  std::vector<double> exactTop, approxTop;
  std::size_t positive = 0;
  for (std::size_t v : topExact) {
    if (exact[v] > 0.0) {
      error.topMeanRel += std::abs(approx[v] - exact[v]) / exact[v];
      ++positive;
    }
    exactTop.push_back(exact[v]);
    approxTop.push_back(approx[v]);
  }
  error.topMeanRel /= static_cast<double>(std::max<std::size_t>(positive, 1));
  std::vector<std::size_t> a = topExact, b = topApprox, common;
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
  error.topOverlap = static_cast<double>(common.size()) / static_cast<double>(topExact.size());
  error.topSpearman = spearman(exactTop, approxTop);
  return error;
}

// Each measure's median over several samples.
SampleError medianError(const std::vector<SampleError>& list) {
  auto of = [&](double SampleError::*measure) {
    std::vector<double> values;
    for (const SampleError& e : list) values.push_back(e.*measure);
    return median(std::move(values));
  };
  return {of(&SampleError::maxAbsRelToMax), of(&SampleError::topMeanRel), of(&SampleError::topOverlap),
          of(&SampleError::topSpearman)};
}

// Largest |a - b| / max(|a|, |b|, floor): relative, except that scores (almost) zero are
// measured against `floor`, so rounding noise on them does not count as a huge relative error.
double maxRelativeDifference(const std::vector<double>& a, const std::vector<double>& b, double floor) {
  double worst = 0;
  for (std::size_t v = 0; v < a.size(); ++v)
    worst = std::max(worst, std::abs(a[v] - b[v]) / std::max({std::abs(a[v]), std::abs(b[v]), floor}));
  return worst;
}

// Boost's Brandes on an adjacency_list copy of the graph; `seconds` times the algorithm only.
std::vector<double> boostBetweenness(std::size_t n, const std::vector<Edge>& edges, double& seconds) {
  using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  BoostGraph graph(n);
  for (const Edge& e : edges) boost::add_edge(e.first, e.second, graph);
  std::vector<double> centrality(n, 0.0);
  seconds = secondsOf([&] {
    boost::brandes_betweenness_centrality(graph, boost::centrality_map(boost::make_iterator_property_map(
                                                     centrality.begin(), get(boost::vertex_index, graph))));
  });
  return centrality;
}

// On the path a–b–c, b lies on the one shortest path between a and c: 1 under the convention
// "each unordered pair once" that ours, Boost's (on undirected graphs) and igraph's share.
void checkPathConvention() {
  const std::vector<Edge> path{{0, 1}, {1, 2}};
  const std::vector<double> ours = knp::computeBetweenness(knp::SimpleGraph::fromEdges(3, path)).scores;
  double unused = 0;
  const std::vector<double> theirs = boostBetweenness(3, path, unused);
  std::printf("path a-b-c: ours (%g, %g, %g), Boost (%g, %g, %g)\n", ours[0], ours[1], ours[2], theirs[0], theirs[1],
              theirs[2]);
  if (ours != std::vector<double>{0, 1, 0}) fail("computeBetweenness does not give (0, 1, 0) on the path a-b-c");
  if (theirs != std::vector<double>{0, 1, 0}) fail("Boost does not give (0, 1, 0) on the path a-b-c");
}

// The exact scores in the TSV form `knotenpunkt centrality` writes (io/edge_list.hpp).
void writeScores(const std::string& file, const knp::SimpleGraph& graph, const std::vector<double>& scores) {
  std::vector<std::string> names;
  names.reserve(scores.size());
  for (knp::VertexIndex v = 0; v < scores.size(); ++v) names.push_back(knp::bench::vertexName(v));
  const std::string text = knp::formatCentralityTsv(names, graph, scores);
  std::FILE* out = std::fopen(file.c_str(), "w");
  if (!out) fail("cannot write " + file);
  const bool ok = std::fwrite(text.data(), 1, text.size(), out) == text.size();
  if (std::fclose(out) != 0 || !ok) fail("cannot write " + file + " completely");
}

void describeGraph(const knp::SimpleGraph& graph) {
  const std::size_t n = graph.vertexCount();
  std::vector<std::size_t> degrees(n);
  for (knp::VertexIndex v = 0; v < n; ++v) degrees[v] = graph.degree(v);
  std::vector<std::size_t> sorted = degrees;
  std::sort(sorted.begin(), sorted.end());
  // Components by BFS, for "connected-ish".
  std::vector<int> seen(n, 0);
  std::size_t components = 0, largest = 0;
  std::vector<knp::VertexIndex> queue;
  for (knp::VertexIndex s = 0; s < n; ++s) {
    if (seen[s]) continue;
    ++components;
    queue.assign(1, s);
    seen[s] = 1;
    for (std::size_t head = 0; head < queue.size(); ++head)
      for (knp::VertexIndex w : graph.neighbours(queue[head]))
        if (!seen[w]) {
          seen[w] = 1;
          queue.push_back(w);
        }
    largest = std::max(largest, queue.size());
  }
  std::printf(
      "graph: %zu vertices, %zu edges; degree min %zu, median %zu, 99th percentile %zu, max %zu; "
      "%zu component(s), largest %zu\n",
      n, graph.edgeCount(), n ? sorted.front() : 0, n ? sorted[n / 2] : 0, n ? sorted[n * 99 / 100] : 0,
      n ? sorted.back() : 0, components, largest);
}

}  // namespace

int main(int argc, char** argv) try {
  const Options options = parseOptions(argc, argv);
  const unsigned hardwareThreads = std::max(1u, std::thread::hardware_concurrency());
  std::printf("knp_bench_betweenness: %u hardware threads, %d repeats, seed %llu\n", hardwareThreads, options.repeats,
              static_cast<unsigned long long>(options.seed));
  if (options.checkProjects) checkSyntheticProjects(options.seed);
  checkPathConvention();

  const std::vector<Edge> edges = knp::bench::makeRandomGraph(options.nodes, options.edges, options.seed);
  const knp::SimpleGraph graph = knp::SimpleGraph::fromEdges(options.nodes, edges);
  if (graph.edgeCount() != options.edges)
    fail("the random graph has " + std::to_string(graph.edgeCount()) + " edges, not " + std::to_string(options.edges));
  describeGraph(graph);
  if (!options.edgesOut.empty()) {
    knp::bench::writeEdgeList(options.edgesOut, edges,
                              "knp_bench_betweenness random graph: " + std::to_string(options.nodes) + " nodes, " +
                                  std::to_string(options.edges) + " edges, seed " + std::to_string(options.seed) +
                                  "\nundirected, one edge per line: NAME NAME");
    std::printf("edge list written to %s\n", options.edgesOut.c_str());
  }
  if (options.nodes < 2 || options.edges == 0) fail("need at least 2 nodes and 1 edge to compare anything");

  std::map<std::string, std::vector<double>> seconds;
  std::map<std::string, std::vector<SampleError>> errors;
  std::vector<double> exact, exactFirst, single, boostScores;
  bool deterministic = true;
  std::vector<double> coresUsed;  // CPU time / wall time of ours_all: below the thread count, others ran too
  for (int r = 0; r < options.repeats; ++r) {
    std::printf("repeat %d/%d ...\n", r + 1, options.repeats);
    std::fflush(stdout);  // a sign of life: a repeat takes tens of seconds at the default size
    knp::BetweennessResult all;
    const std::clock_t cpuStart = std::clock();  // CPU time of all this process's threads
    seconds["ours_all"].push_back(secondsOf([&] { all = knp::computeBetweenness(graph); }));
    const double cpuSeconds = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    coresUsed.push_back(cpuSeconds / seconds["ours_all"].back());
    if (r == 0) exactFirst = all.scores;
    deterministic = deterministic && all.scores == exactFirst;
    exact = std::move(all.scores);

    knp::BetweennessOptions one;
    one.threads = 1;
    seconds["ours_1t"].push_back(secondsOf([&] { single = knp::computeBetweenness(graph, one).scores; }));

    double boostSeconds = 0;
    boostScores = boostBetweenness(options.nodes, edges, boostSeconds);
    seconds["boost"].push_back(boostSeconds);

    for (std::size_t k : kSampleSizes) {
      if (k >= options.nodes) continue;  // would be exact
      knp::BetweennessOptions sampled;
      sampled.sampleSources = k;
      sampled.seed = options.seed + static_cast<std::uint64_t>(r);
      knp::BetweennessResult approx;
      const std::string key = "sampled_" + std::to_string(k);
      seconds[key].push_back(secondsOf([&] { approx = knp::computeBetweenness(graph, sampled); }));
      if (!approx.sampled || approx.sourcesUsed != k)
        fail(key + ": expected a sampled run over " + std::to_string(k) + " sources");
      errors[key].push_back(compare(exact, approx.scores));
    }
  }

  // Correctness before any figure is reported.
  const double maxExact = *std::max_element(exact.begin(), exact.end());
  const double boostDiff = maxRelativeDifference(exact, boostScores, 1e-12 * maxExact);
  if (boostDiff > kBoostTolerance) {
    std::vector<double> halved = boostScores;
    for (double& b : halved) b /= 2.0;
    const bool isHalf = maxRelativeDifference(exact, halved, 1e-12 * maxExact) <= kBoostTolerance;
    fail("computeBetweenness differs from Boost's scores by up to " + std::to_string(boostDiff) +
         " relative (allowed " + std::to_string(kBoostTolerance) + ")" +
         (isHalf ? "; it equals Boost / 2, i.e. it counts each pair half as often as Boost" : ""));
  }
  const double threadDiff = maxRelativeDifference(exact, single, 1e-12 * maxExact);
  if (threadDiff > kBoostTolerance)
    fail("computeBetweenness with 1 thread differs from all threads by " + std::to_string(threadDiff) + " relative");
  if (!options.scoresOut.empty()) {
    writeScores(options.scoresOut, graph, exact);
    std::printf("exact scores written to %s\n", options.scoresOut.c_str());
  }

  const double oursAll = median(seconds["ours_all"]);
  std::printf("\nbetweenness, %u vertices, %zu edges: median of %d repeats\n", options.nodes, options.edges,
              options.repeats);
  std::printf("  %-28s %10s %10s %12s %12s %10s %10s\n", "method", "seconds", "vs ours", "max err/max", "top100 err",
              "overlap", "spearman");
  auto row = [&](const std::string& label, const std::string& key) {
    const double s = median(seconds[key]);
    std::printf("  %-28s %10.3f %9.2fx", label.c_str(), s, s / oursAll);
    if (errors.count(key)) {
      const SampleError e = medianError(errors[key]);
      std::printf(" %12.4f %12.4f %10.2f %10.3f", e.maxAbsRelToMax, e.topMeanRel, e.topOverlap, e.topSpearman);
    }
    std::printf("\n");
  };
  row("ours, exact, " + std::to_string(hardwareThreads) + " threads", "ours_all");
  row("ours, exact, 1 thread", "ours_1t");
  row("Boost brandes (1 thread)", "boost");
  for (std::size_t k : kSampleSizes)
    if (k < options.nodes) row("ours, sampled k=" + std::to_string(k), "sampled_" + std::to_string(k));
  std::printf(
      "  checks: ours = Boost within %.1e (max rel. diff %.2e); 1 thread vs all: %.2e; "
      "repeats bit-identical: %s\n",
      kBoostTolerance, boostDiff, threadDiff, deterministic ? "yes" : "NO");
  const double cores = median(coresUsed);
  std::printf("  cores busy during ours, exact, %u threads: %.2f\n", hardwareThreads, cores);
  if (cores < 0.9 * hardwareThreads)
    std::printf("  WARNING: other processes took CPU time during the run; the times are not representative\n");

  std::printf("\n# key=value\n");
  std::printf("nodes=%u\nedges=%zu\nseed=%llu\nrepeats=%d\nthreads=%u\n", options.nodes, options.edges,
              static_cast<unsigned long long>(options.seed), options.repeats, hardwareThreads);
  for (const auto& [key, values] : seconds) std::printf("%s_s=%.6f\n", key.c_str(), median(values));
  for (const auto& [key, list] : errors) {
    const SampleError e = medianError(list);
    const char* k = key.c_str();
    std::printf("%s_max_abs_err_rel_to_max=%.6g\n", k, e.maxAbsRelToMax);
    std::printf("%s_top%zu_mean_rel_err=%.6g\n", k, kTop, e.topMeanRel);
    std::printf("%s_top%zu_overlap=%.4f\n", k, kTop, e.topOverlap);
    std::printf("%s_top%zu_spearman=%.4f\n", k, kTop, e.topSpearman);
  }
  std::printf("ours_all_cores_used=%.3f\n", median(coresUsed));
  std::printf("check_boost_max_rel_diff=%.3g\ncheck_threads_max_rel_diff=%.3g\ndeterministic=%s\n", boostDiff,
              threadDiff, deterministic ? "yes" : "no");
  return 0;
} catch (const std::exception& e) {
  fail(e.what());
}
