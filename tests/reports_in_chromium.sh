#!/usr/bin/env bash
# The HTML reports as users open them: Debian's Chromium (headless) loads each page, and the
# DOM it builds (--dump-dom) is checked, not our own text: the Praktischer Teil shows one line
# chart per indicator with values (an <svg> with a <polyline>), the progress report
# (Entwicklungsbericht, 2012 → 2013) shows its charts and both heatmaps, and no page carries a
# script. A screenshot of each page must show a drawing (png_check).
# Usage: reports_in_chromium.sh PROGRAM PNG_CHECK OUT_DIR EXAMPLE_JSON EXAMPLE_2012_JSON
set -uo pipefail
program="$1" checker="$2" work="$3" example="$4" before="$5"
fail() { echo "FAILED: $*"; exit 1; }
rm -rf "$work" && mkdir -p "$work"
chromium_bin="$(command -v chromium || true)"
[ -n "$chromium_bin" ] || fail "chromium is not installed (./knotenpunkt.sh deps installs it)"

# The flags the machine needs: no sandbox as root, no network chatter, a fresh profile.
browse() {
  timeout 90 "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
    --user-data-dir="$work/profile-$RANDOM" "$@" 2>>"$work/chromium.log"
}
count() { grep -o "$1" "$2" | wc -l; }

"$program" export "$example" --to html --out "$work/praktischer-teil.html" 2>/dev/null || fail "html export"
browse --dump-dom "file://$work/praktischer-teil.html" > "$work/praktischer-teil.dom" || fail "chromium could not load the report"
grep -q '<h1' "$work/praktischer-teil.dom" || fail "the report's DOM has no heading"
with_values=$(python3 -c "import json,sys; print(sum(1 for i in json.load(open(sys.argv[1]))['indicators'] if i.get('values')))" "$example")
[ "$(count '<svg' "$work/praktischer-teil.dom")" -eq "$with_values" ] ||
  fail "report: $(count '<svg' "$work/praktischer-teil.dom") charts, expected one per indicator with values ($with_values)"
[ "$(count '<polyline' "$work/praktischer-teil.dom")" -eq "$with_values" ] || fail "report: a chart without its line"
! grep -q '<script' "$work/praktischer-teil.dom" || fail "report: a script in the page"
browse --window-size=1000,1400 --screenshot="$work/praktischer-teil.png" "file://$work/praktischer-teil.html" ||
  fail "chromium could not take a screenshot"
"$checker" "$work/praktischer-teil.png" 1000 1400 >/dev/null || fail "report screenshot: not a drawing"

"$program" export "$example" --to progress --since "$before" --out "$work/bericht.html" 2>/dev/null ||
  fail "progress report export"
browse --dump-dom "file://$work/bericht.html" > "$work/bericht.dom" || fail "chromium could not load the progress report"
grep -q '<h1' "$work/bericht.dom" || fail "progress report: the DOM has no heading"
figures=$(python3 -c "import json,sys; print(sum(1 for i in json.load(open(sys.argv[1]))['indicators'] if i.get('values') and i.get('kind', 'figure') == 'figure'))" "$example")
[ "$(count '<svg' "$work/bericht.dom")" -eq "$figures" ] ||
  fail "progress report: $(count '<svg' "$work/bericht.dom") charts, expected one per indicator with values that is not a population ($figures)"
[ "$(count '<polyline' "$work/bericht.dom")" -eq "$figures" ] || fail "progress report: a chart without its line"
[ "$(count '<table class="heatmap"' "$work/bericht.dom")" -eq 2 ] || fail "progress report: not two heatmaps (2012, 2013)"
! grep -q '<script' "$work/bericht.dom" || fail "progress report: a script in the page"
browse --window-size=1000,1400 --screenshot="$work/bericht.png" "file://$work/bericht.html" ||
  fail "chromium could not take a screenshot of the progress report"
"$checker" "$work/bericht.png" 1000 1400 >/dev/null || fail "progress report screenshot: not a drawing"

echo "ok: the HTML reports load in Chromium as written"
