#!/usr/bin/env bash
# Runs the benchmarks of a build configured with -DKNP_BUILD_BENCH=ON; builds nothing
# (./knotenpunkt.sh bench builds, then calls this).
#   bench/run_all.sh [BUILD_DIR] [ARGS...]
# BUILD_DIR: the bench build folder (default ./build-bench next to this folder's parent).
# ARGS go to knp_bench_betweenness, e.g. --nodes 2000 --edges 10000 --seed 7.
# Environment: REPEATS (default 3), the number of timed runs per measurement; medians are shown.
# SCALES (default 1,10,100,1000): the synthetic project scales of knp_bench_analyses.
# SECTIONS (default "betweenness analyses layout frame edit"): which parts to run.
# LAYOUT_ARGS: extra arguments for knp_bench_layout, e.g. "--boost-fr-iterations 0" to skip
# Boost's Fruchterman-Reingold (about 47 s on its graph).
# FRAMES (default 30): the timed frames per view of knp_bench_frame; FRAME_ARGS: extra arguments
# for it, e.g. "--big-scales none" to skip the 100,000-node projects.
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

run_betweenness() {
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
}

run_analyses() {
echo
echo "== knp_bench_analyses (synthetic projects at scales 1, 10, 100, 1000; SCALES to change)"
"$build_dir/bench/knp_bench_analyses" --repeats "$repeats" --scales "${SCALES:-1,10,100,1000}" 2>/dev/null |
  tee "$work/analyses.out"

}

run_layout() {

echo
echo "== knp_bench_layout (layouts; Boost's Fruchterman-Reingold alone takes about a minute)"
# shellcheck disable=SC2086
"$build_dir/bench/knp_bench_layout" --repeats "$repeats" --edges-dir "$work" \
  --example "$root/data/hattingen-example.json" ${LAYOUT_ARGS:-} | tee "$work/layout.out"
score() { "$build_dir/bench/knp_bench_layout" --score "$1" "$2" | sed -n 's/^stress=//p'; }

echo
echo "== python igraph layout_fruchterman_reingold on the same graphs"
for g in ba grg; do
  if [ -x "$python" ]; then
    "$python" "$here/layout_peers.py" "$work/$g.txt" --out "$work/igraph-$g.tsv" --repeats "$repeats" |
      tee "$work/igraph-$g.out"
    [ -s "$work/igraph-$g.tsv" ] && echo "igraph_stress=$(score "$work/$g.txt" "$work/igraph-$g.tsv")" | tee -a "$work/igraph-$g.out"
  else
    echo "skipped: $python not found (apt-get install python3 python3-igraph)" | tee "$work/igraph-$g.out"
  fi
done

echo
echo "== Graphviz sfdp on the same graphs"
for g in ba grg; do
  if command -v sfdp >/dev/null; then
    { echo "graph G {"; grep -v '^#' "$work/$g.txt" | awk '{ print $1 " -- " $2 ";" }'; echo "}"; } >"$work/$g.dot"
    times=()
    for _ in $(seq "$repeats"); do
      start=$(date +%s.%N)
      sfdp -Tplain "$work/$g.dot" >"$work/sfdp-$g.plain"
      times+=("$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.6f", b - a }')")
    done
    {
      echo "sfdp_version=$(sfdp -V 2>&1 | sed -n 's/.*version \([^ ]*\).*/\1/p')"
      echo "sfdp_s=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')"
      echo "sfdp_stress=$(score "$work/$g.txt" "$work/sfdp-$g.plain")"
    } | tee "$work/sfdp-$g.out"
  else
    echo "skipped: sfdp not found (apt-get install graphviz)" | tee "$work/sfdp-$g.out"
  fi
done

l="$work/layout.out"
echo
echo "== layout summary: medians of $repeats runs (Boost and the 100,000-vertex run: 1 run), seconds"
echo "  Barabasi-Albert, $(value ba_nodes "$l") vertices, $(value ba_edges "$l") edges:       time      stress"
row() { printf '    %-36s %8s   %8s\n' "$1" "$(fixed 3 "$2")" "$(fixed 4 "$3")"; }
row "ours (force)" "$(value ours_ba_s "$l")" "$(value ours_ba_stress "$l")"
row "Boost FR, $(value boost_fr_iterations "$l") iterations" "$(value boost_fr_ba_s "$l")" "$(value boost_fr_ba_stress "$l")"
row "igraph $(value igraph_version "$work/igraph-ba.out") FR" "$(value igraph_fr_s "$work/igraph-ba.out")" "$(value igraph_stress "$work/igraph-ba.out")"
row "Graphviz sfdp $(value sfdp_version "$work/sfdp-ba.out")" "$(value sfdp_s "$work/sfdp-ba.out")" "$(value sfdp_stress "$work/sfdp-ba.out")"
echo "  random geometric graph, giant component, $(value grg_nodes "$l") vertices, $(value grg_edges "$l") edges:"
row "ours (force)" "$(value ours_grg_s "$l")" "$(value ours_grg_stress "$l")"
row "igraph FR" "$(value igraph_fr_s "$work/igraph-grg.out")" "$(value igraph_stress "$work/igraph-grg.out")"
row "Graphviz sfdp" "$(value sfdp_s "$work/sfdp-grg.out")" "$(value sfdp_stress "$work/sfdp-grg.out")"
row "random placement" "" "$(value random_grg_stress "$l")"
echo "  Barabasi-Albert, $(value big_nodes "$l") vertices, $(value big_edges "$l") edges:"
row "ours (force)" "$(value ours_big_s "$l")" "$(value ours_big_stress "$l")"
echo "  Hattingen example: one animation step $(fixed 3 "$(value example_step_ms "$l")") ms (slowest $(fixed 3 "$(value example_step_max_ms "$l")") ms)"
echo "  one vertex added to a settled layout: old vertices move $(fixed 4 "$(value added_example_move_per_edge "$l")") edge lengths (example), $(fixed 4 "$(value added_grg_move_per_edge "$l")") (geometric graph)"

igraphBa="$(value igraph_fr_s "$work/igraph-ba.out")"
sfdpGrg="$(value sfdp_stress "$work/sfdp-grg.out")"
check() { if [ -n "$2" ] && [ -n "$3" ]; then awk -v a="$2" -v b="$3" -v what="$1" 'BEGIN { printf "  %-58s %s\n", what, (a <= b) ? "met" : "NOT met" }'; else printf '  %-58s %s\n' "$1" "n/a (peer skipped)"; fi; }
echo "  targets:"
check "ours <= 0.5 x igraph's time on Barabasi-Albert ($(ratio "$(value ours_ba_s "$l")" "$igraphBa") x)" \
  "$(value ours_ba_s "$l")" "$(awk -v t="$igraphBa" 'BEGIN { if (t != "") print 0.5 * t }')"
check "ours' stress <= sfdp's on the geometric graph" "$(value ours_grg_stress "$l")" "$sfdpGrg"
check "100,000 vertices converged in < 15 s" "$(value ours_big_s "$l")" 15
check "every animation step on the example < 2 ms" "$(value example_step_max_ms "$l")" 2
}

run_frame() {
echo
echo "== knp_bench_frame (one frame of the map's ImGui draw lists, no window; FRAMES=${FRAMES:-30} per view)"
local frame="$build_dir/bench/knp_bench_frame"
if [ ! -x "$frame" ]; then
  echo "skipped: no $frame (configuring needs Dear ImGui, GLFW, OpenGL and CLI11: ./knotenpunkt.sh deps)"
  return 0
fi
# shellcheck disable=SC2086
"$frame" --frames "${FRAMES:-30}" ${FRAME_ARGS:-} 2>/dev/null >"$work/frame.out"
sed '/^# key=value$/,$d' "$work/frame.out"
}

run_edit() {
echo
echo "== knp_bench_edit (one editing step in the window vs. writing the project's file text)"
local edit="$build_dir/bench/knp_bench_edit"
if [ ! -x "$edit" ]; then
  echo "skipped: no $edit (needs the app's packages, as knp_bench_frame)"
  return 0
fi
"$edit" --repeats "${REPEATS_EDIT:-15}"
}

sections="${SECTIONS:-betweenness analyses layout frame edit}"
for section in $sections; do
  case "$section" in
    betweenness) run_betweenness "$@" ;;
    analyses) run_analyses ;;
    layout) run_layout ;;
    frame) run_frame ;;
    edit) run_edit ;;
    *) say "SECTIONS: unknown section '$section' (betweenness, analyses, layout, frame, edit)"; exit 2 ;;
  esac
done
