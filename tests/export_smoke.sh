#!/usr/bin/env bash
# `knotenpunkt export` of the map: a PNG of the requested size that shows a drawing, a PDF and
# an SVG that are complete files, a saved view that gives another picture, and a bad size that
# is refused with exit code 2 without writing anything; the report as HTML and Markdown (with
# and without contacts); the workbook exported and imported back without a byte of change.
# Usage: export_smoke.sh PROGRAM PNG_CHECK OUT_DIR EXAMPLE_JSON
set -uo pipefail
program="$1" checker="$2" work="$3" example="$4"
fail() { echo "FAILED: $*"; exit 1; }
rm -rf "$work" && mkdir -p "$work"

"$program" export --to png --size 1200x800 --out "$work/map.png" 2>/dev/null || fail "png export"
"$checker" "$work/map.png" 1200 800 >/dev/null || fail "png: not a drawing of 1200x800"
"$program" export --to pdf --size A4 --out "$work/map.pdf" 2>/dev/null || fail "pdf export"
[ "$(head -c 5 "$work/map.pdf")" = "%PDF-" ] || fail "pdf: no PDF header"
tail -c 8 "$work/map.pdf" | grep -q '%%EOF' || fail "pdf: not complete"
"$program" export --to svg --out "$work/map.svg" 2>/dev/null || fail "svg export"
tail -c 20 "$work/map.svg" | grep -q '</svg>' || fail "svg: not complete"
if command -v xmllint >/dev/null; then xmllint --noout "$work/map.svg" || fail "svg: not well-formed"; fi

view_project="$work/with-view.json"
# The example's map has an empty list of views: put one there.
sed 's/"views": \[\]/"views": [ { "name": "Kita", "filters": { "lifePhases": ["kita"], "mode": "hide" } } ]/' \
  "$example" > "$view_project"
grep -q '"name": "Kita"' "$view_project" || fail "could not add the view to the example"
"$program" export "$view_project" --to png --size 1200x800 --view Kita --out "$work/kita.png" 2>/dev/null ||
  fail "png export of a view"
"$checker" "$work/kita.png" 1200 800 >/dev/null || fail "view png: not a drawing"
! cmp -s "$work/kita.png" "$work/map.png" || fail "the view gives the same picture as the whole map"

"$program" export --to png --size 12x8 --out "$work/tiny.png" 2>/dev/null; code=$?
[ $code -eq 2 ] || fail "bad size: exit code $code, expected 2"
[ ! -e "$work/tiny.png" ] || fail "bad size: a file was written"
# The report: self-contained HTML with the data escaped, Markdown, contacts left out on request.
"$program" export "$example" --to html --out "$work/report.html" 2>/dev/null || fail "html report"
grep -q '<h1' "$work/report.html" && grep -q 'Bildung und Kultur' "$work/report.html" || fail "html report: content"
! grep -q '<script\|<link \|src="http' "$work/report.html" || fail "html report: not self-contained"
"$program" export "$example" --to md --no-contacts --out "$work/report.md" 2>/dev/null || fail "md report"
grep -q '^# ' "$work/report.md" || fail "md report: no title"
! grep -q 'awo@beispiel-hattingen.de' "$work/report.md" || fail "md report --no-contacts: an e-mail address is there"
"$program" export "$example" --to md --out "$work/with-contacts.md" 2>/dev/null || fail "md report with contacts"
grep -q 'awo@beispiel-hattingen.de' "$work/with-contacts.md" || fail "md report: contacts missing"

# The workbook: export, import back into the example, no byte changes.
"$program" export "$example" --to xlsx --out "$work/raster.xlsx" 2>/dev/null || fail "xlsx export"
[ "$(head -c 2 "$work/raster.xlsx")" = "PK" ] || fail "xlsx: not a zip"
cp "$example" "$work/example.json"
"$program" import "$work/raster.xlsx" --into "$work/example.json" >"$work/out.txt" 2>&1 || fail "xlsx import: $(cat "$work/out.txt")"
cmp -s "$work/example.json" "$example" || fail "xlsx round trip: the example changed"
echo "export smoke: all checks passed"
