#include "layouts/classical_mds.hpp"

#include <algorithm>
#include <cmath>
#include <random>

#include "layouts/hops.hpp"
#include "layouts/layout_support.hpp"

namespace knp::layouts {
namespace {

constexpr std::size_t kPowerIterations = 300;
constexpr double kConverged = 1e-10;

// Squared hop distances, n × n row-major; unreachable pairs at (longest + 1)².
std::vector<double> squaredDistances(const WeightedGraph& graph) {
  const std::size_t n = graph.vertexCount();
  std::vector<double> squared(n * n, -1.0);
  std::size_t longest = 0;
  for (VertexIndex s = 0; s < n; ++s) {
    double* row = &squared[s * n];
    const std::vector<std::size_t> hops = hopsFrom(graph, std::span{&s, 1});
    for (std::size_t t = 0; t < n; ++t)
      if (hops[t] != kUnreached) {
        row[t] = static_cast<double>(hops[t] * hops[t]);
        longest = std::max(longest, hops[t]);
      }
  }
  const double apart = static_cast<double>((longest + 1) * (longest + 1));
  for (double& d : squared)
    if (d < 0) d = apart;
  return squared;
}

// B = −½ · J · D² · J with J the centring matrix, in place.
void doubleCentre(std::vector<double>& matrix, std::size_t n) {
  std::vector<double> rowMean(n, 0.0);
  double total = 0;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) rowMean[i] += matrix[i * n + j];
    total += rowMean[i];
    rowMean[i] /= static_cast<double>(n);
  }
  const double mean = total / static_cast<double>(n * n);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j)
      matrix[i * n + j] = -0.5 * (matrix[i * n + j] - rowMean[i] - rowMean[j] + mean);  // symmetric D²
}

// The eigenpair of the symmetric `matrix + shift·I` with the largest magnitude, orthogonal to
// `against` (if not empty); the eigenvalue is returned without the shift.
std::pair<double, std::vector<double>> powerIteration(const std::vector<double>& matrix, std::size_t n, double shift,
                                                      const std::vector<double>& against, std::mt19937_64& random) {
  std::vector<double> v(n), next(n);
  for (double& x : v) x = unitDraw(random) - 0.5;
  auto orthogonalise = [&](std::vector<double>& x) {
    if (against.empty()) return;
    double dot = 0;
    for (std::size_t i = 0; i < n; ++i) dot += x[i] * against[i];
    for (std::size_t i = 0; i < n; ++i) x[i] -= dot * against[i];
  };
  auto normalise = [&](std::vector<double>& x) {
    double norm = 0;
    for (double e : x) norm += e * e;
    norm = std::sqrt(norm);
    if (norm > 0)
      for (double& e : x) e /= norm;
    return norm;
  };
  orthogonalise(v);
  normalise(v);
  double eigenvalue = 0;
  for (std::size_t iteration = 0; iteration < kPowerIterations; ++iteration) {
    for (std::size_t i = 0; i < n; ++i) {
      double sum = 0;
      for (std::size_t j = 0; j < n; ++j) sum += matrix[i * n + j] * v[j];
      next[i] = sum + shift * v[i];
    }
    orthogonalise(next);
    double rayleigh = 0;
    for (std::size_t i = 0; i < n; ++i) rayleigh += next[i] * v[i];
    if (normalise(next) == 0) return {0.0, v};
    double change = 0;
    for (std::size_t i = 0; i < n; ++i) change += (next[i] - v[i]) * (next[i] - v[i]);
    v.swap(next);
    eigenvalue = rayleigh - shift;
    if (change < kConverged) break;
  }
  return {eigenvalue, v};
}

// The largest (not largest in magnitude) eigenpair orthogonal to `against`: when the first
// power iteration lands on a negative eigenvalue λ, a second one on matrix − λ·I finds it.
std::pair<double, std::vector<double>> largestEigen(const std::vector<double>& matrix, std::size_t n,
                                                    const std::vector<double>& against, std::mt19937_64& random) {
  auto result = powerIteration(matrix, n, 0.0, against, random);
  if (result.first < 0) result = powerIteration(matrix, n, -result.first, against, random);
  return result;
}

}  // namespace

std::vector<Point> classicalMds(const WeightedGraph& graph, std::uint64_t seed) {
  const std::size_t n = graph.vertexCount();
  std::mt19937_64 random(seed);
  std::vector<Point> points(n);
  if (n == 0) return points;
  std::vector<double> matrix = squaredDistances(graph);
  doubleCentre(matrix, n);
  const auto [first, axisX] = largestEigen(matrix, n, {}, random);
  const auto [second, axisY] = largestEigen(matrix, n, axisX, random);
  // An axis without a (noticeably) positive eigenvalue, e.g. the second one of a path, gets a
  // seeded jitter of a thousandth of the first axis's spread instead: points exactly on a line
  // would feel no force across it and stay there.
  const double spread = first > 0 ? std::sqrt(first / static_cast<double>(n)) : 1.0;
  // The threshold is copied: clang 14 cannot capture a structured binding.
  auto usable = [threshold = 1e-9 * std::max(first, 0.0)](double eigenvalue) {
    return eigenvalue > threshold && eigenvalue > 0;
  };
  for (std::size_t i = 0; i < n; ++i) {
    points[i].x = usable(first) ? axisX[i] * std::sqrt(first) : 1e-3 * spread * (unitDraw(random) - 0.5);
    points[i].y = usable(second) ? axisY[i] * std::sqrt(second) : 1e-3 * spread * (unitDraw(random) - 0.5);
  }
  return points;
}

}  // namespace knp::layouts
