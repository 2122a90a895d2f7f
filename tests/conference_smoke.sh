#!/usr/bin/env bash
# An Integrationskonferenz run in the real program, driven under a virtual X server as a
# facilitator would (issue 17):
#  1. open a copy of the example; Konferenz tab: create a conference and start it;
#  2. make three scenes from three states of the map; F5 presents them, PageDown steps on;
#  3. a poll with dots for three goals (select a goal, add it as option, press a digit);
#  4. two comments, one on a goal and one on the map; a quick-added activity while presenting;
#  5. end the conference, save (Ctrl+S), quit (Ctrl+Q);
#  6. `knotenpunkt export --to protocol` lists the ranked poll, both comments and the new
#     activity; a restart shows the scenes, the poll and the comments again.
# Buttons are found by name through KNP_UI_PROBE (app/window/ui_probe.hpp), not by guessed
# coordinates. Skipped (exit 77) only where Xvfb or xdotool is absent.
# Usage: conference_smoke.sh PROGRAM OUT_DIR EXAMPLE_JSON
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
export XDG_CONFIG_HOME="$out/config" XDG_DATA_HOME="$out/data" KNP_UI_PROBE="$out/probe.txt"
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

fail() { echo "FAIL: $*" >&2; [ -f "$out/probe.txt" ] && sed 's/^/  probe: /' "$out/probe.txt" >&2; exit 1; }
# ImGui 1.86 reads key state once per frame: hold each key for a few frames.
press() {
  for key in "$@"; do
    xdotool keydown "$key"; sleep 0.2; xdotool keyup "$key"; sleep 0.35
  done
}
chord() {  # chord ctrl s
  xdotool keydown "$1" keydown "$2"; sleep 0.2; xdotool keyup "$2" keyup "$1"; sleep 0.4
}
wid=""
window_up() {
  wid=$(xdotool search --sync --onlyvisible --name "Knotenpunkt" | head -n1)
  xdotool windowfocus --sync "$wid" 2>/dev/null || true
  sleep 1.5  # first frames: fonts, layout
}
wait_for() {  # wait_for SECONDS TEST...
  local seconds=$1; shift
  for _ in $(seq $((seconds * 10))); do "$@" && return 0; sleep 0.1; done
  return 1
}
probed() { grep -q "^$1 " "$out/probe.txt" 2>/dev/null; }
# click NAME: the probed widget's centre, once it is on screen.
click() {
  wait_for 10 probed "$1" || fail "no widget \"$1\" on screen"
  local x y
  read -r x y < <(awk -v n="$1" '$1 == n { print $2, $3 }' "$out/probe.txt")
  xdotool mousemove --window "$wid" "$x" "$y"; sleep 0.15
  xdotool mousedown 1; sleep 0.15; xdotool mouseup 1; sleep 0.4
}
# type_into NAME TEXT: click the field, select what is there, type.
type_into() {
  click "$1"
  chord ctrl a
  xdotool type --delay 30 "$2"; sleep 0.3
}
# search_select TEXT: Ctrl+F, the name, Enter selects the first match on the map.
search_select() {
  chord ctrl f
  xdotool type --delay 30 "$1"; sleep 0.3
  press Return
}

# 1. Open, create and start a conference.
"$program" "$out/p.json" --size 1600x1000 2>"$out/first.log" &
pid=$!
window_up
click tab.conference
click conference.new
type_into conference.title "Integrationskonferenz 2013"
click conference.create
wait_for 5 probed conference.start || fail "the conference was not created"
click conference.start
wait_for 5 probed conference.end || fail "the conference did not start"
