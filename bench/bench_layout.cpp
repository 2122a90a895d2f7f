// knp_bench_layout: how fast and how good are our layouts, next to peers on the same graphs?
//
// Runs, each timed --repeats times (median reported), with the scale-normalised stress of the
// result (layouts/quality.hpp; exact on the geometric graph, 300 sampled BFS sources on the
// larger ones):
//   ba        a seeded Barabási–Albert graph, --nodes (10,000) vertices, 5 edges per new vertex
//             (49,985 edges): our force-directed layout to convergence (all cores, then one
//             thread, which must give the same positions), and Boost's
//             Fruchterman–Reingold once (--boost-fr-iterations, default 100 as in our boost-fr
//             layout, 0 skips it; about 47 s here, see boost_fruchterman_reingold.hpp);
//   grg       the giant component of a random geometric graph, 3,000 points, radius 0.04
//             (as igraph's Graph.GRG(3000, 0.04)): ours, and random placement for scale;
//   big       Barabási–Albert with --big-nodes (100,000) vertices, 5 per vertex: ours once;
//   example   the Hattingen example (--example FILE): the time of each step of our layout;
//   added     incremental: the example and the geometric graph settled, then each of
//             --added-trials vertices removed and added back as unplaced; the mean move of the
//             other vertices relative to the mean edge length and to the drawing's extent.
// --edges-dir DIR writes ba.txt and grg.txt (edge lists) and ours-ba.tsv, ours-grg.tsv
// (positions) there, for the peers script (bench/layout_peers.py) and sfdp.
// --score EDGES POSITIONS prints the stress of any tool's positions ("name x y" lines, or
// Graphviz's -Tplain output) for the graph of an edge list, and exits.
// Output: readable lines mixed with key=value lines for bench/run_all.sh.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "io/edge_list.hpp"
#include "io/project_json.hpp"
#include "layout_graphs.hpp"
#include "layouts/layout.hpp"
#include "layouts/project_layout_graph.hpp"
#include "layouts/quality.hpp"
#include "random.hpp"
#include "view/project_graph.hpp"

namespace {

using namespace knp;
using layouts::Algorithm;
using layouts::LayoutGraph;
using layouts::LayoutRequest;
using layouts::Point;

struct Options {
  int repeats = 3;
  std::uint32_t nodes = 10000;
  std::uint32_t bigNodes = 100000;
  std::size_t boostIterations = 100;
  std::size_t addedTrials = 20;
  std::uint64_t seed = 1;
  std::string edgesDir;
  std::string example;
};

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values.empty() ? 0.0 : values[values.size() / 2];
}

LayoutGraph graphOf(std::uint32_t nodes, const std::vector<bench::Edge>& edges) {
  LayoutGraph graph;
  const std::vector<std::pair<VertexIndex, VertexIndex>> pairs(edges.begin(), edges.end());
  graph.graph = SimpleGraph::fromEdges(nodes, pairs);
  return graph;
}

double stressOf(const SimpleGraph& graph, const std::vector<Point>& points) {
  layouts::StressOptions options;
  options.exactUpTo = 5000;
  return layouts::scaleNormalisedStress(graph, points, options);
}

struct Timed {
  double seconds = 0;
  std::vector<Point> points;
};

// Median time of `repeats` full runs; the positions of the last.
Timed timeLayout(Algorithm algorithm, const LayoutGraph& graph, const LayoutRequest& request, int repeats) {
  Timed result;
  std::vector<double> times;
  for (int r = 0; r < repeats; ++r) {
    const auto start = std::chrono::steady_clock::now();
    result.points = layouts::runLayout(algorithm, graph, request);
    times.push_back(secondsSince(start));
  }
  result.seconds = median(times);
  return result;
}

void writePositions(const std::string& file, const std::vector<Point>& points) {
  std::ofstream out(file);
  for (std::size_t v = 0; v < points.size(); ++v) out << bench::vertexName(static_cast<std::uint32_t>(v)) << '\t' << points[v].x << '\t' << points[v].y << '\n';
  if (!out) throw std::runtime_error("cannot write " + file);
}

std::string readFile(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// --score: the stress of a positions file for an edge list's graph.
int score(const std::string& edgesFile, const std::string& positionsFile) {
  const EdgeList list = parseEdgeList(readFile(edgesFile));
  if (!list.problems.empty()) {
    std::fprintf(stderr, "knp_bench_layout: %s: %s\n", edgesFile.c_str(), list.problems.front().message.c_str());
    return 2;
  }
  std::map<std::string, VertexIndex> index;
  for (VertexIndex v = 0; v < list.names.size(); ++v) index[list.names[v]] = v;
  std::vector<Point> points(list.names.size());
  std::vector<char> seen(list.names.size(), 0);
  std::istringstream lines(readFile(positionsFile));
  for (std::string line; std::getline(lines, line);) {
    std::istringstream fields(line);
    std::string first, name;
    double x = 0, y = 0;
    fields >> first;
    if (first == "node") fields >> name;  // Graphviz -Tplain: node NAME X Y W H ...
    else name = first;
    if (!(fields >> x >> y)) continue;
    const auto it = index.find(name);
    if (it == index.end()) continue;
    points[it->second] = {x, y};
    seen[it->second] = 1;
  }
  const auto missing = static_cast<std::size_t>(std::count(seen.begin(), seen.end(), 0));
  if (missing > 0) {
    std::fprintf(stderr, "knp_bench_layout: %s: no position for %zu of %zu nodes\n", positionsFile.c_str(), missing,
                 seen.size());
    return 2;
  }
  const SimpleGraph graph = SimpleGraph::fromEdges(list.names.size(), list.edges);
  std::printf("stress=%.6f\n", stressOf(graph, points));
  return 0;
}

double meanEdgeLength(const SimpleGraph& graph, const std::vector<Point>& points) {
  double sum = 0;
  for (auto [a, b] : graph.edges()) sum += std::hypot(points[a].x - points[b].x, points[a].y - points[b].y);
  return graph.edgeCount() ? sum / static_cast<double>(graph.edgeCount()) : 1.0;
}

// Settles `graph`, then for each trial removes one vertex's edges (it stays, isolated, as the
// layout interface keeps vertex numbers), settles that, and adds the vertex back as unplaced.
// Reports the mean move of the other vertices over all trials, relative to the mean edge
// length and to the drawing's larger side.
void measureAdded(const char* name, const LayoutGraph& graph, const Options& options) {
  const std::size_t n = graph.graph.vertexCount();
  bench::Random random(options.seed);
  std::vector<double> perEdge, perExtent, seconds;
  for (std::size_t t = 0; t < options.addedTrials; ++t) {
    const auto added = static_cast<VertexIndex>(random.index(n));
    std::vector<std::pair<VertexIndex, VertexIndex>> edges;
    for (auto [a, b] : graph.graph.edges())
      if (a != added && b != added) edges.emplace_back(a, b);
    LayoutGraph without;
    without.graph = SimpleGraph::fromEdges(n, edges);
    LayoutRequest settle;
    settle.seed = options.seed + t;
    const auto before = layouts::runLayout(Algorithm::ForceDirected, without, settle);
    LayoutRequest add;
    add.seed = options.seed + t;
    add.start = before;
    add.unplaced = {added};
    const auto start = std::chrono::steady_clock::now();
    const auto after = layouts::runLayout(Algorithm::ForceDirected, graph, add);
    seconds.push_back(secondsSince(start));
    double moved = 0;
    for (std::size_t v = 0; v < n; ++v)
      if (v != added) moved += std::hypot(after[v].x - before[v].x, after[v].y - before[v].y);
    moved /= static_cast<double>(n - 1);
    perEdge.push_back(moved / meanEdgeLength(without.graph, before));
    perExtent.push_back(moved / layouts::boundingBox(before).extent(1e-12));
  }
  double meanEdge = 0, meanExtent = 0;
  for (std::size_t t = 0; t < perEdge.size(); ++t) meanEdge += perEdge[t], meanExtent += perExtent[t];
  meanEdge /= static_cast<double>(perEdge.size());
  meanExtent /= static_cast<double>(perExtent.size());
  std::printf("  %-9s one vertex added, %zu trials: old vertices move %.4f edge lengths (%.5f of the extent) on average; "
              "median %.4f s\n", name, perEdge.size(), meanEdge, meanExtent, median(seconds));
  std::printf("added_%s_move_per_edge=%.6f\nadded_%s_move_per_extent=%.6f\nadded_%s_s=%.6f\n", name, meanEdge, name,
              meanExtent, name, median(seconds));
}

Options parse(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "knp_bench_layout: %s needs a value\n", arg.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--repeats") options.repeats = std::max(1, std::atoi(next().c_str()));
    else if (arg == "--nodes") options.nodes = static_cast<std::uint32_t>(std::atol(next().c_str()));
    else if (arg == "--big-nodes") options.bigNodes = static_cast<std::uint32_t>(std::atol(next().c_str()));
    else if (arg == "--boost-fr-iterations") options.boostIterations = static_cast<std::size_t>(std::atol(next().c_str()));
    else if (arg == "--added-trials") options.addedTrials = std::max<std::size_t>(1, static_cast<std::size_t>(std::atol(next().c_str())));
    else if (arg == "--seed") options.seed = static_cast<std::uint64_t>(std::atoll(next().c_str()));
    else if (arg == "--edges-dir") options.edgesDir = next();
    else if (arg == "--example") options.example = next();
    else if (arg == "--score") {
      const std::string edges = next();
      std::exit(score(edges, next()));
    } else {
      std::fprintf(stderr, "knp_bench_layout: unknown option %s\n", arg.c_str());
      std::exit(2);
    }
  }
  if (options.nodes < 6 || options.bigNodes < 6) {
    std::fprintf(stderr, "knp_bench_layout: --nodes and --big-nodes need at least 6\n");
    std::exit(2);
  }
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = parse(argc, argv);
  LayoutRequest request;
  request.seed = options.seed;

  // Barabási–Albert: ours and Boost's Fruchterman–Reingold.
  const auto baEdges = bench::makeBarabasiAlbert(options.nodes, 5, options.seed);
  const LayoutGraph ba = graphOf(options.nodes, baEdges);
  std::printf("ba: Barabasi-Albert, %zu vertices, %zu edges\n", ba.graph.vertexCount(), ba.graph.edgeCount());
  const Timed oursBa = timeLayout(Algorithm::ForceDirected, ba, request, options.repeats);
  const double oursBaStress = stressOf(ba.graph, oursBa.points);
  std::printf("  ours (force)       %8.3f s   stress %.4f\n", oursBa.seconds, oursBaStress);
  std::printf("ba_nodes=%zu\nba_edges=%zu\nours_ba_s=%.6f\nours_ba_stress=%.6f\n", ba.graph.vertexCount(),
              ba.graph.edgeCount(), oursBa.seconds, oursBaStress);
  {
    LayoutRequest single = request;
    single.force.threads = 1;
    const Timed oneThread = timeLayout(Algorithm::ForceDirected, ba, single, options.repeats);
    std::printf("  ours, 1 thread      %8.3f s   (the same positions: %s)\nours_ba_1t_s=%.6f\n", oneThread.seconds,
                oneThread.points == oursBa.points ? "yes" : "NO", oneThread.seconds);
  }
  if (options.boostIterations > 0) {
    LayoutRequest boost = request;
    boost.iterations = options.boostIterations;
    const Timed boostBa = timeLayout(Algorithm::BoostFruchtermanReingold, ba, boost, 1);
    const double boostStress = stressOf(ba.graph, boostBa.points);
    std::printf("  boost-fr, %zu iterations, 1 run %8.3f s   stress %.4f\n", options.boostIterations, boostBa.seconds,
                boostStress);
    std::printf("boost_fr_iterations=%zu\nboost_fr_ba_s=%.6f\nboost_fr_ba_stress=%.6f\n", options.boostIterations,
                boostBa.seconds, boostStress);
  }

  // Random geometric graph: ours, and random placement as the worst sensible case.
  const auto geometric = bench::makeGeometricGiantComponent(3000, 0.04, options.seed);
  const LayoutGraph grg = graphOf(geometric.nodes, geometric.edges);
  std::printf("grg: random geometric graph (3000, 0.04), giant component: %zu vertices, %zu edges\n",
              grg.graph.vertexCount(), grg.graph.edgeCount());
  const Timed oursGrg = timeLayout(Algorithm::ForceDirected, grg, request, options.repeats);
  const double oursGrgStress = stressOf(grg.graph, oursGrg.points);
  std::vector<Point> scattered(grg.graph.vertexCount());
  bench::Random random(options.seed ^ 0x5eed);  // not the generator's own seed: that would redraw its points
  for (Point& p : scattered) p = {random.unit(), random.unit()};
  const double randomStress = stressOf(grg.graph, scattered);
  std::printf("  ours (force)       %8.3f s   stress %.4f\n  random placement              stress %.4f\n",
              oursGrg.seconds, oursGrgStress, randomStress);
  std::printf("grg_nodes=%zu\ngrg_edges=%zu\nours_grg_s=%.6f\nours_grg_stress=%.6f\nrandom_grg_stress=%.6f\n",
              grg.graph.vertexCount(), grg.graph.edgeCount(), oursGrg.seconds, oursGrgStress, randomStress);

  if (!options.edgesDir.empty()) {
    bench::writeEdgeList(options.edgesDir + "/ba.txt", baEdges, "Barabasi-Albert graph of knp_bench_layout");
    bench::writeEdgeList(options.edgesDir + "/grg.txt", geometric.edges, "random geometric graph of knp_bench_layout");
    writePositions(options.edgesDir + "/ours-ba.tsv", oursBa.points);
    writePositions(options.edgesDir + "/ours-grg.tsv", oursGrg.points);
  }

  // 100,000 vertices: ours once.
  {
    const auto bigEdges = bench::makeBarabasiAlbert(options.bigNodes, 5, options.seed);
    const LayoutGraph big = graphOf(options.bigNodes, bigEdges);
    const Timed oursBig = timeLayout(Algorithm::ForceDirected, big, request, 1);
    const double bigStress = stressOf(big.graph, oursBig.points);
    std::printf("big: Barabasi-Albert, %zu vertices, %zu edges\n  ours (force), 1 run %7.3f s   stress %.4f\n",
                big.graph.vertexCount(), big.graph.edgeCount(), oursBig.seconds, bigStress);
    std::printf("big_nodes=%zu\nbig_edges=%zu\nours_big_s=%.6f\nours_big_stress=%.6f\n", big.graph.vertexCount(),
                big.graph.edgeCount(), oursBig.seconds, bigStress);
  }

  // The Hattingen example: the time of one animation step.
  if (!options.example.empty()) {
    const LoadResult loaded = loadProjectFile(options.example);
    if (!loaded.project) {
      std::fprintf(stderr, "knp_bench_layout: %s does not load\n", options.example.c_str());
      return 2;
    }
    const ProjectGraph view = buildProjectGraph(*loaded.project);
    const LayoutGraph example = layouts::layoutGraphOf(*loaded.project, view);
    std::vector<double> steps;
    std::size_t stepsRun = 0;
    for (int r = 0; r < options.repeats; ++r) {
      auto layout = layouts::makeLayout(Algorithm::ForceDirected, example, request);
      for (bool running = true; running;) {
        const auto start = std::chrono::steady_clock::now();
        running = layout->step() == layouts::StepOutcome::Running;
        steps.push_back(secondsSince(start));
        ++stepsRun;
      }
    }
    const double slowest = *std::max_element(steps.begin(), steps.end());
    std::printf("example: %zu vertices, %zu edges: %zu steps per run, step median %.3f ms, slowest %.3f ms\n",
                example.graph.vertexCount(), example.graph.edgeCount(), stepsRun / static_cast<std::size_t>(options.repeats),
                median(steps) * 1e3, slowest * 1e3);
    std::printf("example_step_ms=%.6f\nexample_step_max_ms=%.6f\n", median(steps) * 1e3, slowest * 1e3);
    std::printf("added: incremental layout\n");
    measureAdded("example", example, options);
  } else {
    std::printf("added: incremental layout\n");
  }
  measureAdded("grg", grg, options);
  return 0;
}
