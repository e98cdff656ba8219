#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "article_analyzer/analyzer.h"
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

// Sniffing runs the same in every build; decoding a legacy encoding needs ICU's converters,
// which only the native build has (the wasm build's ICU data holds no converter tables: there
// the JS facade decodes with TextDecoder, tests/node/pages.test.mjs). Hence the #ifndefs.

namespace {

/// `body` after a <meta charset> naming `label`.
std::string with_meta_charset(std::string_view label, std::string_view body) {
  return "<meta charset=\"" + std::string(label) + "\">" + std::string(body);
}

/// What decode_to_utf8 makes of `body` behind a <meta charset> naming `label`, meta dropped.
std::string decoded_as(std::string_view label, std::string_view body) {
  std::string page = with_meta_charset(label, body);
  std::string decoded = decode_to_utf8(page);
  std::size_t meta_end = decoded.find('>');
  return meta_end == std::string::npos ? decoded : decoded.substr(meta_end + 1);
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The "title" string of a page's expected.json (the golden titles hold no quote or backslash).
std::string expected_title(const std::filesystem::path& folder) {
  std::string json = read_file(folder / "expected.json");
  constexpr std::string_view kKey = "\"title\": \"";
  std::size_t start = json.find(kKey);
  REQUIRE(start != std::string::npos);
  start += kKey.size();
  return json.substr(start, json.find('"', start) - start);
}

}  // namespace

TEST_CASE("labels name WHATWG encodings, case and surrounding space ignored") {
  for (auto label : {"latin1", "ISO-8859-1", "ascii", "US-ASCII", "cp1252", "l1", "windows-1252"})
    CHECK_MESSAGE(encoding_for_label(label) == "windows-1252", label);
  CHECK(encoding_for_label("x-sjis") == "Shift_JIS");
  CHECK(encoding_for_label("MS932") == "Shift_JIS");
  CHECK(encoding_for_label("gb2312") == "GBK");
  CHECK(encoding_for_label("gb18030") == "gb18030");
  CHECK(encoding_for_label("iso-8859-9") == "windows-1254");
  CHECK(encoding_for_label("tis-620") == "windows-874");
  CHECK(encoding_for_label("ks_c_5601-1987") == "EUC-KR");
  CHECK(encoding_for_label("big5-hkscs") == "Big5");
  CHECK(encoding_for_label(" \tKOI8\n") == "KOI8-R");
  CHECK(encoding_for_label("utf8") == "UTF-8");
  CHECK(encoding_for_label("iso-2022-kr") == "replacement");
  CHECK(encoding_for_label("klingon") == "");
  CHECK(encoding_for_label("") == "");
  CHECK(encoding_for_label("utf") == "");  // A prefix of a label is no label.
}

TEST_CASE("sniffing: the BOM, then a declaration, then UTF-8 if valid, else windows-1252") {
  CHECK(sniff_encoding("\xEF\xBB\xBF<meta charset=koi8-r>") == "UTF-8");
  CHECK(sniff_encoding(std::string("\xFF\xFE<\0", 4)) == "UTF-16LE");
  CHECK(sniff_encoding(std::string("\xFE\xFF\0<", 4)) == "UTF-16BE");
  CHECK(sniff_encoding("<meta charset=koi8-r><p>plain ASCII") == "KOI8-R");  // Not "UTF-8": declared.
  CHECK(sniff_encoding("<p>d\xC3\xA9j\xC3\xA0") == "UTF-8");
  CHECK(sniff_encoding("<p>d\xE9j\xE0") == "windows-1252");
  CHECK(sniff_encoding("") == "UTF-8");
}

TEST_CASE("sniffing reads each form of declaration") {
  CHECK(sniff_encoding("<html><head><META CHARSET=\"ISO-8859-7\">") == "ISO-8859-7");
  CHECK(sniff_encoding("<meta charset='greek'>") == "ISO-8859-7");
  CHECK(sniff_encoding("<meta charset=greek>") == "ISO-8859-7");
  CHECK(sniff_encoding("<meta/charset=greek>") == "ISO-8859-7");
  CHECK(sniff_encoding("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">") ==
        "windows-1251");
  CHECK(sniff_encoding("<meta content='text/html;charset=\"EUC-JP\"' http-equiv='content-type'>") == "EUC-JP");
  CHECK(sniff_encoding("<?xml version=\"1.0\" encoding=\"windows-1250\"?><html>") == "windows-1250");
  CHECK(sniff_encoding("<?xml version='1.0' encoding = 'Shift_JIS' ?>") == "Shift_JIS");
}

TEST_CASE("sniffing follows the prescan's rules") {
  // A content charset needs the http-equiv pragma; a charset attribute does not.
  CHECK(sniff_encoding("<meta content=\"text/html; charset=koi8-r\">") == "UTF-8");
  CHECK(sniff_encoding("<meta charset=\"koi8-r\" content=\"text/html; charset=iso-8859-7\" http-equiv=content-type>") ==
        "KOI8-R");
  // The first usable declaration wins; an unknown label is skipped.
  CHECK(sniff_encoding("<meta charset=koi8-r><meta charset=iso-8859-7>") == "KOI8-R");
  CHECK(sniff_encoding("<meta charset=bogus><meta charset=iso-8859-7>") == "ISO-8859-7");
  // Declarations in comments and in other tags' attributes are not declarations.
  CHECK(sniff_encoding("<!-- <meta charset=koi8-r> --><meta charset=iso-8859-7>") == "ISO-8859-7");
  CHECK(sniff_encoding("<div title=\"<meta charset=koi8-r>\"><meta charset=iso-8859-7>") == "ISO-8859-7");
  CHECK(sniff_encoding("<metadata charset=koi8-r>") == "UTF-8");
  // Only the first 1024 bytes are prescanned.
  std::string late = "<p>" + std::string(1024, 'a') + "<meta charset=koi8-r>";
  CHECK(sniff_encoding(late) == "UTF-8");
  CHECK(sniff_encoding(std::string(1000, ' ') + "<meta charset=koi8-r>") == "KOI8-R");
  CHECK(sniff_encoding(std::string(1010, ' ') + "<meta charset=koi8-r>") == "UTF-8");  // Cut inside the tag.
}

TEST_CASE("declarations the standard reads otherwise, and the deviations that keep text readable") {
  CHECK(sniff_encoding("<meta charset=utf-16le>") == "UTF-8");  // An ASCII prescan found it.
  CHECK(sniff_encoding("<meta charset=x-user-defined>") == "windows-1252");
  CHECK(sniff_encoding("<meta charset=iso-2022-kr>") == "UTF-8");  // "replacement" is ignored.
  // Declared UTF-8 that is not: read as windows-1252, so no character becomes U+FFFD.
  CHECK(sniff_encoding("<meta charset=utf-8><p>caf\xE9") == "windows-1252");
  CHECK(decode_to_utf8("<meta charset=utf-8><p>caf\xE9") == "<meta charset=utf-8><p>café");
  // Valid UTF-8 beyond ASCII is a page re-saved as UTF-8 that kept its old declaration.
  CHECK(sniff_encoding("<meta charset=gb2312><p>\xE5\x8C\x97\xE4\xBA\xAC") == "UTF-8");
  CHECK(decode_to_utf8("<meta charset=iso-8859-7><p>caf\xC3\xA9") == "<meta charset=iso-8859-7><p>café");
}

TEST_CASE("windows-1252, UTF-8 and UTF-16 decode in every build, declared or not") {
  CHECK(decoded_as("iso-8859-1", "caf\xE9 \x80") == "café €");
  CHECK(decoded_as("utf-8", "caf\xC3\xA9") == "café");
}

#ifndef __EMSCRIPTEN__
TEST_CASE("each family of legacy encodings decodes natively") {
  CHECK(decoded_as("iso-8859-7", "\xC1\xE8\xDE\xED\xE1") == "Αθήνα");
  CHECK(decoded_as("windows-1251", "\xCC\xEE\xF1\xEA\xE2\xE0") == "Москва");
  CHECK(decoded_as("koi8-r", "\xED\xCF\xD3\xCB\xD7\xC1") == "Москва");
  CHECK(decoded_as("koi8-u", "\xB4") == "Є");
  CHECK(decoded_as("ibm866", "\x8C\xAE\xE1\xAA\xA2\xA0") == "Москва");
  CHECK(decoded_as("x-mac-cyrillic", "\x8C\xEE\xF1\xEA\xE2\xE0") == "Москва");
  CHECK(decoded_as("iso-8859-2", "\xA3\xF3\xE6") == "Łóć");
  CHECK(decoded_as("windows-1250", "\xF8\xEC") == "řě");
  CHECK(decoded_as("iso-8859-9", "\xDD\xFE") == "İş");  // A windows-1254 label.
  CHECK(decoded_as("windows-1255", "\xF9\xEC\xE5\xED") == "שלום");
  CHECK(decoded_as("windows-1256", "\xD3\xE1\xC7\xE3") == "سلام");
  CHECK(decoded_as("windows-874", "\xA1\xC3\xD8\xA7") == "กรุง");
  CHECK(decoded_as("macintosh", "\x8E\xA5") == "é•");
  CHECK(decoded_as("iso-8859-15", "\xA4") == "€");
  CHECK(decoded_as("shift_jis", "\x93\x8C\x8B\x9E") == "東京");
  CHECK(decoded_as("euc-jp", "\xC5\xEC\xB5\xFE") == "東京");
  CHECK(decoded_as("iso-2022-jp", "\x1B$BEl5~\x1B(B") == "東京");
  CHECK(decoded_as("gb2312", "\xB1\xB1\xBE\xA9") == "北京");
  CHECK(decoded_as("gb18030", "\x81\x30\x81\x30") == "\xC2\x80");  // A four-byte sequence: U+0080.
  CHECK(decoded_as("big5", "\xA5\x78\xA5\x5F") == "台北");
  CHECK(decoded_as("euc-kr", "\xBC\xAD\xBF\xEF") == "서울");
}

TEST_CASE("bad sequences in a legacy encoding become U+FFFD, as TextDecoder makes them") {
  CHECK(decoded_as("shift_jis", "a\xA0z") == "a\xEF\xBF\xBDz");
  CHECK(decoded_as("euc-jp", "a\xA1z") == "a\xEF\xBF\xBDz");
}
#else
TEST_CASE("without converters (wasm), a legacy encoding is read as windows-1252: nothing is lost") {
  CHECK(decoded_as("iso-8859-7", "\xC1\xE8") == "Áè");
}
#endif

TEST_CASE("golden pages: each declares its encoding and, natively, decodes to its title") {
  const std::pair<std::string_view, std::string_view> kPageEncodings[] = {
      {"chinese-big5", "Big5"}, {"chinese-gbk", "GBK"}, {"cyrillic-koi8-r", "KOI8-R"},
      {"cyrillic-windows-1251", "windows-1251"}, {"greek-iso-8859-7", "ISO-8859-7"},
      {"japanese-euc-jp", "EUC-JP"}, {"japanese-shift-jis", "Shift_JIS"}, {"korean-euc-kr", "EUC-KR"},
      {"western-windows-1252", "windows-1252"}, {"xml-declaration", "windows-1250"}};
  for (const auto& page : kPageEncodings) {
    // Not a structured binding: doctest's macros capture in lambdas, which clang 14 refuses for those.
    const std::string_view slug = page.first, encoding = page.second;
    const std::filesystem::path folder = std::filesystem::path(AA_PAGES) / slug;
    const std::string source = read_file(folder / "source.html");
    REQUIRE_MESSAGE(!source.empty(), folder.string());
    CHECK_MESSAGE(sniff_encoding(source) == encoding, slug);
#ifndef __EMSCRIPTEN__
    const std::string title = expected_title(folder);
    CHECK_MESSAGE(decode_to_utf8(source).find("<title>" + title + "</title>") != std::string::npos, slug);
#endif
  }
}
