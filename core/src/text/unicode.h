// Unicode text services the analyzer needs, behind a small interface so that ICU (the only
// implementation, in unicode_icu.cpp) could be swapped. All positions are UTF-8 byte offsets.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace article_analyzer::unicode {

struct Range {
  std::size_t start = 0, end = 0;
};

/// Sentences of `text` in the rules of `language` (abbreviations like "M." or "Mr." do not end
/// a sentence in languages whose rules list them). Trailing white space is excluded.
std::vector<Range> sentences(std::string_view text, std::string_view language);

/// Words of `text` (UAX #29 word boundaries, punctuation and spaces dropped).
std::vector<Range> words(std::string_view text, std::string_view language);

/// Case-folded, NFKC-normalized form, for comparing names ("ÉTATS" == "États").
std::string fold(std::string_view text);

/// Decodes the code point at `i` and advances `i` past it (U+FFFD for invalid bytes).
char32_t next_code_point(std::string_view text, std::size_t& i);
/// Appends the UTF-8 form of `c`.
void append_utf8(std::string& out, char32_t c);
/// True if `text` is well-formed UTF-8.
bool is_valid_utf8(std::string_view text);
/// Converts `bytes` in `encoding` (a WHATWG encoding name: "Shift_JIS", "ISO-8859-7") to UTF-8
/// into `out`, bad sequences becoming U+FFFD; false when this build has no converter for it.
bool convert_to_utf8(std::string_view bytes, std::string_view encoding, std::string& out);

bool is_upper(char32_t c);
bool is_lower(char32_t c);
bool is_letter(char32_t c);
bool is_digit(char32_t c);
bool is_space(char32_t c);  ///< White space, including no-break spaces.
bool is_punctuation(char32_t c);
/// Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko...).
bool is_rtl_letter(char32_t c);
/// Scripts written without spaces between words (Han, Hiragana, Katakana, Thai...).
bool is_unspaced_script_letter(char32_t c);

/// True if the first letter of `word` is upper case.
bool starts_upper(std::string_view word);
/// True if `word` has letters and none of them is lower case ("AFP", "MAXIM").
bool is_all_upper(std::string_view word);
/// Title case of an upper-case word, per language ("SHEMETOV" -> "Shemetov").
std::string to_title(std::string_view word, std::string_view language);

/// `range` of `text` without the white space at its ends.
Range trim_space(std::string_view text, Range range);
/// ASCII letters in lower case, other bytes unchanged (tag and attribute names, keys).
std::string ascii_lower(std::string_view text);

/// Collapses runs of white space (including no-break spaces) into one space, trims the ends.
std::string collapse_space(std::string_view text);
/// Number of code points.
std::size_t length(std::string_view text);

}  // namespace article_analyzer::unicode
