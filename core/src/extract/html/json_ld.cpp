// The JSON-LD string readers read_metadata uses: a page's <script type="application/ld+json">
// is searched for a key's string value, without a JSON parser: only a few strings are wanted,
// and a malformed script still gives them. Uses text/unicode.h only, for \u escapes.
#include <cstdlib>

#include "extract/html/page.h"
#include "text/unicode.h"

namespace article_analyzer::html_extraction {
namespace {

// Between a key and its value: the colon and white space.
constexpr std::string_view kKeyValueSeparators = " :\n\t";
// A \u escape has this many hex digits.
constexpr std::size_t kUnicodeEscapeDigits = 4;

}  // namespace

std::string json_string_after(std::string_view json, std::string_view key, std::size_t from) {
  std::string quoted = "\"" + std::string(key) + "\"";
  std::size_t at = json.find(quoted, from);
  if (at == std::string_view::npos) return {};
  at += quoted.size();
  while (at < json.size() && kKeyValueSeparators.find(json[at]) != std::string_view::npos) ++at;
  if (at >= json.size() || json[at] != '"') return {};
  std::string out;
  for (++at; at < json.size() && json[at] != '"'; ++at) {
    if (json[at] != '\\' || at + 1 >= json.size()) {
      out.push_back(json[at]);
      continue;
    }
    char e = json[++at];
    if (e == 'u' && at + kUnicodeEscapeDigits < json.size()) {
      std::string hex(json.substr(at + 1, kUnicodeEscapeDigits));
      unicode::append_utf8(out, static_cast<char32_t>(std::strtoul(hex.c_str(), nullptr, 16)));
      at += kUnicodeEscapeDigits;
    } else {
      out.push_back(e == 'n' ? ' ' : e == 't' ? ' ' : e);  // An escaped line break or tab reads as a space.
    }
  }
  return out;
}

std::string json_name_of(std::string_view json, std::string_view key) {
  std::size_t at = json.find("\"" + std::string(key) + "\"");
  if (at == std::string_view::npos) return {};
  std::string direct = json_string_after(json, key, at);
  if (!direct.empty()) return direct;
  // The name must be the object's own: before the object (or the list it is in) closes.
  std::size_t close = json.find_first_of("}]", at);
  std::string name = json_string_after(json, "name", at);
  std::size_t name_at = json.find("\"name\"", at);
  return name_at < close ? name : std::string();
}

}  // namespace article_analyzer::html_extraction
