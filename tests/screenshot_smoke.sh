#!/usr/bin/env bash
# The program renders the example into PNGs under a virtual X server, and each picture shows
# what its options ask for: German and English, the coverage heatmap with its empty cells
# marked and a selected node, a saved view that hides what does not match, another layout.
# Skipped (exit 77) only where xvfb-run is absent.
# Usage: screenshot_smoke.sh PROGRAM PNG_CHECK OUT_DIR EXAMPLE_JSON
set -euo pipefail
program="$1" checker="$2" out="$3" example="$4"
if ! command -v xvfb-run >/dev/null; then
  echo "SKIPPED: xvfb-run is not installed (Debian package xvfb; ./knotenpunkt.sh installs it)"
  exit 77
fi
mkdir -p "$out"
rm -f "$out"/*.png
shoot() { xvfb-run -a "$program" "$@"; }

# Colours drawn only by the marks under test (app/palette.hpp, app/ui_analyses.cpp):
empty_cell=200,30,30   # border of an empty Field × LifePhase cell
fullest_cell=20,70,150 # the fullest heatmap cell
selection=255,96,0     # ring around a selected node (the legend's swatch has about 40 pixels)

shoot --screenshot "$out/example-de.png" --size 1200x800
"$checker" "$out/example-de.png" 1200 800
shoot --screenshot "$out/example-en.png" --size 900x700 --lang en
"$checker" "$out/example-en.png" 900 700
! cmp -s "$out/example-de.png" "$out/example-en.png"  # the two languages differ

# Coverage heatmap: empty cells are marked, cells have shades, the selected node has its ring.
shoot --screenshot "$out/coverage.png" --size 1600x1000 --panel coverage --select actor:awo
"$checker" "$out/coverage.png" 1600 1000 --expect "$empty_cell,200" --expect "$fullest_cell,100" \
  --expect "$selection,70"
# The gaps list instead: no heatmap, so no empty-cell borders.
shoot --screenshot "$out/gaps.png" --size 1600x1000 --panel gaps
"$checker" "$out/gaps.png" 1600 1000
! "$checker" "$out/gaps.png" 1600 1000 --expect "$empty_cell,1" >/dev/null 2>&1

# A saved view (only the Kita life phase, the rest hidden) in a copy of the example.
view_project="$out/with-view.json"
# The example's map has an empty list of views: put one there.
sed 's/"views": \[\]/"views": [ { "name": "Kita", "filters": { "lifePhases": ["kita"], "mode": "hide" } } ]/' \
  "$example" > "$view_project"
grep -q '"name": "Kita"' "$view_project" || { echo "could not add the view to the example"; exit 1; }
shoot "$view_project" --screenshot "$out/view.png" --size 1600x1000 --view Kita
"$checker" "$out/view.png" 1600 1000
! cmp -s "$out/view.png" "$out/coverage.png"
# An unknown view is refused with exit code 2 and the names there are.
set +e
message=$(shoot "$view_project" --screenshot "$out/none.png" --view Nirgends 2>&1)
code=$?
set -e
[ "$code" -eq 2 ] || { echo "unknown view: exit code $code, expected 2"; exit 1; }
grep -q '"Kita"' <<<"$message" || { echo "unknown view: message does not name the views: $message"; exit 1; }
[ ! -e "$out/none.png" ]

# Another layout gives another picture.
shoot --screenshot "$out/layered.png" --size 1600x1000 --layout layered
"$checker" "$out/layered.png" 1600 1000
! cmp -s "$out/layered.png" "$out/gaps.png"
echo "screenshots in $out"
