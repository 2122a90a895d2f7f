#!/usr/bin/env bash
# Knotenpunkt set-up, build, run and test in one script.
#   ./knotenpunkt.sh run [ARGS...]   installs what is missing, builds, opens the program
#                                    (no FILE: the embedded Hattingen example)
#   ./knotenpunkt.sh test            installs what is missing, builds, runs the whole test suite
#   ./knotenpunkt.sh build           installs what is missing and builds
#   ./knotenpunkt.sh deps            only installs the Debian packages that are missing
# Environment: BUILD_DIR (default ./build), BUILD_TYPE (default RelWithDebInfo),
#              KNP_SANITIZE=ON for an AddressSanitizer+UBSan build.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build_dir="${BUILD_DIR:-$here/build}"
build_type="${BUILD_TYPE:-RelWithDebInfo}"

# Every dependency is a Debian bookworm package; nothing is downloaded at build time.
packages=(
  build-essential cmake pkg-config
  libboost-graph-dev nlohmann-json3-dev libfmt-dev libcli11-dev
  libimgui-dev libglfw3-dev libgl-dev libstb-dev fonts-dejavu-core
  catch2
  xvfb xauth libgl1-mesa-dri
)

say() { printf 'knotenpunkt.sh: %s\n' "$*" >&2; }

install_missing_packages() {
  local missing=()
  for p in "${packages[@]}"; do
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
  *)
    say "unknown command '$command' (expected run, test, build or deps)"
    exit 2
    ;;
esac
