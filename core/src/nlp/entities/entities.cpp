// Named entity mentions: persons, organizations and places from the trained tagger (tagger/,
// model in models/ner.bin); dates by rule, where rules are better: calendar patterns from CLDR
// month and weekday names. The coref stage then groups them. The pipeline: find_dates finds the
// calendar expressions of each sentence; tagger_words cuts each sentence into the words the
// tagger was trained on (punctuation apart, "'s" apart, "U.S." whole); the tagger labels them,
// a block of sentences at a time; SpanRepair mends each span (its ends, a name from another
// language, a leading article, the type of a known name); NameMemory takes a second look at the
// words left out; a preceding honorific ("M.", "Mr.") is in the mention but not in the name;
// dates win over the names they overlap.
#include "nlp/entities/entities.h"

#include <algorithm>
#include <optional>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "lang/lexicon.h"
#include "nlp/tagger/tagger.h"
#include "text/unicode.h"

namespace article_analyzer {
namespace {

// Calendars: the page's language, and English, which pages of every language quote ("May 3").
constexpr std::string_view kSecondCalendar = "en";
// Abbreviated months have at least this many letters ("Aug.", "Sept.", "janv.").
constexpr std::size_t kMinMonthAbbreviation = 3;
// Four-digit numbers in this range, written alone, are years.
constexpr int kMinBareYear = 1800;
constexpr int kMaxBareYear = 2099;
// A known place or organization the tagger missed is looked up over at most this many words.
constexpr std::size_t kMaxKnownNameWords = 4;
// The tagger reads blocks of whole sentences of about this many words (see name_candidates).
constexpr std::size_t kMaxBlockWords = 20000;
// The English possessive is a word of its own for the tagger, as in its training sets.
constexpr std::string_view kPossessives[] = {"'s", "\u2019s"};

using Candidate = nlp::NameCandidate;
using nlp::tagger::Kind;

// Whether [start, end) overlaps one of the dates (in text order).
bool overlaps_date(std::span<const Candidate> dates, std::size_t start, std::size_t end) {
  auto after = std::lower_bound(dates.begin(), dates.end(), end, [](const Candidate& d, std::size_t e) { return d.start < e; });
  return after != dates.begin() && std::prev(after)->end > start;
}

// The type of a name that is all of a known place or organization ("Washington", "Kremlin").
std::optional<EntityType> known_type(const lang::NameGazetteer& known, const std::string& folded) {
  if (known.places.count(folded)) return EntityType::kLocation;
  if (known.organizations.count(folded)) return EntityType::kOrganization;
  return std::nullopt;
}

// The tagger's words of one sentence, as byte ranges of the text: the text model's words,
// the punctuation between them one mark at a time (a run of one mark, "...", whole), the
// possessive apart, and a full stop kept on an abbreviation ("U.S.", "J.", "Mr.").
std::vector<Token> tagger_words(const TextModel& m, const Sentence& s, const lang::Lexicon& words) {
  std::vector<Token> out;
  auto punctuation = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to;) {
      std::size_t start = i;
      char32_t c = unicode::next_code_point(m.text, i);
      if (unicode::is_space(c)) continue;
      std::size_t end = i;
      for (std::size_t j = i; j < to;) {
        if (unicode::next_code_point(m.text, j) != c) break;
        end = i = j;
      }
      out.push_back({start, end});
    }
  };
  std::size_t at = s.start;
  for (const Token& t : s.tokens) {
    punctuation(at, t.start);
    std::string_view word = m.slice(t);
    Token w = t;
    Token possessive{0, 0};
    for (std::string_view p : kPossessives)
      if (word.size() > p.size() && word.ends_with(p)) {
        w.end -= p.size();
        possessive = {w.end, t.end};
        break;
      }
    if (!possessive.end && m.text.substr(w.end, 1) == ".") {
      std::string_view bare = m.slice(w);
      bool abbreviation = bare.find('.') != std::string_view::npos || unicode::length(bare) == 1 ||
                          words.honorifics.count(std::string(bare) + ".");
      if (abbreviation) ++w.end;
    }
    out.push_back(w);
    if (possessive.end) out.push_back(possessive);
    at = w.end > t.end ? w.end : t.end;
  }
  punctuation(at, s.end);
  return out;
}

// What the tagger's spans become, checked word by word against the text.
class SpanRepair {
 public:
  SpanRepair(const TextModel& m, const lang::Lexicon& words, const std::vector<Token>& w, std::span<const Candidate> dates)
      : m_(m), words_(words), w_(w), dates_(dates), known_(lang::names_of_any_language()) {}

  // A span ends on a word of the name: not on a function word written in lower case ("Front
  // de") nor on a mark; a bracket ends it too ("Allianz Riviera (Nice)").
  void trim_end(nlp::tagger::Span& span) const {
    for (std::size_t k = span.first + 1; k <= span.last; ++k)
      if (m_.slice(w_[k]).find_first_of("([{") != std::string_view::npos) span.last = k - 1;
    while (span.last > span.first && !closes_name(span.last)) --span.last;
  }
  bool closes_name(std::size_t k) const {
    std::string_view x = m_.slice(w_[k]);
    std::size_t at = 0;
    char32_t c = unicode::next_code_point(x, at);
    return (unicode::is_letter(c) || unicode::is_digit(c)) && !(unicode::is_lower(c) && words_.function_words.count(unicode::fold(x)));
  }

  // A person's name takes in the capitalized words the tagger left out beside it, one space
  // away, mid-sentence: names from other languages whose parts are words here ("Kim Jong Un",
  // "Choe Son Hui" in French). Not an honorific, an acronym, a date or a word of another span.
  void extend_person(nlp::tagger::Span& span, std::span<const nlp::tagger::Label> labels) const {
    if (span.kind != Kind::kPerson) return;
    while (span.last + 1 < w_.size() && continues_name(span.last + 1, labels) && spaced(span.last, span.last + 1)) ++span.last;
    while (span.first > 1 && continues_name(span.first - 1, labels) && spaced(span.first - 1, span.first)) --span.first;
  }

  // A capitalized function word before a name, mid-sentence, is the name's ("Le Monde", "Les
  // Echos", "The Hague", "The Associated Press"): in running text articles are lower case.
  void take_article(nlp::tagger::Span& span, std::span<const nlp::tagger::Label> labels) const {
    std::size_t k = span.first - 1;
    if (span.first < 2 || labels[k] != nlp::tagger::kOutside || !spaced(k, span.first)) return;
    std::string_view x = m_.slice(w_[k]), before = m_.slice(w_[k - 1]);
    std::size_t at = 0;
    char32_t c = unicode::next_code_point(before, at);
    if (!unicode::starts_upper(x) || unicode::is_all_upper(x) || !words_.function_words.count(unicode::fold(x))) return;
    if (unicode::is_letter(c) || unicode::is_digit(c)) span.first = k;  // Not after a mark that may open a sentence.
  }

  // A known name's type, else the tagger's; but an organization the tagger reads stays one: teams,
  // clubs and firms are named after their places ("Nice beat Marseille", "NEW YORK 5 Chicago 3").
  EntityType type_of(const nlp::tagger::Span& span) const {
    std::string_view text = m_.text.substr(w_[span.first].start, w_[span.last].end - w_[span.first].start);
    if (auto type = known_type(known_, unicode::fold(text)); type && span.kind != Kind::kOrganization) return *type;
    return span.kind == Kind::kPerson ? EntityType::kPerson
           : span.kind == Kind::kOrganization ? EntityType::kOrganization : EntityType::kLocation;
  }

 private:
  bool continues_name(std::size_t k, std::span<const nlp::tagger::Label> labels) const {
    if (k == 0 || labels[k] != nlp::tagger::kOutside) return false;
    std::string_view x = m_.slice(w_[k]);
    if (!unicode::starts_upper(x) || unicode::is_all_upper(x) || words_.honorifics.count(std::string(x))) return false;
    return !overlaps_date(dates_, w_[k].start, w_[k].end);
  }
  bool spaced(std::size_t a, std::size_t b) const {
    std::string_view gap = m_.text.substr(w_[a].end, w_[b].start - w_[a].end);
    return gap == " " || gap == "\u00a0";
  }

  const TextModel& m_;
  const lang::Lexicon& words_;
  const std::vector<Token>& w_;
  std::span<const Candidate> dates_;
  const lang::NameGazetteer& known_;
};

// The second look at the document: a word the tagger left out where it is written as a name
// it tagged elsewhere ("Griezmann a multiplié les caviars" before "Antoine Griezmann"): a
// one-word name of the document, or the family name of a person's full name. Not where the
// document also writes the word in lower case ("Un" of "Kim Jong Un"), nor a function word.
class NameMemory {
 public:
  NameMemory(const TextModel& m, const lang::Lexicon& words) : m_(m), words_(words) {}

  void learn(const Candidate& c, const std::vector<Token>& w, const nlp::tagger::Span& span) {
    if (span.first == span.last) forms_.emplace(unicode::fold(m_.slice(w[span.first])), c.type);
    else if (c.type == EntityType::kPerson) family_names_.insert(unicode::fold(m_.slice(w[span.last])));
  }
  void saw_lower_case(std::string_view word) {
    std::size_t at = 0;
    if (unicode::is_lower(unicode::next_code_point(word, at))) lower_case_.insert(unicode::fold(word));
  }
  /// Whether a word (and its folded form) may begin a name: capitalized, and neither written in
  /// lower case in the document nor a function word or an honorific.
  bool may_name(std::string_view word, const std::string& folded) const {
    return !lower_case_.count(folded) && !words_.function_words.count(folded) && !words_.honorifics.count(std::string(word));
  }
  /// The type of the name a word that may_name() is written as elsewhere, if any.
  std::optional<EntityType> recall(const std::string& folded) const {
    if (family_names_.count(folded)) return EntityType::kPerson;
    if (auto it = forms_.find(folded); it != forms_.end()) return it->second;
    return std::nullopt;
  }

 private:
  const TextModel& m_;
  const lang::Lexicon& words_;
  std::unordered_map<std::string, EntityType> forms_;  // The first type a one-word name got.
  std::unordered_set<std::string> family_names_, lower_case_;
};

// Byte ranges of the text, merged where they overlap, in order.
class Ranges {
 public:
  void add(std::size_t start, std::size_t end) { ranges_.push_back({start, end}); }
  void merge() {
    std::sort(ranges_.begin(), ranges_.end());
    std::vector<std::pair<std::size_t, std::size_t>> merged;
    for (const auto& r : ranges_)
      if (!merged.empty() && r.first <= merged.back().second) merged.back().second = std::max(merged.back().second, r.second);
      else merged.push_back(r);
    ranges_ = std::move(merged);
  }
  /// Whether [start, end) overlaps a range (after merge()).
  bool overlaps(std::size_t start, std::size_t end) const {
    auto after = std::lower_bound(ranges_.begin(), ranges_.end(), std::pair{end, std::size_t{0}});
    return after != ranges_.begin() && std::prev(after)->second > start;
  }

 private:
  std::vector<std::pair<std::size_t, std::size_t>> ranges_;
};

// The tagger's persons, organizations and places as mentions; MISC is not shown. The tagger
// reads the text in blocks of whole sentences: its document features (how a word is written
// elsewhere, the label it got before) span one block. An article is one block; a huge input is
// read in bounded memory.
void name_candidates(const TextModel& m, const lang::Lexicon& words, std::span<const Candidate> dates,
                     std::vector<Candidate>& names) {
  NameMemory memory(m, words);
  Ranges tagged;  // Every span of the tagger, MISC included, and the repaired ones.
  auto make = [&](const std::vector<Token>& w, const nlp::tagger::Span& span, EntityType type) {
    Candidate c;
    c.name_start = c.start = w[span.first].start;
    c.end = w[span.last].end;
    c.tokens = span.last - span.first + 1;
    c.type = type;
    c.typed = true;
    c.sentence_initial = span.first == 0;
    // "M. Poutine", "Mr. Trump": the honorific is part of the mention, not of the name.
    if (c.type == EntityType::kPerson && span.first > 0 && words.honorifics.count(std::string(m.slice(w[span.first - 1]))))
      c.start = w[span.first - 1].start;
    return c;
  };
  for (std::size_t first = 0; first < m.sentences.size();) {
    nlp::tagger::Document doc{m.language, {}};
    std::vector<std::vector<Token>> block;
    for (std::size_t block_words = 0; first < m.sentences.size() && (block.empty() || block_words < kMaxBlockWords); ++first) {
      block.push_back(tagger_words(m, m.sentences[first], words));
      block_words += block.back().size();
      nlp::tagger::Sentence sentence;
      for (const Token& t : block.back()) {
        sentence.words.emplace_back(m.slice(t));
        memory.saw_lower_case(sentence.words.back());
      }
      doc.sentences.push_back(std::move(sentence));
    }
    auto labels = nlp::tagger::tag(nlp::tagger::shipped_model(), doc);
    for (std::size_t s = 0; s < labels.size(); ++s) {
      const auto& w = block[s];
      SpanRepair repair(m, words, w, dates);
      for (auto span : nlp::tagger::spans_of(labels[s])) {
        tagged.add(w[span.first].start, w[span.last].end);
        if (span.kind == Kind::kMisc) continue;
        repair.trim_end(span);
        if (!repair.closes_name(span.last)) continue;
        repair.extend_person(span, labels[s]);
        repair.take_article(span, labels[s]);
        tagged.add(w[span.first].start, w[span.last].end);
        names.push_back(make(w, span, repair.type_of(span)));
        memory.learn(names.back(), w, span);
      }
    }
  }
  tagged.merge();
  // The words the tagger left out where the document names them elsewhere, or that are all of
  // a known place or organization ("Essonne", "AFP", "Corée du Nord"). The words are cut again
  // rather than kept from the first pass: memory stays bounded by a block.
  std::size_t from_tagger = names.size();
  const lang::NameGazetteer& known = lang::names_of_any_language();
  for (const auto& s : m.sentences) {
    auto w = tagger_words(m, s, words);
    auto free = [&](std::size_t k) {
      return !tagged.overlaps(w[k].start, w[k].end) && !overlaps_date(dates, w[k].start, w[k].end);
    };
    for (std::size_t k = 0; k < w.size(); ++k) {
      std::string_view word = m.slice(w[k]);
      if (!unicode::starts_upper(word) || !free(k)) continue;
      std::string phrase = unicode::fold(word);
      if (!memory.may_name(word, phrase)) continue;
      if (auto type = memory.recall(phrase)) {
        names.push_back(make(w, {k, k, Kind::kPerson}, *type));
        continue;
      }
      // The longest known name from here, its words one space apart, none in a span.
      std::size_t longest = 0;
      std::optional<EntityType> type;
      for (std::size_t n = 1; n <= kMaxKnownNameWords && k + n <= w.size() && free(k + n - 1); ++n) {
        if (n > 1) {
          std::string_view gap = m.text.substr(w[k + n - 2].end, w[k + n - 1].start - w[k + n - 2].end);
          if (gap != " " && gap != "\u00a0") break;
          phrase += ' ';
          phrase += unicode::fold(m.slice(w[k + n - 1]));
        }
        if (auto known_as = known_type(known, phrase)) longest = n, type = known_as;
      }
      if (!type) continue;
      names.push_back(make(w, {k, k + longest - 1, Kind::kLocation}, *type));
      k += longest - 1;
    }
  }
  std::sort(names.begin() + static_cast<std::ptrdiff_t>(from_tagger), names.end(),
            [](const Candidate& a, const Candidate& b) { return a.start < b.start; });
  std::inplace_merge(names.begin(), names.begin() + static_cast<std::ptrdiff_t>(from_tagger), names.end(),
                     [](const Candidate& a, const Candidate& b) { return a.start < b.start; });
}

// Calendar expressions, by rule.
class DateFinder {
 public:
  explicit DateFinder(const nlp::Doc& doc) : m_(doc.text) {
    for (std::string_view code : {std::string_view(m_.language), kSecondCalendar}) {
      auto months = lang::month_names(code);
      for (std::size_t i = 0; i < months.size(); ++i) {
        std::string month = unicode::fold(months[i]);
        months_.insert(month);
        // "Aug.", "Sept.", "janv.": a month's first letters written with a full stop.
        for (std::size_t n = kMinMonthAbbreviation; n < month.size(); ++n) month_abbreviations_.insert(month.substr(0, n));
      }
      for (auto day : lang::weekday_names(code)) weekdays_.insert(unicode::fold(day));
      if (const auto* d = lang::find(code)) {
        for (auto w : d->seasons) seasons_.insert(std::string(w));
        for (auto w : d->day_parts) day_parts_.insert(std::string(w));
        for (auto w : d->ordinal_days) ordinal_days_.insert(std::string(w));
        for (auto w : d->ordinal_suffixes) ordinal_suffixes_.push_back(w);
      }
    }
  }

  void run(std::vector<Candidate>& dates) const {
    for (const auto& s : m_.sentences) find_dates(s, dates);
  }

 private:
  // A year written alone is a date in the news ("in 2019", "2024 was"); within these bounds, a
  // four-digit number is more often a year than a count.
  bool is_bare_year(std::string_view w) const {
    if (!is_year(w)) return false;
    int n = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
    return n >= kMinBareYear && n <= kMaxBareYear;
  }
  // Between the parts of one number ("2 024", "1.999", "2024-25", "2024/2025"): not a year alone.
  static bool is_number_gap(std::string_view gap) { return gap == "." || gap == "," || gap == "\u00a0" || gap == "\u202f" || gap == "-" || gap == "/"; }
  bool is_year(std::string_view w) const {
    return w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
           (w[0] == '1' || w[0] == '2');
  }
  // 1 to 31, or an ordinal day of one of the calendars ("1er", "1st", "16th").
  bool is_day_number(std::string_view w) const {
    if (ordinal_days_.count(std::string(w))) return true;
    std::string_view digits = w;
    for (auto suffix : ordinal_suffixes_)
      if (digits.size() > suffix.size() && digits.ends_with(suffix)) {
        digits.remove_suffix(suffix.size());
        break;
      }
    if (digits.empty() || digits.size() > 2 || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return false;
    int n = 0;
    for (char c : digits) n = n * 10 + (c - '0');
    return n >= 1 && n <= 31;
  }
  // Month names must keep their language's case ("May" is a month, "may" a verb).
  // An abbreviated month: its first letters, then a full stop.
  bool is_month_abbreviation(const Sentence& s, std::size_t i) const {
    return month_abbreviations_.count(s.folded[i]) && m_.text.substr(s.tokens[i].end, 1) == ".";
  }
  bool is_month(const Sentence& s, std::size_t i) const {
    if (!months_.count(s.folded[i]) && !is_month_abbreviation(s, i)) return false;
    return unicode::starts_upper(m_.slice(s.tokens[i])) || m_.language != "en";
  }
  bool is_weekday(const Sentence& s, std::size_t i) const { return weekdays_.count(s.folded[i]) > 0; }

  // Calendar expressions: [weekday] [day] month [year], month year, weekday [day part],
  // season year, preposition + year, and numeric dates (16/01/2024, 2024-01-16).
  void find_dates(const Sentence& s, std::vector<Candidate>& out) const {
    const auto& t = s.tokens;
    for (std::size_t i = 0; i < t.size();) {
      std::size_t j = i;
      std::string_view w = m_.slice(t[i]);
      bool weekday = is_weekday(s, i);
      if (weekday) ++j;
      bool day = j < t.size() && is_day_number(m_.slice(t[j])) && j + 1 < t.size() && is_month(s, j + 1);
      if (day) ++j;
      bool month = j < t.size() && is_month(s, j);
      if (month) ++j;
      // Month first, then the day ("March 3", "Aug. 7, 2024", "September 6th").
      bool day_after = month && !day && j < t.size() && is_day_number(m_.slice(t[j]));
      if (day_after) ++j;
      if ((month || day) && j < t.size() && is_year(m_.slice(t[j]))) ++j;
      if (weekday && !month && j < t.size() && day_parts_.count(s.folded[j])) ++j;
      bool season_year = !weekday && !month && i + 1 < t.size() && seasons_.count(s.folded[i]) &&
                         is_year(m_.slice(t[i + 1]));
      if (season_year) j = i + 2;
      bool bare_year = !weekday && !month && !season_year && is_bare_year(w) &&
                       (i == 0 || !is_number_gap(m_.gap(t[i - 1], t[i]))) &&
                       (i + 1 >= t.size() || !is_number_gap(m_.gap(t[i], t[i + 1])));
      if (bare_year) j = i + 1;
      bool numeric = j == i && numeric_date(s, i, j);
      if (j > i && (weekday || month || season_year || bare_year || numeric)) {
        Candidate c;
        c.start = c.name_start = t[i].start;
        c.end = t[j - 1].end + (is_month_abbreviation(s, j - 1) ? 1 : 0);
        c.type = EntityType::kDate;
        c.typed = true;
        out.push_back(c);
        i = j;
      } else {
        ++i;
      }
    }
  }

  // dd/mm[/yyyy] or yyyy-mm-dd across word tokens separated by "/" or "-".
  bool numeric_date(const Sentence& s, std::size_t i, std::size_t& j) const {
    const auto& t = s.tokens;
    auto digits = [&](std::size_t k, std::size_t lo, std::size_t hi) {
      std::string_view w = m_.slice(t[k]);
      return w.size() >= lo && w.size() <= hi && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    auto number = [&](std::size_t k) {
      int n = 0;
      for (char c : m_.slice(t[k])) n = n * 10 + (c - '0');
      return n;
    };
    // Day and month in either order (16/01, 01/16), both in range.
    auto day_month = [&](int a, int b) { return a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31)); };
    if (i + 1 < t.size() && digits(i, 1, 2) && digits(i + 1, 1, 2) && m_.gap(t[i], t[i + 1]) == "/" &&
        day_month(number(i), number(i + 1))) {
      j = i + 2;
      if (j < t.size() && digits(j, 2, 4) && m_.gap(t[j - 1], t[j]) == "/") ++j;
      return true;
    }
    if (i + 2 < t.size() && digits(i, 4, 4) && digits(i + 1, 2, 2) && digits(i + 2, 2, 2) &&
        m_.gap(t[i], t[i + 1]) == "-" && m_.gap(t[i + 1], t[i + 2]) == "-") {
      j = i + 3;
      return true;
    }
    return false;
  }

  const TextModel& m_;
  std::unordered_set<std::string> months_, month_abbreviations_, weekdays_, seasons_, day_parts_, ordinal_days_;
  std::vector<std::string_view> ordinal_suffixes_;
};

}  // namespace

void nlp::find_entities(nlp::Doc& doc) {
  DateFinder(doc).run(doc.dates);
  name_candidates(doc.text, doc.words, doc.dates, doc.names);
  // Where a calendar rule found a date, the tagger's name is a misreading ("June 1" as a person).
  std::erase_if(doc.names, [&](const Candidate& c) { return overlaps_date(doc.dates, c.start, c.end); });
}

}  // namespace article_analyzer
