#pragma once
// One interface for every layout: a graph, where its nodes are now, which of them are pinned,
// a seed; out come positions, computed in steps of bounded work so that the program can
// animate a layout, keep drawing at full frame rate and stop it at any time.
//
// Contract of every algorithm: the same graph, request and seed give the same positions; a
// pinned node keeps its start position exactly; every coordinate is finite; self-loops and
// parallel edges change nothing (the graph is a SimpleGraph); an empty graph gives no
// positions and finishes at once.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "analysis/simple_graph.hpp"
#include "layouts/point.hpp"

namespace knp::layouts {

inline constexpr std::size_t kNoSector = SIZE_MAX;

// The graph a layout places. Optional, one entry per vertex or none:
//   column  the layered layout's column, e.g. the node kind (none: all in column 0);
//   sector  the sectors layout's sector, e.g. the field (kNoSector: the centre);
//   ring    the sectors layout's ring, 0 innermost (none: all on ring 0);
//   weight  one per edge, in the order of graph.edges(), each > 0: how strongly the
//           force-directed layout pulls the edge's ends together (none: all 1);
//   radius  the node's radius in the units of the result: the start's coordinates, or for a
//           fresh layout (fitted into [0, 1]²) fractions of the drawing's width; the
//           force-directed layout keeps such discs from overlapping (none: nodes are points).
struct LayoutGraph {
  SimpleGraph graph;
  std::vector<std::size_t> column;
  std::vector<std::size_t> sector;
  std::vector<std::size_t> ring;
  std::vector<double> weight;
  std::vector<double> radius;
};

enum class Algorithm { ForceDirected, Circle, Layered, Sectors, BoostFruchtermanReingold, BoostKamadaKawai };

struct AlgorithmInfo {
  Algorithm algorithm;
  std::string_view name;         // as typed on the command line
  std::string_view description;  // one line for `--algorithm list`
};

const std::vector<AlgorithmInfo>& algorithmList();
std::optional<Algorithm> algorithmFromName(std::string_view name);
std::string_view toString(Algorithm algorithm);

// Options of the force-directed layout (force_directed_layout.hpp).
struct ForceOptions {
  double theta = 0.8;    // Barnes–Hut: a cell acts as one body when side < θ · distance
  unsigned threads = 0;  // 0: every core; 1: this thread only
  // The longest move of a vertex per iteration, in typical edge lengths. 1 lets a layout
  // untangle; a small value only polishes a drawing the user knows (the window's "Neu
  // anordnen" continues a settled map with 0.005, so that it stays recognisable).
  double stepLimit = 1.0;
};

struct LayoutRequest {
  // Where the nodes are now: empty, or one point per vertex. Without it, layouts that need a
  // start draw one from the seed.
  std::vector<Point> start;
  // Vertices that must not move; they keep their `start` positions (so pinning needs a start).
  std::vector<VertexIndex> pinned;
  // Vertices whose `start` entry is not a position yet (added since the start was computed).
  // Each is put at the centre of its placed neighbours (beside the drawing when it has none);
  // the force-directed layout then settles them locally and moves the others little. Needs a
  // start; an unplaced vertex cannot be pinned.
  std::vector<VertexIndex> unplaced;
  // Vertices that changed since the drawing settled (added and placed already, say): as with
  // unplaced ones, the force-directed layout settles the drawing around them and moves the
  // others the less the farther they are (their starts are kept). Needs a start; out-of-range
  // vertices are refused.
  std::vector<VertexIndex> settle;
  std::uint64_t seed = 1;
  // Upper bound on iterations for iterative algorithms (each algorithm's header says which it
  // counts); 0: the algorithm's default.
  std::size_t iterations = 0;
  ForceOptions force;
};

enum class StepOutcome { Running, Finished };

// One run of an algorithm on one graph; the graph must outlive it.
class Layout {
 public:
  virtual ~Layout() = default;
  // Does one bounded unit of work (the algorithm's header says how much) and says whether
  // more would change anything. Calling it after Finished does nothing.
  virtual StepOutcome step() = 0;
  virtual const std::vector<Point>& positions() const = 0;
};

// Throws std::invalid_argument when `start` has the wrong size, a pinned or unplaced vertex is
// out of range, pinned or unplaced vertices are given without a start, a vertex is both, or
// an optional per-vertex list of the graph has the wrong size.
std::unique_ptr<Layout> makeLayout(Algorithm algorithm, const LayoutGraph& graph, const LayoutRequest& request);

// Steps until Finished (or `maxSteps`) and returns the positions.
std::vector<Point> runLayout(Algorithm algorithm, const LayoutGraph& graph, const LayoutRequest& request,
                             std::size_t maxSteps = SIZE_MAX);

}  // namespace knp::layouts
