#!/usr/bin/env bash
# Autosave and crash recovery in the real program, driven under a virtual X server:
#  1. open a copy of the example, delete an actor (select it, Delete, Enter) and let a layout
#     run; autosave (every second here) writes p.recovery.json beside the file;
#  2. kill the program with SIGKILL: the project file is untouched;
#  3. start it again: it offers the copy; Enter restores it, Ctrl+S saves, Ctrl+Q quits;
#     the saved file has the changes, the copy is gone, the old file is kept as .bak.
# Skipped (exit 77) only where Xvfb or xdotool is absent.
# Usage: recovery_smoke.sh PROGRAM OUT_DIR EXAMPLE_JSON
set -euo pipefail
program="$1" out="$2" example="$3"
for tool in Xvfb xdotool; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIPPED: $tool is not installed (./knotenpunkt.sh installs xvfb and xdotool)"
    exit 77
  fi
done
rm -rf "$out"
mkdir -p "$out/config" "$out/data"
export XDG_CONFIG_HOME="$out/config" XDG_DATA_HOME="$out/data" KNP_AUTOSAVE_SECONDS=1
cp "$example" "$out/p.json"

exec 3>"$out/display"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
xvfb=$!
pid=""
cleanup() {
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 100); do [ -s "$out/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -n1 "$out/display")"

fail() { echo "FAIL: $*" >&2; exit 1; }
# ImGui 1.86 reads key state once per frame: hold each key for a few frames.
press() {
  for key in "$@"; do
    xdotool keydown "$key"; sleep 0.25; xdotool keyup "$key"; sleep 0.4
  done
}
chord() {  # chord ctrl s
  xdotool keydown "$1" keydown "$2"; sleep 0.25; xdotool keyup "$2" keyup "$1"; sleep 0.4
}
window_up() {
  local wid
  wid=$(xdotool search --sync --onlyvisible --name "Knotenpunkt" | head -n1)
  xdotool windowfocus --sync "$wid" 2>/dev/null || true
  sleep 1.5  # first frames: fonts, layout
}
wait_for() {  # wait_for SECONDS TEST...
  local seconds=$1; shift
  for _ in $(seq $((seconds * 10))); do "$@" && return 0; sleep 0.1; done
  return 1
}

# 1. Changes, then autosave.
"$program" "$out/p.json" --select actor:awo --layout circle 2>"$out/first.log" &
pid=$!
window_up
press Delete Return
wait_for 20 grep -q '"layout": "circle"' "$out/p.recovery.json" 2>/dev/null || fail "no recovery copy with the layout"
wait_for 20 sh -c "! grep -q '\"id\": \"awo\"' '$out/p.recovery.json'" || fail "the recovery copy still has the deleted actor"

# 2. Crash.
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
pid=""
cmp -s "$example" "$out/p.json" || fail "the project file changed before saving"

# 3. Restart, restore, save, quit.
"$program" "$out/p.json" 2>"$out/second.log" &
pid=$!
window_up
press Return         # the offer's default: restore
chord ctrl s
chord ctrl q
wait_for 20 sh -c "! kill -0 $pid 2>/dev/null" || fail "the program did not quit after saving"
wait "$pid" || fail "the program exited with an error: $(cat "$out/second.log")"
pid=""
grep -q '"layout": "circle"' "$out/p.json" || fail "the restored layout was not saved"
! grep -q '"id": "awo"' "$out/p.json" || fail "the restored deletion was not saved"
[ ! -e "$out/p.recovery.json" ] || fail "the recovery copy is still there after saving"
cmp -s "$example" "$out/p.json.bak" || fail "the backup is not the file as it was"
echo "recovery after SIGKILL: ok"
