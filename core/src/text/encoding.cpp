#include "text/encoding.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "article_analyzer/analyzer.h"
#include "text/unicode.h"

namespace article_analyzer {
namespace {

// The HTML standard's prescan window: a declaration later than this is not looked for, so
// sniffing costs the same on any page (the UTF-8 check is the only pass over all the bytes).
constexpr std::size_t kPrescanBytes = 1024;

constexpr std::string_view kUtf8 = "UTF-8";
constexpr std::string_view kUtf16Le = "UTF-16LE";
constexpr std::string_view kUtf16Be = "UTF-16BE";
constexpr std::string_view kWindows1252 = "windows-1252";
// Declared, these are read otherwise (HTML standard, prescan): bytes found by an ASCII prescan
// cannot be UTF-16, and x-user-defined is windows-1252 for a document.
constexpr std::string_view kXUserDefined = "x-user-defined";
// Labels the standard maps to one U+FFFD for the whole input: ignored (see encoding.h).
constexpr std::string_view kReplacement = "replacement";

struct EncodingLabels {
  std::string_view name;
  std::string_view labels;  ///< Space-separated, lower case.
};

// The WHATWG Encoding Standard's names and labels (https://encoding.spec.whatwg.org/#names-and-labels),
// in its order.
constexpr EncodingLabels kEncodingLabels[] = {
    {"UTF-8", "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8"},
    {"IBM866", "866 cp866 csibm866 ibm866"},
    {"ISO-8859-2", "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987"
     " l2 latin2"},
    {"ISO-8859-3", "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988"
     " l3 latin3"},
    {"ISO-8859-4", "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988"
     " l4 latin4"},
    {"ISO-8859-5", "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5"
     " iso_8859-5:1988"},
    {"ISO-8859-6", "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6"
     " iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987"},
    {"ISO-8859-7", "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7"
     " iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek"},
    {"ISO-8859-8", "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8"
     " iso88598 iso_8859-8 iso_8859-8:1988 visual"},
    {"ISO-8859-8-I", "csiso88598i iso-8859-8-i logical"},
    {"ISO-8859-10", "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6"},
    {"ISO-8859-13", "iso-8859-13 iso8859-13 iso885913"},
    {"ISO-8859-14", "iso-8859-14 iso8859-14 iso885914"},
    {"ISO-8859-15", "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9"},
    {"ISO-8859-16", "iso-8859-16"},
    {"KOI8-R", "cskoi8r koi koi8 koi8-r koi8_r"},
    {"KOI8-U", "koi8-ru koi8-u"},
    {"macintosh", "csmacintosh mac macintosh x-mac-roman"},
    {"windows-874", "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874"},
    {"windows-1250", "cp1250 windows-1250 x-cp1250"},
    {"windows-1251", "cp1251 windows-1251 x-cp1251"},
    {"windows-1252", "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100"
     " iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252"},
    {"windows-1253", "cp1253 windows-1253 x-cp1253"},
    {"windows-1254", "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9"
     " iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254"},
    {"windows-1255", "cp1255 windows-1255 x-cp1255"},
    {"windows-1256", "cp1256 windows-1256 x-cp1256"},
    {"windows-1257", "cp1257 windows-1257 x-cp1257"},
    {"windows-1258", "cp1258 windows-1258 x-cp1258"},
    {"x-mac-cyrillic", "x-mac-cyrillic x-mac-ukrainian"},
    {"GBK", "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk"},
    {"gb18030", "gb18030"},
    {"Big5", "big5 big5-hkscs cn-big5 csbig5 x-x-big5"},
    {"EUC-JP", "cseucpkdfmtjapanese euc-jp x-euc-jp"},
    {"ISO-2022-JP", "csiso2022jp iso-2022-jp"},
    {"Shift_JIS", "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis"},
    {"EUC-KR", "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601"
     " ksc_5601 windows-949"},
    {"replacement", "csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr"},
    {"UTF-16BE", "unicodefffe utf-16be"},
    {"UTF-16LE", "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le"},
    {"x-user-defined", "x-user-defined"},
};


// windows-1252 bytes 0x80-0x9F; the rest of the range maps to the same code point (Latin-1).
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

std::string from_utf16(std::string_view bytes, bool big_endian) {
  std::string out;
  out.reserve(bytes.size());
  auto unit = [&](std::size_t i) -> char32_t {
    auto b0 = static_cast<unsigned char>(bytes[i]), b1 = static_cast<unsigned char>(bytes[i + 1]);
    return big_endian ? (b0 << 8 | b1) : (b1 << 8 | b0);
  };
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    char32_t c = unit(i);
    if (c >= 0xD800 && c < 0xDC00 && i + 3 < bytes.size()) {
      char32_t low = unit(i + 2);
      if (low >= 0xDC00 && low < 0xE000) {
        c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      } else {
        c = U'\uFFFD';
      }
    } else if (c >= 0xD800 && c < 0xE000) {
      c = U'\uFFFD';
    }
    unicode::append_utf8(out, c);
  }
  return out;
}

std::string from_windows_1252(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 4);
  for (unsigned char b : bytes) {
    if (b < 0x80) out.push_back(static_cast<char>(b));
    else if (b < 0xA0) unicode::append_utf8(out, kWindows1252High[b - 0x80]);
    else unicode::append_utf8(out, b);
  }
  return out;
}

std::string normalize_controls(std::string text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\0') continue;
    if (c == '\r') {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      continue;
    }
    out.push_back(c);
  }
  return out;
}

bool is_ascii_space(char c) { return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool starts_with_ascii_ci(std::string_view text, std::size_t at, std::string_view lower_word) {
  if (text.size() - at < lower_word.size()) return false;
  for (std::size_t i = 0; i < lower_word.size(); ++i)
    if (ascii_lower(text[at + i]) != lower_word[i]) return false;
  return true;
}

// What a declaration found by the prescan or in an XML declaration means for bytes read as
// ASCII-compatible (HTML standard, prescan step "processing"); "" when it cannot be used.
std::string_view usable_declaration(std::string_view encoding) {
  if (encoding == kUtf16Le || encoding == kUtf16Be) return kUtf8;
  if (encoding == kXUserDefined) return kWindows1252;
  if (encoding == kReplacement) return {};
  return encoding;
}

// The encoding in a <meta> content attribute ("text/html; charset=koi8-r"), "" if none: the
// HTML standard's "algorithm for extracting a character encoding from a meta element".
std::string_view encoding_in_content(std::string_view content) {
  for (std::size_t at = 0;;) {
    constexpr std::string_view kCharset = "charset";  // The prescan lowered the value.
    std::size_t found = content.find(kCharset, at);
    if (found == std::string_view::npos) return {};
    at = found + kCharset.size();
    while (at < content.size() && is_ascii_space(content[at])) ++at;
    if (at == content.size() || content[at] != '=') continue;
    ++at;
    while (at < content.size() && is_ascii_space(content[at])) ++at;
    if (at == content.size()) return {};
    char quote = content[at];
    if (quote == '"' || quote == '\'') {
      std::size_t end = content.find(quote, at + 1);
      return end == std::string_view::npos ? std::string_view() : encoding_for_label(content.substr(at + 1, end - at - 1));
    }
    std::size_t end = content.find_first_of("\t\n\f\r ;", at);
    return encoding_for_label(content.substr(at, end == std::string_view::npos ? end : end - at));
  }
}

// The HTML standard's "prescan a byte stream to determine its encoding", over `head` only:
// one pass, each byte read at most once (attribute values are copied, at most `head`'s size).
class Prescan {
 public:
  explicit Prescan(std::string_view head) : s_(head) {}

  /// The encoding the first usable <meta> declares, "" if none does.
  std::string_view run() {
    for (; pos_ < s_.size(); ++pos_) {  // Each branch leaves pos_ on the last byte it consumed.
      if (s_.substr(pos_, 4) == "<!--") {
        std::size_t end = s_.find("-->", pos_ + 2);
        if (end == std::string_view::npos) return {};
        pos_ = end + 2;
      } else if (starts_with_ascii_ci(s_, pos_, "<meta") && pos_ + 5 < s_.size() &&
                 (is_ascii_space(s_[pos_ + 5]) || s_[pos_ + 5] == '/')) {
        pos_ += 6;
        if (std::string_view declared = meta(); !declared.empty()) return declared;
      } else if (s_[pos_] == '<' && pos_ + 2 < s_.size() &&
                 (is_ascii_letter(s_[pos_ + 1]) || (s_[pos_ + 1] == '/' && is_ascii_letter(s_[pos_ + 2])))) {
        while (pos_ < s_.size() && !is_ascii_space(s_[pos_]) && s_[pos_] != '>') ++pos_;
        Attribute skipped;
        while (next_attribute(skipped)) {
        }
      } else if (s_[pos_] == '<' && pos_ + 1 < s_.size() &&
                 (s_[pos_ + 1] == '!' || s_[pos_ + 1] == '/' || s_[pos_ + 1] == '?')) {
        std::size_t end = s_.find('>', pos_ + 2);
        if (end == std::string_view::npos) return {};
        pos_ = end;
      }
    }
    return {};
  }

 private:
  struct Attribute {
    std::string name, value;  // Lower case, as the standard compares them.
  };

  // The attributes of a <meta> from pos_; its declared encoding if it declares one.
  std::string_view meta() {
    bool got_pragma = false, seen_http_equiv = false, seen_content = false, seen_charset = false;
    std::optional<bool> need_pragma;
    std::optional<std::string_view> charset;  // "" is the standard's "failure": an unknown label.
    Attribute a;
    while (next_attribute(a)) {
      if (a.name == "http-equiv" && !std::exchange(seen_http_equiv, true)) {
        got_pragma = got_pragma || a.value == "content-type";
      } else if (a.name == "content" && !std::exchange(seen_content, true)) {
        std::string_view found = encoding_in_content(a.value);
        if (!found.empty() && !charset) charset = found, need_pragma = true;
      } else if (a.name == "charset" && !std::exchange(seen_charset, true)) {
        charset = encoding_for_label(a.value), need_pragma = false;
      }
    }
    if (pos_ >= s_.size()) return {};  // The window ends inside the tag: it declares nothing.
    if (!need_pragma || (*need_pragma && !got_pragma) || !charset) return {};
    return usable_declaration(*charset);
  }

  // The HTML standard's "get an attribute": false at the tag's end (or the window's).
  bool next_attribute(Attribute& a) {
    while (pos_ < s_.size() && (is_ascii_space(s_[pos_]) || s_[pos_] == '/')) ++pos_;
    if (pos_ >= s_.size() || s_[pos_] == '>') return false;
    a.name.clear();
    a.value.clear();
    for (;; ++pos_) {
      if (pos_ >= s_.size()) return false;
      char c = s_[pos_];
      if (c == '=' && !a.name.empty()) break;
      if (c == '/' || c == '>') return true;
      if (is_ascii_space(c)) {
        while (pos_ < s_.size() && is_ascii_space(s_[pos_])) ++pos_;
        if (pos_ >= s_.size() || s_[pos_] != '=') return true;
        break;
      }
      a.name.push_back(ascii_lower(c));
    }
    ++pos_;  // The '='.
    while (pos_ < s_.size() && is_ascii_space(s_[pos_])) ++pos_;
    if (pos_ >= s_.size()) return false;
    char quote = s_[pos_];
    if (quote == '"' || quote == '\'') {
      for (++pos_; pos_ < s_.size(); ++pos_) {
        if (s_[pos_] == quote) return ++pos_, true;
        a.value.push_back(ascii_lower(s_[pos_]));
      }
      return false;
    }
    if (quote == '>') return true;
    for (; pos_ < s_.size(); ++pos_) {
      if (is_ascii_space(s_[pos_]) || s_[pos_] == '>') return true;
      a.value.push_back(ascii_lower(s_[pos_]));
    }
    return false;
  }

  std::string_view s_;
  std::size_t pos_ = 0;
};

// The encoding an XML declaration opening `head` names (<?xml version="1.0" encoding="koi8-r"?>),
// "" if none: browsers read it in HTML documents too.
std::string_view xml_declared_encoding(std::string_view head) {
  if (head.substr(0, 5) != "<?xml" || head.size() < 6 || !is_ascii_space(head[5])) return {};
  std::string_view declaration = head.substr(0, head.find("?>"));
  constexpr std::string_view kEncoding = "encoding";
  std::size_t at = declaration.find(kEncoding);
  if (at == std::string_view::npos) return {};
  at += kEncoding.size();
  while (at < declaration.size() && is_ascii_space(declaration[at])) ++at;
  if (at == declaration.size() || declaration[at] != '=') return {};
  ++at;
  while (at < declaration.size() && is_ascii_space(declaration[at])) ++at;
  if (at == declaration.size() || (declaration[at] != '"' && declaration[at] != '\'')) return {};
  std::size_t end = declaration.find(declaration[at], at + 1);
  if (end == std::string_view::npos) return {};
  return usable_declaration(encoding_for_label(declaration.substr(at + 1, end - at - 1)));
}

struct Sniffed {
  std::string_view encoding;
  std::size_t bom_length = 0;
};

Sniffed sniff(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return {kUtf8, 3};
  if (bytes.substr(0, 2) == "\xFF\xFE") return {kUtf16Le, 2};
  if (bytes.substr(0, 2) == "\xFE\xFF") return {kUtf16Be, 2};
  std::string_view head = bytes.substr(0, kPrescanBytes);
  std::string_view declared = xml_declared_encoding(head);
  if (declared.empty()) declared = Prescan(head).run();
  bool utf8 = unicode::is_valid_utf8(bytes);
  bool resaved_as_utf8 = utf8 && std::any_of(bytes.begin(), bytes.end(), [](char c) { return c & 0x80; });
  if (!declared.empty() && declared != kUtf8 && !resaved_as_utf8) return {declared};
  return {utf8 ? kUtf8 : kWindows1252};
}

}  // namespace

std::string_view encoding_for_label(std::string_view label) {
  while (!label.empty() && is_ascii_space(label.front())) label.remove_prefix(1);
  while (!label.empty() && is_ascii_space(label.back())) label.remove_suffix(1);
  std::string lower = unicode::ascii_lower(label);
  for (const auto& entry : kEncodingLabels) {
    for (std::string_view rest = entry.labels; !rest.empty();) {
      std::size_t space = rest.find(' ');
      if (rest.substr(0, space) == lower) return entry.name;
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    }
  }
  return {};
}

std::string_view sniff_encoding(std::string_view bytes) { return sniff(bytes).encoding; }

std::string decode_to_utf8(std::string_view bytes) {
  Sniffed sniffed = sniff(bytes);
  std::string_view body = bytes.substr(sniffed.bom_length);
  if (sniffed.encoding == kUtf8) return normalize_controls(std::string(body));
  if (sniffed.encoding == kUtf16Le) return normalize_controls(from_utf16(body, false));
  if (sniffed.encoding == kUtf16Be) return normalize_controls(from_utf16(body, true));
  std::string converted;
  if (sniffed.encoding != kWindows1252 && unicode::convert_to_utf8(body, sniffed.encoding, converted))
    return normalize_controls(std::move(converted));
  return normalize_controls(from_windows_1252(body));
}

}  // namespace article_analyzer
