#!/usr/bin/env bash
# `knotenpunkt import` from the outside: a grid as German Excel saves it (Windows-1252,
# semicolons, CRLF, quoted cells with doubled quotes and a line break) starts a new project; --dry-run writes
# nothing; a bad row is reported with line and column, rejects the import (exit 1, project
# untouched) unless --skip-invalid applies the good rows; a broken CSV is exit 2; the example
# exported as a Raster and imported back changes no byte; a table of indicators by year adds
# and revises values; a table of neither kind is refused.
set -uo pipefail
program="$1" work="$2" example="$3"
fail() { echo "FAILED: $*"; exit 1; }
rm -rf "$work" && mkdir -p "$work"

# Windows-1252: ä = \344, ü = \374, „ = \204, “ = \223.
printf 'Akteur;Akteurstyp;Aktivit\344t;Handlungsfeld;Lebensphasen;Ziele;Partner;Status;Beginn\r\n' >"$work/grid.csv"
printf 'Familienzentrum S\374d;Kita;"Sprachf\366rderung ""Rucksack""";Bildung und Kultur;"Kita (3\2266)";;;laufend;2013\r\n' >>"$work/grid.csv"
printf 'Caf\351 International;Verein;\204Treffpunkt\223;Soziales;"Erwerbsleben und Familie (25\22665)\nAlter (65+)";;Familienzentrum S\374d;geplant;\r\n' >>"$work/grid.csv"

"$program" import "$work/grid.csv" --into "$work/new.json" --dry-run >"$work/out.txt" 2>&1; code=$?
[ $code -eq 0 ] || fail "dry run: exit code $code: $(cat "$work/out.txt")"
[ ! -e "$work/new.json" ] || fail "dry run: a file was written"
grep -q '2 rows read: 2 activities created, 0 updated, 0 unchanged; 2 actors created, 0 updated, 0 unchanged; 0 rows rejected' "$work/out.txt" ||
  fail "dry run: summary: $(cat "$work/out.txt")"

"$program" import "$work/grid.csv" --into "$work/new.json" >"$work/out.txt" 2>&1; code=$?
[ $code -eq 0 ] || fail "import: exit code $code: $(cat "$work/out.txt")"
"$program" validate "$work/new.json" 2>/dev/null || fail "import: the new project does not validate"
grep -qF '"title": "Sprachförderung \"Rucksack\""' "$work/new.json" || fail "import: Windows-1252 umlauts or doubled quotes"
grep -q '"title": "„Treffpunkt“"' "$work/new.json" || fail "import: German quotes not read"
grep -q '"name": "Café International"' "$work/new.json" || fail "import: actor name"
grep -q '"kita"' "$work/new.json" || fail "import: life phase by its name"

# An update by ID with a bad row: the whole grid is rejected.
printf 'ID;Akteur;Aktivit\344t;Lebensphasen\r\nsprachfoerderung-rucksack;Familienzentrum S\374d;Sprachf\366rderung;Grundschul\r\n' >"$work/bad.csv"
before=$(sha256sum "$work/new.json")
"$program" import "$work/bad.csv" --into "$work/new.json" >"$work/out.txt" 2>&1; code=$?
[ $code -eq 1 ] || fail "bad row: exit code $code, expected 1"
grep -q 'bad.csv:2: column "Lebensphasen": unknown life phase "Grundschul" (did you mean "Grundschule (6–10)"?)' "$work/out.txt" ||
  fail "bad row: message: $(cat "$work/out.txt")"
[ "$(sha256sum "$work/new.json")" = "$before" ] || fail "bad row: the project changed"

printf 'ID;Akteur;Aktivit\344t;Status\r\nsprachfoerderung-rucksack;Familienzentrum S\374d;Sprachf\366rderung;abgeschlossen\r\nx;;;\r\n' >"$work/mixed.csv"
"$program" import "$work/mixed.csv" --into "$work/new.json" --skip-invalid >"$work/out.txt" 2>&1; code=$?
[ $code -eq 1 ] || fail "skip invalid: exit code $code, expected 1"
grep -q '1 updated' "$work/out.txt" || fail "skip invalid: summary: $(cat "$work/out.txt")"
grep -q '"status": "finished"' "$work/new.json" || fail "skip invalid: the good row was not applied"
[ -e "$work/new.json.bak" ] || fail "skip invalid: no backup of the previous version"

# The actors' grid: self-description and address directory.
printf 'Akteur;Selbstdarstellung;E-Mail\r\nCaf\351 International;Treffpunkt f\374r alle;cafe@example.org\r\nNeu e.V.;;\r\n' >"$work/actors.csv"
"$program" import "$work/actors.csv" --into "$work/new.json" >"$work/out.txt" 2>&1; code=$?
[ $code -eq 0 ] || fail "actors grid: exit code $code: $(cat "$work/out.txt")"
grep -q '0 activities created, 0 updated, 0 unchanged; 1 actor created, 1 updated, 0 unchanged' "$work/out.txt" ||
  fail "actors grid: summary: $(cat "$work/out.txt")"
grep -q '"email": "cafe@example.org"' "$work/new.json" || fail "actors grid: contact not written"

printf 'Akteur;Aktivit\344t\n"open;x\n' >"$work/broken.csv"
"$program" import "$work/broken.csv" --into "$work/new.json" >"$work/out.txt" 2>&1; code=$?
[ $code -eq 2 ] || fail "broken csv: exit code $code, expected 2"
grep -q 'broken.csv:2:1: ' "$work/out.txt" || fail "broken csv: no LINE:COLUMN: $(cat "$work/out.txt")"
# Export and import are inverse: the example's Raster read back into the example changes no byte.
"$program" export "$example" --to csv --out "$work/example.csv" 2>/dev/null || fail "export csv"
cp "$example" "$work/example.json"
"$program" import "$work/example.csv" --into "$work/example.json" >"$work/out.txt" 2>&1 || fail "re-import: $(cat "$work/out.txt")"
# Nobody edited it: every row is counted as unchanged, none as updated.
grep -q '0 activities created, 0 updated, 121 unchanged' "$work/out.txt" || fail "re-import: summary: $(cat "$work/out.txt")"
cmp -s "$work/example.json" "$example" || fail "re-import: the example changed"
"$program" export "$example" --to graphml --out "$work/example.graphml" 2>/dev/null || fail "export graphml"
[ "$(grep -c '<node ' "$work/example.graphml")" -eq 197 ] || fail "export graphml: expected 197 nodes"
# A network from another tool: our own GraphML into a new project gives the example's actors.
"$program" import "$work/example.graphml" --into "$work/from-graphml.json" >"$work/out.txt" 2>&1 ||
  fail "graphml import: $(cat "$work/out.txt")"
grep -q '45 actors created' "$work/out.txt" || fail "graphml import: summary: $(cat "$work/out.txt")"
# A table of indicators by year (the sample that ships with the example): recognised by its
# header, 2014 added to each of the 12 indicators, nothing else changed; a second import changes
# no byte.
sample="$(dirname "$example")/kennzahlen-beispiel.csv"
cp "$example" "$work/indicators.json"
"$program" import "$sample" --into "$work/indicators.json" --dry-run >"$work/out.txt" 2>&1; code=$?
[ $code -eq 0 ] || fail "indicator table, dry run: exit code $code: $(cat "$work/out.txt")"
grep -q '12 rows read: 0 indicators created, 12 updated; 12 values added, 0 changed; 0 rows rejected' "$work/out.txt" ||
  fail "indicator table, dry run: summary: $(cat "$work/out.txt")"
grep -q 'kennzahlen-beispiel.csv:5: "Einbürgerungen": 2014 added$' "$work/out.txt" ||
  fail "indicator table, dry run: change line: $(cat "$work/out.txt")"
cmp -s "$work/indicators.json" "$example" || fail "indicator table, dry run: the project changed"
"$program" import "$sample" --into "$work/indicators.json" >"$work/out.txt" 2>&1 || fail "indicator table: $(cat "$work/out.txt")"
"$program" validate "$work/indicators.json" >/dev/null 2>&1 || fail "indicator table: the result does not validate"
python3 - "$work/indicators.json" <<'PY' || fail "indicator table: 2014 values"
import json, sys
p = json.load(open(sys.argv[1]))
values = {i["id"]: i["values"] for i in p["indicators"]}
assert values["einbuergerungen"]["2014"] == 101, values["einbuergerungen"]
assert values["bevoelkerung-erwerbsleben"]["2014"] == 29150, values["bevoelkerung-erwerbsleben"]  # "29.150": thousands
assert values["arbeitslosenquote-auslaender"]["2014"] == 14.8, values["arbeitslosenquote-auslaender"]  # "14,8"
PY
cp "$work/indicators.json" "$work/indicators-once.json"
"$program" import "$sample" --into "$work/indicators.json" >"$work/out.txt" 2>&1 || fail "indicator table again: $(cat "$work/out.txt")"
grep -q '0 indicators created, 0 updated; 0 values added, 0 changed' "$work/out.txt" ||
  fail "indicator table again: summary: $(cat "$work/out.txt")"
cmp -s "$work/indicators.json" "$work/indicators-once.json" || fail "indicator table again: the project changed"
# Nothing to write: the .bak still holds the project before the first import, not the same file twice.
cmp -s "$work/indicators.json.bak" "$example" || fail "indicator table again: the .bak was overwritten"
grep -qF 'indicators.json is unchanged: '"$sample"' changes nothing in it' "$work/out.txt" ||
  fail "indicator table again: no 'unchanged' line: $(cat "$work/out.txt")"

# A revised value, a new indicator and a value that is no number: the bad row is named with its
# cell, nothing is written (exit 1) until --skip-invalid applies the other rows.
printf 'Kennzahl;2013;2014
Einbürgerungen;97;101
Sprachkurse abgeschlossen;210;1.245
Arbeitslosenquote Ausländer;15,4;14,8 %%
' \
  >"$work/revised.csv"
before=$(sha256sum "$work/indicators.json")
"$program" import "$work/revised.csv" --into "$work/indicators.json" >"$work/out.txt" 2>&1; code=$?
[ $code -eq 1 ] || fail "revised table: exit code $code, expected 1: $(cat "$work/out.txt")"
grep -qF 'revised.csv:4: column "2014": "14,8 %" (cell C4) is not a number' "$work/out.txt" ||
  fail "revised table: message: $(cat "$work/out.txt")"
grep -qF 'revised.csv:2: "Einbürgerungen": 2013: 96 → 97' "$work/out.txt" || fail "revised table: change: $(cat "$work/out.txt")"
grep -qF 'revised.csv:3: new indicator "Sprachkurse abgeschlossen" (id "sprachkurse-abgeschlossen"): 2013, 2014 added' \
  "$work/out.txt" || fail "revised table: new indicator: $(cat "$work/out.txt")"
[ "$(sha256sum "$work/indicators.json")" = "$before" ] || fail "revised table: the project changed"
"$program" import "$work/revised.csv" --into "$work/indicators.json" --skip-invalid >"$work/out.txt" 2>&1; code=$?
[ $code -eq 1 ] || fail "revised table, skip invalid: exit code $code, expected 1"
python3 - "$work/indicators.json" <<'PY' || fail "revised table, skip invalid: values"
import json, sys
p = json.load(open(sys.argv[1]))
values = {i["id"]: i["values"] for i in p["indicators"]}
assert values["einbuergerungen"]["2013"] == 97, values["einbuergerungen"]
assert values["sprachkurse-abgeschlossen"] == {"2013": 210, "2014": 1245}, values["sprachkurse-abgeschlossen"]
assert values["arbeitslosenquote-auslaender"]["2013"] == 15.4, values["arbeitslosenquote-auslaender"]  # the bad row kept
PY

# A table that is neither a Raster, an actors' grid nor an indicator table is refused by name.
printf 'Name;Telefon\nAWO;0234 123\n' >"$work/phone.csv"
"$program" import "$work/phone.csv" --into "$work/indicators.json" >"$work/out.txt" 2>&1; code=$?
[ $code -eq 2 ] || fail "neither: exit code $code, expected 2"
grep -qF 'phone.csv:1: not a table this program imports: a Raster has the columns Akteur and Aktivität' "$work/out.txt" ||
  fail "neither: message: $(cat "$work/out.txt")"

"$program" export "$example" --to docx --out "$work/x.docx" 2>/dev/null; code=$?
[ $code -eq 2 ] || fail "export to an unknown format: exit code $code, expected 2"
echo "import smoke: all checks passed"
