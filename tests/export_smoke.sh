#!/usr/bin/env bash
# `knotenpunkt export` of the map: a PNG of the requested size that shows a drawing, a PDF and
# an SVG that are complete files, a saved view that gives another picture, and a bad size that
# is refused with exit code 2 without writing anything; the report as HTML and Markdown (with
# and without contacts); the workbook exported and imported back without a byte of change; a
# conference's protocol and handout; the progress report since the example's state of 2012.
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

# The actors' grid and the workbook leave personal contact data out on request (the columns,
# not only their values), and carry them otherwise.
"$program" export "$example" --to actors-csv --no-contacts --out "$work/akteure.csv" 2>/dev/null || fail "actors-csv --no-contacts"
! grep -q 'beispiel-hattingen.de\|E-Mail' "$work/akteure.csv" || fail "actors-csv --no-contacts: contact data are there"
"$program" export "$example" --to actors-csv --out "$work/akteure-mit.csv" 2>/dev/null || fail "actors-csv"
grep -q 'awo@beispiel-hattingen.de' "$work/akteure-mit.csv" || fail "actors-csv: contacts missing"
has_mail() {  # has_mail FILE.xlsx: whether any part of the workbook names an address of the example
  python3 -c "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); sys.exit(0 if any(b'beispiel-hattingen.de' in z.read(n) for n in z.namelist()) else 1)" "$1"
}
"$program" export "$example" --to xlsx --no-contacts --out "$work/ohne.xlsx" 2>/dev/null || fail "xlsx --no-contacts"
! has_mail "$work/ohne.xlsx" || fail "xlsx --no-contacts: an e-mail address is there"
"$program" export "$example" --to xlsx --out "$work/mit.xlsx" 2>/dev/null || fail "xlsx"
has_mail "$work/mit.xlsx" || fail "xlsx: contacts missing"

# The workbook: export, import back into the example, no byte changes.
"$program" export "$example" --to xlsx --out "$work/raster.xlsx" 2>/dev/null || fail "xlsx export"
[ "$(head -c 2 "$work/raster.xlsx")" = "PK" ] || fail "xlsx: not a zip"
cp "$example" "$work/example.json"
"$program" import "$work/raster.xlsx" --into "$work/example.json" >"$work/out.txt" 2>&1 || fail "xlsx import: $(cat "$work/out.txt")"
cmp -s "$work/example.json" "$example" || fail "xlsx round trip: the example changed"
# A conference: the example with three scenes, an agreement, a comment with <script>.
conference_project="$work/with-conference.json"
python3 - "$example" "$conference_project" <<'PY' || fail "could not add a conference to the example"
import json, sys
project = json.load(open(sys.argv[1], encoding="utf-8"))
project["goals"][0]["priorityYears"] = [2013]
goal = project["goals"][0]["id"]
project["conferences"] = [{
    "id": "k2013", "title": "Integrationskonferenz 2013", "date": "2013-09-14",
    "scenes": [
        {"heading": "Das Akteursnetz", "caption": "Wer arbeitet mit wem?", "view": {"graph": "actors"}},
        {"heading": "Frühe Kindheit", "caption": "Nur die Kita-Zeit.",
         "view": {"filters": {"lifePhases": [project["lifePhases"][0]["id"]], "mode": "hide"}}},
        {"heading": "Alles", "caption": "", "view": {"graph": "full"}}],
    "polls": [{"id": "p1", "question": "Was ist am dringendsten?", "kind": "agreement", "tables": ["Tisch 1", "Tisch 2"],
               "options": [{"id": "o1", "item": "goal:" + goal, "text": "Sprache", "dots": {"Tisch 1": 2, "Tisch 2": 1}},
                           {"id": "o2", "text": "Mehr Räume", "dots": {"Tisch 2": 1}}],
               "choose": 1, "agreed": True}],
    "comments": [{"id": "c1", "kind": "comment", "item": "goal:" + goal, "text": "<script>alert(1)</script>"},
                 {"id": "c2", "kind": "question", "text": "Wer zahlt?"}],
    "changed": ["actor:" + project["actors"][0]["id"]]}]
json.dump(project, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
# Pages of a PDF: pdfinfo (poppler-utils) when installed, else Cairo's page objects.
pages() {
  if command -v pdfinfo >/dev/null; then pdfinfo "$1" | sed -n 's/^Pages: *//p'
  else grep -a -c '/Type /Page$\|/Type /Page[^s]' "$1"; fi
}
for ext in html md pdf; do
  "$program" export "$conference_project" --to protocol --conference k2013 --out "$work/protocol.$ext" 2>/dev/null ||
    fail "protocol .$ext"
done
grep -q '<h1>Integrationskonferenz 2013</h1>' "$work/protocol.html" || fail "protocol html: no title"
grep -q 'Vereinbarte Schwerpunkte 2013' "$work/protocol.html" || fail "protocol html: no priorities"
grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$work/protocol.html" || fail "protocol html: the comment is not escaped"
! grep -q '<script\|<link \|src="http' "$work/protocol.html" || fail "protocol html: not inert or not self-contained"
grep -q '^| 1 | Sprache | 2 | 1 | 3 |$' "$work/protocol.md" || fail "protocol md: no ranking"
grep -q '^## Offene Fragen' "$work/protocol.md" || fail "protocol md: no open questions"
[ "$(head -c 5 "$work/protocol.pdf")" = "%PDF-" ] || fail "protocol pdf: no PDF header"
"$program" export "$conference_project" --to protocol --conference k2013 --lang en --out "$work/protocol-en.md" \
  2>/dev/null || fail "protocol in English"
grep -q '^## Open questions' "$work/protocol-en.md" || fail "protocol en: not English"
"$program" export "$conference_project" --to pdf --conference k2013 --size A4 --out "$work/handout.pdf" 2>/dev/null ||
  fail "handout"
[ "$(pages "$work/handout.pdf")" = 3 ] || fail "handout: $(pages "$work/handout.pdf") pages, expected one per scene (3)"
tail -c 8 "$work/handout.pdf" | grep -q '%%EOF' || fail "handout: not complete"

# Refused, exit code 2, nothing written: a missing or unknown conference (the message names
# the known ones), an extension the protocol does not write, --conference where it is not read.
refused() {  # NAME EXPECTED_TEXT OUT ARGS...
  local name="$1" expected="$2" out="$3"; shift 3
  "$program" export "$conference_project" "$@" --out "$out" 2>"$work/refusal.txt"; local code=$?
  [ $code -eq 2 ] || fail "$name: exit code $code, expected 2"
  grep -q -- "$expected" "$work/refusal.txt" || fail "$name: message $(cat "$work/refusal.txt")"
  [ ! -e "$out" ] || fail "$name: a file was written"
}
refused "protocol without conference" '"k2013"' "$work/r1.html" --to protocol
refused "unknown conference" '"k2013"' "$work/r2.html" --to protocol --conference k1999
refused "protocol as .txt" '.html, .md, .pdf' "$work/r3.txt" --to protocol --conference k2013
refused "conference for csv" 'does not apply' "$work/r4.csv" --to csv --conference k2013
refused "view for the handout" 'does not apply' "$work/r5.pdf" --to pdf --conference k2013 --view Kita
refused "progress without --since" 'needs --since' "$work/r6.html" --to progress
refused "--since for csv" 'does not apply' "$work/r7.csv" --to csv --since 2012
refused "progress as .txt" '.html, .md, .pdf' "$work/r8.txt" --to progress --since 2012
refused "a year out of range" '1900 and 2200' "$work/r9.html" --to progress --since 20130
# The example stands in 2013: comparing it with 2013 or a later year is refused, naming 2013.
"$program" export "$example" --to progress --since 2030 --out "$work/r12.md" 2>"$work/refusal.txt"; code=$?
[ $code -eq 2 ] || fail "--since after the state: exit code $code, expected 2"
grep -q -- '--since 2030: the project stands in 2013; give an earlier year' "$work/refusal.txt" ||
  fail "--since after the state: message $(cat "$work/refusal.txt")"
[ ! -e "$work/r12.md" ] || fail "--since after the state: a file was written"
"$program" export "$example" --to progress --since 2013 --out "$work/r13.md" 2>/dev/null; code=$?
[ $code -eq 2 ] || fail "--since at the state: exit code $code, expected 2"
# An earlier state that is not a project is reported with its place, exit code 1 (the
# project's problems); one that cannot be read is an I/O error, exit code 2.
printf '{"format": "knotenpunkt", "version": 4, "title": 5}' > "$work/broken.json"
"$program" export "$example" --to progress --since "$work/broken.json" --out "$work/r10.html" 2>"$work/refusal.txt"; code=$?
[ $code -eq 1 ] || fail "broken --since file: exit code $code, expected 1"
grep -q "broken.json" "$work/refusal.txt" || fail "broken --since file: message $(cat "$work/refusal.txt")"
[ ! -e "$work/r10.html" ] || fail "broken --since file: a file was written"
"$program" export "$example" --to progress --since "$work/missing.json" --out "$work/r11.html" 2>"$work/refusal.txt"; code=$?
[ $code -eq 2 ] || fail "missing --since file: exit code $code, expected 2"
grep -q "missing.json" "$work/refusal.txt" || fail "missing --since file: message $(cat "$work/refusal.txt")"
"$program" export --help | grep -q 'progress:' || fail "--help does not list the progress report"
"$program" export --help | grep -q 'protocol:' || fail "--help does not list the protocol"

# The progress report: the example against its state of 2012 (data/hattingen-example-2012.json,
# beside the example) as HTML, Markdown and PDF, with real findings; --since YEAR; English.
previous="$(dirname "$example")/hattingen-example-2012.json"
for ext in html md pdf; do
  "$program" export "$example" --to progress --since "$previous" --out "$work/bericht.$ext" 2>/dev/null ||
    fail "progress .$ext"
done
grep -q '^## Das Jahr in Zahlen' "$work/bericht.md" || fail "progress md: no numbers"
grep -q '^| Aktivitäten (gezählt) | 101 | 113 | +12 |$' "$work/bericht.md" || fail "progress md: activities 2012 → 2013"
grep -q '^- DRK-Ortsverein Hattingen ↔ Stadtsportverband Hattingen$' "$work/bericht.md" ||
  fail "progress md: the cooperation begun in 2013"
grep -q '^- Akteur: Internationaler Frauentreff Hattingen e.V.$' "$work/bericht.md" || fail "progress md: the actor removed"
grep -q '^| 1 | Für die Lebensphase Alter (65+) gibt es keine einzige Aktivität. | 12.910 | 23 % |$' "$work/bericht.md" ||
  fail "progress md: the open gap with the most people first"
grep -q '^<div class="line-chart">$' "$work/bericht.md" || fail "progress md: no chart"
grep -q '<table class="heatmap"' "$work/bericht.html" || fail "progress html: no heatmap"
grep -q '<svg' "$work/bericht.html" || fail "progress html: no chart"
! grep -q '<script\|<link \|src="http' "$work/bericht.html" || fail "progress html: not inert or not self-contained"
[ "$(head -c 5 "$work/bericht.pdf")" = "%PDF-" ] || fail "progress pdf: no PDF header"
tail -c 8 "$work/bericht.pdf" | grep -q '%%EOF' || fail "progress pdf: not complete"
[ "$(pages "$work/bericht.pdf")" -ge 3 ] || fail "progress pdf: $(pages "$work/bericht.pdf") pages"
"$program" export "$example" --to progress --since 2012 --lang en --out "$work/since-2012.md" 2>/dev/null ||
  fail "progress --since 2012"
grep -q '^\*The state of 2012 compared with that of 2013\*' "$work/since-2012.md" || fail "progress --since 2012: the years"
grep -q '^## The year in numbers' "$work/since-2012.md" || fail "progress en: not English"
echo "export smoke: all checks passed"
