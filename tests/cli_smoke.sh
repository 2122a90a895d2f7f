#!/usr/bin/env bash
# The program from the outside: without a display it prints the overview instead of crashing;
# a broken project file gives its position, exit code 1, and stays untouched; the analyze,
# validate, centrality and diff commands give their output and exit codes.
set -uo pipefail
program="$1" work="$2"
fail() { echo "FAILED: $*"; exit 1; }
mkdir -p "$work"

out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$program" 2>"$work/stderr.txt"); code=$?
[ $code -eq 0 ] || fail "no display: exit code $code, expected 0"
[ "$(grep -c 'no display available' "$work/stderr.txt")" -eq 1 ] || fail "no display: expected one line saying so, got: $(cat "$work/stderr.txt")"
grep -q '^Knotenpunkt – Integrationskonzept Hattingen' <<<"$out" || fail "no display: overview title missing"
grep -q 'Aktivitäten je Lebensphase' <<<"$out" || fail "no display: overview is not in German"
grep -q 'Alter (65+)' <<<"$out" || fail "no display: life phases missing"

printf '{\n  "format": "knotenpunkt-project",\n  "version": 1,\n  "actors": [ { "id": "a" ]\n}\n' >"$work/broken.json"
before=$(sha256sum "$work/broken.json")
env -u DISPLAY "$program" "$work/broken.json" 2>"$work/stderr.txt"; code=$?
[ $code -eq 1 ] || fail "broken file: exit code $code, expected 1"
grep -q "broken.json:4:27: " "$work/stderr.txt" || fail "broken file: no FILE:LINE:COLUMN message, got: $(cat "$work/stderr.txt")"
[ "$(sha256sum "$work/broken.json")" = "$before" ] || fail "broken file: the file was modified"
[ ! -e "$work/broken.json.bak" ] || fail "broken file: a backup appeared"

env -u DISPLAY "$program" --screenshot "$work/x.png" 2>"$work/stderr.txt"; code=$?
[ $code -eq 2 ] || fail "screenshot without display: exit code $code, expected 2"
grep -q "xvfb-run" "$work/stderr.txt" || fail "screenshot without display: no hint at xvfb-run"
# analyze: the embedded example by default, German text grouped by question.
out=$("$program" analyze 2>"$work/stderr.txt"); code=$?
[ $code -eq 0 ] || fail "analyze: exit code $code, expected 0: $(cat "$work/stderr.txt")"
for heading in Lücken Förderketten Überschneidungen Kooperationschancen Mittler; do
  grep -q "^$heading" <<<"$out" || fail "analyze: no section $heading"
done
grep -q 'Nachbarschaftsverein Welper e.V. kooperiert mit niemandem' <<<"$out" || fail "analyze: isolated actor missing"
out=$("$program" analyze --format json --lang en --year 2013); code=$?
[ $code -eq 0 ] || fail "analyze json: exit code $code"
grep -q '"format": "knotenpunkt-analysis"' <<<"$out" || fail "analyze json: no format key"
grep -q '"year": 2013' <<<"$out" || fail "analyze json: the year filter is not recorded"
"$program" analyze --format pdf 2>"$work/stderr.txt"; code=$?
[ $code -eq 2 ] || fail "analyze --format pdf: exit code $code, expected 2"
grep -q 'expected text, json or markdown' "$work/stderr.txt" || fail "analyze --format pdf: unclear message"
"$program" analyze "$work/missing.json" 2>"$work/stderr.txt"; code=$?
[ $code -eq 2 ] || fail "analyze missing file: exit code $code, expected 2"

# validate: a good file, a broken one (every problem with its path), a missing one.
example="$(dirname "$0")/../data/hattingen-example.json"
"$program" validate "$example" >"$work/out.txt" 2>"$work/stderr.txt"; code=$?
[ $code -eq 0 ] || fail "validate example: exit code $code: $(cat "$work/out.txt" "$work/stderr.txt")"
grep -q 'valid (45 actors, 121 activities' "$work/stderr.txt" || fail "validate example: no summary"
sed -e 's/"lead": "awo"/"lead": "niemand"/' -e 's/"goals": \[ *"ik-sprache"/"goals": ["gibt-es-nicht"/' "$example" >"$work/bad.json"
"$program" validate "$work/bad.json" >"$work/out.txt" 2>"$work/stderr.txt"; code=$?
[ $code -eq 1 ] || fail "validate bad: exit code $code, expected 1"
grep -q 'bad.json: activities\[[0-9]*\].lead: unknown actor "niemand"' "$work/out.txt" || fail "validate bad: no path: $(head -3 "$work/out.txt")"
"$program" validate "$work/missing.json" 2>"$work/stderr.txt"; code=$?
[ $code -eq 2 ] || fail "validate missing: exit code $code, expected 2"

# centrality: a path a–b–c–d has betweenness 0, 2, 2, 0 (pairs counted once).
printf '# a path\na b\nb c\n\nc d # last\nb a\n' >"$work/path.txt"
"$program" centrality "$work/path.txt" --out "$work/scores.tsv" 2>"$work/stderr.txt"; code=$?
[ $code -eq 0 ] || fail "centrality: exit code $code: $(cat "$work/stderr.txt")"
expected=$(printf 'name\tdegree\tbetweenness\na\t1\t0\nb\t2\t2\nc\t2\t2\nd\t1\t0')
[ "$(cat "$work/scores.tsv")" = "$expected" ] || fail "centrality: got $(cat "$work/scores.tsv")"
grep -q '4 nodes, 3 edges (1 line ignored' "$work/stderr.txt" || fail "centrality: summary: $(cat "$work/stderr.txt")"
printf 'a b\nc\n' >"$work/broken.txt"
"$program" centrality "$work/broken.txt" --out "$work/none.tsv" 2>"$work/stderr.txt"; code=$?
[ $code -eq 2 ] || fail "centrality broken: exit code $code, expected 2"
grep -q 'broken.txt:2:1: ' "$work/stderr.txt" || fail "centrality broken: no FILE:LINE:COLUMN: $(cat "$work/stderr.txt")"
[ ! -e "$work/none.tsv" ] || fail "centrality broken: scores were written anyway"
"$program" centrality "$work/path.txt" 2>/dev/null; code=$?
[ $code -eq 2 ] || fail "centrality without --out: exit code $code, expected 2"

# The map's abstractions: --graph list names each with a line.
"$program" --graph list >"$work/out.txt" || fail "graph list: exit code $?"
grep -q '^actors-goals ' "$work/out.txt" || fail "graph list: no actors-goals: $(cat "$work/out.txt")"
[ "$(wc -l <"$work/out.txt")" -eq 4 ] || fail "graph list: expected 4 lines"

# layout: the choices, a project and an edge list, a wrong algorithm.
"$program" layout --algorithm list >"$work/out.txt" || fail "layout list: exit code $?"
grep -q '^layered ' "$work/out.txt" || fail "layout list: no layered: $(cat "$work/out.txt")"
"$program" layout --algorithm layered --out "$work/positions.tsv" 2>"$work/stderr.txt" || fail "layout example: $(cat "$work/stderr.txt")"
[ "$(head -1 "$work/positions.tsv")" = "$(printf 'name\tx\ty')" ] || fail "layout example: header"
[ "$(wc -l <"$work/positions.tsv")" -eq 198 ] || fail "layout example: expected 197 nodes and a header"
grep -q "^actor:awo$(printf '\t')0$(printf '\t')" "$work/positions.tsv" || fail "layout example: actors are not in the first column"
"$program" layout "$work/path.txt" --algorithm circle --seed 3 --out "$work/circle.tsv" 2>/dev/null || fail "layout edge list"
[ "$(wc -l <"$work/circle.tsv")" -eq 5 ] || fail "layout edge list: expected 4 nodes"
"$program" layout --algorithm force --seed 2 --out "$work/force.tsv" 2>/dev/null || fail "layout force on the example"
[ "$(wc -l <"$work/force.tsv")" -eq 198 ] || fail "layout force: expected 197 nodes and a header"
awk -F'\t' 'NR > 1 && !($2 >= 0 && $2 <= 1 && $3 >= 0 && $3 <= 1) { bad = 1 } END { exit bad }' "$work/force.tsv" ||
  fail "layout force: a coordinate outside [0, 1]"
"$program" layout "$work/path.txt" --algorithm force --theta 0 --out "$work/exact.tsv" 2>/dev/null || fail "layout force --theta 0"
"$program" layout "$work/path.txt" --algorithm force --theta -1 --out "$work/none.tsv" 2>/dev/null; code=$?
[ $code -eq 2 ] || fail "layout --theta -1: exit code $code, expected 2"
"$program" layout --algorithm sfdp --out "$work/none.tsv" 2>"$work/stderr.txt"; code=$?
[ $code -eq 2 ] || fail "layout unknown algorithm: exit code $code, expected 2"
grep -q 'algorithm list' "$work/stderr.txt" || fail "layout unknown algorithm: no hint"

# diff: exit 0 without differences, 1 with, 2 for trouble (like diff(1)).
example2012="$(dirname "$0")/../data/hattingen-example-2012.json"
"$program" diff "$example" "$example" >"$work/out.txt" 2>"$work/stderr.txt"; code=$?
[ $code -eq 0 ] || fail "diff same file: exit code $code, expected 0: $(cat "$work/stderr.txt")"
grep -q '^Keine Unterschiede\.$' "$work/out.txt" || fail "diff same file: no 'Keine Unterschiede.'"
"$program" diff "$example2012" "$example" >"$work/out.txt" 2>"$work/stderr.txt"; code=$?
[ $code -eq 1 ] || fail "diff 2012 2013: exit code $code, expected 1: $(cat "$work/stderr.txt")"
grep -q '^- Akteur „Internationaler Frauentreff Hattingen e.V.“$' "$work/out.txt" || fail "diff 2012 2013: frauentreff not removed"
grep -q '^- Aktivität „Interkulturelle Woche Hattingen“: Partner$' "$work/out.txt" || fail "diff 2012 2013: partners not changed"
grep -q '^- DRK-Ortsverein Hattingen und Stadtsportverband Hattingen arbeiten jetzt zusammen' "$work/out.txt" ||
  fail "diff 2012 2013: the suggestion taken up by coop-34 is missing"
"$program" diff "$example2012" "$example" --format json --lang en >"$work/diff.json"; code=$?
[ $code -eq 1 ] || fail "diff json: exit code $code, expected 1"
grep -q '"format": "knotenpunkt-diff"' "$work/diff.json" || fail "diff json: no format key"
grep -q '"description": "Actor “Internationaler Frauentreff Hattingen e.V.”"' "$work/diff.json" || fail "diff json: not in English"
"$program" diff "$example" --since 2012 --format markdown >"$work/out.txt"; code=$?
[ $code -eq 1 ] || fail "diff --since: exit code $code, expected 1"
grep -q '^Vergleich: .*hattingen-example.json (Stand 2012) → .*hattingen-example.json$' "$work/out.txt" ||
  fail "diff --since: no comparison line: $(head -3 "$work/out.txt")"
grep -q '^### Neu (16)$' "$work/out.txt" || fail "diff --since: expected the 16 activities started in 2013"
# The example stands in 2013: --since 2013 or later would compare it with itself.
"$program" diff "$example" --since 2030 >"$work/out.txt" 2>"$work/stderr.txt"; code=$?
[ $code -eq 2 ] || fail "diff --since 2030: exit code $code, expected 2"
grep -q -- '--since 2030: the project stands in 2013; give an earlier year' "$work/stderr.txt" ||
  fail "diff --since 2030: message $(cat "$work/stderr.txt")"
[ ! -s "$work/out.txt" ] || fail "diff --since 2030: a report was printed"
"$program" diff "$example" --since 2013 >/dev/null 2>&1; code=$?
[ $code -eq 2 ] || fail "diff --since 2013: exit code $code, expected 2"
"$program" diff "$example" "$work/missing.json" >/dev/null 2>"$work/stderr.txt"; code=$?
[ $code -eq 2 ] || fail "diff missing file: exit code $code, expected 2"
grep -q 'missing.json' "$work/stderr.txt" || fail "diff missing file: the file is not named"
"$program" diff "$example" "$work/broken.json" >/dev/null 2>"$work/stderr.txt"; code=$?
[ $code -eq 2 ] || fail "diff broken file: exit code $code, expected 2"
grep -q "broken.json:4:27: " "$work/stderr.txt" || fail "diff broken file: no FILE:LINE:COLUMN message, got: $(cat "$work/stderr.txt")"
"$program" diff "$example" >/dev/null 2>"$work/stderr.txt"; code=$?
[ $code -eq 2 ] || fail "diff one file without --since: exit code $code, expected 2"
grep -q -- '--since' "$work/stderr.txt" || fail "diff one file: the message does not mention --since"
"$program" diff "$example2012" "$example" --format pdf >/dev/null 2>"$work/stderr.txt"; code=$?
[ $code -eq 2 ] || fail "diff --format pdf: exit code $code, expected 2"

echo "cli smoke: all checks passed"
