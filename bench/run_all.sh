#!/usr/bin/env bash
# Runs the benchmarks of a build configured with -DKNP_BUILD_BENCH=ON; builds nothing
# (./knotenpunkt.sh bench builds, then calls this).
#   bench/run_all.sh [BUILD_DIR] [ARGS...]
# BUILD_DIR: the bench build folder (default ./build-bench next to this folder's parent).
# ARGS go to knp_bench_betweenness, e.g. --nodes 2000 --edges 10000 --seed 7.
# Environment: REPEATS (default 3), the number of timed runs per measurement; medians are shown.
# SCALES (default 1,10,100,1000): the synthetic project scales of knp_bench_analyses.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build_dir="$root/build-bench"
if [ $# -gt 0 ] && [[ "$1" != -* ]]; then
  build_dir="$1"
  shift
fi
repeats="${REPEATS:-3}"
python=/usr/bin/python3

say() { printf 'run_all.sh: %s\n' "$*" >&2; }

betweenness="$build_dir/bench/knp_bench_betweenness"
if [ ! -x "$betweenness" ]; then
  say "no $betweenness; build with -DKNP_BUILD_BENCH=ON first (./knotenpunkt.sh bench does)"
  exit 2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/knp-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# The value of KEY in a key=value output file; empty when absent.
value() { sed -n "s/^$1=//p" "$2" | tail -n 1; }
# A / B with two decimals, or "n/a" when either is missing.
ratio() { if [ -n "$1" ] && [ -n "$2" ]; then awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; else echo n/a; fi; }
# A number with DIGITS decimals, or "n/a" when missing.
fixed() { if [ -n "$2" ]; then awk -v x="$2" -v d="$1" 'BEGIN { printf "%.*f", d, x }'; else echo n/a; fi; }

echo "== knp_bench_betweenness"
"$betweenness" --repeats "$repeats" --edges-out "$work/edges.txt" --scores-out "$work/ours.tsv" "$@" |
  tee "$work/betweenness.out"

echo
echo "== python igraph on the same edge list"
if [ -x "$python" ]; then
  "$python" "$here/igraph_betweenness.py" "$work/edges.txt" --repeats "$repeats" --compare "$work/ours.tsv" |
    tee "$work/igraph.out"
else
  echo "skipped: $python not found (apt-get install python3 python3-igraph)" | tee "$work/igraph.out"
fi

echo
echo "== knp_bench_analyses (synthetic projects at scales 1, 10, 100, 1000; SCALES to change)"
"$build_dir/bench/knp_bench_analyses" --repeats "$repeats" --scales "${SCALES:-1,10,100,1000}" 2>/dev/null |
  tee "$work/analyses.out"

b="$work/betweenness.out"
ours="$(value ours_all_s "$b")"
single="$(value ours_1t_s "$b")"
boost="$(value boost_s "$b")"
igraph="$(value igraph_s "$work/igraph.out")"
echo
echo "== summary: medians of $repeats runs, $(value nodes "$b") vertices, $(value edges "$b") edges, seconds"
printf '  %-30s %8s\n' "ours, exact, $(value threads "$b") threads" "$(fixed 3 "$ours")" \
  "ours, exact, 1 thread" "$(fixed 3 "$single")" "Boost brandes, 1 thread" "$(fixed 3 "$boost")" \
  "igraph $(value igraph_version "$work/igraph.out")" "$(fixed 3 "$igraph")"
for k in 500 2000; do
  [ -n "$(value "sampled_${k}_s" "$b")" ] || continue
  printf '  %-30s %8s   max error %s of the top score; top 100: mean rel. error %s, overlap %s\n' \
    "ours, sampled k=$k" "$(fixed 3 "$(value "sampled_${k}_s" "$b")")" \
    "$(fixed 3 "$(value "sampled_${k}_max_abs_err_rel_to_max" "$b")")" \
    "$(fixed 3 "$(value "sampled_${k}_top100_mean_rel_err" "$b")")" "$(fixed 2 "$(value "sampled_${k}_top100_overlap" "$b")")"
done
echo "  ours/igraph = $(ratio "$ours" "$igraph")   ours/boost = $(ratio "$ours" "$boost")   1 thread/igraph = $(ratio "$single" "$igraph")"
cores="$(value ours_all_cores_used "$b")"
threads="$(value threads "$b")"
if [ -n "$cores" ] && awk -v c="$cores" -v t="$threads" 'BEGIN { exit !(c < 0.9 * t) }'; then
  echo "  WARNING: ours kept only $cores of $threads cores busy: other processes were running, the times are off"
fi
echo "  target: ours <= 0.35 × igraph"
if [ -n "$igraph" ]; then
  met="$(awk -v a="$ours" -v b="$igraph" 'BEGIN { print (a <= 0.35 * b) ? "met" : "NOT met" }')"
  echo "  -> $met today ($(ratio "$ours" "$igraph") × igraph)"
fi
