#pragma once
// Running a piece of work under ceilings of CPU time and memory, in a child process, so that a
// test can show that reading a hostile file stays bounded. The ceilings sit ten times or more
// above what the work needs on a slow machine: they catch blow-ups (quadratic time, a copy of
// every default in every node), they do not measure speed (bench/ does that).
#include <cstddef>
#include <functional>
#include <string>

namespace knp::test {

struct BoundedRun {
  bool finished = false;  // the work returned true within both ceilings
  std::string outcome;    // what happened otherwise: "returned false", "out of CPU time", ...
};

// Forks; the child sets RLIMIT_CPU to `cpuSeconds` and RLIMIT_AS so that `work` may map at most
// `memoryBytes` beyond what the process had mapped already (what earlier tests left to the
// allocator counts for nothing); not under AddressSanitizer, which reserves terabytes of address
// space up front. Runs `work` and exits. Catch2 assertions inside `work` are not seen: report
// through its return value.
BoundedRun runBounded(const std::function<bool()>& work, unsigned cpuSeconds, std::size_t memoryBytes);

}  // namespace knp::test
