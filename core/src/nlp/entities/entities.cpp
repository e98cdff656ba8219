// Named entity mentions, a first honest method: capitalized word sequences, typed by lexicons
// (CLDR places, known organizations, organization words, honorifics) and by shape; dates by
// calendar patterns from CLDR month and weekday names. The coref stage then groups them. The
// pipeline, per sentence: find_dates, then find_names (capitalized runs, honorifics,
// connectors; type_candidate types each by word lists and shape), sentences in headline case
// apart; then confirm_headline_names (kept when running text confirms them).
#include "nlp/entities/entities.h"

#include <algorithm>
#include <unordered_set>

#include "lang/lexicon.h"
#include "text/unicode.h"

namespace article_analyzer {
namespace {

// Calendars: the page's language, and English, which pages of every language quote ("May 3").
constexpr std::string_view kSecondCalendar = "en";
// A name has at most this many words; longer capitalized runs are titles or headlines. A run is
// scanned over twice as many tokens, for the connectors between its words.
constexpr std::size_t kMaxNameTokens = 6;
constexpr std::size_t kMaxNameScanTokens = kMaxNameTokens * 2;
// A run of capitalized words more than this share of which the text also writes in lower case
// is a heading or a product ("Fried Rice"), not a person.
constexpr double kMaxCommonWordShare = 0.5;
// Acronyms (ORG) have this many letters ("AFP", "ONU", "NATO").
constexpr std::size_t kMinAcronymLetters = 2;
constexpr std::size_t kMaxAcronymLetters = 5;
// A sentence is in headline case when this share of its common words (words of at least this
// many letters that the text also writes in lower case), and at least this many, are capitalized.
constexpr double kHeadlineCapitalShare = 0.5;
constexpr std::size_t kMinHeadlineWordLetters = 4;
constexpr std::size_t kMinHeadlineWords = 2;
// Abbreviated months have at least this many letters ("Aug.", "Sept.", "janv.").
constexpr std::size_t kMinMonthAbbreviation = 3;
// Four-digit numbers in this range, written alone, are years.
constexpr int kMinBareYear = 1800;
constexpr int kMaxBareYear = 2099;
// A speech verb this close after a lone capitalized word makes it a person ("Obama said").
constexpr std::size_t kSpeechVerbWindow = 2;

using Candidate = nlp::NameCandidate;

// Words that occur in lower case somewhere in the text: at a sentence start, their capital
// letter is the sentence's, not a name's.
std::unordered_set<std::string> lowercase_vocabulary(const TextModel& m) {
  std::unordered_set<std::string> words;
  for (const auto& s : m.sentences)
    for (const auto& t : s.tokens)
      if (!unicode::starts_upper(m.slice(t))) words.insert(s.folded[&t - s.tokens.data()]);
  return words;
}

class Recognizer {
 public:
  explicit Recognizer(const nlp::Doc& doc)
      : m_(doc.text), lowercase_(lowercase_vocabulary(doc.text)), lex_(doc.words),
        names_(lang::names_of_any_language()) {
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

  void run(std::vector<Candidate>& names, std::vector<Candidate>& dates) const {
    std::vector<Candidate> headline_names;
    for (const auto& s : m_.sentences) {
      find_dates(s, dates);
      find_names(s, headline_case(s) ? headline_names : names);
    }
    confirm_headline_names(headline_names, names);
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

  bool is_stopword(const std::string& folded) const { return lex_.function_words.count(folded) > 0; }

  bool is_honorific(const Sentence& s, std::size_t i) const {
    std::string_view w = m_.slice(s.tokens[i]);
    std::string with_dot = std::string(w) + (m_.text.substr(s.tokens[i].end, 1) == "." ? "." : "");
    return lex_.honorifics.count(std::string(w)) || lex_.honorifics.count(with_dot);
  }

  bool capitalized(const Sentence& s, std::size_t i) const {
    return unicode::starts_upper(m_.slice(s.tokens[i])) && !is_weekday(s, i) && !is_month(s, i);
  }

  bool is_speech_verb(const std::string& folded) const { return lex_.speech_verbs.count(folded) > 0; }

  // "The Best Electric Scooters": when words the text writes in lower case elsewhere are
  // capitalized here, capitals say nothing about names. (Names themselves never occur in lower
  // case, so a sentence full of names is not taken for a headline.)
  bool headline_case(const Sentence& s) const {
    std::size_t common = 0, capitalized_common = 0;
    for (std::size_t i = 1; i < s.tokens.size(); ++i) {  // The first word is capitalized anyway.
      if (unicode::length(s.folded[i]) < kMinHeadlineWordLetters || !lowercase_.count(s.folded[i])) continue;
      ++common;
      capitalized_common += unicode::starts_upper(m_.slice(s.tokens[i]));
    }
    return capitalized_common >= kMinHeadlineWords &&
           static_cast<double>(capitalized_common) >= kHeadlineCapitalShare * static_cast<double>(common);
  }

  // Names from headline-case sentences count when a lexicon typed them, or when the same name
  // appears in running text; lone words still join a person's name when grouped.
  void confirm_headline_names(std::vector<Candidate>& headline, std::vector<Candidate>& names) const {
    std::unordered_set<std::string> known;
    for (const auto& c : names) known.insert(unicode::fold(m_.text.substr(c.name_start, c.end - c.name_start)));
    for (auto& c : headline) {
      if (!c.by_lexicon && !known.count(unicode::fold(m_.text.substr(c.name_start, c.end - c.name_start))))
        c.typed = false;
      if (c.typed || c.tokens == 1) names.push_back(c);
    }
    std::sort(names.begin(), names.end(), [](const Candidate& a, const Candidate& b) { return a.start < b.start; });
  }

  void find_names(const Sentence& s, std::vector<Candidate>& out) const {
    const auto& t = s.tokens;
    for (std::size_t i = 0; i < t.size();) {
      if (!capitalized(s, i)) {
        ++i;
        continue;
      }
      std::size_t mention_start = t[i].start;
      bool honorific = false;
      if (is_honorific(s, i) && i + 1 < t.size() && capitalized(s, i + 1)) {
        std::string_view gap = m_.gap(t[i], t[i + 1]);
        if (gap == " " || gap == ". " || gap == ".\u00a0" || gap == "\u00a0") {
          honorific = true;
          ++i;
        }
      }
      // Extend over capitalized words and inner connectors, words separated by one space.
      std::size_t last = i, j = i + 1;
      while (j < t.size() && (j - i) < kMaxNameScanTokens) {
        std::string_view gap = m_.gap(t[j - 1], t[j]);
        if (gap != " " && gap != "\u00a0" && gap != "") break;
        if (capitalized(s, j)) {
          last = j++;
          continue;
        }
        const std::string& f = s.folded[j];
        if (!lex_.name_connectors.count(f)) break;
        ++j;
      }
      std::size_t first = i;
      // Leading function words ("Les États-Unis", "Notre réunion") are not part of a name; a
      // sentence-initial word also used in lower case is the sentence's capital, not a name's.
      while (first <= last && !honorific) {
        std::string f = s.folded[first];
        bool initial = first == 0 || (first > 0 && m_.gap(t[first - 1], t[first]).find_first_of(".:!?") != std::string_view::npos);
        if (is_stopword(f) || (initial && lowercase_.count(f))) ++first;
        else break;
      }
      if (first > last) {
        i = last + 1;
        continue;
      }
      // Trim connectors at the end that the loop may have left inside.
      Candidate c;
      c.start = honorific ? mention_start : t[first].start;
      c.name_start = t[first].start;
      c.end = t[last].end;
      c.tokens = last - first + 1;
      c.sentence_initial = first == 0;
      if (c.tokens <= kMaxNameTokens) {
        type_candidate(s, first, last, honorific, c);
        out.push_back(c);
      }
      i = last + 1;
    }
  }

  void type_candidate(const Sentence& s, std::size_t first, std::size_t last, bool honorific, Candidate& c) const {
    std::string name = unicode::fold(m_.text.substr(c.name_start, c.end - c.name_start));
    std::string_view surface = m_.text.substr(c.name_start, c.end - c.name_start);
    c.typed = true;
    c.by_lexicon = true;
    if (names_.places.count(name)) return void(c.type = EntityType::kLocation);
    if (names_.organizations.count(name)) return void(c.type = EntityType::kOrganization);
    if (honorific) return void(c.type = EntityType::kPerson);
    c.by_lexicon = false;
    for (std::size_t k = first; k <= last; ++k)
      if (names_.organization_words.count(s.folded[k])) return void(c.type = EntityType::kOrganization);
    if (c.tokens == 1 && unicode::is_all_upper(surface) && unicode::length(surface) >= kMinAcronymLetters &&
        unicode::length(surface) <= kMaxAcronymLetters && !lowercase_.count(name))
      return void(c.type = EntityType::kOrganization);
    if (c.tokens >= nlp::kMinFullNameWords) {
      // A run that starts with a place ("Moscou Pyongyang") is not a person's name.
      if (names_.places.count(s.folded[first])) {
        c.end = s.tokens[first].end;
        c.tokens = 1;
        return void(c.type = EntityType::kLocation);
      }
      // A person's name is made of words the text never writes in lower case; a run of
      // common words is a heading or a product ("Fried Rice", "Smarter Choices").
      std::size_t common = 0;
      bool digits = false;  // "Airbus A350", "iPhone 15": products and models, not people.
      for (std::size_t k = first; k <= last; ++k) {
        common += lowercase_.count(s.folded[k]);
        digits = digits || std::any_of(s.folded[k].begin(), s.folded[k].end(), [](char ch) { return ch >= '0' && ch <= '9'; });
      }
      if (static_cast<double>(common) > kMaxCommonWordShare * static_cast<double>(c.tokens) || digits) return void(c.typed = false);
      return void(c.type = EntityType::kPerson);
    }
    // A lone word: a person if a speech verb follows ("Obama said"), else left to grouping.
    for (std::size_t k = last + 1; k < s.tokens.size() && k <= last + kSpeechVerbWindow; ++k)
      if (is_speech_verb(s.folded[k])) return void(c.type = EntityType::kPerson);
    c.typed = false;
  }

  const TextModel& m_;
  std::unordered_set<std::string> lowercase_;
  const lang::Lexicon& lex_;
  const lang::NameGazetteer& names_;
  std::unordered_set<std::string> months_, month_abbreviations_, weekdays_, seasons_, day_parts_, ordinal_days_;
  std::vector<std::string_view> ordinal_suffixes_;
};

}  // namespace

void nlp::find_entities(nlp::Doc& doc) {
  Recognizer(doc).run(doc.names, doc.dates);
  // Where a calendar rule found a date, a capitalized run is not a name ("June 1").
  std::erase_if(doc.names, [&](const Candidate& c) {
    auto after = std::lower_bound(doc.dates.begin(), doc.dates.end(), c.end, [](const Candidate& d, std::size_t end) { return d.start < end; });
    return after != doc.dates.begin() && std::prev(after)->end > c.start;
  });
}

}  // namespace article_analyzer
