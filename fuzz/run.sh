#!/usr/bin/env bash
# Runs every libFuzzer target of a KNP_FUZZ build for MINUTES minutes each, as many at once as
# there are cores, then prints per target the executions, the coverage (libFuzzer's cov: edges
# and ft: features) and the findings. Exit 1 when any target found something.
#   fuzz/run.sh BUILD_DIR MINUTES
# Each target starts from a copy of its seed corpus and small regression inputs (the repository's
# folders are never written) under BUILD_DIR/fuzz-corpus/<target>, uses fuzz/dict/<target>.dict,
# and writes what it finds to BUILD_DIR/fuzz-findings/<target>/ and its log to
# BUILD_DIR/fuzz-logs/<target>.log. Limits per input, as the audit's: 10 s, 2 GB.
set -euo pipefail
build="$1" minutes="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[[ "$minutes" =~ ^[1-9][0-9]*$ ]] || { echo "fuzz: MINUTES must be a whole number of at least 1, not '$minutes'" >&2; exit 2; }

targets=()
for binary in "$build"/fuzz/knp_fuzz_*; do [ -x "$binary" ] && targets+=("$(basename "$binary" | sed 's/^knp_fuzz_//')"); done
[ ${#targets[@]} -gt 0 ] || { echo "fuzz: no targets in $build/fuzz (build with -DKNP_FUZZ=ON)" >&2; exit 2; }
mkdir -p "$build/fuzz-logs"

run_one() {
  local name="$1"
  local corpus="$build/fuzz-corpus/$name" findings="$build/fuzz-findings/$name/"
  mkdir -p "$corpus" "$findings"
  cp -L -n "$here/corpus/$name"/* "$here/regressions/$name"/* "$corpus"/ 2>/dev/null || true
  "$build/fuzz/knp_fuzz_$name" "$corpus" -dict="$here/dict/$name.dict" -max_total_time=$((minutes * 60)) \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings" \
    >"$build/fuzz-logs/$name.log" 2>&1 || true
}
export -f run_one
export build here minutes
echo "fuzz: ${#targets[@]} targets, $minutes min each, $(nproc) at a time; logs in $build/fuzz-logs/"
printf '%s\n' "${targets[@]}" | xargs -P "$(nproc)" -I{} bash -c 'run_one {}'

status=0
printf '%-15s %14s %8s %8s %9s\n' target executions cov ft findings
for name in "${targets[@]}"; do
  log="$build/fuzz-logs/$name.log"
  runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo "?")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo "?")
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo "?")
  found=$(find "$build/fuzz-findings/$name" -type f | wc -l)
  printf '%-15s %14s %8s %8s %9s\n' "$name" "$runs" "$cov" "$ft" "$found"
  [ "$found" -eq 0 ] || status=1
done
[ $status -eq 0 ] || echo "fuzz: findings in $build/fuzz-findings/ (replay one: $build/fuzz/knp_fuzz_NAME FILE)"
exit $status
