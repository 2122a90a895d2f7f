#include <catch2/catch.hpp>

#include "text/utf8.hpp"

using namespace knp;

TEST_CASE("UTF-8 length counts characters, not bytes", "[text][utf8]") {
  CHECK(utf8Length("") == 0);
  CHECK(utf8Length("Kita") == 4);
  CHECK(utf8Length("Übergang Schule–Beruf") == 21);  // Ü and – are 2 and 3 bytes
  CHECK(utf8Length("€✓") == 2);
}

TEST_CASE("padding and truncation never split a character", "[text][utf8]") {
  CHECK(padRight("Ä", 3) == "Ä  ");
  CHECK(padRight("Länger", 2) == "Länger");
  CHECK(truncateUtf8("Grundschule", 20) == "Grundschule");
  CHECK(truncateUtf8("Frühe Kindheit", 4) == "Frü…");  // 3 characters and the ellipsis
  CHECK(truncateUtf8("ÄÖÜ", 1) == "…");
  CHECK(truncateUtf8("ÄÖÜ", 0).empty());
}

TEST_CASE("sanitising replaces only broken bytes", "[text][utf8]") {
  CHECK(sanitizeUtf8("Straße „Mitte“ – 5 €") == "Straße „Mitte“ – 5 €");
  CHECK(sanitizeUtf8("a\xC3(b") == "a\xEF\xBF\xBD(b");          // lead byte without continuation
  CHECK(sanitizeUtf8("\xE4rger") == "\xEF\xBF\xBDrger");        // Windows-1252 ä
  CHECK(sanitizeUtf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
  CHECK(sanitizeUtf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  CHECK(sanitizeUtf8("x\xF0\x9F\x98") == "x\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // cut off at the end
  CHECK(sanitizeUtf8("\xF0\x9F\x98\x80") == "\xF0\x9F\x98\x80");  // a whole 4-byte character
}
