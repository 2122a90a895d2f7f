#!/usr/bin/env bash
# The program from the outside: without a display it prints the overview instead of crashing;
# a broken project file gives its position, exit code 1, and stays untouched.
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
echo "cli smoke: all checks passed"
