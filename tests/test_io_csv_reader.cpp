#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "io/csv_reader.hpp"

using namespace knp;
using Catch::Matchers::Contains;

// The inputs are byte strings as files hold them; expectations are written as UTF-8 bytes so
// that they do not depend on the compiler's source character set. Where a hex escape would
// swallow the letter after it (\xE4b is one escape), the literal is split: "\xE4" "b".

namespace {

using Rows = std::vector<std::vector<std::string>>;
using Lines = std::vector<std::size_t>;

CsvTable parsed(std::string_view bytes) {
  Outcome<CsvTable> result = parseCsv(bytes);
  if (!result.ok()) FAIL("unexpected problem at " << describe(result.problem()));
  return std::move(result).value();
}

// The problem, which always has a line and column and never a path (the reader knows no file).
LocatedProblem failed(std::string_view bytes) {
  Outcome<CsvTable> result = parseCsv(bytes);
  REQUIRE_FALSE(result.ok());
  CHECK_FALSE(result.problem().path);
  CHECK(result.problem().line);
  CHECK(result.problem().column);
  return std::move(result).problem();
}

}  // namespace

TEST_CASE("csv: semicolons are detected, with decimal commas inside the cells", "[io][csv]") {
  // German Excel: ';' between cells, ',' as the decimal separator.
  const CsvTable csv = parsed(
      "Name;Betrag;Stunden\n"
      "M\xC3\xBCller, Anna;3,50;1,5\n");
  CHECK(csv.delimiter == ';');
  CHECK(csv.table.rows == Rows{{"Name", "Betrag", "Stunden"}, {"M\xC3\xBCller, Anna", "3,50", "1,5"}});
  CHECK(csv.table.sourceLine == Lines{1, 2});
}

TEST_CASE("csv: commas are detected when they split the first record most", "[io][csv]") {
  const CsvTable csv = parsed(
      "name,city,note\n"
      "Anna,Hattingen,a;b\n");
  CHECK(csv.delimiter == ',');
  CHECK(csv.table.rows == Rows{{"name", "city", "note"}, {"Anna", "Hattingen", "a;b"}});
}

TEST_CASE("csv: tabs are detected", "[io][csv]") {
  const CsvTable csv = parsed(
      "Name\tOrt\tPLZ\n"
      "M\xC3\xBCller, Anna; Ben\tHattingen\t45525\n");
  CHECK(csv.delimiter == '\t');
  CHECK(csv.table.rows == Rows{{"Name", "Ort", "PLZ"}, {"M\xC3\xBCller, Anna; Ben", "Hattingen", "45525"}});
}

TEST_CASE("csv: a tie in the delimiter count goes to the semicolon", "[io][csv]") {
  SECTION("semicolon and comma both give two cells") {
    const CsvTable csv = parsed("Name;Betrag 3,50\nA;1,5\n");
    CHECK(csv.delimiter == ';');
    CHECK(csv.table.rows == Rows{{"Name", "Betrag 3,50"}, {"A", "1,5"}});
  }
  SECTION("all three give two cells") {
    const CsvTable csv = parsed("a;b\t1,2\n");
    CHECK(csv.delimiter == ';');
    CHECK(csv.table.rows == Rows{{"a", "b\t1,2"}});
  }
  SECTION("without a semicolon, comma comes before tab") {
    const CsvTable csv = parsed("a,b\tc\n");
    CHECK(csv.delimiter == ',');
    CHECK(csv.table.rows == Rows{{"a", "b\tc"}});
  }
}

TEST_CASE("csv: detection uses the first non-blank record and respects its quotes", "[io][csv]") {
  // Counting raw commas in line 3 would give ',' four cells; as CSV it is one quoted cell
  // `x,y,z` followed by `;b`, so ';' (two cells) wins.
  const CsvTable csv = parsed(
      "\n"
      "\n"
      "\"x,y,z\";b\n"
      "1,2,3;c\n");
  CHECK(csv.delimiter == ';');
  CHECK(csv.table.rows == Rows{{"x,y,z", "b"}, {"1,2,3", "c"}});
  CHECK(csv.table.sourceLine == Lines{3, 4});
}

TEST_CASE("csv: padding lines of delimiters, quotes and spaces do not decide the delimiter", "[io][csv]") {
  // Under ',' the lines 1-3 would each be one non-empty cell; they must not outvote line 4.
  const CsvTable csv = parsed(
      ";;;\n"        // line 1
      "\"\";\"\"\n"  // line 2
      "   \n"        // line 3
      "name,city\n"  // line 4
      "Anna,Hattingen\n");
  CHECK(csv.delimiter == ',');
  // With ',' the padding lines are cells that are not empty, so they are kept as read.
  CHECK(csv.table.rows == Rows{{";;;"}, {";\"\""}, {"   "}, {"name", "city"}, {"Anna", "Hattingen"}});
  CHECK(csv.table.sourceLine == Lines{1, 2, 3, 4, 5});
}

TEST_CASE("csv: a single-column file is read with ';'", "[io][csv]") {
  const CsvTable csv = parsed("Name\nAnna\nBen\n");
  CHECK(csv.delimiter == ';');
  CHECK(csv.table.rows == Rows{{"Name"}, {"Anna"}, {"Ben"}});
  CHECK(csv.table.sourceLine == Lines{1, 2, 3});
}

TEST_CASE("csv: a UTF-8 byte-order mark is stripped and reported", "[io][csv]") {
  const CsvTable csv = parsed(
      "\xEF\xBB\xBF"
      "Name;Ma\xC3\x9Fnahme\r\n"
      "Anna;Marktplatz\r\n");
  CHECK(csv.encoding == TextEncoding::Utf8WithBom);
  CHECK(csv.delimiter == ';');
  CHECK(csv.table.rows == Rows{{"Name", "Ma\xC3\x9Fnahme"}, {"Anna", "Marktplatz"}});
  CHECK(csv.table.sourceLine == Lines{1, 2});
}

TEST_CASE("csv: after a byte-order mark, broken bytes become U+FFFD", "[io][csv]") {
  // The mark says UTF-8; one stray Windows-1252 byte does not make the file Windows-1252.
  const CsvTable csv = parsed(
      "\xEF\xBB\xBF"
      "M\xE4rz;\xC3\xA4\n");
  CHECK(csv.encoding == TextEncoding::Utf8WithBom);
  CHECK(csv.table.rows == Rows{{"M\xEF\xBF\xBDrz", "\xC3\xA4"}});
}

TEST_CASE("csv: well-formed UTF-8 without a mark is UTF-8", "[io][csv]") {
  const CsvTable csv = parsed("Ma\xC3\x9Fnahme;\xE2\x80\x9EMitte\xE2\x80\x9C;5 \xE2\x82\xAC\n");
  CHECK(csv.encoding == TextEncoding::Utf8);
  CHECK(csv.table.rows == Rows{{"Ma\xC3\x9Fnahme", "\xE2\x80\x9EMitte\xE2\x80\x9C", "5 \xE2\x82\xAC"}});
}

TEST_CASE("csv: Windows-1252 umlauts, euro sign and German quotes become UTF-8", "[io][csv]") {
  // ä = E4 → C3 A4, ß = DF → C3 9F, € = 80 → E2 82 AC, „ = 84 → E2 80 9E, “ = 93 → E2 80 9C
  const CsvTable csv = parsed(
      "M\xE4rz;Ma\xDFnahme\r\n"
      "\x80 5;\x84Hallo\x93\r\n");
  CHECK(csv.encoding == TextEncoding::Windows1252);
  CHECK(csv.delimiter == ';');
  CHECK(csv.table.rows ==
        Rows{{"M\xC3\xA4rz", "Ma\xC3\x9Fnahme"}, {"\xE2\x82\xAC 5", "\xE2\x80\x9EHallo\xE2\x80\x9C"}});
  CHECK(csv.table.sourceLine == Lines{1, 2});
}

TEST_CASE("csv: windows1252ToUtf8 maps all of 0x80-0x9F, the undefined five to U+FFFD", "[io][csv]") {
  const std::string high = windows1252ToUtf8(
      "\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8A\x8B\x8C\x8D\x8E\x8F"
      "\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9A\x9B\x9C\x9D\x9E\x9F");
  const std::string expected =
      "\xE2\x82\xAC"  // 80 € U+20AC
      "\xEF\xBF\xBD"  // 81 undefined
      "\xE2\x80\x9A"  // 82 ‚ U+201A
      "\xC6\x92"      // 83 ƒ U+0192
      "\xE2\x80\x9E"  // 84 „ U+201E
      "\xE2\x80\xA6"  // 85 … U+2026
      "\xE2\x80\xA0"  // 86 † U+2020
      "\xE2\x80\xA1"  // 87 ‡ U+2021
      "\xCB\x86"      // 88 ˆ U+02C6
      "\xE2\x80\xB0"  // 89 ‰ U+2030
      "\xC5\xA0"      // 8A Š U+0160
      "\xE2\x80\xB9"  // 8B ‹ U+2039
      "\xC5\x92"      // 8C Œ U+0152
      "\xEF\xBF\xBD"  // 8D undefined
      "\xC5\xBD"      // 8E Ž U+017D
      "\xEF\xBF\xBD"  // 8F undefined
      "\xEF\xBF\xBD"  // 90 undefined
      "\xE2\x80\x98"  // 91 ‘ U+2018
      "\xE2\x80\x99"  // 92 ’ U+2019
      "\xE2\x80\x9C"  // 93 “ U+201C
      "\xE2\x80\x9D"  // 94 ” U+201D
      "\xE2\x80\xA2"  // 95 • U+2022
      "\xE2\x80\x93"  // 96 – U+2013
      "\xE2\x80\x94"  // 97 — U+2014
      "\xCB\x9C"      // 98 ˜ U+02DC
      "\xE2\x84\xA2"  // 99 ™ U+2122
      "\xC5\xA1"      // 9A š U+0161
      "\xE2\x80\xBA"  // 9B › U+203A
      "\xC5\x93"      // 9C œ U+0153
      "\xEF\xBF\xBD"  // 9D undefined
      "\xC5\xBE"      // 9E ž U+017E
      "\xC5\xB8";     // 9F Ÿ U+0178
  CHECK(high == expected);
  // ASCII is unchanged; A0–FF are Latin-1: NBSP, Ä, Ö, Ü, ÿ.
  CHECK(windows1252ToUtf8("abc 1;2") == "abc 1;2");
  CHECK(windows1252ToUtf8("\xA0\xC4\xD6\xDC\xFF") == "\xC2\xA0\xC3\x84\xC3\x96\xC3\x9C\xC3\xBF");
  CHECK(windows1252ToUtf8("").empty());
}

TEST_CASE("csv: CRLF, LF and a lone CR all end records", "[io][csv]") {
  const Rows expected{{"a", "b"}, {"c", "d"}, {"e", "f"}};
  SECTION("LF") {
    const CsvTable csv = parsed("a;b\nc;d\ne;f\n");
    CHECK(csv.table.rows == expected);
    CHECK(csv.table.sourceLine == Lines{1, 2, 3});
  }
  SECTION("CRLF: no carriage return is left in a cell") {
    const CsvTable csv = parsed("a;b\r\nc;d\r\ne;f\r\n");
    CHECK(csv.table.rows == expected);
    CHECK(csv.table.sourceLine == Lines{1, 2, 3});
  }
  SECTION("lone CR, and no line end after the last record") {
    const CsvTable csv = parsed("a;b\rc;d\re;f");
    CHECK(csv.table.rows == expected);
    CHECK(csv.table.sourceLine == Lines{1, 2, 3});
  }
  SECTION("mixed in one file") {
    const CsvTable csv = parsed("a;b\r\nc;d\ne;f\r");
    CHECK(csv.table.rows == expected);
    CHECK(csv.table.sourceLine == Lines{1, 2, 3});
  }
}

TEST_CASE("csv: a quoted cell may hold the delimiter", "[io][csv]") {
  const CsvTable csv = parsed("\"M\xC3\xBCller; Anna\";Hattingen;\"a;b;c\"\n");
  CHECK(csv.delimiter == ';');
  CHECK(csv.table.rows == Rows{{"M\xC3\xBCller; Anna", "Hattingen", "a;b;c"}});
}

TEST_CASE("csv: a doubled quote in a quoted cell is one quote", "[io][csv]") {
  const CsvTable csv = parsed("\"Verein \"\"Miteinander\"\" e.V.\";\"\"\"\";\"\";x\n");
  // cells: Verein "Miteinander" e.V. | " | (empty, quoted) | x
  CHECK(csv.table.rows == Rows{{"Verein \"Miteinander\" e.V.", "\"", "", "x"}});
}

TEST_CASE("csv: a line break inside a quoted cell, and the next record's line", "[io][csv]") {
  // line 1: Name;Notiz
  // line 2: Anna;"Zeile 1      (CRLF inside the cell)
  // line 3: Zeile 2            (LF inside the cell)
  // line 4: Zeile 3"
  // line 5: Ben;kurz
  const CsvTable csv = parsed(
      "Name;Notiz\r\n"
      "Anna;\"Zeile 1\r\n"
      "Zeile 2\n"
      "Zeile 3\"\r\n"
      "Ben;kurz\r\n");
  CHECK(csv.table.rows == Rows{{"Name", "Notiz"}, {"Anna", "Zeile 1\nZeile 2\nZeile 3"}, {"Ben", "kurz"}});
  CHECK(csv.table.sourceLine == Lines{1, 2, 5});
}

TEST_CASE("csv: a lone CR inside a quoted cell is a line break too", "[io][csv]") {
  const CsvTable csv = parsed("\"a\rb\";c\rd\n");
  CHECK(csv.table.rows == Rows{{"a\nb", "c"}, {"d"}});
  CHECK(csv.table.sourceLine == Lines{1, 3});
}

TEST_CASE("csv: blank records are left out and trailing empty cells trimmed", "[io][csv]") {
  // German Excel pads every row to the width of the widest one: `a;b;;;`.
  const CsvTable csv = parsed(
      "a;b;;;\r\n"     // line 1
      ";;;;\r\n"       // line 2: only empty cells
      "\r\n"           // line 3: no cells
      "\"\";\"\"\r\n"  // line 4: two empty quoted cells
      "c;;d;\r\n"      // line 5: the empty cell between c and d stays
      ";e;;\r\n");     // line 6: a leading empty cell stays
  CHECK(csv.delimiter == ';');
  CHECK(csv.table.rows == Rows{{"a", "b"}, {"c", "", "d"}, {"", "e"}});
  CHECK(csv.table.sourceLine == Lines{1, 5, 6});
}

TEST_CASE("csv: a quote inside an unquoted cell is a literal character", "[io][csv]") {
  const CsvTable csv = parsed("5\" Diskette;a\"b;x\"\n");
  CHECK(csv.table.rows == Rows{{"5\" Diskette", "a\"b", "x\""}});
}

TEST_CASE("csv: a quote after leading spaces does not open a quoted cell", "[io][csv]") {
  // The `;` between the quotes therefore separates cells.
  const CsvTable csv = parsed(" \"a;b\"\n");
  CHECK(csv.table.rows == Rows{{" \"a", "b\""}});
}

TEST_CASE("csv: text after a closing quote is appended to the cell, as Excel does", "[io][csv]") {
  const CsvTable csv = parsed("\"ab\"c;\"d\" ;\"e\"\"f\"g\"h\n");
  // "ab"c → abc;  "d"<space> → "d ";  "e""f"g"h → e"f then g"h appended literally
  CHECK(csv.table.rows == Rows{{"abc", "d ", "e\"fg\"h"}});
}

TEST_CASE("csv: cells keep their spaces", "[io][csv]") {
  const CsvTable csv = parsed(" a ; b \n  \n");
  // Line 2 holds two spaces: a cell that is not empty, so the record is kept.
  CHECK(csv.table.rows == Rows{{" a ", " b "}, {"  "}});
  CHECK(csv.table.sourceLine == Lines{1, 2});
}

TEST_CASE("csv: empty input gives no rows and no error", "[io][csv]") {
  const CsvTable csv = parsed("");
  CHECK(csv.table.rows.empty());
  CHECK(csv.table.sourceLine.empty());
  CHECK(csv.delimiter == ';');
  CHECK(csv.encoding == TextEncoding::Utf8);
}

TEST_CASE("csv: only blank lines give no rows", "[io][csv]") {
  // (`,,` would not be blank here: with ';' as the delimiter it is one cell holding two commas.)
  const CsvTable csv = parsed("\r\n\n;;;\r\n\"\";\"\"\r\n");
  CHECK(csv.table.rows.empty());
  CHECK(csv.table.sourceLine.empty());
}

TEST_CASE("csv: a file that is only a byte-order mark gives no rows", "[io][csv]") {
  SECTION("the mark alone") {
    const CsvTable csv = parsed("\xEF\xBB\xBF");
    CHECK(csv.encoding == TextEncoding::Utf8WithBom);
    CHECK(csv.delimiter == ';');
    CHECK(csv.table.rows.empty());
    CHECK(csv.table.sourceLine.empty());
  }
  SECTION("the mark and a line end") {
    const CsvTable csv = parsed("\xEF\xBB\xBF\r\n");
    CHECK(csv.encoding == TextEncoding::Utf8WithBom);
    CHECK(csv.table.rows.empty());
  }
}

TEST_CASE("csv: an unterminated quoted cell is an error at its opening quote", "[io][csv]") {
  SECTION("opened in the middle of line 2") {
    // line 1: Name;Notiz
    // line 2: Anna;"offen     ← the quote is the 6th character
    // line 3: noch offen
    const LocatedProblem error = failed(
        "Name;Notiz\r\n"
        "Anna;\"offen\r\n"
        "noch offen\r\n");
    CHECK(error.line == 2);
    CHECK(error.column == 6);
    CHECK_THAT(error.message, Contains("not closed"));
  }
  SECTION("after a closed multi-line cell, at the start of a line") {
    // line 1: "a      line 2: b";c      line 3: "x…  (never closed)
    const LocatedProblem error = failed("\"a\nb\";c\n\"x;y\n");
    CHECK(error.line == 3);
    CHECK(error.column == 1);
  }
  SECTION("columns count characters, not bytes") {
    // ä is two bytes in UTF-8 but one character: the quote is the 3rd character.
    const LocatedProblem utf8 = failed("\xC3\xA4;\"x");
    CHECK(utf8.line == 1);
    CHECK(utf8.column == 3);
    // After a byte-order mark, which is not a character of the line.
    const LocatedProblem bom = failed("\xEF\xBB\xBF\xC3\xA4;\"x");
    CHECK(bom.line == 1);
    CHECK(bom.column == 3);
    // In Windows-1252 the € (0x80) becomes three bytes of UTF-8, still one character.
    const LocatedProblem cp1252 = failed("\x80\xE4;\"x");
    CHECK(cp1252.line == 1);
    CHECK(cp1252.column == 4);
  }
}
