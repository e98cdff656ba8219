#include "text/language_detect.h"

#include <algorithm>
#include <unordered_map>

#include "lang/language.h"
#include "text/unicode.h"

namespace article_analyzer {
namespace {

// Enough words to decide; beyond this the answer does not change, only the cost. Scripts are
// counted over as many letters as those words hold, words read from as many bytes.
constexpr std::size_t kMaxWordsRead = 2000;
constexpr std::size_t kMaxLettersRead = kMaxWordsRead * 5;
constexpr std::size_t kMaxBytesRead = kMaxWordsRead * 8;
// Japanese mixes kana with Han: a kana share of the letters above this makes it Japanese.
constexpr double kMinKanaShare = 0.05;
// An elided article before an apostrophe has at most this many bytes ("l'", "qu'"): the word
// counts as its article, whatever the language.
constexpr std::size_t kMaxElisionBytes = 3;
// A language needs this share of its function words among all words to be chosen.
constexpr double kMinStopwordShare = 0.05;
// Letters of one script beyond this share name the language outright.
constexpr double kScriptShare = 0.3;

struct ScriptGuess {
  char32_t first, last;
  std::string_view language;
};
// Scripts that identify a language well enough without word lists.
constexpr ScriptGuess kScripts[] = {
    {0x3040, 0x30FF, "ja"}, {0x4E00, 0x9FFF, "zh"}, {0xAC00, 0xD7AF, "ko"}, {0x0590, 0x05FF, "he"},
    {0x0600, 0x06FF, "ar"}, {0x0400, 0x04FF, "ru"}, {0x0370, 0x03FF, "el"}, {0x0E00, 0x0E7F, "th"}};

}  // namespace

std::string detect_language(std::string_view text) {
  std::unordered_map<std::string_view, std::size_t> script_letters;
  std::size_t letters = 0;
  for (std::size_t i = 0; i < text.size() && letters < kMaxLettersRead;) {
    char32_t c = unicode::next_code_point(text, i);
    if (!unicode::is_letter(c)) continue;
    ++letters;
    for (const auto& s : kScripts)
      if (c >= s.first && c <= s.last) ++script_letters[s.language];
  }
  if (letters == 0) return "und";
  if (static_cast<double>(script_letters["ja"]) > kMinKanaShare * static_cast<double>(letters)) return "ja";
  for (const auto& s : kScripts)
    if (static_cast<double>(script_letters[s.language]) > kScriptShare * static_cast<double>(letters))
      return std::string(s.language);

  std::unordered_map<std::string_view, std::size_t> hits;
  std::size_t words = 0;
  for (auto r : unicode::words(text.substr(0, std::min(text.size(), kMaxBytesRead)), "")) {
    std::string w = unicode::fold(text.substr(r.start, r.end - r.start));
    // Elisions ("l'état", "d'un") count as their article.
    std::size_t apostrophe = w.find('\'');
    if (apostrophe == std::string::npos) apostrophe = w.find("’");
    if (apostrophe != std::string::npos && apostrophe <= kMaxElisionBytes) w.resize(apostrophe);
    ++words;
    for (const auto* data : lang::all())
      for (auto stop : data->stopwords)
        if (w == stop) ++hits[data->code];
    if (words >= kMaxWordsRead) break;
  }
  std::string_view best = "und";
  std::size_t best_hits = 0;
  for (const auto* data : lang::all())
    if (hits[data->code] > best_hits) best = data->code, best_hits = hits[data->code];
  if (words == 0 || static_cast<double>(best_hits) < kMinStopwordShare * static_cast<double>(words)) return "und";
  return std::string(best);
}

}  // namespace article_analyzer
