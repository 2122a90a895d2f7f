#!/usr/bin/env bash
# The program against hostile input, from the outside (issue 14): no crash, no blocking, no raw
# control characters on the terminal, SIGXFSZ as a write error, the right heading for a network
# file that cannot be imported, and no save of a project that does not validate.
set -uo pipefail
program="$1" work="$2" example="$3"
fail() { echo "FAILED: $*"; exit 1; }
rm -rf "$work"
mkdir -p "$work"

# A format value nested 90,000 levels deep: before, SIGSEGV in validate, analyze, export, import.
python3 - "$work/deep.json" <<'PY'
import sys
depth = 90000
open(sys.argv[1], "w").write('{"format": ' + "[" * depth + "1" + "]" * depth + ', "version": 2}\n')
PY
for command in validate analyze; do
  "$program" $command "$work/deep.json" >"$work/out.txt" 2>"$work/err.txt"; code=$?
  [ $code -eq 1 ] || fail "deep nesting, $command: exit code $code, expected 1"
  grep -q 'deep.json:1:43: format\[0\].*nested more than 32 levels' "$work/out.txt" "$work/err.txt" ||
    fail "deep nesting, $command: no located message: $(head -c 300 "$work/out.txt" "$work/err.txt")"
done
"$program" export "$work/deep.json" --to csv --out "$work/x.csv" 2>"$work/err.txt"; code=$?
[ $code -eq 1 ] || fail "deep nesting, export: exit code $code, expected 1"

# Devices and FIFOs are refused at once.
timeout 10 "$program" validate /dev/zero 2>"$work/err.txt"; code=$?
[ $code -eq 2 ] || fail "/dev/zero: exit code $code, expected 2"
grep -q '/dev/zero: is not a regular file' "$work/err.txt" || fail "/dev/zero: $(cat "$work/err.txt")"
mkfifo "$work/fifo.json"
timeout 10 "$program" validate "$work/fifo.json" 2>"$work/err.txt"; code=$?
[ $code -eq 2 ] || fail "FIFO: exit code $code, expected 2 (124: it blocked)"

# Control characters from a file reach the terminal as escapes, never raw.
python3 - "$example" "$work/escape.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
p["activities"][0]["goals"] = ["\x1b]0;owned\x07\x1b[2J"]
json.dump(p, open(sys.argv[2], "w"), ensure_ascii=True, indent=2)
PY
"$program" validate "$work/escape.json" >"$work/out.txt" 2>&1; code=$?
[ $code -eq 1 ] || fail "escapes: exit code $code, expected 1"
grep -qF 'unknown goal "\x1b]0;owned\x07\x1b[2J"' "$work/out.txt" || fail "escapes: not shown escaped: $(head -3 "$work/out.txt")"
if grep -q $'\x1b' "$work/out.txt"; then fail "escapes: a raw ESC reached the terminal"; fi

# ... also in the reports: an actor named with an escape sequence, in the text report and the
# overview printed without a display.
python3 - "$example" "$work/escape-name.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
for actor in p["actors"]:
    actor["name"] = "\x1b]0;owned\x07" + actor["name"]
json.dump(p, open(sys.argv[2], "w"), ensure_ascii=True, indent=2)
PY
"$program" analyze "$work/escape-name.json" >"$work/out.txt" 2>&1 || fail "escapes, analyze: exit code $?"
grep -qF '\x1b]0;owned\x07' "$work/out.txt" || fail "escapes, analyze: names not shown escaped"
if grep -q $'\x1b' "$work/out.txt"; then fail "escapes, analyze: a raw ESC reached the terminal"; fi
env -u DISPLAY -u WAYLAND_DISPLAY "$program" "$work/escape-name.json" >"$work/out.txt" 2>&1 || fail "escapes, overview: exit code $?"
if grep -q $'\x1b' "$work/out.txt"; then fail "escapes, overview: a raw ESC reached the terminal"; fi

# A write beyond `ulimit -f` is reported as an error, not killed by SIGXFSZ (exit 153).
(ulimit -f 8; "$program" export "$example" --to csv --out "$work/big.csv" 2>"$work/err.txt"); code=$?
[ $code -eq 2 ] || fail "ulimit -f: exit code $code, expected 2"
grep -q 'File too large' "$work/err.txt" || fail "ulimit -f: no message: $(cat "$work/err.txt")"
[ ! -e "$work/big.csv" ] || fail "ulimit -f: a partial file was left"
[ -z "$(ls -A "$work" | grep '^\.big.csv.tmp-')" ] || fail "ulimit -f: a temporary file was left"

# A network file that cannot be read is not called "not a Raster".
printf '<graphml><graph><node id="a"></graph></graphml>' >"$work/broken.graphml"
"$program" import "$work/broken.graphml" --into "$work/p.json" >"$work/out.txt" 2>"$work/err.txt"; code=$?
[ $code -eq 2 ] || fail "broken graphml: exit code $code, expected 2"
grep -q 'broken.graphml:1: not well-formed XML (column' "$work/out.txt" || fail "broken graphml: $(cat "$work/out.txt")"
grep -q 'cannot be imported' "$work/err.txt" || fail "broken graphml: heading: $(cat "$work/err.txt")"
if grep -q 'not a Raster' "$work/err.txt"; then fail "broken graphml: called a Raster"; fi
[ ! -e "$work/p.json" ] || fail "broken graphml: a project was written"

# A Raster without Ende that would move a start past its end: the row is refused, the saved
# project still validates (before: exit 0 and a file every command refused).
cp "$example" "$work/project.json"
id=$(python3 -c "
import json, sys
p = json.load(open(sys.argv[1]))
print(next(a['id'] for a in p['activities'] if a.get('endYear') and a['endYear'] < 2020))" "$work/project.json")
printf 'ID;Akteur;Aktivität;Beginn\n%s;AWO Ortsverein Hattingen;Umzug;2020\n' "$id" >"$work/raster.csv"
"$program" import "$work/raster.csv" --into "$work/project.json" --skip-invalid >"$work/out.txt" 2>"$work/err.txt"; code=$?
[ $code -eq 1 ] || fail "raster without Ende: exit code $code, expected 1: $(cat "$work/out.txt" "$work/err.txt")"
grep -q 'raster.csv:2: column "Beginn": begins in 2020, after the activity' "$work/out.txt" ||
  fail "raster without Ende: $(cat "$work/out.txt")"
"$program" validate "$work/project.json" >/dev/null 2>&1 || fail "raster without Ende: the saved project does not validate"

# A name of 100,000 characters on the poster: before, every prefix was measured (126 s for SVG).
python3 - "$example" "$work/long-name.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
p["actors"][0]["name"] = "Verein " * 14286
json.dump(p, open(sys.argv[2], "w"), ensure_ascii=False, indent=2)
PY
timeout 20 "$program" export "$work/long-name.json" --to svg --out "$work/long.svg" 2>"$work/err.txt"; code=$?
[ $code -eq 0 ] || fail "long name, svg: exit code $code (124: over 20 s): $(cat "$work/err.txt")"

echo "hostile input: all checks passed"
