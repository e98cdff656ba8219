// ICU implementation of unicode.h: break iterators over UTF-8 (UText, so offsets stay in
// bytes), NFKC case folding, character properties and legacy-encoding converters. Only ICU's
// common library is used.
#include <algorithm>
#include <map>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include "text/unicode.h"

namespace article_analyzer::unicode {
namespace {

// The languages with data (lang/languages.txt): their sentence rules are asked for with ICU's
// abbreviation suppressions ("M.", "Mr."), and the wasm build's ICU data subset
// (tools/wasm-deps) holds exactly their break rules. Other languages get root's rules.
constexpr std::string_view kSuppressionLanguages[] = {
#define AA_LANGUAGE(code) #code,
#include "lang/languages.inc"
#undef AA_LANGUAGE
};

// The wasm build's ICU data holds no converter tables (tools/wasm-deps): ucnv_open could only
// fail there, and linking ICU's conversion code would still add 130 KB to the module. So the
// wasm build has no converters (encoding.h says how the JS facade decodes instead).
#ifdef __EMSCRIPTEN__
constexpr bool kHasConverters = false;
#else
constexpr bool kHasConverters = true;
#endif

// WHATWG encodings whose decoder is the ICU converter of another name (the same table, or the
// superset the Encoding Standard decodes with); the other WHATWG names are ICU aliases too.
constexpr std::pair<std::string_view, const char*> kIcuConverterNames[] = {
    {"GBK", "gb18030"},          // The standard's GBK decoder is its gb18030 decoder.
    {"Big5", "Big5-HKSCS"},      // The standard's Big5 includes the HKSCS extensions.
    {"EUC-KR", "windows-949"},   // The standard's EUC-KR is Microsoft's superset.
    {"Shift_JIS", "windows-31j"},  // Likewise Microsoft's superset (ICU's Shift_JIS is ambiguous).
    {"ISO-8859-8-I", "ISO-8859-8"},  // Logical order differs from visual only in display.
};

enum class BreakKind { kSentence, kWord };

// Break iterators are costly to create: one prototype per (kind, language), cloned per call.
icu::BreakIterator* prototype(BreakKind kind, std::string_view language) {
  thread_local std::map<std::pair<BreakKind, std::string>, std::unique_ptr<icu::BreakIterator>> cache;
  std::string lang = "root";
  for (auto known : kSuppressionLanguages)
    if (language == known) lang = std::string(known);
  auto key = std::make_pair(kind, lang);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second.get();
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> made;
  if (kind == BreakKind::kSentence) {
    icu::Locale locale(lang == "root" ? "" : (lang + "@ss=standard").c_str());
    made.reset(icu::BreakIterator::createSentenceInstance(locale, status));
  } else {
    made.reset(icu::BreakIterator::createWordInstance(icu::Locale(lang == "root" ? "" : lang.c_str()), status));
  }
  if (U_FAILURE(status)) made.reset();
  return cache.emplace(key, std::move(made)).first->second.get();
}

template <typename Visit>
void each_boundary(BreakKind kind, std::string_view text, std::string_view language, Visit visit) {
  icu::BreakIterator* proto = prototype(kind, language);
  if (!proto || text.empty()) return;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iter(proto->clone());
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return;
  iter->setText(ut, status);
  if (U_SUCCESS(status)) {
    int32_t start = iter->first();
    for (int32_t end = iter->next(); end != icu::BreakIterator::DONE; start = end, end = iter->next())
      visit(static_cast<std::size_t>(start), static_cast<std::size_t>(end), iter->getRuleStatus());
  }
  utext_close(ut);
}

// Writes U+FFFD for every bad sequence, as the Encoding Standard's decoders (and TextDecoder)
// do; ICU's default substitutes U+001A for a single bad byte in some tables.
void substitute_replacement_character(const void*, UConverterToUnicodeArgs* args, const char*, int32_t,
                                      UConverterCallbackReason reason, UErrorCode* status) {
  if (reason > UCNV_IRREGULAR) return;  // Reset, close, clone: nothing to write.
  static constexpr UChar kReplacement = 0xFFFD;
  *status = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, status);
}

}  // namespace

bool convert_to_utf8(std::string_view bytes, std::string_view encoding, std::string& out) {
  if constexpr (!kHasConverters) return false;
  std::string name(encoding);
  for (auto [whatwg, icu] : kIcuConverterNames)
    if (encoding == whatwg) name = icu;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> converter(ucnv_open(name.c_str(), &status), ucnv_close);
  if (U_FAILURE(status) || !converter) return false;  // No such table in this build's ICU data.
  ucnv_setToUCallBack(converter.get(), substitute_replacement_character, nullptr, nullptr, nullptr, &status);
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), converter.get(), status);
  if (U_FAILURE(status)) return false;
  out.clear();
  text.toUTF8String(out);
  return true;
}

std::vector<Range> sentences(std::string_view text, std::string_view language) {
  std::vector<Range> out;
  each_boundary(BreakKind::kSentence, text, language, [&](std::size_t start, std::size_t end, int32_t) {
    // The iterator attaches trailing spaces to the sentence.
    Range r = trim_space(text, {start, end});
    if (r.end > r.start) out.push_back(r);
  });
  return out;
}

std::vector<Range> words(std::string_view text, std::string_view language) {
  std::vector<Range> out;
  each_boundary(BreakKind::kWord, text, language, [&](std::size_t start, std::size_t end, int32_t status) {
    if (status != UBRK_WORD_NONE) out.push_back({start, end});
  });
  return out;
}

std::string fold(std::string_view text) {
  // ASCII folds to its lower case: no need for ICU (most words of Latin-script pages).
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return ascii_lower(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::string out;
  if (U_FAILURE(status)) {
    in.foldCase().toUTF8String(out);
    return out;
  }
  icu::UnicodeString folded = nfkc_cf->normalize(in, status);
  if (U_FAILURE(status)) folded = in.foldCase();
  folded.toUTF8String(out);
  return out;
}

char32_t next_code_point(std::string_view text, std::size_t& i) {
  UChar32 c = 0;
  int32_t pos = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), pos, static_cast<int32_t>(text.size()), c);
  i = static_cast<std::size_t>(pos);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

void append_utf8(std::string& out, char32_t c) {
  char buf[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, static_cast<UChar32>(c), error);
  if (error) return append_utf8(out, U'\uFFFD');
  out.append(buf, static_cast<std::size_t>(n));
}

bool is_valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    UChar32 c = 0;
    int32_t pos = static_cast<int32_t>(i);
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), pos, static_cast<int32_t>(text.size()), c);
    if (c < 0) return false;
    i = static_cast<std::size_t>(pos);
  }
  return true;
}

bool is_upper(char32_t c) { return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c)); }
bool is_lower(char32_t c) { return u_islower(static_cast<UChar32>(c)); }
bool is_letter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }
bool is_digit(char32_t c) { return u_isdigit(static_cast<UChar32>(c)); }
bool is_space(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)) || c == U'\u200B' || c == U'\uFEFF'; }
bool is_punctuation(char32_t c) { return u_ispunct(static_cast<UChar32>(c)); }

bool is_rtl_letter(char32_t c) {
  auto d = u_charDirection(static_cast<UChar32>(c));
  return d == U_RIGHT_TO_LEFT || d == U_RIGHT_TO_LEFT_ARABIC;
}

bool is_unspaced_script_letter(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(static_cast<UChar32>(c), &status)) {
    case USCRIPT_HAN: case USCRIPT_HIRAGANA: case USCRIPT_KATAKANA: case USCRIPT_THAI:
    case USCRIPT_LAO: case USCRIPT_KHMER: case USCRIPT_MYANMAR:
      return true;
    default:
      return false;
  }
}

bool starts_upper(std::string_view word) {
  for (std::size_t i = 0; i < word.size();) {
    char32_t c = next_code_point(word, i);
    if (is_letter(c)) return is_upper(c);
  }
  return false;
}

bool is_all_upper(std::string_view word) {
  bool letters = false;
  for (std::size_t i = 0; i < word.size();) {
    char32_t c = next_code_point(word, i);
    if (is_lower(c)) return false;
    letters = letters || is_letter(c);
  }
  return letters;
}

std::string to_title(std::string_view word, std::string_view language) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  icu::Locale locale(std::string(language).c_str());
  s.toLower(locale);
  // Upper-case each letter that follows a non-letter ("JEAN-PIERRE" -> "Jean-Pierre").
  bool after_letter = false;
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
    UChar32 c = s.char32At(i);
    if (u_isalpha(c) && !after_letter) {
      icu::UnicodeString upper(c);
      upper.toUpper(locale);
      s.replace(i, U16_LENGTH(c), upper);
    }
    after_letter = u_isalpha(c) || c == '\'' || c == 0x2019;
  }
  std::string out;
  s.toUTF8String(out);
  return out;
}

Range trim_space(std::string_view text, Range r) {
  while (r.start < r.end) {
    std::size_t next = r.start;
    if (!is_space(next_code_point(text, next))) break;
    r.start = next;
  }
  while (r.end > r.start) {
    std::size_t last = r.end - 1;
    while (last > r.start && (static_cast<unsigned char>(text[last]) & 0xC0) == 0x80) --last;
    std::size_t probe = last;
    if (!is_space(next_code_point(text, probe))) break;
    r.end = last;
  }
  return r;
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return out;
}

std::string collapse_space(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {  // ASCII needs no decoding: most of the text of most pages.
      ++i;
      if (byte == ' ' || (byte >= '\t' && byte <= '\r')) {
        pending_space = !out.empty();
        continue;
      }
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.push_back(static_cast<char>(byte));
      continue;
    }
    std::size_t start = i;
    char32_t c = next_code_point(text, i);
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    if (c == U'\uFFFD' && i - start == 1) append_utf8(out, c);
    else out.append(text.substr(start, i - start));
  }
  return out;
}

std::size_t length(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++n) next_code_point(text, i);
  return n;
}

}  // namespace article_analyzer::unicode
