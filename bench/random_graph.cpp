#include "random_graph.hpp"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <numeric>
#include <stdexcept>
#include <unordered_set>

#include "random.hpp"

namespace knp::bench {
namespace {

// Grows the edge set, refusing self-loops and duplicates. `ends` lists every endpoint once per
// edge, so a uniform pick from it is a pick proportional to degree.
class EdgeCollector {
 public:
  explicit EdgeCollector(std::size_t capacity) {
    m_edges.reserve(capacity);
    m_keys.reserve(capacity * 2);
    m_ends.reserve(capacity * 2);
  }

  bool add(std::uint32_t a, std::uint32_t b) {
    if (a == b) return false;
    if (a > b) std::swap(a, b);
    if (!m_keys.insert((std::uint64_t{a} << 32) | b).second) return false;
    m_edges.emplace_back(a, b);
    m_ends.push_back(a);
    m_ends.push_back(b);
    return true;
  }
  bool has(std::uint32_t a, std::uint32_t b) const {
    if (a > b) std::swap(a, b);
    return m_keys.contains((std::uint64_t{a} << 32) | b);
  }

  // A vertex drawn in proportion to its degree; `fallback` while there are no edges yet.
  std::uint32_t byDegree(Random& random, std::uint32_t fallback) const {
    return m_ends.empty() ? fallback : m_ends[random.index(m_ends.size())];
  }

  std::size_t size() const { return m_edges.size(); }
  std::vector<Edge> take() { return std::move(m_edges); }

 private:
  std::vector<Edge> m_edges;
  std::unordered_set<std::uint64_t> m_keys;
  std::vector<std::uint32_t> m_ends;
};

constexpr double kBackboneShare = 0.8;  // of all edges, placed by preferential attachment
constexpr double kUniformMix = 0.1;     // chance of a uniform instead of a degree-weighted pick
constexpr int kTriesPerEdge = 64;       // degree-weighted tries before falling back to uniform

}  // namespace

std::vector<Edge> makeRandomGraph(std::uint32_t nodes, std::size_t edges, std::uint64_t seed) {
  const std::uint64_t n = nodes;
  const std::uint64_t maxEdges = n < 2 ? 0 : n * (n - 1) / 2;
  if (edges > maxEdges)
    throw std::invalid_argument("makeRandomGraph: " + std::to_string(edges) + " edges do not fit a simple graph on " +
                                std::to_string(nodes) + " vertices");
  Random random(seed);
  EdgeCollector collected(edges);

  // Backbone: vertex v links to k_v distinct earlier vertices; the k_v add up to about
  // kBackboneShare·edges and are at least 1, so vertex v is always joined to 0..v-1.
  if (nodes >= 2) {
    const std::uint64_t later = n - 1;
    const std::uint64_t budget = std::min<std::uint64_t>(
        edges, std::max<std::uint64_t>(later, static_cast<std::uint64_t>(kBackboneShare * static_cast<double>(edges))));
    const std::uint64_t base = budget / later;
    const std::uint64_t extra = budget % later;
    for (std::uint32_t v = 1; v < nodes; ++v) {
      const std::uint64_t wanted = std::min<std::uint64_t>(v, base + (v <= extra ? 1 : 0));
      std::uint64_t made = 0;
      for (int tries = 0; made < wanted; ++tries) {
        const bool uniform = tries >= kTriesPerEdge || random.chance(kUniformMix);
        std::uint32_t target = uniform ? static_cast<std::uint32_t>(random.below(v)) : collected.byDegree(random, 0);
        if (target >= v) continue;  // v's own first edges are already in `ends`
        if (collected.add(v, target)) ++made;
      }
    }
  }

  // The rest: a uniform vertex joined to a degree-weighted one. When the graph gets dense,
  // rejection stops paying off; then list the missing pairs and draw from them directly.
  const std::size_t giveUp = 20 * edges + 1000;
  for (std::size_t tries = 0; collected.size() < edges && tries < giveUp; ++tries) {
    const auto a = static_cast<std::uint32_t>(random.below(n));
    const std::uint32_t b = random.chance(kUniformMix)
                                ? static_cast<std::uint32_t>(random.below(n))
                                : collected.byDegree(random, static_cast<std::uint32_t>(random.below(n)));
    collected.add(a, b);
  }
  if (collected.size() < edges) {
    std::vector<Edge> missing;
    for (std::uint32_t a = 0; a < nodes; ++a)
      for (std::uint32_t b = a + 1; b < nodes; ++b)
        if (!collected.has(a, b)) missing.emplace_back(a, b);
    random.shuffle(missing);
    for (std::size_t i = 0; collected.size() < edges; ++i) collected.add(missing[i].first, missing[i].second);
  }

  // Renumber randomly: otherwise the oldest vertices, the hubs, would be 0, 1, 2, ...
  std::vector<std::uint32_t> label(nodes);
  std::iota(label.begin(), label.end(), std::uint32_t{0});
  random.shuffle(label);
  std::vector<Edge> result = collected.take();
  for (Edge& e : result) {
    e = {label[e.first], label[e.second]};
    if (e.first > e.second) std::swap(e.first, e.second);
  }
  random.shuffle(result);
  return result;
}

std::string vertexName(std::uint32_t v) {
  std::string name = "n";  // not "n" + std::to_string(v): GCC 12 warns falsely there (-Wrestrict, PR 105329)
  name += std::to_string(v);
  return name;
}

void writeEdgeList(const std::filesystem::path& file, std::span<const Edge> edges, std::string_view comment) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> out(std::fopen(file.c_str(), "w"), &std::fclose);
  if (!out) throw std::runtime_error("cannot write " + file.string());
  bool ok = true;
  std::size_t start = 0;
  while (start < comment.size()) {
    std::size_t end = comment.find('\n', start);
    if (end == std::string_view::npos) end = comment.size();
    const std::string_view line = comment.substr(start, end - start);
    ok = ok && std::fprintf(out.get(), "# %.*s\n", static_cast<int>(line.size()), line.data()) >= 0;
    start = end + 1;
  }
  for (const Edge& e : edges) ok = ok && std::fprintf(out.get(), "n%u n%u\n", e.first, e.second) >= 0;
  if (!ok || std::fflush(out.get()) != 0 || std::ferror(out.get()))
    throw std::runtime_error("cannot write " + file.string() + " completely");
  if (std::fclose(out.release()) != 0) throw std::runtime_error("cannot close " + file.string());
}

}  // namespace knp::bench
