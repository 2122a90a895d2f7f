#include "bounded_run.hpp"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <new>

namespace knp::test {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

constexpr int kReturnedFalse = 3, kOutOfMemory = 4, kThrew = 5;

// The address space this process has mapped now (VmSize, the first field of /proc/self/statm).
std::size_t mappedBytes() {
  std::FILE* statm = std::fopen("/proc/self/statm", "r");
  if (!statm) return 0;
  unsigned long pages = 0;
  if (std::fscanf(statm, "%lu", &pages) != 1) pages = 0;
  std::fclose(statm);
  return pages * static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
}

}  // namespace

BoundedRun runBounded(const std::function<bool()>& work, unsigned cpuSeconds, std::size_t memoryBytes) {
  std::fflush(nullptr);  // the child must not write our buffered output a second time
  const pid_t child = ::fork();
  if (child < 0) return {false, "fork failed"};
  if (child == 0) {
    rlimit cpu{cpuSeconds, cpuSeconds + 1};
    ::setrlimit(RLIMIT_CPU, &cpu);
    if (!kAddressSanitizer) {
      const rlim_t ceiling = mappedBytes() + memoryBytes;
      rlimit memory{ceiling, ceiling};
      ::setrlimit(RLIMIT_AS, &memory);
    }
    int code = 0;
    try {
      code = work() ? 0 : kReturnedFalse;
    } catch (const std::bad_alloc&) {
      code = kOutOfMemory;
    } catch (...) {
      code = kThrew;
    }
    ::_exit(code);
  }
  int status = 0;
  while (::waitpid(child, &status, 0) < 0) {
  }
  if (WIFEXITED(status)) {
    switch (WEXITSTATUS(status)) {
      case 0: return {true, "finished"};
      case kReturnedFalse: return {false, "returned false"};
      case kOutOfMemory: return {false, "out of memory"};
      case kThrew: return {false, "threw an exception"};
      default: return {false, "exited with " + std::to_string(WEXITSTATUS(status))};
    }
  }
  if (WIFSIGNALED(status)) {
    const int signal = WTERMSIG(status);
    if (signal == SIGXCPU || signal == SIGKILL) return {false, "out of CPU time"};
    if (signal == SIGSEGV) return {false, "crashed (SIGSEGV; out of stack or memory)"};
    if (signal == SIGABRT) return {false, "aborted (out of memory?)"};
    return {false, "killed by signal " + std::to_string(signal)};
  }
  return {false, "ended in an unknown way"};
}

}  // namespace knp::test
