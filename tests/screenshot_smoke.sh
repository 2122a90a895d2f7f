#!/usr/bin/env bash
# The program renders the embedded example into a PNG under a virtual X server, in German and
# in English, and the pictures show a drawing. Skipped (exit 77) only where xvfb-run is absent.
set -euo pipefail
program="$1" checker="$2" out="$3"
if ! command -v xvfb-run >/dev/null; then
  echo "SKIPPED: xvfb-run is not installed (Debian package xvfb; ./knotenpunkt.sh installs it)"
  exit 77
fi
mkdir -p "$out"
rm -f "$out/example-de.png" "$out/example-en.png"
xvfb-run -a "$program" --screenshot "$out/example-de.png" --size 1200x800
"$checker" "$out/example-de.png" 1200 800
xvfb-run -a "$program" --screenshot "$out/example-en.png" --size 900x700 --lang en
"$checker" "$out/example-en.png" 900 700
# The two languages must not give the same picture.
! cmp -s "$out/example-de.png" "$out/example-en.png"
