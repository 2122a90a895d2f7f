#include "analysis/betweenness.hpp"

#include <algorithm>
#include <chrono>
#include <limits>
#include <numeric>
#include <random>
#include <span>
#include <thread>

namespace knp {
namespace {

constexpr std::size_t kChunk = 32;  // sources per unit of work: small enough for fair sharing

// The graph's neighbour lists with vertex numbers of type Number: 16 bits below 65,535
// vertices halve the bytes every BFS streams through.
template <class Number>
struct Adjacency {
  std::vector<std::size_t> offsets;
  std::vector<Number> targets;

  explicit Adjacency(const SimpleGraph& graph) : offsets(graph.vertexCount() + 1, 0) {
    targets.reserve(2 * graph.edgeCount());
    for (VertexIndex v = 0; v < graph.vertexCount(); ++v) {
      for (VertexIndex w : graph.neighbours(v)) targets.push_back(static_cast<Number>(w));
      offsets[v + 1] = targets.size();
    }
  }
  std::span<const Number> neighbours(std::size_t v) const {
    return {targets.data() + offsets[v], targets.data() + offsets[v + 1]};
  }
};

// One thread's scratch space and its running sum of dependencies. Distances sit in their own
// dense array: every neighbour is checked against it, while the path counts and pulls are read
// only for the neighbours one level away. Graphs below 65,535 vertices use 16-bit distances,
// which keeps that array in the L1 cache up to about 16,000 vertices.
template <class Distance>
struct Worker {
  static constexpr Distance kUnreached = std::numeric_limits<Distance>::max();
  std::vector<Distance> distance;
  std::vector<double> pathCount;  // σ(s, v); double, as path counts overflow integers quickly
  std::vector<double> pull;       // (1 + δ(v)) / σ(s, v), set once v's dependency is known
  std::vector<VertexIndex> order;  // vertices in BFS order, doubling as the queue
  std::vector<double> sum;

  explicit Worker(std::size_t n) : distance(n, kUnreached), pathCount(n, 0.0), pull(n, 0.0), sum(n, 0.0) {
    order.reserve(n);
  }

  // Brandes' single-source step: a BFS counting shortest paths, then the dependencies in
  // reverse BFS order. Instead of pushing δ to predecessors, each vertex pulls from its
  // successors (neighbours one level further): δ(v) = σ(v) Σ_succ (1 + δ(w)) / σ(w). Reads
  // only, no scattered writes, and no predecessor lists.
  void accumulateFrom(const Adjacency<Distance>& g, VertexIndex source) {
    order.clear();
    order.push_back(source);
    distance[source] = 0;
    pathCount[source] = 1.0;
    for (std::size_t head = 0; head < order.size(); ++head) {
      const VertexIndex v = order[head];
      const Distance next = static_cast<Distance>(distance[v] + 1);
      const double paths = pathCount[v];
      for (const Distance w : g.neighbours(v)) {
        if (distance[w] == kUnreached) {
          distance[w] = next;
          order.push_back(w);
        }
        if (distance[w] == next) pathCount[w] += paths;
      }
    }
    for (std::size_t i = order.size(); i-- > 1;) {  // order[0] is the source: it gets nothing
      const VertexIndex w = order[i];
      const Distance further = static_cast<Distance>(distance[w] + 1);
      double pulled = 0.0;
      for (const Distance u : g.neighbours(w))
        if (distance[u] == further) pulled += pull[u];
      const double dependency = pathCount[w] * pulled;
      sum[w] += dependency;
      pull[w] = (1.0 + dependency) / pathCount[w];
    }
    for (VertexIndex v : order) {  // reset only what this source touched; `pull` is always set before use
      distance[v] = kUnreached;
      pathCount[v] = 0.0;
    }
  }
};

std::vector<VertexIndex> chooseSources(std::size_t n, const BetweennessOptions& options, bool& sampled) {
  std::vector<VertexIndex> sources(n);
  std::iota(sources.begin(), sources.end(), VertexIndex{0});
  sampled = options.sampleSources && *options.sampleSources < n;
  if (sampled) {
    std::mt19937_64 random(options.seed);
    // Partial Fisher–Yates: the first k entries become a uniform sample without replacement.
    const std::size_t k = *options.sampleSources;
    for (std::size_t i = 0; i < k; ++i) {
      std::uniform_int_distribution<std::size_t> pick(i, n - 1);
      std::swap(sources[i], sources[pick(random)]);
    }
    sources.resize(k);
  }
  return sources;
}

// Brandes from the given sources on `graph`, spread over threads; scores by `graph`'s vertices.
template <class Distance>
BetweennessResult runBrandes(const SimpleGraph& simple, const std::vector<VertexIndex>& sources, bool sampled,
                             const BetweennessOptions& options) {
  const std::size_t n = simple.vertexCount();
  const Adjacency<Distance> graph(simple);  // vertex numbers fit the distance type: both < n
  BetweennessResult result;
  result.scores.assign(n, 0.0);
  result.sampled = sampled;
  const std::size_t total = sources.size();
  if (total == 0) {
    if (options.progress) options.progress(0, 0);
    return result;
  }

  unsigned threadCount = options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  const std::size_t chunks = (total + kChunk - 1) / kChunk;
  threadCount = static_cast<unsigned>(std::min<std::size_t>(threadCount, chunks));

  std::atomic<std::size_t> done{0};
  std::atomic<bool> stopped{false};
  auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };

  std::vector<Worker<Distance>> workers;
  workers.reserve(threadCount);
  for (unsigned t = 0; t < threadCount; ++t) workers.emplace_back(n);

  // Thread t takes chunks t, t + T, t + 2T, ...: a fixed deal keeps the sums reproducible.
  auto work = [&](unsigned t) {
    Worker<Distance>& worker = workers[t];
    for (std::size_t chunk = t; chunk < chunks; chunk += threadCount) {
      if (stopped.load(std::memory_order_relaxed) || cancelled()) {
        stopped = true;
        return;
      }
      const std::size_t end = std::min(total, (chunk + 1) * kChunk);
      for (std::size_t i = chunk * kChunk; i < end; ++i) worker.accumulateFrom(graph, sources[i]);
      done.fetch_add(end - chunk * kChunk, std::memory_order_relaxed);
    }
  };

  std::vector<std::thread> threads;
  try {
    for (unsigned t = 1; t < threadCount; ++t) threads.emplace_back(work, t);
    if (!options.progress) {
      work(0);
    } else if (threadCount == 1) {
      // No helpers: work and report between chunks.
      Worker<Distance>& worker = workers[0];
      for (std::size_t chunk = 0; chunk < chunks; ++chunk) {
        if (cancelled()) {
          stopped = true;
          break;
        }
        const std::size_t end = std::min(total, (chunk + 1) * kChunk);
        for (std::size_t i = chunk * kChunk; i < end; ++i) worker.accumulateFrom(graph, sources[i]);
        done += end - chunk * kChunk;
        options.progress(done.load(), total);
      }
    } else {
      // The calling thread only reports (every 50 ms) while all workers run.
      threads.emplace_back(work, 0u);
      while (done.load() < total && !stopped.load()) {
        options.progress(done.load(), total);
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (cancelled()) stopped = true;
      }
    }
  } catch (...) {
    // A throwing progress callback or a thread that could not start: stop the others and join
    // them, since a joinable std::thread destroyed would end the program.
    stopped = true;
    for (std::thread& thread : threads) thread.join();
    throw;
  }
  for (std::thread& thread : threads) thread.join();
  if (done.load() < total) {  // stopped early; a cancel request after the last source changes nothing
    result.completion = Completion::Cancelled;
    result.sourcesUsed = done.load();
    return result;
  }
  if (options.progress) options.progress(total, total);

  // Each unordered pair was counted from both ends (exact) or, sampled, from k of n sources.
  const double scale = result.sampled ? static_cast<double>(n) / static_cast<double>(total) / 2.0 : 0.5;
  for (const Worker<Distance>& worker : workers)
    for (std::size_t v = 0; v < n; ++v) result.scores[v] += worker.sum[v];
  for (double& score : result.scores) score *= scale;
  result.sourcesUsed = total;
  return result;
}

}  // namespace

BetweennessResult computeBetweenness(const SimpleGraph& graph, const BetweennessOptions& options) {
  const std::size_t n = graph.vertexCount();
  bool sampled = false;
  const std::vector<VertexIndex> sources = chooseSources(n, options, sampled);

  // Hubs first: numbering the vertices by descending degree keeps the scratch entries that
  // every BFS touches most close together in cache (about 10 % faster on heavy-tailed graphs).
  std::vector<VertexIndex> byDegree(n);  // new number -> old
  std::iota(byDegree.begin(), byDegree.end(), VertexIndex{0});
  std::stable_sort(byDegree.begin(), byDegree.end(),
                   [&](VertexIndex l, VertexIndex r) { return graph.degree(l) > graph.degree(r); });
  std::vector<VertexIndex> renumbered(n);  // old -> new
  for (VertexIndex v = 0; v < n; ++v) renumbered[byDegree[v]] = v;
  std::vector<std::pair<VertexIndex, VertexIndex>> edges = graph.edges();
  for (auto& [a, b] : edges) a = renumbered[a], b = renumbered[b];
  std::vector<VertexIndex> renumberedSources(sources.size());
  for (std::size_t i = 0; i < sources.size(); ++i) renumberedSources[i] = renumbered[sources[i]];

  const SimpleGraph hubsFirst = SimpleGraph::fromEdges(n, edges);
  // A distance is below the vertex count, and the largest value means "unreached".
  BetweennessResult inner = n < std::numeric_limits<std::uint16_t>::max()
                                ? runBrandes<std::uint16_t>(hubsFirst, renumberedSources, sampled, options)
                                : runBrandes<std::uint32_t>(hubsFirst, renumberedSources, sampled, options);
  BetweennessResult result = inner;
  for (VertexIndex v = 0; v < n; ++v) result.scores[v] = inner.scores[renumbered[v]];
  return result;
}

}  // namespace knp
