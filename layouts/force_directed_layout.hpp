#pragma once
// Our force-directed layout: ForceAtlas2's forces (force_atlas2.hpp) with Barnes–Hut repulsion,
// run multilevel so that large graphs untangle instead of folding over themselves.
//
// Without a start (a fresh layout): the graph is coarsened level by level (coarsening.hpp)
// down to at most kCoarsestVertices vertices. The coarsest level starts from classical MDS of
// its hop distances (classical_mds.hpp: the global shape, nothing folded), every finer one
// from its clusters' places plus a small seeded offset. Each level runs ForceAtlas2's adaptive
// speed for a few warm-up iterations, then cools (the speed cap shrinks geometrically) until
// the mean move per iteration falls below kSettledMove of the mean edge length, or its
// iteration budget is spent. The result is scaled into [0, 1]² (aspect kept), like the other
// layouts.
//
// With a start (continuing, or adding to, an earlier layout): one level, the finest, cooling
// from the first iteration. The start is first scaled so that it is in ForceAtlas2's balance of
// attraction, repulsion and gravity (the virial of the forces is zero), so a settled drawing
// neither swells nor shrinks, and the result is returned in the start's own coordinates.
// Unplaced vertices (LayoutRequest::unplaced) begin at their neighbours' centre; while any are
// given (or vertices to settle, LayoutRequest::settle), the others move the less the farther they are from one (half as much per hop, not at
// all from kLocalHops hops on: they, like pinned ones, give back their start exactly), so a
// settled map stays as it was and newcomers find their place. A start whose every vertex is
// unplaced says nothing: that is a fresh layout.
//
// No vertex moves farther than one mean edge length per iteration. Every step runs whole
// iterations, as many as fit a budget of about kWorkPerStep vertex and edge visits (at least
// one), so a small graph animates in a handful of steps and a step on a large graph stays one
// iteration. `iterations` bounds the iterations on the finest level (default
// kForceDefaultIterations). Deterministic in (graph, request), whatever the number of threads.
// Time: O((n log n / θ² + m) · iterations) with about 40 to 60 iterations per level and levels
// halving in size (measured in bench/README.md); memory O(n + m) over all levels.
#include <cstddef>
#include <memory>

#include "layouts/layout.hpp"

namespace knp::layouts {

inline constexpr std::size_t kCoarsestVertices = 40;
inline constexpr std::size_t kForceDefaultIterations = 400;
inline constexpr double kSettledMove = 0.002;
inline constexpr std::size_t kLocalHops = 4;
inline constexpr std::size_t kWorkPerStep = 20000;

std::unique_ptr<Layout> makeForceDirectedLayout(const LayoutGraph& graph, const LayoutRequest& request);

}  // namespace knp::layouts
