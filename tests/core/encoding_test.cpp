#include <doctest/doctest.h>

#include "text/encoding.h"

using namespace article_analyzer;

TEST_CASE("valid UTF-8 is kept and a UTF-8 BOM dropped") {
  CHECK(decode_to_utf8("\xEF\xBB\xBFété") == "été");
  CHECK(decode_to_utf8("déjà") == "déjà");
}

TEST_CASE("bytes that are not UTF-8 are read as windows-1252, nothing is lost") {
  CHECK(decode_to_utf8("caf\xE9 \x80 \x96") == "café € –");
}

TEST_CASE("UTF-16 with a BOM is decoded, surrogate pairs included") {
  std::string le("\xFF\xFE" "A\0\xE9\0" "\x3D\xD8\x00\xDE", 10);
  CHECK(decode_to_utf8(le) == "Aé😀");
  std::string be("\xFE\xFF\0A", 4);
  CHECK(decode_to_utf8(be) == "A");
}

TEST_CASE("CR LF and CR become LF, NUL bytes are removed") {
  CHECK(decode_to_utf8(std::string("a\r\nb\rc\0d", 8)) == "a\nb\ncd");
}
