#!/usr/bin/env python3
"""Writes the large regression inputs of issue 14 into OUTDIR/<target>/, for the fuzz targets'
replay (ctest fuzz.<target>). They are made here rather than kept in the repository: some unpack
or expand to hundreds of megabytes. Each is the shape the audit used; the small ones live in
fuzz/regressions/. Skips the work when OUTDIR holds the files of this very script already.

Usage: generate_regressions.py OUTDIR
"""
import hashlib
import io
import os
import sys
import zipfile

XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def xlsx(sheet_data, shared_items=None):
    """A workbook with one sheet, laid out as Excel writes it."""
    parts = {
        "[Content_Types].xml": XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
        "xl/workbook.xml": XML + f'<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>'
        '<sheet name="Raster" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
        + (f'<Relationship Id="rId2" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>' if shared_items is not None else "")
        + "</Relationships>",
        "xl/worksheets/sheet1.xml": XML + f'<worksheet xmlns="{MAIN}"><sheetData>' + sheet_data + "</sheetData></worksheet>",
    }
    if shared_items is not None:
        parts["xl/sharedStrings.xml"] = XML + f'<sst xmlns="{MAIN}">' + shared_items + "</sst>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def graphml(keys, body):
    return (XML + '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' + keys
            + '<graph edgedefault="undirected">\n' + body + "</graph>\n</graphml>\n")


def inputs():
    project = open(os.path.join(os.path.dirname(__file__), "corpus", "project_json", "version-1.json")).read()
    depth = 90000
    yield "project_json/format-nested-90000.json", project.replace('"knotenpunkt-project"', "[" * depth + "1" + "]" * depth)
    yield "project_json/title-nested-90000.json", project.replace('"Alt"', "[" * depth + "]" * depth)
    # 20 MB: ten activities with a million goal references each that are numbers, each one
    # "expected a string"; and one list of ten million, refused as a whole.
    start = project.index('{ "id": "x1"')
    activity = project[start:project.index(" } ],", start) + 2]  # the one activity, "{ ... }"
    wrong = "1," * 999999 + "1"
    many = ", ".join(activity.replace('"x1"', f'"x{a}"').replace('"goals": ["g1"]', f'"goals": [{wrong}]') for a in range(10))
    yield "project_json/ten-million-wrong-entries.json", project[:start] + many + project[start + len(activity):]
    yield "project_json/list-of-ten-million.json", project.replace('"goals": ["g1"], "lifePhases"', '"goals": [' + "1," * 9999999 + '1], "lifePhases"')
    yield "project_json/1200001-empty-cooperations.json", project.replace('"cooperations": []', '"cooperations": [' + "{}," * 1200000 + "{}]")
    yield "project_json/thirteen-million-values.json", project.replace('"goals": ["g1"], "lifePhases"', '"goals": [' + "0," * 12999999 + '0], "lifePhases"')
    yield "csv/100mb-empty-cells.csv", ";" * (100 * 1024 * 1024)
    rows = ["Akteur;Aktivität"] + [f"Verein für Integration und Begegnung in Hattingen Nr. {i};"
                                   f"Sprachkurs für Erwachsene im Stadtteil Welper, Gruppe {i}" for i in range(1, 20001)]
    yield "raster_import/20000-names-sharing-40-characters.csv", "\n".join(rows) + "\n"
    yield "raster_import/500-long-unknown-goals.csv", "Akteur;Aktivität;Ziele\n" + "".join(f"VHS;Kurs {i};{'z' * 16384}\n" for i in range(500))
    # 250 MB of empty shared strings in a few hundred kilobytes, and five million empty cells.
    yield "xlsx/shared-strings-250mb.xlsx", xlsx('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', "<si><t/></si>" * (250 * 1024 * 1024 // 13))
    yield "xlsx/five-million-empty-cells.xlsx", xlsx('<row r="1">' + "<c/>" * 5000000 + "</row>")
    yield "xlsx/cell-in-column-xfd-per-row.xlsx", xlsx("".join(f'<row r="{r}"><c r="XFD{r}"><v>1</v></c></row>' for r in range(1, 301)))
    keys = "".join(f'<key id="k{k}" for="node" attr.name="a{k}"><default>x</default></key>\n' for k in range(3000))
    yield "graph_import/3000-keys-with-defaults-20000-nodes.graphml", graphml(keys, "".join(f'<node id="n{n}"/>\n' for n in range(20000)))
    labels = "".join(f'<node id="{n}"><data key="label">Verein für Integration und Begegnung in Hattingen Nr. {n}</data></node>\n'
                     for n in range(1, 20001))
    yield "graph_import/20000-labels-sharing-40-characters.graphml", graphml('<key id="label" for="node" attr.name="label"/>\n', labels)
    yield "edge_list/ten-million-wrong-lines.txt", "a\n" * 10000000


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    stamp = os.path.join(out, ".generated-by")
    digest = hashlib.sha256(open(__file__, "rb").read()).hexdigest()
    if os.path.exists(stamp) and open(stamp).read() == digest:
        print(f"{out}: up to date")
        return
    count = 0
    for name, content in inputs():
        path = os.path.join(out, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(content.encode("utf-8") if isinstance(content, str) else content)
        count += 1
    with open(stamp, "w") as f:
        f.write(digest)
    print(f"{out}: {count} regression inputs written")


if __name__ == "__main__":
    main()
