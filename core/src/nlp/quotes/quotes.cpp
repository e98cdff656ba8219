// Direct quotes. The pipeline:
//   find_spans (matched quotation marks, per paragraph) -> find_speech_verbs (outside quotes)
//   -> collect_speaker_events (who spoke where: the subject of each speech verb) -> attribute (a
//   speech verb after the quote, else before it, in the same sentence; the speaker is the entity
//   beside the cue, the last speaker for a pronoun, or the person a role phrase describes) -> run
//   keeps quotes that are speech (a cue, or long enough)
// Every step is linear (up to binary searches) in the text: one sentence may hold thousands of
// quotes (a page whose markup ran into its <title>), so nothing scans a sentence, its mentions
// or its words once per quote; each sentence with a quote gets an index (SentenceIndex) instead.
#include "nlp/quotes/quotes.h"

#include <algorithm>
#include <optional>
#include <set>
#include <unordered_map>

#include "lang/lexicon.h"
#include "text/strings.h"
#include "text/unicode.h"

namespace article_analyzer {
namespace {

// Pairs of quotation marks, opening then closing.
struct MarkPair {
  std::string_view open, close, alt_close;
};
constexpr MarkPair kMarks[] = {{"«", "»", ""}, {"“", "”", ""}, {"„", "“", "”"}, {"‹", "›", ""}, {"\"", "\"", ""}};
// A speech verb is looked for this many words after the closing mark.
constexpr std::size_t kCueWindowAfter = 16;
// The speaker is looked for this many words after an inverted cue ("a indiqué le porte-parole
// du Kremlin, Dmitri Peskov").
constexpr std::size_t kSpeakerWindowAfterCue = 12;
// Without a cue, a quote needs this many words to count as speech (shorter ones are scare
// quotes or titles: « boîtes noires »).
constexpr std::size_t kMinWordsWithoutCue = 4;
// Words of a role phrase or of a person's surroundings compared for role resolution.
constexpr std::size_t kRoleContextWords = 7;
// Words of fewer letters are not content words when role phrases are compared.
constexpr std::size_t kMinContentWordLetters = 3;
// A role phrase is compared with this many person mentions before the quote, the nearest.
constexpr std::size_t kRoleLookbackMentions = 30;

struct QuoteMarks {
  std::size_t open = 0, close = 0;  // Byte positions of the marks.
  std::size_t start = 0, end = 0;   // The words inside.
};

struct MentionRef {
  std::size_t start, end;
  int entity;
  EntityType type;
};

// A speech verb of a sentence outside its quotes: its first token and its length in tokens.
struct SpeechVerb {
  std::size_t token, length;
};

// What the cue and role searches need of a sentence that holds a quote, built once.
struct SentenceIndex {
  // outside_before[i]: how many of the sentence's first i tokens are outside quotes.
  std::vector<std::size_t> outside_before;
  // The tokens that are content words (is_content_word), ascending.
  std::vector<std::size_t> content_words;
  // Each content word (folded) and its tokens, ascending.
  std::unordered_map<std::string_view, std::vector<std::size_t>> content_word_at;
};

// The content words of tokens [from, to) of an indexed sentence: a role phrase. Membership is
// a binary search, whatever the length of the stretch (a role phrase may be a whole sentence
// prefix, for each of its quotes).
class WordStretch {
 public:
  WordStretch(const SentenceIndex& index, std::size_t from, std::size_t to) : index_(index), from_(from), to_(to) {}
  bool empty() const { return !holds_one_of(index_.content_words); }
  bool contains(const std::string& word) const {
    auto it = index_.content_word_at.find(word);
    return it != index_.content_word_at.end() && holds_one_of(it->second);
  }

 private:
  bool holds_one_of(const std::vector<std::size_t>& ascending) const {
    auto it = std::lower_bound(ascending.begin(), ascending.end(), from_);
    return it != ascending.end() && *it < to_;
  }
  const SentenceIndex& index_;
  std::size_t from_, to_;
};

// Where each closing mark next occurs in a paragraph, remembered: openings come in text order,
// so a search resumes past the last one found instead of rescanning the paragraph after each
// unmatched opening mark.
class ClosingMarkFinder {
 public:
  explicit ClosingMarkFinder(std::string_view text) : text_(text) {}
  std::size_t find(std::string_view mark, std::size_t from) {
    auto it = std::find_if(next_.begin(), next_.end(), [&](const auto& known) { return known.first == mark; });
    if (it == next_.end()) it = next_.insert(next_.end(), {mark, text_.find(mark, from)});
    else if (it->second < from) it->second = text_.find(mark, from);
    return it->second;
  }
  // The » that closes the « at `open`, nested pairs matched, npos if none; the whole paragraph
  // is matched at the first call.
  std::size_t guillemet_closing(std::size_t open) {
    if (!guillemets_) {
      guillemets_.emplace();
      std::vector<std::size_t> unclosed;
      for (std::size_t k = 0; k < text_.size(); ++k) {
        if (text_.substr(k, 2) == "«") unclosed.push_back(k);
        else if (text_.substr(k, 2) == "»" && !unclosed.empty()) (*guillemets_)[unclosed.back()] = k, unclosed.pop_back();
      }
    }
    auto it = guillemets_->find(open);
    return it == guillemets_->end() ? std::string_view::npos : it->second;
  }

 private:
  std::string_view text_;
  std::vector<std::pair<std::string_view, std::size_t>> next_;
  std::optional<std::unordered_map<std::size_t, std::size_t>> guillemets_;
};

class Attributor {
 public:
  explicit Attributor(const nlp::Doc& doc)
      : m_(doc.text), entities_(doc.entities), lex_(doc.words), indexes_(doc.text.sentences.size()) {
    for (const auto& e : entities_)
      if (e.type == EntityType::kPerson || e.type == EntityType::kOrganization)
        for (const auto& mention : e.mentions) mentions_.push_back({mention.start, mention.end, e.id, e.type});
    std::sort(mentions_.begin(), mentions_.end(), [](auto& a, auto& b) { return a.start < b.start; });
    for (const auto& mention : mentions_)
      if (mention.type == EntityType::kPerson) persons_.push_back(mention);
  }

  std::vector<Quote> run() {
    for (const auto& p : m_.paragraphs) find_spans(p);
    for (const auto& mention : mentions_) {  // Once the spans are known.
      if (inside_quote(mention.start)) continue;
      outside_mentions_.push_back(mention);
      if (mention.type == EntityType::kPerson) outside_persons_.push_back(mention);
    }
    find_speech_verbs();
    collect_speaker_events();
    std::vector<Quote> out;
    for (const auto& span : spans_) {
      Quote q;
      q.start = span.start;
      q.end = span.end;
      q.text = std::string(m_.text.substr(span.start, span.end - span.start));
      attribute(span, q);
      if (q.has_cue || strings::word_count(q.text) >= kMinWordsWithoutCue) out.push_back(std::move(q));
    }
    return out;
  }

 private:
  void find_spans(const Paragraph& p) {
    std::string_view text = m_.text.substr(p.start, p.end - p.start);
    ClosingMarkFinder closing(text);
    for (std::size_t i = 0; i < text.size();) {
      const MarkPair* pair = nullptr;
      for (const auto& mark : kMarks)
        if (text.substr(i, mark.open.size()) == mark.open) pair = &mark;
      if (!pair) {
        ++i;
        continue;
      }
      std::size_t inner = i + pair->open.size();
      std::size_t close = std::string_view::npos;
      if (pair->open == "«") close = closing.guillemet_closing(i);  // Nested « » pairs: the matching one.
      else close = closing.find(pair->close, inner);
      if (!pair->alt_close.empty()) close = std::min(close, closing.find(pair->alt_close, inner));
      if (close == std::string_view::npos) {
        i = inner;
        continue;
      }
      unicode::Range words = unicode::trim_space(text, {inner, close});
      if (words.end > words.start) spans_.push_back({p.start + i, p.start + close, p.start + words.start, p.start + words.end});
      i = close + (text.substr(close, 2) == "»" ? 2 : 1);
      if (text.substr(close, 3) == "”" || text.substr(close, 3) == "“" || text.substr(close, 3) == "›") i = close + 3;
    }
  }


  // Spans are in text order and do not overlap: a binary search finds the one before pos.
  bool inside_quote(std::size_t pos) const {
    auto it = std::upper_bound(spans_.begin(), spans_.end(), pos, [](std::size_t p, const QuoteMarks& q) { return p < q.open; });
    return it != spans_.begin() && pos <= std::prev(it)->close;
  }

  // The mentions of `mentions` (in text order) that start at or after `from`.
  static std::vector<MentionRef>::const_iterator mentions_from(const std::vector<MentionRef>& mentions, std::size_t from) {
    return std::lower_bound(mentions.begin(), mentions.end(), from, [](const MentionRef& m, std::size_t p) { return m.start < p; });
  }

  // The first token of s that starts at or after pos.
  static std::size_t first_token_from(const Sentence& s, std::size_t pos) {
    return static_cast<std::size_t>(
        std::partition_point(s.tokens.begin(), s.tokens.end(), [&](const Token& t) { return t.start < pos; }) - s.tokens.begin());
  }

  const Sentence* sentence_at(std::size_t pos) const {
    auto it = std::upper_bound(m_.sentences.begin(), m_.sentences.end(), pos,
                               [](std::size_t p, const Sentence& s) { return p < s.start; });
    if (it == m_.sentences.begin()) return nullptr;
    --it;
    return pos < it->end ? &*it : nullptr;
  }

  // Length in tokens of the speech verb starting at token i, 0 if none.
  std::size_t speech_verb_at(const Sentence& s, std::size_t i) const {
    if (lex_.speech_verbs.count(s.folded[i])) return 1;
    for (const auto& phrase : lex_.speech_phrases) {
      std::size_t n = 0;
      while (n < phrase.size() && i + n < s.tokens.size() && s.folded[i + n] == phrase[n]) ++n;
      if (n == phrase.size()) return n;
    }
    return 0;
  }

  bool is_pronoun(const std::string& folded) const { return lex_.speaker_pronouns.count(folded) > 0; }

  // "a-t-il", "dit-elle": a word whose last hyphenated part is a subject pronoun.
  bool has_pronoun_part(const Token& t) const {
    std::string f = unicode::fold(m_.slice(t));
    std::size_t dash = f.rfind('-');
    return dash != std::string::npos && is_pronoun(f.substr(dash + 1));
  }

  // The first person named in [from, to) outside quotes, else the first organization: in "a
  // indiqué le porte-parole du Kremlin, Dmitri Peskov" the organization only describes the speaker.
  const MentionRef* first_mention_in(std::size_t from, std::size_t to) const {
    const MentionRef* organization = nullptr;
    for (auto it = mentions_from(outside_mentions_, from); it != outside_mentions_.end() && it->start < to; ++it) {
      if (it->end > to) continue;
      if (it->type == EntityType::kPerson) return &*it;
      if (!organization) organization = &*it;
    }
    return organization;
  }
  // The last mention in [from, to) outside quotes: searched back from `to`, so that the length
  // of the stretch (a whole sentence before a cue) does not count.
  const MentionRef* last_mention_in(std::size_t from, std::size_t to, bool person_only = false) const {
    const auto& mentions = person_only ? outside_persons_ : outside_mentions_;
    for (auto it = mentions_from(mentions, to); it != mentions.begin();) {
      const MentionRef& mention = *--it;
      if (mention.start < from) break;
      if (mention.end <= to) return &mention;
    }
    return nullptr;
  }

  // The speech verbs of every sentence outside its quotes, in text order.
  void find_speech_verbs() {
    speech_verbs_.resize(m_.sentences.size());
    for (std::size_t si = 0; si < m_.sentences.size(); ++si) {
      const Sentence& s = m_.sentences[si];
      for (std::size_t i = 0; i < s.tokens.size(); ++i)
        if (std::size_t length = speech_verb_at(s, i); length && !inside_quote(s.tokens[i].start))
          speech_verbs_[si].push_back({i, length});
    }
  }

  std::size_t index_of(const Sentence& s) const { return static_cast<std::size_t>(&s - m_.sentences.data()); }

  const SentenceIndex& sentence_index(const Sentence& s) {
    std::optional<SentenceIndex>& index = indexes_[index_of(s)];
    if (index) return *index;
    index.emplace();
    index->outside_before.push_back(0);
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      index->outside_before.push_back(index->outside_before.back() + !inside_quote(s.tokens[i].start));
      if (!is_content_word(s.folded[i])) continue;
      index->content_words.push_back(i);
      index->content_word_at[s.folded[i]].push_back(i);
    }
    return *index;
  }

  // Who spoke, in order: the subject of every speech verb that names a person.
  void collect_speaker_events() {
    for (const auto& s : m_.sentences) {
      for (const SpeechVerb& verb : speech_verbs_[index_of(s)]) {
        std::size_t i = verb.token;
        const MentionRef* subject = last_mention_in(s.start, s.tokens[i].start, true);
        if (!subject) {
          std::size_t to = s.tokens[std::min(s.tokens.size() - 1, i + kSpeakerWindowAfterCue)].end;
          const MentionRef* after = first_mention_in(s.tokens[i].end, to);
          if (after && after->type == EntityType::kPerson) subject = after;
        }
        if (subject) events_.push_back({s.tokens[i].start, subject->entity});
      }
    }
  }

  int last_speaker_before(std::size_t pos) const {  // Events are in text order.
    auto it = std::lower_bound(events_.begin(), events_.end(), pos, [](const auto& e, std::size_t p) { return e.first < p; });
    return it == events_.begin() ? -1 : std::prev(it)->second;
  }

  void set_cue(const Sentence& s, std::size_t verb, std::size_t length, Quote& q) const {
    std::size_t first = verb;
    if (first > 0) {
      const std::string& before = s.folded[first - 1];
      std::string head = before.substr(0, before.find('-'));
      if (lex_.cue_auxiliaries.count(head)) --first;
    }
    q.has_cue = true;
    q.cue.start = s.tokens[first].start;
    q.cue.end = s.tokens[verb + length - 1].end;
    q.cue.text = std::string(m_.text.substr(q.cue.start, q.cue.end - q.cue.start));
  }

  void set_speaker(int entity, Quote& q) const {
    if (entity < 0) return;
    q.has_speaker = true;
    q.speaker.entity = entity;
    q.speaker.name = entities_[static_cast<std::size_t>(entity)].name;
  }

  bool is_content_word(const std::string& folded) const {
    return unicode::length(folded) >= kMinContentWordLetters && !lex_.function_words.count(folded);
  }

  // The content words of a stretch of text, folded.
  std::set<std::string> content_words(const Sentence& s, std::size_t from, std::size_t to) const {
    std::set<std::string> words;
    for (std::size_t k = from; k < to && k < s.tokens.size(); ++k)
      if (is_content_word(s.folded[k])) words.insert(s.folded[k]);
    return words;
  }

  // The person a role phrase describes ("la cheffe de la diplomatie nord-coréenne"): the one
  // whose surroundings share most of its words, the most recent one on a tie.
  int resolve_role(const WordStretch& role, std::size_t before) const {
    if (role.empty()) return -1;
    int best = -1;
    std::size_t best_overlap = 0, best_pos = 0, looked_at = 0;
    for (auto it = mentions_from(persons_, before); it != persons_.begin() && looked_at < kRoleLookbackMentions;) {
      const MentionRef& mention = *--it;
      ++looked_at;
      const Sentence* s = sentence_at(mention.start);
      if (!s) continue;
      std::size_t k = first_token_from(*s, mention.start);
      std::size_t e = k;
      while (e < s->tokens.size() && s->tokens[e].end <= mention.end) ++e;
      auto around = content_words(*s, k >= kRoleContextWords ? k - kRoleContextWords : 0, k);
      auto after = content_words(*s, e, e + kRoleContextWords);
      around.insert(after.begin(), after.end());
      std::size_t overlap = 0;  // The role's words found around the mention.
      for (const auto& w : around) overlap += role.contains(w);
      if (overlap > 0 && (overlap > best_overlap || (overlap == best_overlap && mention.start > best_pos)))
        best = mention.entity, best_overlap = overlap, best_pos = mention.start;
    }
    return best;
  }

  void attribute(const QuoteMarks& span, Quote& q) {
    // After the quote: ", a-t-il déclaré", ", a indiqué X", "Obama said": the first speech verb
    // within kCueWindowAfter words, not counting the words of other quotes of the sentence.
    if (const Sentence* s = sentence_at(span.close)) {
      const SentenceIndex& index = sentence_index(*s);
      const auto& verbs = speech_verbs_[index_of(*s)];
      std::size_t k = first_token_from(*s, span.close);
      auto verb = std::lower_bound(verbs.begin(), verbs.end(), k, [](const SpeechVerb& v, std::size_t t) { return v.token < t; });
      if (verb != verbs.end() && index.outside_before[verb->token] - index.outside_before[k] < kCueWindowAfter) {
        const auto [i, length] = *verb;
        set_cue(*s, i, length, q);
        bool pronoun = has_pronoun_part(s->tokens[i]) || (i > 0 && has_pronoun_part(s->tokens[i - 1])) ||
                       (i > k && is_pronoun(s->folded[i - 1])) ||
                       (i + length < s->tokens.size() && is_pronoun(s->folded[i + length]));
        // "Obama said": a name right before the cue (only spaces between) is its subject.
        std::size_t cue_start = q.cue.start;
        const MentionRef* between = last_mention_in(span.close, cue_start);
        if (between && m_.text.substr(between->end, cue_start - between->end).find_first_not_of(" \u00a0") == std::string_view::npos)
          return set_speaker(between->entity, q);
        if (pronoun) return set_speaker(last_speaker_before(span.open), q);
        std::size_t last = std::min(s->tokens.size() - 1, i + length + kSpeakerWindowAfterCue);
        if (const MentionRef* after = first_mention_in(s->tokens[i].end, s->tokens[last].end)) return set_speaker(after->entity, q);
        return set_speaker(resolve_role(WordStretch(index, i + length, last + 1), span.open), q);
      }
    }
    // Before the quote: "X a déclaré : « ... »", "la cheffe ... a jugé que « ... »": the nearest
    // speech verb before it.
    if (const Sentence* s = sentence_at(span.open)) {
      const SentenceIndex& index = sentence_index(*s);
      const auto& verbs = speech_verbs_[index_of(*s)];
      std::size_t k = static_cast<std::size_t>(
          std::partition_point(s->tokens.begin(), s->tokens.end(), [&](const Token& t) { return t.end <= span.open; }) - s->tokens.begin());
      auto verb = std::lower_bound(verbs.begin(), verbs.end(), k, [](const SpeechVerb& v, std::size_t t) { return v.token < t; });
      if (verb != verbs.begin()) {
        const auto [i, length] = *std::prev(verb);
        set_cue(*s, i, length, q);
        if (const MentionRef* subject = last_mention_in(s->start, s->tokens[i].start)) return set_speaker(subject->entity, q);
        std::size_t after_end = s->tokens[std::min(s->tokens.size() - 1, i + length + kSpeakerWindowAfterCue)].end;
        if (const MentionRef* after = first_mention_in(s->tokens[i].end, std::min(after_end, span.open)))
          return set_speaker(after->entity, q);  // "selon X, « ... »"
        bool pronoun = (i > 0 && is_pronoun(s->folded[i - 1])) || has_pronoun_part(s->tokens[i]) ||
                       (i > 1 && is_pronoun(s->folded[i - 2]));
        int role = resolve_role(WordStretch(index, 0, i), span.open);
        return set_speaker(role >= 0 ? role : pronoun ? last_speaker_before(span.open) : -1, q);
      }
    }
  }

  const TextModel& m_;
  const std::vector<Entity>& entities_;
  const lang::Lexicon& lex_;
  std::vector<MentionRef> mentions_;  // Persons' and organizations', in text order.
  std::vector<MentionRef> persons_;   // Of mentions_, the persons'.
  std::vector<MentionRef> outside_mentions_, outside_persons_;  // Of mentions_, those outside quotes.
  std::vector<QuoteMarks> spans_;
  std::vector<std::vector<SpeechVerb>> speech_verbs_;    // By sentence.
  std::vector<std::optional<SentenceIndex>> indexes_;  // By sentence, built on first use.
  std::vector<std::pair<std::size_t, int>> events_;
};

}  // namespace

void nlp::find_quotes(nlp::Doc& doc) { doc.quotes = Attributor(doc).run(); }

}  // namespace article_analyzer
