// Reading the first sheet of an .xlsx file. The contract is in xlsx_reader.hpp; the decisions
// that the header leaves open:
//
// Package. The bytes are opened in memory with libzip (nothing is written to disk). Part names
// are looked up exactly, then ignoring ASCII case, as Office Open XML packaging compares part
// names without case. An empty file, a file that is no zip, a damaged zip and an entry that
// cannot be read (encrypted, failing its checksum) are errors; an OLE2 file (old .xls, or an
// .xlsx saved with a password, which Excel wraps in OLE2) gets a message that says so.
//
// Finding the sheet. xl/workbook.xml lists the sheets in tab order; its <sheet r:id> names a
// relationship in xl/_rels/workbook.xml.rels whose Target (relative to xl/, or absolute from the
// package root, with "." and ".." resolved) is the sheet's part. Chart sheets, dialog sheets and
// macro sheets hold no cells, so the first sheet whose relationship is a worksheet (or has no
// Type) is taken: a workbook that opens on a chart still imports its table. Hidden sheets are
// not skipped; they are still sheets in the workbook's order. Without the .rels part,
// xl/worksheets/sheet1.xml is taken, as most writers name the first sheet so; a .rels part that
// lacks the sheet's relationship is an error rather than a guess. Shared strings are found
// through their relationship as well, or at xl/sharedStrings.xml; they are optional.
//
// XML. pugixml parses each part (no exceptions); a part that is not well-formed is an error with
// the part's name, pugixml's description and the byte offset. Namespaces are not resolved:
// elements are matched by local name, so that writers that prefix the main namespace
// (<x:sheetData>) are read as well, and the sheet's relationship id is any attribute named
// "<prefix>:id". Whitespace-only text is kept only where it is the whole content of an element,
// which keeps <t xml:space="preserve"> </t> without creating nodes for indentation.
//
// Cell text. Shared strings and inline strings join their rich-text runs (<r><t>) and leave out
// phonetic runs (<rPh>). Excel's escapes for characters XML cannot hold, _xHHHH_ (e.g. _x000D_
// for a carriage return, _x005F_ for a literal underscore), are decoded; a decoded carriage
// return before a line feed is dropped, as XML drops literal ones. Text that is not well-formed
// UTF-8 gets U+FFFD, so that every cell is UTF-8 as the CellTable promises.
//
// Values. t="s" shared string (an index outside the table is an error: the file is damaged);
// "inlineStr" the <is> text; "str" (a formula's text result), "e" (#N/A, #DIV/0!) and "d" (ISO
// date) their <v> as written; "b" TRUE/FALSE; "n" or no type a number: whole numbers below 2^53
// (where every whole number is exact) are written as integers (2013, not 2013.0 or 2.013e3),
// other numbers in the shortest form that reads back as the same double (0.1, 1e+20);
// a <v> that is not a number is kept as written. Formula cells give their cached <v>; with none
// they are empty. Number formats are not applied: a date cell gives Excel's serial day number.
//
// Grid. A cell's column comes from the letters of its reference (A = 0, Z = 25, AA = 26, up to
// XFD, Excel's last column; a reference beyond it is an error, which also bounds the memory a
// hostile file can make us allocate per row); a cell without a reference, or with one without
// letters, follows the previous cell of its row. A row without r (or with an unreadable one)
// follows the previous row. Cells repeated at a column overwrite the earlier one. Rows keep
// document order. Then as parseCsv: trailing empty cells trimmed, rows left without cells left
// out, sourceLine the sheet row number.
//
// Complexity: O(n) in the size of the unpacked parts (each part is read and parsed once, the
// relationships are hashed); memory O(n) plus the widest row.
#include "io/xlsx_reader.hpp"

#include <fmt/format.h>
#include <zip.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <unordered_map>
#include <utility>
#include <vector>

#include "io/input_limits.hpp"
#include "text/name_matching.hpp"
#include "text/utf8.hpp"
#include "text/quoting.hpp"

namespace knp {
namespace {

const std::string kWorkbookPart = "xl/workbook.xml";
const std::string kWorkbookRelsPart = "xl/_rels/workbook.xml.rels";
const std::string kDefaultSheetPart = "xl/worksheets/sheet1.xml";
const std::string kDefaultSharedStringsPart = "xl/sharedStrings.xml";
constexpr std::string_view kWorkbookDirectory = "xl/";  // targets in the workbook's .rels are relative to it

constexpr std::size_t kMaxColumns = 16384;                 // A..XFD
constexpr double kExactIntegerLimit = 9007199254740992.0;  // 2^53
constexpr std::string_view kOle2Signature = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
constexpr std::size_t kReadChunk = 64 * 1024;
constexpr zip_uint64_t kMaxReserve = 64u * 1024u * 1024u;  // sizes in the zip directory are only a hint
// Limits against files that unpack to far more than any grid of activities and actors
// (io/input_limits.hpp): a part may unpack to at most kXlsxPartBytes and hold at most
// kXmlMarkup elements and attributes (counted before the XML tree is built), a sheet give at most kGridCells
// cells (empty ones in gaps included) and kMaxSheetTextBytes of text. A Raster of 10,000 rows
// stays far below.
constexpr std::size_t kMaxPartBytes = limits::kXlsxPartBytes;
constexpr std::size_t kMaxSheetCells = limits::kGridCells;
constexpr std::size_t kMaxSheetTextBytes = limits::kXlsxPartBytes;

// ---------------------------------------------------------------- the zip package

struct ZipDiscard {
  void operator()(zip_t* archive) const { zip_discard(archive); }  // read-only: nothing to write back
};
struct ZipFileClose {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};
using ZipArchive = std::unique_ptr<zip_t, ZipDiscard>;
using ZipFile = std::unique_ptr<zip_file_t, ZipFileClose>;

class ZipError {
 public:
  ZipError() { zip_error_init(&m_error); }
  ~ZipError() { zip_error_fini(&m_error); }
  ZipError(const ZipError&) = delete;
  ZipError& operator=(const ZipError&) = delete;
  zip_error_t* get() { return &m_error; }
  std::string message() { return zip_error_strerror(&m_error); }

 private:
  zip_error_t m_error;
};

Outcome<ZipArchive> openZip(std::string_view bytes) {
  if (bytes.empty()) return LocatedProblem{"not a zip file: the file is empty"};
  ZipError error;
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, error.get());
  if (source == nullptr) return LocatedProblem{"cannot read the file: " + error.message()};
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, error.get());
  if (archive != nullptr) return ZipArchive(archive);  // the archive owns the source now
  zip_source_free(source);
  if (zip_error_code_zip(error.get()) != ZIP_ER_NOZIP) return LocatedProblem{"damaged zip file: " + error.message()};
  if (bytes.starts_with(kOle2Signature))
    return LocatedProblem{
        "not a zip file: this is an old Excel file (.xls) or a password-protected workbook; "
        "save it in Excel as .xlsx without a password"};
  return LocatedProblem{"not a zip file"};
}

// The bytes of part `name`; std::nullopt when the zip has no such entry.
Outcome<std::optional<std::string>> readPart(zip_t* archive, const std::string& name) {
  zip_int64_t index = zip_name_locate(archive, name.c_str(), 0);
  if (index < 0) index = zip_name_locate(archive, name.c_str(), ZIP_FL_NOCASE);
  if (index < 0) return std::optional<std::string>{};
  const auto entry = static_cast<zip_uint64_t>(index);

  ZipFile file(zip_fopen_index(archive, entry, 0));
  if (!file)
    return LocatedProblem{fmt::format("{}: cannot be read: {}", name, zip_error_strerror(zip_get_error(archive)))};
  std::string bytes;
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive, entry, 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) != 0)
    bytes.reserve(static_cast<std::size_t>(std::min(stat.size, kMaxReserve)));
  std::array<char, kReadChunk> chunk;
  for (;;) {
    const zip_int64_t count = zip_fread(file.get(), chunk.data(), chunk.size());
    if (count < 0)
      return LocatedProblem{
          fmt::format("{}: cannot be read: {}", name, zip_error_strerror(zip_file_get_error(file.get())))};
    if (count == 0) break;
    bytes.append(chunk.data(), static_cast<std::size_t>(count));
    if (bytes.size() > kMaxPartBytes)
      return LocatedProblem{
          fmt::format("{}: unpacks to more than {} MB; not a grid this program reads (see "
                      "docs/limits.md)",
                      name, kMaxPartBytes / (1024 * 1024))};
  }
  return std::optional<std::string>(std::move(bytes));
}

// ---------------------------------------------------------------- XML helpers

// Parses `bytes` in place (the document points into it, so it must outlive `document`). Refuses
// a part with more than limits::kXmlMarkup elements and attributes before pugixml builds their
// nodes (xmlMarkupCount).
Outcome<void> parseXml(std::string& bytes, const std::string& part, pugi::xml_document& document) {
  if (limits::xmlMarkupCount(bytes) > limits::kXmlMarkup)
    return LocatedProblem{
        fmt::format("{}: more than {} XML elements and attributes; not a grid this program reads (see "
                    "docs/limits.md)",
                    part, limits::kXmlMarkup)};
  const pugi::xml_parse_result parsed = document.load_buffer_inplace(
      bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata_single, pugi::encoding_auto);
  if (parsed) return Done{};
  const TextPosition at = positionAt(bytes, static_cast<std::size_t>(parsed.offset));
  return LocatedProblem{fmt::format("{}:{}:{}: malformed XML: {}", part, at.line, at.column, parsed.description())};
}

std::string_view localName(const char* name) {
  const std::string_view qualified(name);
  const std::size_t colon = qualified.find(':');
  return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

bool isElement(pugi::xml_node node, std::string_view local) {
  return node.type() == pugi::node_element && localName(node.name()) == local;
}

pugi::xml_node firstChild(pugi::xml_node parent, std::string_view local) {
  for (pugi::xml_node child : parent.children())
    if (isElement(child, local)) return child;
  return {};
}

void appendText(std::string& out, pugi::xml_node element) {
  for (pugi::xml_node child : element.children())
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) out += child.value();
}

std::string textOf(pugi::xml_node element) {
  std::string text;
  appendText(text, element);
  return text;
}

// ---------------------------------------------------------------- cell text

// The UTF-16 code unit of an escape _xHHHH_ at `at`, if there is one.
std::optional<char32_t> escapedUnit(std::string_view text, std::size_t at) {
  if (text.size() - at < 7 || text[at] != '_' || text[at + 1] != 'x' || text[at + 6] != '_') return std::nullopt;
  unsigned unit = 0;
  const char* first = text.data() + at + 2;
  const auto [end, error] = std::from_chars(first, first + 4, unit, 16);
  if (error != std::errc{} || end != first + 4) return std::nullopt;
  return static_cast<char32_t>(unit);
}

// `text` with Excel's _xHHHH_ escapes (ECMA-376 ST_Xstring) decoded.
std::string decodeEscapes(std::string_view text) {
  if (text.find("_x") == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::optional<char32_t> unit = escapedUnit(text, i);
    if (!unit) {
      out += text[i];
      ++i;
      continue;
    }
    i += 7;
    char32_t cp = *unit;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      const std::optional<char32_t> low = i < text.size() ? escapedUnit(text, i) : std::nullopt;
      if (low && *low >= 0xDC00 && *low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (*low - 0xDC00);
        i += 7;
      } else {
        cp = 0xFFFD;
      }
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    if (cp == U'\r' && i < text.size() && text[i] == '\n') continue;
    appendUtf8(out, cp);
  }
  return out;
}

std::string cellString(std::string_view raw) { return sanitizeUtf8(decodeEscapes(raw)); }

// The text of a shared string <si> or an inline string <is>: a plain <t>, or rich-text runs
// <r><t> joined; phonetic runs <rPh> (Japanese readings) are not part of the value.
std::string richText(pugi::xml_node item) {
  std::string raw;
  for (pugi::xml_node child : item.children()) {
    if (isElement(child, "t")) {
      appendText(raw, child);
    } else if (isElement(child, "r")) {
      for (pugi::xml_node runPart : child.children())
        if (isElement(runPart, "t")) appendText(raw, runPart);
    }
  }
  return cellString(raw);
}

std::string formatNumber(std::string_view raw) {
  const std::string_view text = trimWhitespace(raw);
  double value = 0.0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size() || !std::isfinite(value))
    return sanitizeUtf8(raw);
  if (value == std::trunc(value) && std::fabs(value) < kExactIntegerLimit)
    return fmt::format("{}", static_cast<std::int64_t>(value));  // also turns -0 into 0
  return fmt::format("{}", value);
}

// ---------------------------------------------------------------- workbook structure

struct Relationship {
  std::string target;  // as written
  std::string type;
  bool external = false;
};
using Relationships = std::unordered_map<std::string, Relationship>;

Relationships readRelationships(const pugi::xml_document& document) {
  Relationships relationships;
  for (pugi::xml_node node : document.document_element().children()) {
    if (!isElement(node, "Relationship")) continue;
    Relationship& relationship = relationships[node.attribute("Id").value()];
    relationship.target = node.attribute("Target").value();
    relationship.type = node.attribute("Type").value();
    relationship.external = std::string_view(node.attribute("TargetMode").value()) == "External";
  }
  return relationships;
}

bool typeEndsWith(const Relationship& relationship, std::string_view suffix) {
  return std::string_view(relationship.type).ends_with(suffix);
}

// The part name (zip entry name) of `target` in a .rels part of a part in `baseDirectory`.
std::string resolveTarget(std::string_view baseDirectory, std::string_view target) {
  std::string path =
      target.starts_with('/') ? std::string(target.substr(1)) : std::string(baseDirectory) + std::string(target);
  std::vector<std::string_view> segments;
  std::string_view rest = path;
  while (!rest.empty()) {
    const std::size_t slash = rest.find('/');
    const std::string_view segment = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash + 1);
    if (segment.empty() || segment == ".") continue;
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
      continue;
    }
    segments.push_back(segment);
  }
  std::string resolved;
  for (const std::string_view segment : segments) {
    if (!resolved.empty()) resolved += '/';
    resolved += segment;
  }
  return resolved;
}

// The relationship id of a <sheet>: its r:id attribute, whatever the prefix is called.
std::string_view sheetRelationshipId(pugi::xml_node sheet) {
  for (pugi::xml_attribute attribute : sheet.attributes()) {
    const std::string_view name = attribute.name();
    if (name.size() > 3 && name.ends_with(":id")) return attribute.value();
  }
  return {};
}

struct SheetChoice {
  std::string part;
  std::string name;  // as the workbook calls it, for messages
};

// The first sheet with cells, or with `wanted` the worksheet of that name (nullopt when the
// workbook has none; without the .rels part only the first sheet can be found).
Outcome<std::optional<SheetChoice>> chooseSheet(const pugi::xml_document& workbook, const Relationships* relationships,
                                                const std::string* wanted) {
  const pugi::xml_node sheets = firstChild(workbook.document_element(), "sheets");
  bool anySheet = false;
  for (pugi::xml_node sheet : sheets.children()) {
    if (!isElement(sheet, "sheet")) continue;
    const bool first = !anySheet;
    anySheet = true;
    const std::string name = sheet.attribute("name").value();
    if (wanted && name != *wanted) continue;
    if (relationships == nullptr) {
      if (wanted && !first) return std::optional<SheetChoice>();
      return std::optional(SheetChoice{kDefaultSheetPart, name});
    }
    const std::string_view id = sheetRelationshipId(sheet);
    const auto found = relationships->find(std::string(id));
    if (found == relationships->end())
      return LocatedProblem{
          fmt::format("{}: no relationship {} for the sheet {}", kWorkbookRelsPart, quote(id), quote(name))};
    const Relationship& relationship = found->second;
    if (!relationship.type.empty() && !typeEndsWith(relationship, "/worksheet")) continue;  // a chart sheet
    if (relationship.external)
      return LocatedProblem{fmt::format("{}: the sheet {} is outside the file", kWorkbookRelsPart, quote(name))};
    return std::optional(SheetChoice{resolveTarget(kWorkbookDirectory, relationship.target), name});
  }
  if (wanted) return std::optional<SheetChoice>();
  return LocatedProblem{anySheet ? kWorkbookPart + ": no sheet with cells (only chart sheets)"
                                 : kWorkbookPart + ": no sheet"};
}

std::string sharedStringsPart(const Relationships* relationships) {
  if (relationships != nullptr)
    for (const auto& [id, relationship] : *relationships)
      if (typeEndsWith(relationship, "/sharedStrings") && !relationship.external)
        return resolveTarget(kWorkbookDirectory, relationship.target);
  return kDefaultSharedStringsPart;
}

std::vector<std::string> readSharedStrings(const pugi::xml_document& document) {
  std::vector<std::string> strings;
  for (pugi::xml_node item : document.document_element().children())
    if (isElement(item, "si")) strings.push_back(richText(item));
  return strings;
}

// ---------------------------------------------------------------- the sheet

enum class ColumnRead { None, Column, OutOfRange };

// The 0-based column of a cell reference such as "B3" or "AA10"; None without letters.
ColumnRead readColumn(std::string_view reference, std::size_t& column) {
  std::size_t number = 0, letters = 0;
  for (const char c : reference) {
    const char upper = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    if (upper < 'A' || upper > 'Z') break;
    number = number * 26 + static_cast<std::size_t>(upper - 'A' + 1);
    if (number > kMaxColumns) return ColumnRead::OutOfRange;
    ++letters;
  }
  if (letters == 0) return ColumnRead::None;
  column = number - 1;
  return ColumnRead::Column;
}

std::optional<std::size_t> readRowNumber(std::string_view text) {
  std::size_t number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size() || number == 0) return std::nullopt;
  return number;
}

std::string columnName(std::size_t column) {
  std::string name;
  for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26)
    name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
  return name;
}

Outcome<std::string> cellValue(pugi::xml_node cell, const std::vector<std::string>& sharedStrings,
                               const std::string& part, std::size_t column, std::size_t row) {
  const std::string_view type = cell.attribute("t").value();
  const pugi::xml_node valueNode = firstChild(cell, "v");
  const std::string raw = textOf(valueNode);
  if (type == "s") {
    if (!valueNode) return std::string{};
    const std::string_view text = trimWhitespace(raw);
    std::size_t index = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), index);
    if (text.empty() || error != std::errc{} || end != text.data() + text.size() || index >= sharedStrings.size())
      return LocatedProblem{fmt::format("{}: cell {}{} refers to shared string {}, but the workbook has {}", part,
                                        columnName(column), row, quote(raw), sharedStrings.size())};
    return sharedStrings[index];
  }
  if (type == "inlineStr") {
    if (const pugi::xml_node inlineString = firstChild(cell, "is")) return richText(inlineString);
    return cellString(raw);
  }
  if (type == "b") {
    if (trimWhitespace(raw) == "1") return std::string("TRUE");
    if (trimWhitespace(raw) == "0") return std::string("FALSE");
    return sanitizeUtf8(raw);
  }
  if (type == "str") return cellString(raw);
  if (type == "e" || type == "d") return sanitizeUtf8(raw);
  return formatNumber(raw);
}

Outcome<void> readSheet(const pugi::xml_document& document, const std::vector<std::string>& sharedStrings,
                        const std::string& part, CellTable& table) {
  const pugi::xml_node sheetData = firstChild(document.document_element(), "sheetData");
  std::size_t rowNumber = 0;
  std::size_t cellCount = 0, textBytes = 0;  // against kMaxSheetCells, kMaxSheetTextBytes
  for (pugi::xml_node row : sheetData.children()) {
    if (!isElement(row, "row")) continue;
    rowNumber = readRowNumber(row.attribute("r").value()).value_or(rowNumber + 1);
    std::vector<std::string> cells;
    std::size_t nextColumn = 0;
    for (pugi::xml_node cell : row.children()) {
      if (!isElement(cell, "c")) continue;
      const std::string_view reference = cell.attribute("r").value();
      std::size_t column = nextColumn;
      if (readColumn(reference, column) == ColumnRead::OutOfRange)
        return LocatedProblem{
            fmt::format("{}: cell reference {} lies beyond the last column XFD", part, quote(reference))};
      if (column >= kMaxColumns)  // a cell without reference after one in XFD
        return LocatedProblem{fmt::format("{}: row {} has more than {} cells", part, rowNumber, kMaxColumns)};
      nextColumn = column + 1;
      Outcome<std::string> value = cellValue(cell, sharedStrings, part, column, rowNumber);
      if (!value.ok()) return std::move(value).problem();
      std::string& text = value.value();
      if (text.empty()) continue;  // keeps an empty cell far to the right from widening the row
      if (cells.size() <= column) {
        cellCount += column + 1 - cells.size();
        cells.resize(column + 1);
      }
      textBytes += text.size();
      if (cellCount > kMaxSheetCells || textBytes > kMaxSheetTextBytes)
        return LocatedProblem{
            fmt::format("{}: more than {} cells or {} MB of text by row {}; not a grid this program reads "
                        "(see docs/limits.md)",
                        part, kMaxSheetCells, kMaxSheetTextBytes / (1024 * 1024), rowNumber)};
      cells[column] = std::move(text);
    }
    while (!cells.empty() && cells.back().empty()) cells.pop_back();
    if (cells.empty()) continue;
    table.rows.push_back(std::move(cells));
    table.sourceLine.push_back(rowNumber);
  }
  return Done{};
}

// The first sheet, or the sheet named *wanted (nullopt when there is none).
Outcome<std::optional<CellTable>> readXlsxSheet(std::string_view bytes, const std::string* wanted) {
  Outcome<ZipArchive> opened = openZip(bytes);
  if (!opened.ok()) return std::move(opened).problem();
  zip_t* archive = opened.value().get();

  // Reads and parses one part; `found` false (and no error) when the zip lacks it.
  auto loadPart = [&](const std::string& part, std::string& bytesOut, pugi::xml_document& document,
                      bool& found) -> Outcome<void> {
    Outcome<std::optional<std::string>> read = readPart(archive, part);
    if (!read.ok()) return std::move(read).problem();
    std::optional<std::string>& content = read.value();
    found = content.has_value();
    if (!found) return Done{};
    bytesOut = std::move(*content);
    return parseXml(bytesOut, part, document);
  };

  SheetChoice sheet;
  std::string sharedPart;
  {
    std::string workbookBytes, relsBytes;
    pugi::xml_document workbook, rels;
    bool found = false;
    if (Outcome<void> loaded = loadPart(kWorkbookPart, workbookBytes, workbook, found); !loaded.ok())
      return loaded.problem();
    if (!found) return LocatedProblem{"not an Excel workbook (.xlsx): the zip file has no " + kWorkbookPart};
    if (Outcome<void> loaded = loadPart(kWorkbookRelsPart, relsBytes, rels, found); !loaded.ok())
      return loaded.problem();
    std::optional<Relationships> relationships;
    if (found) relationships = readRelationships(rels);
    const Relationships* relationshipsOrNull = relationships ? &*relationships : nullptr;
    Outcome<std::optional<SheetChoice>> chosen = chooseSheet(workbook, relationshipsOrNull, wanted);
    if (!chosen.ok()) return std::move(chosen).problem();
    if (!chosen.value()) return std::optional<CellTable>();
    sheet = std::move(*chosen.value());
    sharedPart = sharedStringsPart(relationshipsOrNull);
  }

  std::vector<std::string> sharedStrings;
  {
    std::string sharedBytes;
    pugi::xml_document shared;
    bool found = false;
    if (Outcome<void> loaded = loadPart(sharedPart, sharedBytes, shared, found); !loaded.ok()) return loaded.problem();
    if (found) sharedStrings = readSharedStrings(shared);
  }

  std::string sheetBytes;
  pugi::xml_document sheetDocument;
  bool found = false;
  if (Outcome<void> loaded = loadPart(sheet.part, sheetBytes, sheetDocument, found); !loaded.ok())
    return loaded.problem();
  if (!found)
    return LocatedProblem{fmt::format("{}: the part of the {} {} is missing", quote(sheet.part),
                                      wanted ? "sheet" : "first sheet", quote(sheet.name))};
  CellTable table;
  if (Outcome<void> read = readSheet(sheetDocument, sharedStrings, sheet.part, table); !read.ok())
    return read.problem();
  return std::optional(std::move(table));
}

}  // namespace

Outcome<CellTable> readXlsxFirstSheet(std::string_view bytes) {
  Outcome<std::optional<CellTable>> read = readXlsxSheet(bytes, nullptr);
  if (!read.ok()) return std::move(read).problem();
  return std::move(*read.value());
}

Outcome<std::optional<CellTable>> readXlsxSheetNamed(std::string_view bytes, const std::string& name) {
  return readXlsxSheet(bytes, &name);
}

}  // namespace knp
