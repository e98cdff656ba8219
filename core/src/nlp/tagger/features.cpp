// The tagger's features. Each is a template (the Template table below) filled with strings of
// the word and its context, hashed to a stable 32-bit key: the model stores weights by key, so
// nothing here but the templates' meaning needs to stay fixed between training and inference.
// The pipeline, per document: normalize and fold every word; note the document's spelling of
// each form (lower case somewhere? capitalized mid-sentence somewhere?) and each sentence's case
// (title case, all caps); match the gazetteer; then emit each word's static features.
#include <algorithm>
#include <array>
#include <unordered_set>

#include "lang/lexicon.h"
#include "nlp/tagger/tagger.h"
#include "text/unicode.h"

namespace article_analyzer::nlp::tagger {
namespace {

// A sentence is in title case when at least this share of its words with letters (the first
// apart), and at least kMinCaseWords of them, are capitalized; in upper case when this share of
// its letters are capitals. Headlines and credits are written so; their capitals say less.
constexpr double kTitleCaseShare = 0.8;
constexpr double kUpperCaseShare = 0.9;
constexpr std::size_t kMinCaseWords = 3;
// Affixes of the folded word, in code points: suffixes carry morphology ("-ov", "-isme").
constexpr std::size_t kMaxPrefix = 3;
constexpr std::size_t kMaxSuffix = 4;
// Room for a word's static features, shared copies apart (one allocation a word).
constexpr std::size_t kTypicalFeatures = 40;
// A shape keeps at most this many repeats of one character class ("Xxxxx" -> "Xxxx").
constexpr std::size_t kMaxShapeRun = 3;

// The feature templates. Their numbers are part of the model format: append, never renumber.
enum class Template : std::uint8_t {
  kBias, kLanguageShape,
  kWord, kWordPrev, kWordNext, kWordPrev2, kWordNext2, kBigramPrev, kBigramNext, kSurface,
  kShape, kShort, kShortPrev, kShortNext, kShortPrevCur, kShortCurNext, kShortTrigram,
  kPrefix, kSuffix, kLength, kInitialShort,
  kSentenceCaseShort, kLowerElsewhere, kCapitalizedElsewhere, kFunctionWord,
  kGazetteer, kGazetteerCap, kGazetteerPrev, kGazetteerNext,
  kPrevLabel, kPrevLabels, kPrevLabelWord, kSameWordLabel, kSameWordKind,
  kGazetteerPhrase,  ///< Not a feature: the key of a gazetteer phrase.
  kLanguageSalt,     ///< Not a feature: a feature's key for one language.
};

constexpr std::uint64_t kFnvOffset = 1469598103934665603ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

/// A feature key being built: FNV-1a over the template number and its fields.
class Key {
 public:
  explicit Key(Template t) { mix(static_cast<std::uint8_t>(t)); }
  Key& add(std::string_view field) {
    mix(0x1f);
    for (char c : field) mix(static_cast<std::uint8_t>(c));
    return *this;
  }
  Key& add(std::uint32_t value) {
    mix(0x1e);
    for (int b = 0; b < 4; ++b) mix(static_cast<std::uint8_t>(value >> (8 * b)));
    return *this;
  }
  std::uint32_t done() const { return static_cast<std::uint32_t>(h_ ^ (h_ >> 32)); }

 private:
  void mix(std::uint8_t byte) { h_ = (h_ ^ byte) * kFnvPrime; }
  std::uint64_t h_ = kFnvOffset;
};

// Typographic variants read as the ASCII the training sets mostly use.
std::string normalize(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size();) {
    char32_t c = unicode::next_code_point(word, i);
    switch (c) {
      case U'\u2018': case U'\u2019': case U'\u02BC': c = U'\''; break;
      case U'\u201C': case U'\u201D': case U'\u00AB': case U'\u00BB': case U'\u201E': c = U'"'; break;
      case U'\u2013': case U'\u2014': case U'\u2011': c = U'-'; break;
      case U'\u00A0': case U'\u202F': c = U' '; break;
      default: break;
    }
    unicode::append_utf8(out, c);
  }
  return out;
}

// Digits as 0: "1996" and "2024" are one form.
std::string digits_as_zero(std::string folded) {
  for (char& c : folded)
    if (c >= '1' && c <= '9') c = '0';
  return folded;
}

std::string shape(std::string_view word, bool short_form) {
  std::string out;
  char last = 0;
  std::size_t run = 0;
  for (std::size_t i = 0; i < word.size();) {
    char32_t c = unicode::next_code_point(word, i);
    char k = unicode::is_upper(c) ? 'X' : unicode::is_lower(c) ? 'x' : unicode::is_digit(c) ? 'd'
             : c < 0x80 ? static_cast<char>(c) : unicode::is_letter(c) ? 'x' : 'o';
    run = k == last ? run + 1 : 1;
    last = k;
    if (run > (short_form ? 1 : kMaxShapeRun)) continue;
    out.push_back(k);
  }
  return out;
}

// The byte offset of each code point of `word`, and its size last.
void code_point_starts(std::string_view word, std::vector<std::size_t>& starts) {
  starts.clear();
  for (std::size_t i = 0; i < word.size();) {
    starts.push_back(i);
    unicode::next_code_point(word, i);
  }
  starts.push_back(word.size());
}

std::string_view length_bucket(std::size_t letters) {
  static constexpr std::string_view kBuckets[] = {"0", "1", "2", "3", "4", "5-6", "5-6", "7-9", "7-9", "7-9"};
  return letters < std::size(kBuckets) ? kBuckets[letters] : "10+";
}

bool has_letter(std::string_view word) {
  for (std::size_t i = 0; i < word.size();)
    if (unicode::is_letter(unicode::next_code_point(word, i))) return true;
  return false;
}

enum class SentenceCase { kNormal, kTitle, kUpper };
std::string_view to_string(SentenceCase c) { return c == SentenceCase::kTitle ? "title" : c == SentenceCase::kUpper ? "upper" : "normal"; }

SentenceCase sentence_case(const std::vector<std::string>& words) {
  std::size_t letters = 0, upper = 0, lettered = 0, capitalized = 0;
  for (std::size_t w = 0; w < words.size(); ++w) {
    const std::string& word = words[w];
    if (!has_letter(word)) continue;
    if (w > 0) ++lettered, capitalized += unicode::starts_upper(word);
    for (std::size_t i = 0; i < word.size();) {
      char32_t c = unicode::next_code_point(word, i);
      letters += unicode::is_letter(c);
      upper += unicode::is_upper(c);
    }
  }
  if (lettered + 1 >= kMinCaseWords && static_cast<double>(upper) >= kUpperCaseShare * static_cast<double>(letters))
    return SentenceCase::kUpper;
  if (lettered >= kMinCaseWords && static_cast<double>(capitalized) >= kTitleCaseShare * static_cast<double>(lettered))
    return SentenceCase::kTitle;
  return SentenceCase::kNormal;
}

// The gazetteer's longest match of each class covering each word: its BILOU position.
using GazetteerPositions = std::vector<std::array<Position, kGazetteerClasses>>;
GazetteerPositions match_gazetteer(const std::vector<std::string>& folded, const Gazetteer& gazetteer) {
  GazetteerPositions positions(folded.size());
  std::vector<std::array<std::size_t, kGazetteerClasses>> lengths(folded.size());
  for (auto& p : positions) p.fill(Position::kOutside);
  for (auto& l : lengths) l.fill(0);
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (!has_letter(folded[i])) continue;
    std::string phrase;
    for (std::size_t n = 1; n <= kMaxGazetteerWords && i + n <= folded.size(); ++n) {
      if (n > 1) phrase += ' ';
      phrase += folded[i + n - 1];
      GazetteerMask mask = gazetteer.classes_of(phrase);
      for (std::size_t c = 0; c < kGazetteerClasses; ++c) {
        if (!(mask & (1u << c))) continue;
        for (std::size_t k = i; k < i + n; ++k) {
          if (lengths[k][c] >= n) continue;
          lengths[k][c] = n;
          positions[k][c] = n == 1 ? Position::kUnit : k == i ? Position::kBegin : k + 1 == i + n ? Position::kLast : Position::kInside;
        }
      }
    }
  }
  return positions;
}

constexpr std::string_view kPositionNames[] = {"O", "B", "I", "L", "U"};

}  // namespace

std::uint32_t phrase_key(std::string_view folded_phrase) { return Key(Template::kGazetteerPhrase).add(folded_phrase).done(); }

std::uint32_t language_salt(std::string_view language) { return Key(Template::kLanguageSalt).add(language).done(); }

void DocumentFeatures::share(std::vector<std::uint32_t>& keys, std::size_t from) const {
  if (sharing == Sharing::kShared) return;
  std::size_t end = keys.size();
  for (std::size_t i = from; i < end; ++i) {
    std::uint32_t salted = keys[i] ^ language;
    if (sharing == Sharing::kPerLanguage) keys[i] = salted;
    else keys.push_back(salted);
  }
}

DocumentFeatures document_features(const Document& doc, const Gazetteer& gazetteer, Sharing sharing) {
  std::vector<std::size_t> starts;
  const lang::Lexicon& words_of_language = lang::lexicon(doc.language);
  // Per sentence: normalized and folded words, and the sentence's case.
  std::vector<std::vector<std::string>> normal(doc.sentences.size()), folded(doc.sentences.size());
  std::vector<SentenceCase> cases(doc.sentences.size());
  std::unordered_set<std::string> lower_somewhere, capitalized_somewhere;
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    for (const auto& w : doc.sentences[s].words) {
      normal[s].push_back(normalize(w));
      folded[s].push_back(unicode::fold(normal[s].back()));
    }
    cases[s] = sentence_case(normal[s]);
    for (std::size_t i = 0; i < normal[s].size(); ++i) {
      if (!has_letter(normal[s][i])) continue;
      if (!unicode::starts_upper(normal[s][i])) lower_somewhere.insert(folded[s][i]);
      else if (i > 0 && cases[s] == SentenceCase::kNormal) capitalized_somewhere.insert(folded[s][i]);
    }
  }
  DocumentFeatures out;
  out.sharing = sharing;
  out.language = language_salt(doc.language);
  out.words.resize(doc.sentences.size());
  out.forms.resize(doc.sentences.size());
  out.capitalized.resize(doc.sentences.size());
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const auto& norm = normal[s];
    const std::size_t n = norm.size();
    std::vector<std::string> forms(n), shapes(n), shorts(n);
    for (std::size_t i = 0; i < n; ++i) {
      forms[i] = digits_as_zero(folded[s][i]);
      shapes[i] = shape(norm[i], false);
      shorts[i] = shape(norm[i], true);
    }
    auto form = [&](std::ptrdiff_t i) -> std::string_view {
      if (i < 0) return "<s>";
      if (i >= static_cast<std::ptrdiff_t>(n)) return "</s>";
      return forms[i];
    };
    auto short_at = [&](std::ptrdiff_t i) -> std::string_view {
      if (i < 0) return "<s>";
      if (i >= static_cast<std::ptrdiff_t>(n)) return "</s>";
      return shorts[i];
    };
    GazetteerPositions gaz = match_gazetteer(folded[s], gazetteer);
    std::string_view sentence_case_name = to_string(cases[s]);
    out.words[s].resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      auto& f = out.words[s][i];
      f.reserve(kTypicalFeatures);
      const auto at = static_cast<std::ptrdiff_t>(i);
      const std::string& fold0 = folded[s][i];
      f.push_back(Key(Template::kBias).done());
      f.push_back(Key(Template::kLanguageShape).add(doc.language).add(shorts[i]).done());
      f.push_back(Key(Template::kWord).add(form(at)).done());
      f.push_back(Key(Template::kWordPrev).add(form(at - 1)).done());
      f.push_back(Key(Template::kWordNext).add(form(at + 1)).done());
      f.push_back(Key(Template::kWordPrev2).add(form(at - 2)).done());
      f.push_back(Key(Template::kWordNext2).add(form(at + 2)).done());
      f.push_back(Key(Template::kBigramPrev).add(form(at - 1)).add(form(at)).done());
      f.push_back(Key(Template::kBigramNext).add(form(at)).add(form(at + 1)).done());
      f.push_back(Key(Template::kSurface).add(norm[i]).done());
      f.push_back(Key(Template::kShape).add(shapes[i]).done());
      f.push_back(Key(Template::kShort).add(shorts[i]).done());
      f.push_back(Key(Template::kShortPrev).add(short_at(at - 1)).done());
      f.push_back(Key(Template::kShortNext).add(short_at(at + 1)).done());
      f.push_back(Key(Template::kShortPrevCur).add(short_at(at - 1)).add(shorts[i]).done());
      f.push_back(Key(Template::kShortCurNext).add(shorts[i]).add(short_at(at + 1)).done());
      f.push_back(Key(Template::kShortTrigram).add(short_at(at - 1)).add(shorts[i]).add(short_at(at + 1)).done());
      code_point_starts(fold0, starts);
      const std::size_t letters_in_word = starts.size() - 1;
      for (std::size_t k = 1; k <= std::min(kMaxPrefix, letters_in_word); ++k)
        f.push_back(Key(Template::kPrefix).add(std::string_view(fold0).substr(0, starts[k])).done());
      for (std::size_t k = 1; k <= std::min(kMaxSuffix, letters_in_word); ++k)
        f.push_back(Key(Template::kSuffix).add(std::string_view(fold0).substr(starts[letters_in_word - k])).done());
      f.push_back(Key(Template::kLength).add(length_bucket(letters_in_word)).done());
      if (i == 0) f.push_back(Key(Template::kInitialShort).add(shorts[i]).done());
      f.push_back(Key(Template::kSentenceCaseShort).add(sentence_case_name).add(shorts[i]).done());
      bool letters = has_letter(norm[i]);
      if (letters && lower_somewhere.count(fold0))
        f.push_back(Key(Template::kLowerElsewhere).add(shorts[i]).add(sentence_case_name).done());
      if (letters && capitalized_somewhere.count(fold0))
        f.push_back(Key(Template::kCapitalizedElsewhere).add(shorts[i]).add(i == 0 ? "initial" : sentence_case_name).done());
      if (words_of_language.function_words.count(fold0))
        f.push_back(Key(Template::kFunctionWord).add(shorts[i]).done());
      bool cap = unicode::starts_upper(norm[i]);
      for (std::size_t c = 0; c < kGazetteerClasses; ++c) {
        auto cls = static_cast<std::uint32_t>(c);
        if (gaz[i][c] != Position::kOutside) {
          f.push_back(Key(Template::kGazetteer).add(cls).add(kPositionNames[static_cast<int>(gaz[i][c])]).done());
          f.push_back(Key(Template::kGazetteerCap).add(cls).add(cap ? "cap" : "low").done());
        }
        if (i > 0 && gaz[i - 1][c] != Position::kOutside) f.push_back(Key(Template::kGazetteerPrev).add(cls).done());
        if (i + 1 < n && gaz[i + 1][c] != Position::kOutside) f.push_back(Key(Template::kGazetteerNext).add(cls).done());
      }
      out.share(f, 0);
      out.forms[s].push_back(Key(Template::kWord).add(fold0).done());
      out.capitalized[s].push_back(letters && cap);
    }
  }
  return out;
}

void label_history_features(const History& h, bool capitalized, std::vector<std::uint32_t>& out) {
  out.push_back(Key(Template::kPrevLabel).add(h.previous).done());
  out.push_back(Key(Template::kPrevLabels).add(h.before_previous).add(h.previous).done());
  if (h.same_word) {
    std::uint32_t kind = *h.same_word == kOutside ? kKinds : static_cast<std::uint32_t>(kind_of(*h.same_word));
    out.push_back(Key(Template::kSameWordLabel).add(*h.same_word).add(capitalized ? "cap" : "low").done());
    out.push_back(Key(Template::kSameWordKind).add(kind).add(h.previous).done());
  }
}

void word_history_features(const History& h, std::uint32_t form, std::vector<std::uint32_t>& out) {
  out.push_back(Key(Template::kPrevLabelWord).add(h.previous).add(form).done());
}

void history_features(const History& h, std::uint32_t form, bool capitalized, std::vector<std::uint32_t>& out) {
  label_history_features(h, capitalized, out);
  word_history_features(h, form, out);
}

}  // namespace article_analyzer::nlp::tagger
