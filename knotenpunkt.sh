#!/usr/bin/env bash
# Knotenpunkt set-up, build, run and test in one script.
#   ./knotenpunkt.sh run [ARGS...]   installs what is missing, builds, opens the program
#                                    (no FILE: the embedded Hattingen example)
#   ./knotenpunkt.sh test            installs what is missing, builds, runs the whole test suite
#   ./knotenpunkt.sh build           installs what is missing and builds
#   ./knotenpunkt.sh bench [ARGS...] installs what is missing (and python3-igraph, graphviz), builds the
#                                    benchmarks in a Release tree, runs bench/run_all.sh ARGS
#   ./knotenpunkt.sh fuzz [MINUTES]  installs clang and its fuzzer runtime, builds the fuzz targets with
#                                    libFuzzer, ASan and UBSan in ./build-fuzz, runs each MINUTES
#                                    minutes (default 10) and prints executions, coverage, findings
#   ./knotenpunkt.sh deps            only installs the Debian packages that are missing
# Environment: BUILD_DIR (default ./build), BUILD_TYPE (default RelWithDebInfo),
#              KNP_SANITIZE=ON for an AddressSanitizer+UBSan build,
#              BENCH_BUILD_DIR (default ./build-bench) and REPEATS (default 3) for bench,
#              FUZZ_BUILD_DIR (default ./build-fuzz) for fuzz.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build_dir="${BUILD_DIR:-$here/build}"
build_type="${BUILD_TYPE:-RelWithDebInfo}"
bench_build_dir="${BENCH_BUILD_DIR:-$here/build-bench}"
fuzz_build_dir="${FUZZ_BUILD_DIR:-$here/build-fuzz}"

# Every dependency is a Debian bookworm package; nothing is downloaded at build time.
packages=(
  build-essential cmake pkg-config
  libboost-graph-dev nlohmann-json3-dev libfmt-dev libcli11-dev
  libimgui-dev libglfw3-dev libgl-dev libstb-dev fonts-dejavu-core libcairo2-dev
  libzip-dev libpugixml-dev libxlsxwriter-dev
  catch2 python3
  xvfb xauth libgl1-mesa-dri xdotool
  chromium   # the tests open the HTML reports in it, as readers of the city's website would
  python3-networkx   # the tests read our GraphML and GEXF with it, unmodified
)

say() { printf 'knotenpunkt.sh: %s\n' "$*" >&2; }

# Arguments: packages wanted in addition to the list above.
install_missing_packages() {
  local missing=()
  for p in "${packages[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { say "need root or sudo to install: ${missing[*]}"; exit 2; }
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  install_missing_packages
  cmake -S "$here" -B "$build_dir" -DCMAKE_BUILD_TYPE="$build_type" -DKNP_SANITIZE="${KNP_SANITIZE:-OFF}" >/dev/null
  cmake --build "$build_dir" --parallel "$(nproc)"
}

# Benchmarks need an optimised build of their own: never sanitized, no program, no tests.
build_bench() {
  install_missing_packages python3-igraph graphviz
  cmake -S "$here" -B "$bench_build_dir" -DCMAKE_BUILD_TYPE=Release -DKNP_BUILD_BENCH=ON -DKNP_SANITIZE=OFF \
    -DKNP_BUILD_APP=OFF -DKNP_BUILD_TESTS=OFF >/dev/null
  cmake --build "$bench_build_dir" --parallel "$(nproc)"
}

# Fuzz targets need clang's libFuzzer; instrumented with ASan and UBSan, no program, no tests.
build_fuzz() {
  install_missing_packages clang libclang-rt-14-dev
  cmake -S "$here" -B "$fuzz_build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
    -DCMAKE_CXX_COMPILER=clang++ -DKNP_FUZZ=ON -DKNP_SANITIZE=OFF -DKNP_BUILD_APP=OFF -DKNP_BUILD_TESTS=OFF >/dev/null
  cmake --build "$fuzz_build_dir" --parallel "$(nproc)"
}

command="${1:-run}"
[ $# -gt 0 ] && shift
case "$command" in
  deps) install_missing_packages ;;
  build) build ;;
  run)
    build
    exec "$build_dir/app/knotenpunkt" "$@"
    ;;
  test)
    build
    ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" "$@"
    ;;
  fuzz)
    build_fuzz
    exec "$here/fuzz/run.sh" "$fuzz_build_dir" "${1:-10}"
    ;;
  bench)
    build_bench
    exec "$here/bench/run_all.sh" "$bench_build_dir" "$@"
    ;;
  *)
    say "unknown command '$command' (expected run, test, build, bench, fuzz or deps)"
    exit 2
    ;;
esac
