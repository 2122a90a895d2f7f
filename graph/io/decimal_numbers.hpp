#pragma once
// Numbers as statistics offices and spreadsheets write them in tables: German "14,8" and
// "1.234,5", English "14.8" and "1,234.5", thousands grouped by spaces ("1 234,5"), and the marks
// that stand for no value ("-", ".", "x", ...). Which mark is the decimal one is decided per
// file (decideDecimalMark): a number only shows it when it can be read one way alone.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace knp {

// The character that separates the whole part from the fraction; the other one of the two
// groups thousands.
enum class DecimalMark { Comma, Point };

// The number `cell` holds when `mark` is the decimal mark, or nullopt when it holds none.
// Accepted, around spaces: an optional sign (+, -, or U+2212 minus); digits, grouped in
// thousands by the other mark or by spaces (space, U+00A0, U+202F) and then with one kind of
// grouping, a first group of 1–3 digits not starting with 0 and every later one of 3; then
// optionally `mark` and at least one digit; then optionally an exponent (e or E, a sign,
// digits) as spreadsheets write very small or large numbers (1e-05). Not accepted: a mark at
// the start or end (",5", "5,"), groups of other sizes ("1.23,4"), letters, units, a
// result too large for a double. Under Comma: "14,8" → 14.8, "1.234,5" → 1234.5, "1.234" →
// 1234; under Point: "1,234.5" → 1234.5, "1.234" → 1.234. O(length).
std::optional<double> parseDecimal(std::string_view cell, DecimalMark mark);

// The decimal mark a written number shows: the one mark under which parseDecimal reads it,
// when exactly one does ("14,8", "1.234,5", "0.123" under Point only, "1.234.567" Comma;
// "14.8", "1,234.5"); nullopt when both read it ("1234", "1.234", "1,234") or neither does
// ("abc"). O(length).
std::optional<DecimalMark> decimalMarkShownBy(std::string_view cell);

// The value `cell` would have if the other mark were the decimal one, when `mark` is taken
// as decimal in it but does not decide it: `cell` holds `mark`, and parseDecimal reads it
// under both marks with different values. Under Point: "12.760" → 12760 (12.76 or 12760?),
// "1.234e3" → 1234000; nullopt for "14.8", "1,234.5" (the comma groups), "1234", "0.123" (no
// group starts with 0). Under Comma: "12,760" → 12760; nullopt for "1.234" (no comma: 1234, the point
// groups, as Comma means). O(length).
std::optional<double> otherReadingOf(std::string_view cell, DecimalMark mark);

// Whether `cell` is empty or one of the marks tables write for "no value": "-", "–", "—",
// ".", "…", "...", "x", "/", "k.A.", "k. A.", "n.v.", "n. v.", "n/a" (case ignored; spaces
// around ignored). A number is never one of them. O(length).
bool isNoValueMark(std::string_view cell);

// The marks isNoValueMark accepts, for messages: "\"-\", \".\" or \"x\"" (the three most common).
std::string_view commonNoValueMarks();

// The decimal mark of a table's numbers when none of them shows it (decimalMarkShownBy): a
// point in an .xlsx workbook (numbers stored as numbers reach the reader as "1234.5") and in
// CSV separated by commas (as English programs write it); a comma in CSV separated by
// semicolons or tabs (as German Excel writes it). O(1).
DecimalMark usualDecimalMark(bool xlsx, char csvDelimiter);

// The file's decimal mark from the counts of its numbers that show each: the one shown more
// often; on a tie (none at all included) `usual`. O(1).
DecimalMark decideDecimalMark(std::size_t shownComma, std::size_t shownPoint, DecimalMark usual);

// `value` in the shortest form that reads back as the same double, with `mark` as decimal
// mark and no grouping: 14.8 → "14,8" (Comma), 1234 → "1234", -0.5 → "-0,5". O(1).
std::string formatDecimal(double value, DecimalMark mark);

// An example number in the convention of `mark` for messages: "14,8 or 1.234,5" (Comma),
// "14.8 or 1,234.5" (Point). O(1).
std::string_view decimalExample(DecimalMark mark);

}  // namespace knp
