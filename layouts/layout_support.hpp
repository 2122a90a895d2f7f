#pragma once
// What the layouts share: validating a request, a seeded start, keeping pinned nodes in place.
#include <cstdint>
#include <random>
#include <vector>

#include "layouts/layout.hpp"

namespace knp::layouts {

// Throws std::invalid_argument for what makeLayout refuses (layout.hpp), and for non-finite
// start positions (but those of unplaced vertices, which are ignored), negative or non-finite
// radii, and a negative or non-finite θ. O(n + pins + unplaced).
void checkRequest(const LayoutGraph& graph, const LayoutRequest& request);

// The request's start with its unplaced vertices placed (placeUnplaced), or without a start n
// points drawn uniformly from the unit square [0, 1]² by the seed.
std::vector<Point> startPositions(const LayoutGraph& graph, const LayoutRequest& request);

// Gives each `unplaced` vertex a position: in rounds, every one with a placed neighbour goes to
// the centre of its placed neighbours plus a seeded quarter of the typical edge length (so
// newcomers sharing neighbours do not coincide); those with no placed vertex in reach go on a
// square grid, a typical edge length apart, to the right of the drawing. O((n + m) · rounds); rounds ≤ the longest chain of
// unplaced vertices.
void placeUnplaced(const SimpleGraph& graph, std::vector<Point>& points, const std::vector<VertexIndex>& unplaced,
                   std::uint64_t seed);

// Seeded draws built on mt19937_64's raw output, which the standard fixes (unlike the
// distributions'): the same numbers with every standard library. unitDraw is uniform in
// [0, 1) with 53 random bits; unitDirection a unit vector at a uniform angle (one draw).
double unitDraw(std::mt19937_64& random);
Point unitDirection(std::mt19937_64& random);

// Puts every pinned vertex back at its start position. O(pins).
void restorePinned(std::vector<Point>& positions, const LayoutRequest& request);

}  // namespace knp::layouts
