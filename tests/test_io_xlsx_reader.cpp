#include <zip.h>

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "bounded_run.hpp"
#include "io/xlsx_reader.hpp"

using namespace knp;
using Catch::Matchers::Contains;

// The .xlsx files are built in memory: the XML parts as strings, zipped with libzip (which
// knp_graph links; the tests get it through that link). Umlauts are written as UTF-8 bytes, so
// that the expectations do not depend on the compiler's source character set; a literal is split
// where a hex escape would swallow the letter after it.

namespace {

using Rows = std::vector<std::vector<std::string>>;
using Lines = std::vector<std::size_t>;
using Parts = std::vector<std::pair<std::string, std::string>>;  // entry name, content

enum class Compression { Deflate, Store };

std::string zipOf(const Parts& parts, Compression compression = Compression::Deflate) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(nullptr, 0, 0, &error);
  REQUIRE(source != nullptr);
  zip_source_keep(source);  // still ours after zip_close, to read the written archive back
  zip_t* archive = zip_open_from_source(source, ZIP_TRUNCATE, &error);
  REQUIRE(archive != nullptr);
  for (const auto& [name, content] : parts) {
    zip_source_t* data = zip_source_buffer(archive, content.data(), content.size(), 0);
    REQUIRE(data != nullptr);
    const zip_int64_t index = zip_file_add(archive, name.c_str(), data, ZIP_FL_ENC_UTF_8);
    REQUIRE(index >= 0);
    if (compression == Compression::Store)
      REQUIRE(zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0) == 0);
  }
  REQUIRE(zip_close(archive) == 0);

  zip_stat_t stat;
  zip_stat_init(&stat);
  REQUIRE(zip_source_stat(source, &stat) == 0);
  std::string bytes(static_cast<std::size_t>(stat.size), '\0');
  REQUIRE(zip_source_open(source) == 0);
  REQUIRE(zip_source_read(source, bytes.data(), bytes.size()) == static_cast<zip_int64_t>(bytes.size()));
  zip_source_close(source);
  zip_source_free(source);
  zip_error_fini(&error);
  return bytes;
}

constexpr std::string_view kXmlDeclaration = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                                             "\r\n";
constexpr std::string_view kMainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr std::string_view kRelationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

struct SheetEntry {
  std::string name, relationshipId, target, type = "worksheet";
};

std::string workbookXml(const std::vector<SheetEntry>& sheets) {
  std::string xml(kXmlDeclaration);
  xml += "<workbook xmlns=\"" + std::string(kMainNamespace) + "\" xmlns:r=\"" + std::string(kRelationshipTypes) +
         "\"><bookViews><workbookView/></bookViews><sheets>";
  int sheetId = 1;
  for (const SheetEntry& sheet : sheets)
    xml += "<sheet name=\"" + sheet.name + "\" sheetId=\"" + std::to_string(sheetId++) + "\" r:id=\"" +
           sheet.relationshipId + "\"/>";
  return xml + "</sheets></workbook>";
}

std::string relationshipsXml(const std::vector<SheetEntry>& sheets, bool withSharedStrings) {
  std::string xml(kXmlDeclaration);
  xml += R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  for (const SheetEntry& sheet : sheets)
    xml += "<Relationship Id=\"" + sheet.relationshipId + "\" Type=\"" + std::string(kRelationshipTypes) + "/" +
           sheet.type + "\" Target=\"" + sheet.target + "\"/>";
  xml += "<Relationship Id=\"rId90\" Type=\"" + std::string(kRelationshipTypes) + "/styles\" Target=\"styles.xml\"/>";
  if (withSharedStrings)
    xml += "<Relationship Id=\"rId91\" Type=\"" + std::string(kRelationshipTypes) +
           "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
  return xml + "</Relationships>";
}

std::string sheetXml(std::string_view sheetData) {
  return std::string(kXmlDeclaration) + "<worksheet xmlns=\"" + std::string(kMainNamespace) + "\" xmlns:r=\"" +
         std::string(kRelationshipTypes) + "\"><dimension ref=\"A1\"/><sheetData>" + std::string(sheetData) +
         "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
         "footer=\"0.3\"/></worksheet>";
}

std::string sharedStringsXml(std::string_view items) {
  return std::string(kXmlDeclaration) + "<sst xmlns=\"" + std::string(kMainNamespace) + "\">" + std::string(items) +
         "</sst>";
}

const std::string kContentTypes = std::string(kXmlDeclaration) +
                                  R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
                                  R"(<Default Extension="xml" ContentType="application/xml"/></Types>)";

// A workbook with one sheet, as Excel lays it out; no shared strings part when `sharedItems` is
// empty.
std::string xlsxWithSheet(std::string_view sheetData, std::string_view sharedItems = {}) {
  const std::vector<SheetEntry> sheets{{"Tabelle1", "rId1", "worksheets/sheet1.xml"}};
  Parts parts{{"[Content_Types].xml", kContentTypes},
              {"xl/workbook.xml", workbookXml(sheets)},
              {"xl/_rels/workbook.xml.rels", relationshipsXml(sheets, !sharedItems.empty())},
              {"xl/worksheets/sheet1.xml", sheetXml(sheetData)}};
  if (!sharedItems.empty()) parts.emplace_back("xl/sharedStrings.xml", sharedStringsXml(sharedItems));
  return zipOf(parts);
}

CellTable read(std::string_view bytes) {
  Outcome<CellTable> result = readXlsxFirstSheet(bytes);
  if (!result.ok()) FAIL("unexpected problem: " << describe(result.problem()));
  return std::move(result).value();
}

// The problem, which never has a path, line or column: the place inside the file is the zip's
// part, named in the message.
LocatedProblem failed(std::string_view bytes) {
  Outcome<CellTable> result = readXlsxFirstSheet(bytes);
  REQUIRE_FALSE(result.ok());
  CHECK(describe(result.problem()) == result.problem().message);
  return std::move(result).problem();
}

}  // namespace

TEST_CASE("xlsx: shared strings, numbers and a gap in a row", "[io][xlsx]") {
  //      A        B     C
  //   1  Name           2013
  //   2  Müller   3.5   0.1
  const CellTable table =
      read(xlsxWithSheet(R"(<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="C1"><v>2013</v></c></row>)"
                         R"(<row r="2" spans="1:3"><c r="A2" t="s"><v>1</v></c><c r="B2" s="1"><v>3.5</v></c>)"
                         R"(<c r="C2" t="n"><v>0.1</v></c></row>)",
                         "<si><t>Name</t></si><si><t>M\xC3\xBCller</t></si>"));
  CHECK(table.rows == Rows{{"Name", "", "2013"}, {"M\xC3\xBCller", "3.5", "0.1"}});
  CHECK(table.sourceLine == Lines{1, 2});
}

TEST_CASE("xlsx: whole numbers have no decimal point, other numbers their shortest form", "[io][xlsx]") {
  const CellTable table =
      read(xlsxWithSheet(R"(<row r="1"><c r="A1"><v>2013</v></c><c r="B1"><v>2.013E3</v></c><c r="C1"><v>-0</v></c>)"
                         R"(<c r="D1"><v>-42</v></c><c r="E1"><v>0.30000000000000004</v></c><c r="F1"><v>1E+20</v></c>)"
                         R"(<c r="G1"><v>1.5E-7</v></c><c r="H1"><v>not a number</v></c></row>)"));
  CHECK(table.rows == Rows{{"2013", "2013", "0", "-42", "0.30000000000000004", "1e+20", "1.5e-07", "not a number"}});
}

TEST_CASE("xlsx: inline strings", "[io][xlsx]") {
  const CellTable table = read(xlsxWithSheet(
      R"(<row r="1"><c r="A1" t="inlineStr"><is><t>Sprachcaf)"
      "\xC3\xA9"
      R"(</t></is></c><c r="B1" t="inlineStr"><is><r><t>Hat</t></r><r><rPr><b/></rPr><t>tingen</t></r></is></c>)"
      R"(</row>)"));
  CHECK(table.rows == Rows{{"Sprachcaf\xC3\xA9", "Hattingen"}});
}

TEST_CASE("xlsx: a rich-text shared string joins its runs and leaves out phonetic runs", "[io][xlsx]") {
  const CellTable table = read(xlsxWithSheet(
      R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)",
      R"(<si><r><t>Familien</t></r><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">zentrum </t></r>)"
      R"(<r><t>Mitte</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh><phoneticPr fontId="1"/></si>)"));
  CHECK(table.rows == Rows{{"Familienzentrum Mitte"}});
}

TEST_CASE("xlsx: booleans and errors", "[io][xlsx]") {
  const CellTable table = read(xlsxWithSheet(
      R"(<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#N/A</v></c>)"
      R"(<c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>)"));
  CHECK(table.rows == Rows{{"TRUE", "FALSE", "#N/A", "#DIV/0!"}});
}

TEST_CASE("xlsx: formula cells give their cached value", "[io][xlsx]") {
  const CellTable table = read(
      xlsxWithSheet(R"(<row r="1"><c r="A1"><f>2000+13</f><v>2013</v></c><c r="B1" t="str"><f>"Ha"&amp;"ttingen"</f>)"
                    R"(<v>Hattingen</v></c><c r="C1" t="b"><f>TRUE()</f><v>1</v></c><c r="D1"><f>A1*2</f></c>)"
                    R"(<c r="E1"><f>A1/4</f><v>503.25</v></c></row>)"));
  //  D1 has no cached value (never calculated): it is empty, and the gap stays.
  CHECK(table.rows == Rows{{"2013", "Hattingen", "TRUE", "", "503.25"}});
}

TEST_CASE("xlsx: the first sheet is the first in the workbook's order, not sheet1.xml", "[io][xlsx]") {
  // The user moved the second sheet to the front: the workbook lists it first, its part is
  // still sheet2.xml.
  const std::vector<SheetEntry> sheets{{"Raster", "rId2", "worksheets/sheet2.xml"},
                                       {"Alt", "rId1", "worksheets/sheet1.xml"}};
  const CellTable table = read(zipOf({
      {"xl/workbook.xml", workbookXml(sheets)},
      {"xl/_rels/workbook.xml.rels", relationshipsXml(sheets, false)},
      {"xl/worksheets/sheet1.xml", sheetXml(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>old</t></is></c></row>)")},
      {"xl/worksheets/sheet2.xml", sheetXml(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>new</t></is></c></row>)")},
  }));
  CHECK(table.rows == Rows{{"new"}});
}

TEST_CASE("xlsx: a chart sheet in front is passed over for the first worksheet", "[io][xlsx]") {
  const std::vector<SheetEntry> sheets{{"Diagramm", "rId3", "chartsheets/sheet1.xml", "chartsheet"},
                                       {"Raster", "rId1", "worksheets/sheet1.xml"}};
  const CellTable table = read(zipOf({
      {"xl/workbook.xml", workbookXml(sheets)},
      {"xl/_rels/workbook.xml.rels", relationshipsXml(sheets, false)},
      {"xl/chartsheets/sheet1.xml", std::string(kXmlDeclaration) + "<chartsheet/>"},
      {"xl/worksheets/sheet1.xml", sheetXml(R"(<row r="1"><c r="A1"><v>7</v></c></row>)")},
  }));
  CHECK(table.rows == Rows{{"7"}});
}

TEST_CASE("xlsx: sheet targets may be absolute or contain dot segments", "[io][xlsx]") {
  const std::string target = GENERATE(std::string("/xl/worksheets/data.xml"), std::string("./worksheets/data.xml"),
                                      std::string("../xl/worksheets/data.xml"));
  CAPTURE(target);
  const std::vector<SheetEntry> sheets{{"Tabelle1", "rId1", target}};
  const CellTable table = read(zipOf({
      {"xl/workbook.xml", workbookXml(sheets)},
      {"xl/_rels/workbook.xml.rels", relationshipsXml(sheets, false)},
      {"xl/worksheets/data.xml", sheetXml(R"(<row r="1"><c r="A1"><v>1</v></c></row>)")},
  }));
  CHECK(table.rows == Rows{{"1"}});
}

TEST_CASE("xlsx: without a relationships part the first sheet is sheet1.xml", "[io][xlsx]") {
  const CellTable table = read(zipOf({
      {"xl/workbook.xml", workbookXml({{"Tabelle1", "rId1", ""}})},
      {"xl/worksheets/sheet1.xml", sheetXml(R"(<row r="4"><c r="B4"><v>5</v></c></row>)")},
  }));
  CHECK(table.rows == Rows{{"", "5"}});
  CHECK(table.sourceLine == Lines{4});
}

TEST_CASE("xlsx: a workbook without shared strings reads", "[io][xlsx]") {
  const std::string bytes =
      xlsxWithSheet(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1"><v>2</v></c></row>)");
  const CellTable table = read(bytes);
  CHECK(table.rows == Rows{{"a", "2"}});
}

TEST_CASE("xlsx: blank rows are left out and row numbers kept as sourceLine", "[io][xlsx]") {
  //      A       B
  //   1  Name    Jahr
  //   2  (a row with formatting only)
  //   3  (empty strings and an empty value)
  //   5  Anna    2013    <- row 4 is not in the file
  //   6  Ben             <- trailing empty cells trimmed
  const CellTable table = read(xlsxWithSheet(
      R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>)"
      R"(<row r="2" ht="30" customHeight="1"><c r="A2" s="3"/><c r="B2" s="3"/></row>)"
      R"(<row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3" t="inlineStr"><is><t></t></is></c><c r="C3"><v></v></c></row>)"
      R"(<row r="5"><c r="A5" t="s"><v>2</v></c><c r="B5"><v>2013</v></c></row>)"
      R"(<row r="6"><c r="A6" t="s"><v>3</v></c><c r="B6" t="s"><v>4</v></c><c r="C6" s="2"/></row>)",
      "<si><t>Name</t></si><si><t>Jahr</t></si><si><t>Anna</t></si><si><t>Ben</t></si><si><t/></si>"));
  CHECK(table.rows == Rows{{"Name", "Jahr"}, {"Anna", "2013"}, {"Ben"}});
  CHECK(table.sourceLine == Lines{1, 5, 6});
}

TEST_CASE("xlsx: rows and cells without a reference follow the previous one", "[io][xlsx]") {
  const CellTable table =
      read(xlsxWithSheet(R"(<row r="2"><c><v>1</v></c><c><v>2</v></c><c r="D2"><v>4</v></c><c><v>5</v></c></row>)"
                         R"(<row><c r="B3"><v>6</v></c></row>)"
                         R"(<row><c r="AA4"><v>7</v></c></row>)"));
  REQUIRE(table.rows.size() == 3);
  CHECK(table.rows[0] == std::vector<std::string>{"1", "2", "", "4", "5"});
  CHECK(table.rows[1] == std::vector<std::string>{"", "6"});
  CHECK(table.rows[2].size() == 27);  // AA is the 27th column
  CHECK(table.rows[2].back() == "7");
  CHECK(table.sourceLine == Lines{2, 3, 4});
}

TEST_CASE("xlsx: umlauts and other UTF-8 text are kept", "[io][xlsx]") {
  const CellTable table = read(xlsxWithSheet(R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>)"
                                             "Stra\xC3\x9F"
                                             R"(e &amp; Pl&#228;tze</t></is></c><c r="C1" t="str"><v>)"
                                             "\xE2\x82\xAC \xE2\x80\x9E"
                                             "Caf\xC3\xA9\xE2\x80\x9C"
                                             R"(</v></c></row>)",
                                             "<si><t>\xC3\x9C"
                                             "bergang f\xC3\xBCr \xC3\x84ltere</t></si>"));
  CHECK(table.rows == Rows{{"\xC3\x9C"
                            "bergang f\xC3\xBCr \xC3\x84ltere",
                            "Stra\xC3\x9F"
                            "e & Pl\xC3\xA4tze",
                            "\xE2\x82\xAC \xE2\x80\x9E"
                            "Caf\xC3\xA9\xE2\x80\x9C"}});
}

TEST_CASE("xlsx: preserved spaces, line breaks and Excel's _xHHHH_ escapes", "[io][xlsx]") {
  const CellTable table = read(xlsxWithSheet(
      R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>)",
      R"(<si><t xml:space="preserve"> </t></si><si><t>Zeile 1_x000D_)"
      "\r\n"
      R"(Zeile 2</t></si><si><t>_x005F_x0041_ und _x0041_</t></si>)"));
  CHECK(table.rows == Rows{{" ", "Zeile 1\nZeile 2", "_x0041_ und A"}});
}

TEST_CASE("xlsx: elements with a namespace prefix are read", "[io][xlsx]") {
  // Some .NET writers prefix the main namespace instead of declaring it as the default one.
  const std::string workbook = std::string(kXmlDeclaration) + "<x:workbook xmlns:x=\"" + std::string(kMainNamespace) +
                               "\" xmlns:rel=\"" + std::string(kRelationshipTypes) +
                               "\"><x:sheets><x:sheet name=\"S\" sheetId=\"1\" rel:id=\"R1\"/></x:sheets></x:workbook>";
  const std::string sheet = std::string(kXmlDeclaration) + "<x:worksheet xmlns:x=\"" + std::string(kMainNamespace) +
                            "\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>ok</x:t></x:is>"
                            "</x:c></x:row></x:sheetData></x:worksheet>";
  const CellTable table = read(zipOf({
      {"xl/workbook.xml", workbook},
      {"xl/_rels/workbook.xml.rels", relationshipsXml({{"S", "R1", "/xl/worksheets/sheet.xml"}}, false)},
      {"xl/worksheets/sheet.xml", sheet},
  }));
  CHECK(table.rows == Rows{{"ok"}});
}

TEST_CASE("xlsx: an empty sheet gives an empty table", "[io][xlsx]") {
  const CellTable table = read(xlsxWithSheet(""));
  CHECK(table.rows.empty());
  CHECK(table.sourceLine.empty());
}

TEST_CASE("xlsx: a file that is not a zip is an error", "[io][xlsx]") {
  SECTION("text") { CHECK_THAT(failed("Name;Ort\nAnna;Hattingen\n").message, Contains("not a zip file")); }
  SECTION("empty") { CHECK_THAT(failed("").message, Contains("not a zip file")); }
  SECTION("an old .xls or a password-protected workbook") {
    const std::string ole2 = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + std::string(600, '\0');
    const LocatedProblem error = failed(ole2);
    CHECK_THAT(error.message, Contains("not a zip file"));
    CHECK_THAT(error.message, Contains(".xls"));
  }
}

TEST_CASE("xlsx: a zip without a workbook is an error", "[io][xlsx]") {
  const LocatedProblem error = failed(zipOf({{"word/document.xml", "<document/>"}}));
  CHECK_THAT(error.message, Contains("xl/workbook.xml"));
}

TEST_CASE("xlsx: a workbook without sheets is an error", "[io][xlsx]") {
  const LocatedProblem error = failed(zipOf({{"xl/workbook.xml", workbookXml({})}}));
  CHECK_THAT(error.message, Contains("no sheet"));
}

TEST_CASE("xlsx: a missing sheet part is an error", "[io][xlsx]") {
  const std::vector<SheetEntry> sheets{{"Raster", "rId1", "worksheets/sheet1.xml"}};
  const LocatedProblem error = failed(zipOf({
      {"xl/workbook.xml", workbookXml(sheets)},
      {"xl/_rels/workbook.xml.rels", relationshipsXml(sheets, false)},
  }));
  CHECK_THAT(error.message, Contains("xl/worksheets/sheet1.xml"));
  CHECK_THAT(error.message, Contains("missing"));
}

TEST_CASE("xlsx: a sheet without its relationship is an error", "[io][xlsx]") {
  const LocatedProblem error = failed(zipOf({
      {"xl/workbook.xml", workbookXml({{"Raster", "rId7", ""}})},
      {"xl/_rels/workbook.xml.rels", relationshipsXml({}, false)},
  }));
  CHECK_THAT(error.message, Contains("rId7"));
}

TEST_CASE("xlsx: malformed XML is an error naming the part", "[io][xlsx]") {
  const std::vector<SheetEntry> sheets{{"Tabelle1", "rId1", "worksheets/sheet1.xml"}};
  SECTION("the sheet") {
    const LocatedProblem error = failed(zipOf({
        {"xl/workbook.xml", workbookXml(sheets)},
        {"xl/_rels/workbook.xml.rels", relationshipsXml(sheets, false)},
        {"xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row>"},
    }));
    CHECK_THAT(error.message, Contains("xl/worksheets/sheet1.xml"));
    CHECK_THAT(error.message, Contains("malformed XML"));
  }
  SECTION("the shared strings") {
    const LocatedProblem error = failed(zipOf({
        {"xl/workbook.xml", workbookXml(sheets)},
        {"xl/_rels/workbook.xml.rels", relationshipsXml(sheets, true)},
        {"xl/sharedStrings.xml", "<sst><si><t>a</si></sst>"},
        {"xl/worksheets/sheet1.xml", sheetXml("")},
    }));
    CHECK_THAT(error.message, Contains("xl/sharedStrings.xml"));
  }
  SECTION("the workbook") {
    const LocatedProblem error = failed(zipOf({{"xl/workbook.xml", "<workbook><sheets>"}}));
    CHECK_THAT(error.message, Contains("xl/workbook.xml:1:") && Contains("malformed XML"));
  }
}

TEST_CASE("xlsx: a shared string index outside the table is an error", "[io][xlsx]") {
  const LocatedProblem error =
      failed(xlsxWithSheet(R"(<row r="3"><c r="B3" t="s"><v>5</v></c></row>)", "<si><t>a</t></si>"));
  CHECK_THAT(error.message, Contains("B3"));
  CHECK_THAT(error.message, Contains("shared string"));
}

TEST_CASE("xlsx: a cell beyond column XFD is an error", "[io][xlsx]") {
  CHECK(read(xlsxWithSheet(R"(<row r="1"><c r="XFD1"><v>1</v></c></row>)")).rows.front().size() == 16384);
  const LocatedProblem error = failed(xlsxWithSheet(R"(<row r="1"><c r="XFE1"><v>1</v></c></row>)"));
  CHECK_THAT(error.message, Contains("XFE1"));
}

TEST_CASE("xlsx: a truncated file is an error", "[io][xlsx]") {
  const std::string bytes = xlsxWithSheet(R"(<row r="1"><c r="A1"><v>1</v></c></row>)");
  const LocatedProblem error = failed(std::string_view(bytes).substr(0, bytes.size() / 2));
  CHECK_THAT(error.message, Contains("zip file"));  // "not a zip file": the directory at the end is gone
}

TEST_CASE("xlsx: a damaged part is an error naming the part", "[io][xlsx]") {
  const std::vector<SheetEntry> sheets{{"Tabelle1", "rId1", "worksheets/sheet1.xml"}};
  std::string bytes = zipOf(
      {
          {"xl/workbook.xml", workbookXml(sheets)},
          {"xl/_rels/workbook.xml.rels", relationshipsXml(sheets, false)},
          {"xl/worksheets/sheet1.xml", sheetXml(R"(<row r="1"><c r="A1"><v>12345</v></c></row>)")},
      },
      Compression::Store);
  // Stored uncompressed, the sheet's text is in the file as is: change a digit, so that the
  // part no longer matches its checksum.
  const std::size_t digits = bytes.find("12345");
  REQUIRE(digits != std::string::npos);
  bytes[digits] = '9';
  const LocatedProblem error = failed(bytes);
  CHECK_THAT(error.message, Contains("xl/worksheets/sheet1.xml"));
  CHECK_THAT(error.message, Contains("cannot be read"));
}

TEST_CASE("xlsx: a sheet that would unpack to millions of cells is refused, not read into memory", "[io][xlsx]") {
  // Each row has one cell in the last column XFD: 16,384 cells per row once materialised; 300
  // rows exceed the limit of 4,000,000 cells, in a file of a few kilobytes.
  std::string rows;
  for (int r = 1; r <= 300; ++r) rows += "<row r=\"" + std::to_string(r) + "\"><c r=\"XFD" + std::to_string(r) + "\"><v>1</v></c></row>";
  const LocatedProblem error = failed(xlsxWithSheet(rows));
  CHECK(error.message.find("more than 4000000 cells") != std::string::npos);
}

TEST_CASE("xlsx: parts that unpack far beyond any grid are refused in bounded memory", "[io][xlsx][hostile]") {
  constexpr std::size_t kGiB = 1024ul * 1024ul * 1024ul;
  SECTION("shared strings unpacking to 250 MB of empty strings") {
    // A few hundred kilobytes packed. Before: 5.47 GB.
    std::string items;
    items.reserve(250u * 1024u * 1024u);
    while (items.size() < 250u * 1024u * 1024u) items += "<si><t/></si>";
    const std::string bytes = xlsxWithSheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", items);
    items = std::string();
    const auto result = test::runBounded(
        [&] {
          const Outcome<CellTable> read = readXlsxFirstSheet(bytes);
          return !read.ok() && describe(read.problem()).find("xl/sharedStrings.xml: unpacks to more than 128 MB") == 0;
        },
        60, 1 * kGiB);
    INFO(result.outcome);
    CHECK(result.finished);
  }
  SECTION("five million empty cells, under the byte limit") {
    // 20 MB of <c/>: the element count is checked before pugixml builds a node for each.
    std::string cells = "<row r=\"1\">";
    for (int i = 0; i < 5'000'000; ++i) cells += "<c/>";
    cells += "</row>";
    const std::string bytes = xlsxWithSheet(cells);
    cells = std::string();
    const auto result = test::runBounded(
        [&] {
          const Outcome<CellTable> read = readXlsxFirstSheet(bytes);
          return !read.ok() && describe(read.problem()) ==
                                   "xl/worksheets/sheet1.xml: more than 4000000 XML elements "
                                   "and attributes; not a grid this program reads (see "
                                   "docs/limits.md)";
        },
        60, 1 * kGiB);
    INFO(result.outcome);
    CHECK(result.finished);
  }
}
