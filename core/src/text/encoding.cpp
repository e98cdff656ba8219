#include "text/encoding.h"

#include "text/unicode.h"

namespace article_analyzer {
namespace {

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

}  // namespace

std::string decode_to_utf8(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return normalize_controls(std::string(bytes.substr(3)));
  if (bytes.substr(0, 2) == "\xFF\xFE") return normalize_controls(from_utf16(bytes.substr(2), false));
  if (bytes.substr(0, 2) == "\xFE\xFF") return normalize_controls(from_utf16(bytes.substr(2), true));
  if (unicode::is_valid_utf8(bytes)) return normalize_controls(std::string(bytes));
  return normalize_controls(from_windows_1252(bytes));
}

}  // namespace article_analyzer
