#!/usr/bin/env bash
# *Vergleichen mit …* in the real program under a virtual X server (issue 18): the 2013
# example compared with the 2012 file rings added and changed items on the map, leaves the
# removed Frauentreff as a grey ghost, explains the marks in the legend and shows the change per
# cell in the coverage heatmap; a year that is not earlier than the project's state, and a file
# that is not there, are refused with exit code 2 and a message, and no picture is written.
# Skipped (exit 77) only where xvfb-run is absent.
# Usage: compare_smoke.sh PROGRAM PNG_CHECK OUT_DIR EXAMPLE_JSON EXAMPLE_2012_JSON
set -euo pipefail
program="$1" checker="$2" out="$3" example="$4" example2012="$5"
if ! command -v xvfb-run >/dev/null; then
  echo "SKIPPED: xvfb-run is not installed (Debian package xvfb; ./knotenpunkt.sh installs it)"
  exit 77
fi
mkdir -p "$out"
rm -f "$out"/*.png
shoot() { xvfb-run -a "$program" "$@"; }

# Colours drawn only by the marks under test (app/core/map_scene.hpp, coverage_heatmap.cpp).
added=40,160,60     # kAddedColour: the ring around an added node (and its legend swatch)
changed=230,170,0   # kChangedColour: the ring around a changed node
more=30,140,30      # a heatmap cell's "+n"
ghost=142,140,138   # kGhostColour: a removed item's dashed outline and its name

shoot "$example" --screenshot "$out/plain.png" --size 1600x1000
"$checker" "$out/plain.png" 1600 1000
! "$checker" "$out/plain.png" 1600 1000 --expect "$added,1" >/dev/null 2>&1  # no marks without a comparison

# The actor network: the cooperations begun are green lines (no node is ringed on this map:
# no actor was added or changed, and the legend's swatches are fainter), the Frauentreff a ghost.
shoot "$example" --compare "$example2012" --screenshot "$out/compared.png" --size 1600x1000
"$checker" "$out/compared.png" 1600 1000 --expect "$added,600" --expect "$ghost,40"
! "$checker" "$out/plain.png" 1600 1000 --expect "$ghost,1" >/dev/null 2>&1
# All four kinds: the new activities ringed green, the changed ones amber.
shoot "$example" --compare "$example2012" --graph full --screenshot "$out/full.png" --size 1600x1000
"$checker" "$out/full.png" 1600 1000 --expect "$added,600" --expect "$changed,80"  # the legend's swatch alone has 40

shoot "$example" --compare "$example2012" --panel coverage --screenshot "$out/heatmap.png" --size 1600x1000
"$checker" "$out/heatmap.png" 1600 1000 --expect "$more,10"
! "$checker" "$out/plain.png" 1600 1000 --expect "$more,10" >/dev/null 2>&1

# The same project as it stood in 2012 (by its dates), on a projector: the activities begun
# since are ringed green on the map of all four kinds.
shoot "$example" --compare 2012 --graph full --screenshot "$out/year.png" --size 1280x720 --ui-scale 1.5
"$checker" "$out/year.png" 1280 720 --expect "$added,300"

refused() {  # refused EXPECTED_TEXT ARGS...: exit code 2, the text in the message, no picture
  local expected="$1"
  shift
  set +e
  message=$(shoot "$example" --screenshot "$out/refused.png" "$@" 2>&1)
  code=$?
  set -e
  [ "$code" -eq 2 ] || { echo "$*: exit code $code, expected 2"; exit 1; }
  grep -qF -- "$expected" <<<"$message" || { echo "$*: message lacks '$expected': $message"; exit 1; }
  [ ! -e "$out/refused.png" ]
}
refused "Stand 2013" --compare 2013
refused "gone.json" --compare "$out/gone.json"
echo "screenshots in $out"
