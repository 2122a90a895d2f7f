// The fuzz targets without libFuzzer: feeds every file named on the command line (a folder:
// every file below it, in name order) to LLVMFuzzerTestOneInput once. ctest runs each target
// so over its seed corpus and the regression inputs of issue 14 on every test run; no clang
// needed. Each input runs under the audit's ceilings: the process may map at most 1 GB (not
// under AddressSanitizer, which reserves terabytes up front), and an input that takes more than
// 10 s of CPU time is a finding, as libFuzzer's -timeout=10 would call it (the audit asked for
// 5 s of wall time; bench/hostile_inputs.sh measures that, on a quiet machine). A broken
// property aborts (fuzz_support.hpp), and so does a path that does not exist: a regression
// folder that went missing must not pass unnoticed. Prints how many inputs ran and the slowest.
#include <sys/resource.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

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

constexpr rlim_t kAddressSpace = 1024ul * 1024ul * 1024ul;
constexpr double kCpuSecondsPerInput = 10.0;

double cpuSeconds() {
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

bool collect(const std::filesystem::path& path, std::vector<std::filesystem::path>& files) {
  if (std::filesystem::is_directory(path)) {
    std::vector<std::filesystem::path> below;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(path))
      if (entry.is_regular_file()) below.push_back(entry.path());
    std::sort(below.begin(), below.end());
    files.insert(files.end(), below.begin(), below.end());
  } else if (std::filesystem::is_regular_file(path)) {
    files.push_back(path);
  } else {
    std::fprintf(stderr, "replay: %s: no such file or folder\n", path.c_str());
    return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (!kAddressSanitizer) {
    rlimit memory{kAddressSpace, kAddressSpace};
    ::setrlimit(RLIMIT_AS, &memory);
  }
  std::vector<std::filesystem::path> files;
  for (int i = 1; i < argc; ++i)
    if (!collect(argv[i], files)) return 1;
  double slowest = 0;
  std::string slowestName;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const double start = cpuSeconds();
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    const double spent = cpuSeconds() - start;
    if (spent > slowest) slowest = spent, slowestName = file.filename().string();
    if (spent > kCpuSecondsPerInput) {
      std::fprintf(stderr, "replay: %s took %.1f s of CPU time (more than %.0f s): a finding\n", file.c_str(), spent,
                   kCpuSecondsPerInput);
      return 1;
    }
  }
  std::printf("replay: %zu inputs, slowest %.2f s CPU (%s)\n", files.size(), slowest, slowestName.c_str());
  return files.empty() ? 1 : 0;
}
