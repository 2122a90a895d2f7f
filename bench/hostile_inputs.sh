#!/usr/bin/env bash
# The audit of issue 14 again, from the outside: the program against each large hostile input
# (fuzz/generate_regressions.py makes them), and against a project of a whole region as the
# largest honest input, with python's json.load on the same file as the peer. Prints per input
# the exit code, the median wall time and the median peak memory (max RSS) of REPEATS runs.
#   bench/hostile_inputs.sh PROGRAM [BENCH_BUILD_DIR]
# PROGRAM: a built knotenpunkt (build/app/knotenpunkt). BENCH_BUILD_DIR: a tree configured with
# -DKNP_BUILD_BENCH=ON, for knp_bench_write_project (the region project is skipped without it).
# Environment: REPEATS (default 3), REGION_SCALE (default 1200: 48,000 actors, 144,000 activities).
set -euo pipefail
program="$(realpath "$1")" bench_build="${2:-}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repeats="${REPEATS:-3}"
work="$(mktemp -d "${TMPDIR:-/tmp}/knp-hostile.XXXXXX")"
trap 'rm -rf "$work"' EXIT

/usr/bin/python3 "$here/../fuzz/generate_regressions.py" "$work/in" >/dev/null

# Runs "$@" REPEATS times; prints "exit seconds megabytes" with the medians.
measure() {
  local times=() memories=() code=0
  for ((i = 0; i < repeats; i++)); do
    /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" && code=0 || code=$?
    read -r seconds kilobytes < <(tail -n 1 "$work/time.txt") || true  # after "Command exited with ..."
    times+=("$seconds")
    memories+=("$kilobytes")
  done
  local t m
  t=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  m=$(printf '%s\n' "${memories[@]}" | sort -g | awk '{a[NR]=$1} END {printf "%.0f", a[int((NR+1)/2)]/1024}')
  echo "$code $t $m"
}

row() { printf '%-50s %5s %9s %9s\n' "$@"; }
row input exit seconds "max MB"
for file in "$work"/in/*/*; do
  target="$(basename "$(dirname "$file")")"
  case "$target" in
    project_json) set -- "$program" validate "$file" ;;
    csv | raster_import | xlsx | graph_import)
      set -- "$program" import "$file" --into "$work/project-$target.json" --dry-run ;;
    edge_list) set -- "$program" centrality "$file" --out "$work/scores.tsv" ;;
  esac
  read -r code seconds megabytes < <(measure "$@")
  row "$target/$(basename "$file")" "$code" "$seconds" "$megabytes"
done

if [ -n "$bench_build" ] && [ -x "$bench_build/bench/knp_bench_write_project" ]; then
  scale="${REGION_SCALE:-1200}"
  "$bench_build/bench/knp_bench_write_project" "$scale" "$work/region.json" >"$work/region.txt"
  echo
  echo "region project: $(cat "$work/region.txt"), $(du -m "$work/region.json" | cut -f1) MB"
  read -r code seconds megabytes < <(measure "$program" validate "$work/region.json")
  row "knotenpunkt validate" "$code" "$seconds" "$megabytes"
  printf 'import json, sys\njson.load(open(sys.argv[1]))\n' >"$work/load.py"
  read -r code seconds megabytes < <(measure /usr/bin/python3 "$work/load.py" "$work/region.json")
  row "python3 json.load (peer)" "$code" "$seconds" "$megabytes"
fi
