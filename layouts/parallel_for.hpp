#pragma once
// Splits 0..count-1 into `threads` contiguous ranges and runs work(begin, end) on each, the first
// range on the calling thread; returns when all are done. With threads <= 1 (or count small)
// it is a plain call. The caller makes sure ranges never write to shared data.
#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace knp::layouts {

template <class Work>
void parallelFor(std::size_t count, std::size_t threads, Work&& work) {
  threads = std::max<std::size_t>(1, std::min(threads, count));
  if (threads == 1) {
    work(std::size_t{0}, count);
    return;
  }
  std::vector<std::jthread> helpers;
  helpers.reserve(threads - 1);
  for (std::size_t t = 1; t < threads; ++t)
    helpers.emplace_back([&work, t, count, threads] { work(t * count / threads, (t + 1) * count / threads); });
  work(std::size_t{0}, count / threads);
}

}  // namespace knp::layouts
