// Direct quotes. The pipeline:
//   spans, per paragraph: interview_turn (a page of two labelled turns or more: "PENCE: …"),
//   else find_block_quote (a block quote that a colon introduces), else find_dialogue (where
//   the language prints dialogue with dashes), else find_spans (matched quotation marks, a
//   quote left open to a paragraph that opens with the mark again running on); speech split at
//   its incises, each side a quote of its own (push_speech)
//   -> find_speech_verbs (outside quotes)
//   -> collect_speaker_events (who spoke where: the subject of each speech verb) -> attribute
//   (the routes of Attribution, in order: an interview turn's label; a speech verb of the
//   quote's sentence, after the quote when it follows it closely, else before it, whose speaker
//   is the name, the role or the organization beside it or a resolved pronoun; else a dash and
//   a name signing the quote; else the subject of a sentence that ends in a colon before the
//   quote; else the running speaker of the paragraphs before) -> run keeps quotes that are
//   speech (a cue, a dialogue dash, a colon's whole utterance, or long enough), and not titles
//   or names in marks
// A speaker is read from mentions outside quotes and outside captions and credits (a photo
// credit names no speaker); a name after the cue that a preposition introduces is a listener,
// a place or an occasion ("told AFP", "a déclaré à l'AFP", "said at Code Media"), not the speaker.
// Every step is linear (up to binary searches and bounded look-backs) in the text: one sentence
// may hold thousands of quotes (a page whose markup ran into its <title>), so nothing scans a
// sentence, its mentions or its words once per quote; each sentence with a quote gets an index
// (SentenceIndex) instead.
#include "nlp/quotes/quotes.h"

#include <algorithm>
#include <cctype>
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
// A speech verb after the quote attributes it when at most this many words stand between them
// (", a-t-il déclaré", "\" the White House press secretary said"); farther, a speech verb before
// the quote in the same sentence is the nearer reading ("La Chine a appelé à la « retenue »
// après le tir confirmé par le Kremlin").
constexpr std::size_t kCloseCueWords = 6;
// "Ce dernier", "the latter": the person it stands for is mentioned at most this many bytes before.
constexpr std::size_t kAnaphorReachBytes = 1000;
// A person's gender is read from this many first words of each of their mentions ("Mme",
// "la ministre").
constexpr std::size_t kGenderWords = 2;
// A pronoun's antecedent is looked for in its sentence and this many sentences before it.
constexpr std::size_t kPronounLookbackSentences = 3;
// The running speaker carries over to a quote without a cue at most this many paragraphs
// after the paragraph where they last spoke.
constexpr std::size_t kContinuationParagraphs = 2;
// The running speaker is dropped when more than this many person mentions stand between their
// last words and the quote (one other person among them drops it too): bounds the check.
constexpr std::size_t kContinuationLookbackMentions = 16;
// Capitalized words that name nobody the entities stage knows, beside a cue ("Mr. King added",
// "said Rep. G.K. Butterfield"), are at most this many tokens (initials count one each).
constexpr std::size_t kMaxUnknownNameWords = 6;
// A subject phrase without a name ("the New York businessman said") has at most this many words.
constexpr std::size_t kMaxSubjectPhraseWords = 6;
// Dashes that sign a quote with its author's name after it (""…" ― Christina Lastra"), and the
// most bytes of marks, spaces and dash between the quote and the name.
constexpr std::string_view kSignatureDashes[] = {"―", "—", "–"};
constexpr std::size_t kMaxSignatureGapBytes = 16;
// A speaker's label in an interview ("PENCE:", "Jean-Yves Le Drian :") has at most this many
// words, within the first kMaxLabelBytes bytes of its paragraph.
constexpr std::size_t kMaxLabelWords = 4;
constexpr std::size_t kMaxLabelBytes = 48;
// An interview has at least this many labelled turns.
constexpr std::size_t kMinInterviewTurns = 2;
// A title of a work in quotation marks ("Face the Nation") has at most this many words.
constexpr std::size_t kMaxTitleWords = 6;
// How an utterance ends inside its marks.
constexpr std::string_view kSentenceEndMarks[] = {".", "!", "?", "…"};
// How a turn of dialogue ends.
constexpr std::string_view kTurnEnds[] = {".", "!", "?", "…", "»", ",", ";", ":"};
// The longest dialogue dash, in bytes ("—").
constexpr std::size_t kLongestDashBytes = 3;
// The subject of a speech verb is looked for among this many mentions before it, the nearest;
// a sentence's subject (a pronoun's antecedent, a colon's speaker) among its first so many.
constexpr std::size_t kSubjectLookbackMentions = 8;

struct QuoteMarks {
  std::size_t open = 0, close = 0;  // Byte positions of the marks (close: the paragraph's end when it runs on).
  std::size_t start = 0, end = 0;   // The words inside.
  // The quote goes on in the next paragraph, which opens with the mark again: news leaves a
  // quote of several paragraphs open until its last one.
  bool runs_on = false;
  // Speech that a dialogue dash opens: speech whatever its length.
  bool dialogue = false;
  // A turn of an interview that a speaker's label opens ("PENCE: …", "R. : …"): the label's
  // bytes, and the person it names.
  std::size_t label_start = 0, label_end = 0;
  int interviewee = -1;
};

struct MentionRef {
  std::size_t start, end;
  int entity;
  EntityType type;
  bool role;  // A role phrase that stands for the entity ("le porte-parole du Kremlin").
};

// What the words of a person's mentions say of their gender (honorifics, gendered role words:
// "Mme", "Mr.", "la ministre", "the spokeswoman"), and what a pronoun says.
enum class Gender { kUnknown, kFeminine, kMasculine };

// A speaker as one route reads it: the entity, the mention it was read from, the route.
struct Reading {
  int entity = -1;
  std::size_t start = 0, end = 0;
  Attribution how = Attribution::kNamed;
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
    for (const auto& e : entities_) {
      if (e.type == EntityType::kDate) continue;
      for (const auto& mention : e.mentions)
        if (!in_caption_or_credit(mention.start)) mentions_.push_back({mention.start, mention.end, e.id, e.type, !mention.role.empty()});
    }
    std::sort(mentions_.begin(), mentions_.end(), [](auto& a, auto& b) { return a.start < b.start; });
    for (const auto& mention : mentions_)
      if (mention.type == EntityType::kPerson) persons_.push_back(mention);
    genders_.resize(entities_.size(), Gender::kUnknown);
    for (const auto& e : entities_)
      if (e.type == EntityType::kPerson && static_cast<std::size_t>(e.id) < genders_.size()) genders_[static_cast<std::size_t>(e.id)] = gender_of(e);
  }

  // A person's gender, when the first words of their mentions say it and do not disagree.
  Gender gender_of(const Entity& e) const {
    bool feminine = false, masculine = false;
    for (const auto& mention : e.mentions) {
      std::vector<std::string_view> words = strings::split(mention.text, ' ');
      for (std::size_t k = 0; k < words.size() && k < kGenderWords; ++k) {
        std::string key = lang::word_key(unicode::fold(words[k]));
        feminine = feminine || lex_.roles.feminine.count(key) > 0;
        masculine = masculine || lex_.roles.masculine.count(key) > 0;
      }
    }
    return feminine == masculine ? Gender::kUnknown : feminine ? Gender::kFeminine : Gender::kMasculine;
  }

  Gender pronoun_gender(const std::string& folded) const {
    if (lex_.feminine_pronouns.count(folded)) return Gender::kFeminine;
    if (lex_.masculine_pronouns.count(folded)) return Gender::kMasculine;
    return Gender::kUnknown;
  }
  bool compatible(int entity, Gender pronoun) const {
    if (entity < 0 || pronoun == Gender::kUnknown || static_cast<std::size_t>(entity) >= genders_.size()) return true;
    Gender g = genders_[static_cast<std::size_t>(entity)];
    return g == Gender::kUnknown || g == pronoun;
  }

  std::vector<Quote> run() {
    index_speaker_labels();
    // An interview has several turns: a lone "Name: …" line is a headline's paraphrase.
    std::vector<std::optional<QuoteMarks>> turns;
    for (const auto& p : m_.paragraphs) turns.push_back(interview_turn(p));
    bool interview = static_cast<std::size_t>(std::count_if(turns.begin(), turns.end(), [](const auto& t) { return t.has_value(); })) >= kMinInterviewTurns;
    for (std::size_t i = 0; i < m_.paragraphs.size(); ++i) {
      if (interview && turns[i]) spans_.push_back(*turns[i]);
      else if (!find_block_quote(m_.paragraphs[i]) && !find_dialogue(m_.paragraphs[i])) find_spans(m_.paragraphs[i]);
    }
    for (const auto& mention : mentions_) {  // Once the spans are known.
      if (inside_quote(mention.start)) continue;
      outside_mentions_.push_back(mention);
      if (mention.type == EntityType::kPerson) outside_persons_.push_back(mention);
    }
    find_speech_verbs();
    collect_speaker_events();
    std::vector<Quote> out;
    const QuoteMarks* previous = nullptr;
    std::optional<Reading> previous_reading;
    for (const auto& span : spans_) {
      Quote q;
      q.start = span.start;
      q.end = span.end;
      q.text = std::string(m_.text.substr(span.start, span.end - span.start));
      std::optional<Reading> reading = attribute(span, q);
      // The next paragraph of a quote that runs on is the same speaker's, unless a cue of its
      // own says whose it is.
      if (!q.has_cue && previous && previous->runs_on && previous_reading && opens_paragraph(span) &&
          paragraph_index_at(span.open) == paragraph_index_at(previous->open) + 1) {
        reading = previous_reading;
        reading->how = Attribution::kContinuation;
      }
      previous = &span;
      previous_reading = reading;
      if (!q.has_cue && !span.dialogue && strings::word_count(q.text) < kMinWordsWithoutCue && !uttered_after_colon(span, q.text)) continue;
      if (!span.dialogue && span.interviewee < 0 && (is_title(q.text) || is_name_in_marks(span, q.text))) continue;
      if (reading) {
        set_speaker(*reading, q);
        last_quote_speaker_ = {*reading, span.close};
      }
      out.push_back(std::move(q));
    }
    return out;
  }

 private:
  void find_spans(const Paragraph& p) {
    std::string_view text = m_.text.substr(p.start, p.end - p.start);
    ClosingMarkFinder closing(text);
    std::vector<std::pair<const Sentence*, std::size_t>> tokens;  // The paragraph's, once needed.
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
        if (next_paragraph_opens_with(p, pair->open)) {
          unicode::Range words = unicode::trim_space(text, {inner, text.size()});
          if (words.end > words.start) spans_.push_back({p.start + i, p.end, p.start + words.start, p.start + words.end, true});
          break;
        }
        i = inner;
        continue;
      }
      unicode::Range words = unicode::trim_space(text, {inner, close});
      if (words.end > words.start) {
        // Where incises go inside the marks (« Trop tard ! fit-il, trop tard ! »), the speech
        // on each side is a quote of its own.
        if (pair->open == "«" && !lex_.dialogue_dashes.empty()) {
          if (tokens.empty()) tokens = paragraph_tokens(p);
          push_speech(tokens, p.start + i, p.start + words.start, p.start + words.end, false);
          spans_.back().close = std::max(spans_.back().close, p.start + close);
        } else {
          spans_.push_back({p.start + i, p.start + close, p.start + words.start, p.start + words.end});
        }
      }
      i = close + (text.substr(close, 2) == "»" ? 2 : 1);
      if (text.substr(close, 3) == "”" || text.substr(close, 3) == "“" || text.substr(close, 3) == "›") i = close + 3;
    }
  }


  // The persons a label may name: each person's full name and family name, folded; and the
  // interviewee an answer label stands for, the person mentioned most.
  void index_speaker_labels() {
    std::size_t most = 0;
    for (const auto& e : entities_) {
      if (e.type != EntityType::kPerson) continue;
      std::string folded = unicode::fold(e.name);
      label_persons_.emplace(folded, e.id);
      label_persons_.emplace(folded.substr(folded.rfind(' ') + 1), e.id);
      if (e.mentions.size() > most) most = e.mentions.size(), interviewee_ = e.id;
    }
  }

  // "PENCE: Well, look…", "Jean Dupont : Parce que…", "R. : Nous…": a paragraph that opens with
  // a label of at most kMaxLabelWords capitalized words and a colon is a turn of an interview
  // when the label names a person of the page, or is an answer label (the interviewee's);
  // its words after the label are that person's quote.
  std::optional<QuoteMarks> interview_turn(const Paragraph& p) const {
    unicode::Range visible = unicode::trim_space(m_.text, {p.start, p.end});
    std::string_view text = m_.text.substr(visible.start, visible.end - visible.start);
    std::size_t colon = text.substr(0, kMaxLabelBytes).find(':');
    if (colon == std::string_view::npos || colon == 0) return std::nullopt;
    std::string_view label = text.substr(0, colon);
    while (!label.empty() && (label.back() == ' ' || label.back() == '.')) label.remove_suffix(1);
    std::vector<std::string_view> words = strings::split(label, ' ');
    if (label.empty() || words.size() > kMaxLabelWords ||
        std::any_of(words.begin(), words.end(), [](std::string_view w) { return !unicode::starts_upper(w); }))
      return std::nullopt;
    std::string folded = unicode::fold(label);
    int person = -1;
    if (auto it = label_persons_.find(folded); it != label_persons_.end()) person = it->second;
    else if (lex_.answer_labels.count(folded)) person = interviewee_;
    unicode::Range answer = unicode::trim_space(m_.text, {visible.start + colon + 1, visible.end});
    std::string_view words_after = m_.text.substr(answer.start, answer.end - answer.start);
    // "Macron : « Nous partirons »": a headline's quote, whose marks find_spans reads.
    bool marked = std::any_of(std::begin(kMarks), std::end(kMarks), [&](const MarkPair& m) { return words_after.starts_with(m.open); });
    if (person < 0 || marked || strings::word_count(words_after) < kMinWordsWithoutCue) return std::nullopt;
    QuoteMarks turn{visible.start, visible.end, answer.start, answer.end};
    turn.label_start = visible.start;
    turn.label_end = visible.start + label.size();
    turn.interviewee = person;
    return turn;
  }

  // A block quote without marks of its own that a colon introduces ("Il a écrit :") is one
  // quote: the words up to a signature ("— Name (@handle) June 1, 2018"), whose name then signs
  // it. Embedded posts without an introduction are the page's illustrations, not quotes of its
  // text. Returns whether p is such a quote.
  bool find_block_quote(const Paragraph& p) {
    if (p.kind != ParagraphKind::kBlockquote) return false;
    unicode::Range visible = unicode::trim_space(m_.text, {p.start, p.end});
    std::string_view text = m_.text.substr(visible.start, visible.end - visible.start);
    if (std::any_of(std::begin(kSignatureDashes), std::end(kSignatureDashes), [&](std::string_view d) { return text.starts_with(d); }) ||
        std::any_of(std::begin(kMarks), std::end(kMarks), [&](const MarkPair& m) { return text.starts_with(m.open); }))
      return false;
    QuoteMarks whole{visible.start, visible.end, visible.start, visible.end};
    if (introducing_colon(whole) == std::string_view::npos) return false;
    std::size_t end = visible.end;
    for (std::string_view dash : kSignatureDashes) {
      std::size_t at = text.rfind(dash);
      if (at == std::string_view::npos || at == 0 || text[at - 1] != ' ') continue;
      unicode::Range name = unicode::trim_space(m_.text, {visible.start + at + dash.size(), visible.end});
      if (unicode::starts_upper(m_.text.substr(name.start, name.end - name.start))) end = std::min(end, visible.start + at);
    }
    unicode::Range words = unicode::trim_space(m_.text, {visible.start, end});
    if (strings::word_count(m_.text.substr(words.start, words.end - words.start)) < kMinWordsWithoutCue) return false;
    spans_.push_back({visible.start, words.end, words.start, words.end});
    return true;
  }

  // The tokens of the sentences of paragraph p, in order: incises are looked for across the
  // sentence ends that their exclamation and question marks make.
  std::vector<std::pair<const Sentence*, std::size_t>> paragraph_tokens(const Paragraph& p) const {
    std::vector<std::pair<const Sentence*, std::size_t>> tokens;
    auto sentence = std::lower_bound(m_.sentences.begin(), m_.sentences.end(), p.start,
                                     [](const Sentence& s, std::size_t pos) { return s.end <= pos; });
    for (; sentence != m_.sentences.end() && sentence->start < p.end; ++sentence)
      for (std::size_t i = 0; i < sentence->tokens.size(); ++i) tokens.emplace_back(&*sentence, i);
    return tokens;
  }

  // Pushes the speech of [from, to) (`open`: its opening mark or dash) split at its incises:
  // an incise starts at a speech verb, or a verb with an inverted subject pronoun ("dit-il"),
  // in lower case right after a comma, a question or an exclamation mark, and ends at the next
  // punctuation mark, where speech resumes (« Trop tard ! fit-il, trop tard ! »). In dialogue,
  // a dash after a sentence end or a colon opens the next turn ("— Oui. — Et elle a refusé…").
  void push_speech(const std::vector<std::pair<const Sentence*, std::size_t>>& tokens, std::size_t open, std::size_t from,
                   std::size_t to, bool dialogue) {
    auto push = [&](std::size_t start, std::size_t end) {
      unicode::Range words = unicode::trim_space(m_.text, {start, end});
      if (words.end > words.start) spans_.push_back({open, words.end, words.start, words.end, false, dialogue});
    };
    auto token = [&](std::size_t k) -> const Token& { return tokens[k].first->tokens[tokens[k].second]; };
    auto gap = [&](std::size_t k) { return m_.text.substr(token(k - 1).end, token(k).start - token(k - 1).end); };
    auto has = [](std::string_view text, std::string_view marks) { return text.find_first_of(marks) != std::string_view::npos; };
    auto first = std::partition_point(tokens.begin(), tokens.end(), [&](const auto& t) { return t.first->tokens[t.second].start <= from; });
    std::size_t piece = from;
    for (std::size_t k = std::max<std::size_t>(1, static_cast<std::size_t>(first - tokens.begin())); k < tokens.size() && token(k).end <= to; ++k) {
      std::string_view before = gap(k);
      if (dialogue && has(before, ".!?:") && opens_with_dash(unicode::trim_space(m_.text, {token(k - 1).end, token(k).start}).start)) {
        push(piece, token(k - 1).end + before.find_first_of(".!?:") + 1);
        open = piece = token(k).start;
        continue;
      }
      if (!has(before, ",?!") && before.find("…") == std::string_view::npos) continue;
      const auto& [s, i] = tokens[k];
      bool verb = speech_verb_at(*s, i) || inverted_pronoun(token(k)) ||
                  (lex_.cue_auxiliaries.count(s->folded[i]) && i + 1 < s->tokens.size() && speech_verb_at(*s, i + 1));  // "a déclaré"
      if (unicode::starts_upper(m_.slice(token(k))) || !verb) continue;
      push(piece, token(k).start);  // The speech before the incise, its punctuation kept.
      std::size_t end = k + 1;
      while (end < tokens.size() && token(end).end <= to && !has(gap(end), ",;.!?")) ++end;
      if (end == tokens.size() || token(end).end > to) return;  // The incise runs to the end.
      open = piece = token(end).start;
      k = end;
    }
    push(piece, to);
  }

  // Whether a dialogue dash of the language followed by a space starts at `pos`.
  bool opens_with_dash(std::size_t pos) const {
    std::string_view text = m_.text.substr(pos, kLongestDashBytes + 1);
    return std::any_of(lex_.dialogue_dashes.begin(), lex_.dialogue_dashes.end(),
                       [&](const std::string& d) { return text.starts_with(d) && text.substr(d.size(), 1) == " "; });
  }

  // "– Je n’ai pas d’argent, répondit la femme ; tu vas me payer." A paragraph that a
  // dialogue dash of the language opens is speech, but for its incises (push_speech). Returns
  // whether p is such a paragraph (its spans are then found).
  bool find_dialogue(const Paragraph& p) {
    if (lex_.dialogue_dashes.empty()) return false;
    unicode::Range visible = unicode::trim_space(m_.text, {p.start, p.end});
    // A turn of dialogue ends as a sentence does; a line that a dash opens and that does not
    // is a signature ("— Téléfoot (@telefoot_TF1) June 1, 2018") or a list item.
    std::string_view text = m_.text.substr(visible.start, visible.end - visible.start);
    if (!std::any_of(std::begin(kTurnEnds), std::end(kTurnEnds), [&](std::string_view e) { return text.ends_with(e); }))
      return false;
    // The first turn: at the paragraph's start, or after a colon ("Elle dit enfin : — C’est
    // pour vous"); elsewhere a dash after a sentence may be the narration's.
    std::size_t turn = std::string_view::npos;
    if (opens_with_dash(visible.start)) turn = visible.start;
    for (std::size_t k = text.find(' '); turn == std::string_view::npos && k != std::string_view::npos; k = text.find(' ', k + 1))
      if (k > 0 && text[k - 1] == ':' && opens_with_dash(visible.start + k + 1))
        turn = visible.start + k + 1;
    if (turn == std::string_view::npos) return false;
    if (turn > visible.start) find_spans({p.start, turn, p.kind});  // The narration before it.
    std::size_t after_dash = turn + m_.text.substr(turn).find(' ');
    push_speech(paragraph_tokens(p), turn, after_dash, visible.end, true);
    return true;
  }

  // "dit-il", "s'écria-t-elle": a verb whose last hyphenated part is a subject pronoun.
  bool inverted_pronoun(const Token& t) const { return inverted_stem(unicode::fold(m_.slice(t))) != std::string::npos; }

  // Where the verb of a folded word with an inverted subject pronoun ends ("indique" of
  // "indique-t-il", "dit" of "dit-elle"), npos if the word has none.
  std::size_t inverted_stem(const std::string& folded) const {
    std::size_t dash = folded.rfind('-');
    if (dash == std::string::npos || dash == 0 || !is_pronoun(folded.substr(dash + 1))) return std::string::npos;
    std::size_t stem = dash;
    if (stem >= 2 && folded.compare(stem - 2, 2, "-t") == 0) stem -= 2;  // The euphonic t of "a-t-il".
    return stem;
  }

  // "Face the Nation", « Le Monde », "The Steve Harvey Morning Show": a few words whose
  // content words are all capitalized name a work, a show or a paper; they are not speech.
  bool is_title(std::string_view text) const {
    std::vector<std::string_view> words;
    for (std::string_view w : strings::split(text, ' '))
      if (!w.empty()) words.push_back(w);
    if (words.size() < 2 || words.size() > kMaxTitleWords || !unicode::starts_upper(words[0])) return false;
    std::size_t capitalized = 0;
    for (std::string_view w : words) {
      if (unicode::starts_upper(w)) ++capitalized;
      else if (!lex_.function_words.count(unicode::fold(w))) return false;  // A lower-case content word.
    }
    return capitalized >= 1 && (capitalized < words.size() || capitalized >= 2);
  }

  // "Il disait en levant les yeux : « Quelle femme ! »": a colon introduces a whole utterance
  // (a capital first, a sentence's end last), speech however short.
  bool uttered_after_colon(const QuoteMarks& span, std::string_view text) const {
    if (text.empty() || !unicode::starts_upper(text) || introducing_colon(span) == std::string_view::npos) return false;
    return std::any_of(std::begin(kSentenceEndMarks), std::end(kSentenceEndMarks), [&](std::string_view e) { return text.ends_with(e); });
  }

  // « Orechnik », "Bulldozer": one capitalized word in marks inside a sentence, with no
  // punctuation of its own, names a thing or a person (a missile, a nickname); after a colon
  // it may be a whole answer (« Non. »).
  bool is_name_in_marks(const QuoteMarks& span, std::string_view text) const {
    if (text.find(' ') != std::string_view::npos || !unicode::starts_upper(text) || unicode::is_all_upper(text)) return false;
    if (std::string_view(".!?,;:…").find(text.back()) != std::string_view::npos) return false;
    unicode::Range before = unicode::trim_space(m_.text, {paragraph_at(span.open) ? paragraph_at(span.open)->start : 0, span.open});
    return before.end > before.start && m_.text[before.end - 1] != ':';
  }

  // Whether the paragraph after p opens with the mark `open` (spaces aside).
  bool next_paragraph_opens_with(const Paragraph& p, std::string_view open) const {
    const Paragraph* next = paragraph_at(p.start);  // p may be a part of its paragraph.
    if (!next || ++next >= m_.paragraphs.data() + m_.paragraphs.size()) return false;
    unicode::Range r = unicode::trim_space(m_.text, {next->start, next->end});
    return m_.text.substr(r.start, open.size()) == open;
  }

  // Whether a quote opens its paragraph (spaces aside).
  bool opens_paragraph(const QuoteMarks& span) const {
    const Paragraph* p = paragraph_at(span.open);
    if (!p) return false;
    unicode::Range before = unicode::trim_space(m_.text, {p->start, span.open});
    return before.end <= before.start;
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

  // Only spaces (no-break ones too) in bytes [from, to) of the text: two words read as one phrase.
  bool spaces_only(std::size_t from, std::size_t to) const {
    return m_.text.substr(from, to - from).find_first_not_of(" \u00a0") == std::string_view::npos;
  }
  static bool has_ascii_alnum(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
  }

  // The span of `spans` (in text order, not overlapping: sentences, paragraphs) that holds pos.
  template <typename Span>
  static const Span* span_at(const std::vector<Span>& spans, std::size_t pos) {
    auto it = std::upper_bound(spans.begin(), spans.end(), pos, [](std::size_t p, const Span& span) { return p < span.start; });
    if (it == spans.begin()) return nullptr;
    --it;
    return pos < it->end ? &*it : nullptr;
  }
  const Sentence* sentence_at(std::size_t pos) const { return span_at(m_.sentences, pos); }

  // Length in tokens of the speech verb starting at token i, 0 if none.
  std::size_t speech_verb_at(const Sentence& s, std::size_t i) const {
    std::size_t width = 0;
    std::string buffer;
    const std::string& word = lexicon_word(s, i, width, buffer);
    if (lex_.speech_verbs.count(word)) return width;
    // "indique-t-il", "poursuit-elle": the verb of an inverted subject pronoun.
    if (std::size_t stem = inverted_stem(word); stem != std::string::npos && lex_.speech_verbs.count(word.substr(0, stem))) return width;
    for (const auto& phrase : lex_.speech_phrases) {
      std::size_t n = 0, k = i;
      for (; n < phrase.size() && k < s.tokens.size(); ++n, k += width)
        if (lexicon_word(s, k, width, buffer) != phrase[n]) break;
      if (n == phrase.size()) return k - i;
    }
    return 0;
  }

  // Token i as the lexicon writes a word, and the tokens it takes (`width`): an elided word is
  // read with the word after it, its apostrophe straight ("s’" "écria" is "s'écria", written
  // into `buffer`); any other word is its folded form.
  const std::string& lexicon_word(const Sentence& s, std::size_t i, std::size_t& width, std::string& buffer) const {
    width = 1;
    const std::string& folded = s.folded[i];
    std::size_t head = elision_head(folded);
    if (head == std::string::npos || i + 1 >= s.tokens.size()) return folded;
    width = 2;
    buffer.assign(folded, 0, head).append("'").append(s.folded[i + 1]);
    return buffer;
  }

  bool is_pronoun(const std::string& folded) const { return lex_.speaker_pronouns.count(folded) > 0; }

  // An elided word as the text model splits it off ("l’" of "l’AFP", "d'"): the length of the
  // word before its apostrophe, npos for any other word.
  std::size_t elision_head(const std::string& folded) const {
    for (std::string_view apostrophe : {std::string_view("'"), std::string_view("’")}) {
      if (!folded.ends_with(apostrophe)) continue;
      std::size_t head = folded.size() - apostrophe.size();
      if (std::find(lex_.elisions.begin(), lex_.elisions.end(), std::string_view(folded).substr(0, head)) != lex_.elisions.end()) return head;
    }
    return std::string::npos;
  }
  bool elided(const std::string& folded) const { return elision_head(folded) != std::string::npos; }

  // Whether a preposition of the language (and, with `linkers`, a role linker or contraction:
  // "de", "of", "du") governs the mention, determiners and elisions between ("told AFP", "à
  // l’AFP", "le colistier de Donald Trump"), or governs the possessor right before it ("at Vox
  // Media’s Code Conference"): a listener, a place, an occasion, a complement. Only tokens from
  // `first_token` of its sentence on count: the cue's own words do not ("according to").
  bool governed(const MentionRef& mention, std::size_t first_token, bool linkers, bool possessor = true) const {
    const Sentence* s = sentence_at(mention.start);
    if (!s) return false;
    std::size_t k = first_token_from(*s, mention.start);
    if (possessor && k > first_token && k > 0 && possessive(s->folded[k - 1])) {
      auto it = mentions_from(outside_mentions_, mention.start);
      if (it != outside_mentions_.begin() && std::prev(it)->end >= s->tokens[k - 1].start)
        return governed(*std::prev(it), first_token, linkers, false);  // One possessor back, no chain.
    }
    for (std::size_t steps = 0; k > first_token && k > 0 && steps < 3; ++steps) {
      const std::string& before = s->folded[--k];
      if (lex_.non_speaker_prepositions.count(before)) return true;
      if (linkers && (lex_.roles.linkers.count(before) || lex_.roles.contractions.count(before))) return true;
      if (!lex_.roles.determiners.count(before) && !elided(before)) return false;
    }
    return false;
  }

  // A word that ends in a possessive of the language ("Trump's", "Media’s").
  bool possessive(const std::string& folded) const {
    return std::any_of(lex_.roles.possessive_endings.begin(), lex_.roles.possessive_endings.end(),
                       [&](const std::string& ending) { return folded.size() > ending.size() && folded.ends_with(ending); });
  }

  // The first person named in [from, to) outside quotes, else the first organization, not
  // introduced by a preposition after token `first_token` of its sentence: in "a indiqué le
  // porte-parole du Kremlin, Dmitri Peskov" the organization only describes the speaker. Places
  // do not speak after a cue ("said in Washington").
  const MentionRef* first_mention_in(std::size_t from, std::size_t to, std::size_t first_token = 0) const {
    const MentionRef* organization = nullptr;
    for (auto it = mentions_from(outside_mentions_, from); it != outside_mentions_.end() && it->start < to; ++it) {
      if (it->end > to || it->type == EntityType::kLocation || governed(*it, first_token, false)) continue;
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

  // A mention that completes another word rather than acts: introduced by a linker or a
  // preposition ("le colistier de Donald Trump", "allié de la Russie"), or a possessive ("the
  // Trump campaign's director" reads "Trump" as one, "Trump's aide" too).
  bool is_complement(const MentionRef& mention) const {
    for (const auto& ending : lex_.roles.possessive_endings)
      if (unicode::fold(m_.text.substr(mention.end, ending.size())) == ending) return true;
    // "avec le président français Emmanuel Macron": the name is read with the role before it.
    auto it = mentions_from(outside_mentions_, mention.start);
    if (it != outside_mentions_.begin()) {
      const MentionRef& before = *std::prev(it);
      if (before.entity == mention.entity && before.end <= mention.start &&
          m_.text.substr(before.end, mention.start - before.end).find_first_not_of(" ,\u00a0") == std::string_view::npos)
        return governed(before, 0, true);
    }
    return governed(mention, 0, true);
  }

  // A participle of the language ("saying", "déclarant") right after a comma.
  bool participle_after_comma(const Sentence& s, std::size_t verb) const {
    if (verb == 0 || m_.gap(s.tokens[verb - 1], s.tokens[verb]).find(',') == std::string_view::npos) return false;
    const std::string& word = s.folded[verb];
    return std::any_of(lex_.participle_endings.begin(), lex_.participle_endings.end(),
                       [&](const std::string& e) { return word.size() > e.size() + 2 && word.ends_with(e); });
  }

  // The first token of the cue whose speech verb is token `verb`: its auxiliary when it has
  // one ("a déclaré", "has said").
  std::size_t cue_first_token(const Sentence& s, std::size_t verb) const {
    if (verb == 0) return verb;
    const std::string& before = s.folded[verb - 1];
    return lex_.cue_auxiliaries.count(before.substr(0, before.find('-'))) ? verb - 1 : verb;
  }

  // The subject of a speech verb before it in its sentence: the last mention before the verb
  // that is not a complement ("Peskov a déclaré", "le ministre de la Défense a affirmé"); a
  // place only right before the cue ("la Chine a appelé", "Russia said"): elsewhere a place
  // is where things happen.
  const MentionRef* subject_before(const Sentence& s, std::size_t verb) const {
    std::size_t cue_start = s.tokens[cue_first_token(s, verb)].start;
    // "Trump attacked Clinton for her vote, saying, "…"": a participle after a comma shares the
    // sentence's subject, its first person or organization that is not a complement.
    if (participle_after_comma(s, verb)) {
      std::size_t looked_at = 0;
      for (auto it = mentions_from(outside_mentions_, s.start); it != outside_mentions_.end() && it->end <= cue_start &&
                                                               looked_at++ < kSubjectLookbackMentions; ++it)
        if (it->type != EntityType::kLocation && !is_complement(*it)) return &*it;
      return nullptr;
    }
    std::size_t looked_at = 0;
    for (auto it = mentions_from(outside_mentions_, cue_start); it != outside_mentions_.begin() && looked_at < kSubjectLookbackMentions;) {
      const MentionRef& mention = *--it;
      if (mention.start < s.start) break;
      ++looked_at;
      if (mention.end > cue_start || is_complement(mention)) continue;
      bool adjacent = spaces_only(mention.end, cue_start);
      if (mention.type == EntityType::kLocation && !adjacent) continue;
      return &mention;
    }
    return nullptr;
  }

  const Paragraph* paragraph_at(std::size_t pos) const { return span_at(m_.paragraphs, pos); }
  std::size_t paragraph_index_at(std::size_t pos) const {
    const Paragraph* p = paragraph_at(pos);
    return p ? static_cast<std::size_t>(p - m_.paragraphs.data()) : 0;
  }
  bool in_caption_or_credit(std::size_t pos) const {
    const Paragraph* p = paragraph_at(pos);
    return p && (p->kind == ParagraphKind::kCaption || p->kind == ParagraphKind::kCredit);
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

  // Who spoke, in order: the subject of every speech verb that names a person or an
  // organization, and the mention it was read from.
  void collect_speaker_events() {
    for (const auto& s : m_.sentences) {
      for (const SpeechVerb& verb : speech_verbs_[index_of(s)]) {
        std::size_t i = verb.token;
        // "she said": the pronoun is the subject, and names its antecedent.
        if (auto pronoun = pronoun_of_cue(s, i, verb.length, 0)) {
          if (auto reading = resolve_pronoun(*pronoun, pronoun->start); reading && reading->entity >= 0)
            events_.push_back({s.tokens[i].start, *reading});
          continue;
        }
        const MentionRef* subject = subject_before(s, i);
        if (!subject) {
          // "the New York businessman said": a subject phrase speaks too.
          if (auto phrase = subject_phrase(s, cue_first_token(s, i), 0, s.tokens[i].start)) {
            events_.push_back({s.tokens[i].start, *phrase});
            continue;
          }
          std::size_t to = s.tokens[std::min(s.tokens.size() - 1, i + verb.length + kSpeakerWindowAfterCue)].end;
          subject = first_mention_in(s.tokens[i].end, to, i + verb.length);
        }
        if (subject && subject->type != EntityType::kLocation) events_.push_back({s.tokens[i].start, reading_of(*subject)});
      }
    }
  }

  // The last speaker event before pos, or nullptr (events are in text order).
  const std::pair<std::size_t, Reading>* last_event_before(std::size_t pos) const {
    auto it = std::lower_bound(events_.begin(), events_.end(), pos, [](const auto& e, std::size_t p) { return e.first < p; });
    return it == events_.begin() ? nullptr : &*std::prev(it);
  }

  void set_cue(const Sentence& s, std::size_t verb, std::size_t length, Quote& q) const {
    std::size_t first = cue_first_token(s, verb);
    q.has_cue = true;
    q.cue.start = s.tokens[first].start;
    q.cue.end = s.tokens[verb + length - 1].end;
    q.cue.text = std::string(m_.text.substr(q.cue.start, q.cue.end - q.cue.start));
  }

  // What a mention beside a cue says: the speaker it names, and whether by a name, a role or
  // as an organization (a place that speaks stands for its government: "la Chine a appelé").
  static Reading reading_of(const MentionRef& mention) {
    Attribution how = mention.type != EntityType::kPerson ? Attribution::kOrganization
                      : mention.role                     ? Attribution::kRole
                                                         : Attribution::kNamed;
    return {mention.entity, mention.start, mention.end, how};
  }

  // A speaker that is no entity (an unresolved pronoun, a role phrase of nobody named) is
  // named by its words in the text.
  void set_speaker(const Reading& reading, Quote& q) const {
    q.has_speaker = true;
    q.speaker.entity = reading.entity;
    q.speaker.name = reading.entity >= 0 ? entities_[static_cast<std::size_t>(reading.entity)].name
                                         : std::string(m_.text.substr(reading.start, reading.end - reading.start));
    q.speaker.start = reading.start;
    q.speaker.end = reading.end;
    q.speaker.how = reading.how;
  }

  // The pronoun that is the subject of the speech verb at token i, as bytes of the text: a
  // word of its own right before or after the verb ("he said", "said he", "il a déclaré"), or
  // the last part of the verb or of its auxiliary ("a-t-il", "dit-elle").
  std::optional<unicode::Range> pronoun_of_cue(const Sentence& s, std::size_t i, std::size_t length, std::size_t first) const {
    auto part = [&](std::size_t k) -> std::optional<unicode::Range> {
      std::string_view word = m_.slice(s.tokens[k]);
      std::size_t dash = word.rfind('-');
      if (dash == std::string_view::npos || !is_pronoun(unicode::fold(word.substr(dash + 1)))) return std::nullopt;
      return unicode::Range{s.tokens[k].start + dash + 1, s.tokens[k].end};
    };
    auto whole = [&](std::size_t k) -> std::optional<unicode::Range> {
      if (k < first || k >= s.tokens.size() || !is_pronoun(s.folded[k])) return std::nullopt;
      return unicode::Range{s.tokens[k].start, s.tokens[k].end};
    };
    if (auto r = part(i)) return r;
    if (i > 0) {
      if (auto r = part(i - 1)) return r;
      if (auto r = whole(i - 1)) return r;
      // "il a déclaré", "he has said": the auxiliary between the pronoun and the verb.
      if (i > 1 && lex_.cue_auxiliaries.count(s.folded[i - 1]))
        if (auto r = whole(i - 2)) return r;
    }
    // "…," said he: after the verb, only a pronoun that ends the clause ("said he thought" is
    // another clause's subject).
    std::size_t after = i + length;
    if (after + 1 < s.tokens.size() && m_.gap(s.tokens[after], s.tokens[after + 1]).find_first_of(",;:.!?") == std::string_view::npos)
      return std::nullopt;
    return whole(after);
  }

  // The antecedent of a subject pronoun at `pos`: in its sentence before it, then in each
  // sentence before, the first person mentioned (the subject of that sentence, most often);
  // for a plural pronoun, the first organization, or else a person.
  // "Ce dernier rappelle", "the latter said": an anaphoric phrase of the language right before
  // the cue (tokens from `first` on) stands for the person mentioned last before it.
  std::optional<Reading> anaphor_before(const Sentence& s, std::size_t cue, std::size_t first) const {
    for (const auto& phrase : lex_.anaphoric_subjects) {
      if (cue < first + phrase.size()) continue;
      std::size_t from = cue - phrase.size();
      bool same = true;
      for (std::size_t k = 0; k < phrase.size() && same; ++k) same = s.folded[from + k] == phrase[k];
      if (!same) continue;
      std::size_t start = s.tokens[from].start, end = s.tokens[cue - 1].end;
      if (const MentionRef* person = last_mention_in(start > kAnaphorReachBytes ? start - kAnaphorReachBytes : 0, start, true))
        return Reading{person->entity, start, end, Attribution::kPronoun};
    }
    return std::nullopt;
  }

  // The antecedent of a subject pronoun: the running speaker when nobody else was mentioned
  // since they spoke; else, in the pronoun's sentence before it, then in each sentence before,
  // the first person mentioned who is not a complement (the subject of that sentence, most
  // often), for a plural pronoun the first organization; an organization when no person is
  // near ("indique-t-il dans un communiqué" of a company).
  std::optional<Reading> resolve_pronoun(unicode::Range pronoun, std::size_t quote_open) const {
    std::string folded = unicode::fold(m_.text.substr(pronoun.start, pronoun.end - pronoun.start));
    bool plural = lex_.plural_pronouns.count(folded) > 0;
    Gender gender = plural ? Gender::kUnknown : pronoun_gender(folded);
    const Sentence* s = sentence_at(pronoun.start);
    if (!s) return std::nullopt;
    std::size_t until = std::min(pronoun.start, quote_open);
    if (auto running = running_speaker(until);
        running && running->entity >= 0 && (plural || running->how != Attribution::kOrganization) && compatible(running->entity, gender))
      return Reading{running->entity, pronoun.start, pronoun.end, Attribution::kPronoun};
    const MentionRef* organization = nullptr;
    for (std::size_t back = 0, si = index_of(*s); back <= kPronounLookbackSentences; ++back, --si) {
      const Sentence& sentence = m_.sentences[si];
      const MentionRef* person = nullptr;
      const MentionRef* sentence_organization = nullptr;
      std::size_t looked_at = 0;
      for (auto it = mentions_from(outside_mentions_, sentence.start);
           it != outside_mentions_.end() && it->start < std::min(until, sentence.end) && looked_at++ < kSubjectLookbackMentions; ++it) {
        if (it->type == EntityType::kLocation || (person && sentence_organization) || is_complement(*it)) continue;
        if (it->type == EntityType::kPerson && !person && compatible(it->entity, gender)) person = &*it;
        if (it->type == EntityType::kOrganization && !sentence_organization) sentence_organization = &*it;
      }
      // An organization stands for a singular pronoun only within the pronoun's paragraph.
      if (!organization && sentence.paragraph == s->paragraph) organization = sentence_organization;
      const MentionRef* found = plural && sentence_organization ? sentence_organization : person;
      if (found) return Reading{found->entity, pronoun.start, pronoun.end, Attribution::kPronoun};
      if (si == 0) break;
    }
    if (organization) return Reading{organization->entity, pronoun.start, pronoun.end, Attribution::kPronoun};
    return Reading{-1, pronoun.start, pronoun.end, Attribution::kPronoun};  // Unresolved: the pronoun is all we know.
  }

  // The speaker a speech verb at token i of s gives a quote: the name right before it, a
  // pronoun subject, a name or role after it ("a indiqué le porte-parole du Kremlin, Dmitri
  // Peskov"), the subject before it, or a role phrase after it that repeats a person's role.
  std::optional<Reading> speaker_of_cue(const Sentence& s, std::size_t i, std::size_t length, const QuoteMarks& span,
                                         std::size_t first, const Quote& q) {
    std::size_t cue_start = q.cue.start;
    bool after_quote = cue_start > span.close;
    if (after_quote) {
      // "Obama said": a name right before the cue (only spaces between) is its subject.
      const MentionRef* between = last_mention_in(span.close, cue_start);
      if (between && spaces_only(between->end, cue_start))
        return reading_of(*between);
      // ""…," Lina Khatib, an expert at Chatham House, told the AP", ""…" Rep. John Mica
      // (R-Fla.) said": a name right after the quote, only punctuation between, and an
      // apposition or a parenthesis after it, is the subject of the cue.
      auto next = mentions_from(outside_mentions_, span.close);
      // "Senate Majority Leader Mitch McConnell": a title (an organization, a role) right before
      // the name is the name's.
      if (next != outside_mentions_.end() && std::next(next) != outside_mentions_.end() && std::next(next)->type == EntityType::kPerson &&
          spaces_only(next->end, std::next(next)->start))
        ++next;
      if (next != outside_mentions_.end() && next->end < cue_start && next->type != EntityType::kLocation &&
          (m_.text[next->end] == ',' || m_.text.substr(next->end, 2) == " (")) {
        // The quote's last mark to the name: punctuation, and capitalized words (a title).
        std::string_view around = m_.text.substr(span.end, next->start - span.end);
        bool title_only = true;
        for (std::string_view word : strings::split(around, ' '))
          title_only = title_only && (!has_ascii_alnum(word) || unicode::starts_upper(word));
        if (title_only) return reading_of(*next);
      }
    }
    if (auto pronoun = pronoun_of_cue(s, i, length, first)) return resolve_pronoun(*pronoun, span.open);
    if (auto latter = anaphor_before(s, cue_first_token(s, i), first)) return latter;
    if (!after_quote)
      if (const MentionRef* subject = subject_before(s, i)) return reading_of(*subject);
    // ""We need change," the New York businessman said", "the band leader called": a phrase
    // that a determiner opens, right before the cue, is its subject.
    if (auto phrase = subject_phrase(s, cue_first_token(s, i), after_quote ? first : 0, span.open)) return phrase;
    std::size_t last = std::min(s.tokens.size() - 1, i + length + kSpeakerWindowAfterCue);
    std::size_t after_end = s.tokens[last].end;
    if (!after_quote) after_end = std::min(after_end, span.open);
    // "told the AP": the name after a verb of telling is its listener.
    bool tells = lex_.listener_verbs.count(s.folded[i + length - 1]) > 0;
    if (!tells)
      if (const MentionRef* after = first_mention_in(s.tokens[i].end, after_end, i + length)) return reading_of(*after);
    // The role phrase: the words after an inverted cue, or those of the clause before the cue.
    std::size_t from = after_quote ? i + length : clause_start(s, i), to = after_quote ? last + 1 : i;
    if (from < to)
      if (int role = resolve_role(WordStretch(sentence_index(s), from, to), span.open); role >= 0)
        return Reading{role, s.tokens[from].start, s.tokens[to - 1].end, Attribution::kRole};
    // ""We need change," the businessman said, arguing that…": a cue without a subject of its
    // own shares the speaker of a speech verb before it in its sentence.
    if (const auto* event = last_event_before(s.tokens[i].start); event && event->first >= s.start) return event->second;
    // "rapporte le ministère russe de la Défense", "selon la Drees, « … »", "said the
    // spokeswoman": the phrase a determiner opens right after the cue, nobody named in it.
    if (!tells)
      if (auto phrase = phrase_after(s, i + length, after_end)) return phrase;
    return std::nullopt;
  }

  // The phrase that a determiner (or an elided one) opens at token k, up to a punctuation mark,
  // a preposition of the language or kMaxSubjectPhraseWords words, ending before byte `limit`:
  // an organization's when a word of it is capitalized ("la Drees"), else a role's.
  std::optional<Reading> phrase_after(const Sentence& s, std::size_t k, std::size_t limit) const {
    if (k >= s.tokens.size()) return std::nullopt;
    // "said Rep. G.K. Butterfield (D-N.C.)": capitalized words alone after the cue name someone
    // the entities stage did not recognize.
    // Inside one sentence, a dot between two words is an abbreviation's ("Rep. G.K. Butterfield").
    auto joined = [&](std::size_t t) { return m_.gap(s.tokens[t - 1], s.tokens[t]).find_first_not_of(" .\u00a0") == std::string_view::npos; };
    std::size_t n = k;
    while (n < s.tokens.size() && n - k < kMaxUnknownNameWords && s.tokens[n].end <= limit && (n == k || joined(n)) &&
           unicode::starts_upper(m_.slice(s.tokens[n])) && !lex_.function_words.count(s.folded[n]) && !is_pronoun(s.folded[n]))
      ++n;
    if (n > k && !last_mention_in(s.tokens[k].start, s.tokens[n - 1].end)) return Reading{-1, s.tokens[k].start, s.tokens[n - 1].end, Attribution::kNamed};
    if (!lex_.roles.determiners.count(s.folded[k]) && !elided(s.folded[k])) return std::nullopt;
    std::size_t end = k + 1;
    while (end < s.tokens.size() && end - k < kMaxSubjectPhraseWords && s.tokens[end].end <= limit &&
           spaces_only(s.tokens[end - 1].end, s.tokens[end].start) &&
           !lex_.non_speaker_prepositions.count(s.folded[end]) && !speech_verb_at(s, end))
      ++end;
    // Not a clause ("that he will bring"): no pronoun in it, a content word last.
    while (end > k + 1 && lex_.function_words.count(s.folded[end - 1])) --end;
    if (end == k + 1 || std::any_of(s.folded.begin() + static_cast<std::ptrdiff_t>(k), s.folded.begin() + static_cast<std::ptrdiff_t>(end),
                                    [&](const std::string& w) { return is_pronoun(w); }))
      return std::nullopt;
    std::size_t start = s.tokens[k].start, stop = s.tokens[end - 1].end;
    if (last_mention_in(start, stop, true)) return std::nullopt;  // A name there is read as a name.
    bool capitalized = false;
    for (std::size_t t = k + 1; t < end; ++t) capitalized = capitalized || unicode::starts_upper(m_.slice(s.tokens[t]));
    return Reading{-1, start, stop, capitalized ? Attribution::kOrganization : Attribution::kRole};
  }

  // The first token of the clause that token i is in: after the last comma, semicolon or
  // colon before it, at most kRoleContextWords * 2 tokens back.
  std::size_t clause_start(const Sentence& s, std::size_t i) const {
    std::size_t k = i;
    while (k > 0 && i - k < kRoleContextWords * 2 && m_.gap(s.tokens[k - 1], s.tokens[k]).find_first_of(",;:") == std::string_view::npos) --k;
    return k;
  }

  // The phrase of at most kMaxSubjectPhraseWords words right before token `cue` (tokens from
  // `from` on, spaces only between them) when a determiner opens it and no name stands in it:
  // a role phrase, linked to the person whose role it repeats or standing alone ("the clip",
  // "show insiders" are speakers a reader accepts).
  std::optional<Reading> subject_phrase(const Sentence& s, std::size_t cue, std::size_t from, std::size_t quote_open) {
    auto spaced = [&](std::size_t k) {  // Only spaces between tokens k - 1 and k.
      return spaces_only(s.tokens[k - 1].end, s.tokens[k].start);
    };
    // A determiner and at least one word after it, opening the clause: right after the quote
    // or the sentence's start, or after a punctuation mark ("At his cookout, the band leader");
    // a determiner inside is a complement's ("a narrator in the Clinton ad").
    auto at_clause_start = [&](std::size_t k) {
      return k == from || m_.gap(s.tokens[k - 1], s.tokens[k]).find_first_of(",;:") != std::string_view::npos;
    };
    // A possessive opens a phrase as a determiner does ("Obama's former campaign strategist").
    auto opens_clause = [&](std::size_t k) {
      return (lex_.roles.determiners.count(s.folded[k]) || possessive(s.folded[k])) && k + 1 < cue && at_clause_start(k);
    };
    // "Le président a ensuite écrit": the phrase ends before the cue's auxiliary and adverbs.
    for (std::size_t a = cue; a > from && cue - a < kMaxSubjectPhraseWords; --a)
      if (lex_.cue_auxiliaries.count(s.folded[a - 1])) {
        cue = a - 1;
        break;
      }
    // ""…," Mr. King added", "PolitiFact claimed": capitalized words alone at the clause's start
    // name someone the entities stage did not recognize.
    std::size_t n = cue;
    while (n > from && cue - n < kMaxUnknownNameWords && spaced(n) && unicode::starts_upper(m_.slice(s.tokens[n - 1])) &&
           !lex_.function_words.count(s.folded[n - 1]) && !is_pronoun(s.folded[n - 1]))
      --n;
    if (n < cue && at_clause_start(n) && !last_mention_in(s.tokens[n].start, s.tokens[cue - 1].end))
      return Reading{-1, s.tokens[n].start, s.tokens[cue - 1].end, Attribution::kNamed};
    std::size_t k = cue;
    while (k > from && cue - k < kMaxSubjectPhraseWords && spaced(k) && !opens_clause(k - 1)) --k;
    if (k == from || !opens_clause(k - 1)) return std::nullopt;
    --k;
    std::size_t start = s.tokens[k].start, end = s.tokens[cue - 1].end;
    // A name in it would be the subject, unless a complement ("a narrator in the Clinton ad"); a
    // place or an organization modifies ("the Vermont senator").
    if (const MentionRef* inside = last_mention_in(start, end, true); inside && !is_complement(*inside)) return std::nullopt;
    if (std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(k), s.tokens.begin() + static_cast<std::ptrdiff_t>(cue),
                    [&](const Token& t) { return is_pronoun(unicode::fold(m_.slice(t))); }))
      return std::nullopt;
    int role = resolve_role(WordStretch(sentence_index(s), k, cue), quote_open);
    return Reading{role, start, end, Attribution::kRole};
  }

  // ""…" ― Christina Lastra": a dash and a name right after the quote sign it.
  std::optional<Reading> speaker_by_signature(const QuoteMarks& span) const {
    auto next = mentions_from(outside_mentions_, span.close);
    if (next == outside_mentions_.end() || next->type == EntityType::kLocation) return std::nullopt;
    std::string_view gap = m_.text.substr(span.end, next->start - span.end);
    bool dash = false;
    for (std::string_view mark : kSignatureDashes) dash = dash || gap.find(mark) != std::string_view::npos;
    if (!dash || has_ascii_alnum(gap) ||
        gap.size() > kMaxSignatureGapBytes)
      return std::nullopt;
    return reading_of(*next);
  }

  // The colon that introduces the quote: right before its opening mark, or ending the
  // paragraph before the quote's when the quote opens its paragraph. npos if none.
  std::size_t introducing_colon(const QuoteMarks& span) const {
    auto last_visible = [&](std::size_t from, std::size_t to) -> std::size_t {
      unicode::Range r = unicode::trim_space(m_.text, {from, to});
      return r.end > r.start ? r.end - 1 : std::string_view::npos;
    };
    const Paragraph* p = paragraph_at(span.open);
    if (!p) return std::string_view::npos;
    std::size_t before = last_visible(p->start, span.open);
    if (before == std::string_view::npos && p != m_.paragraphs.data()) {
      const Paragraph& previous = *(p - 1);
      before = last_visible(previous.start, previous.end);
    }
    return before != std::string_view::npos && m_.text[before] == ':' ? before : std::string_view::npos;
  }

  // "She put it simply: "…"", "Le ministre a prévenu : « … »": the sentence that ends in the
  // colon before the quote gives its speech verb's speaker, else its subject (its first
  // person or organization, or a pronoun that opens it).
  std::optional<Reading> speaker_by_colon(const QuoteMarks& span, Quote& q) {
    std::size_t colon = introducing_colon(span);
    if (colon == std::string_view::npos) return std::nullopt;
    const Sentence* s = sentence_at(colon);
    if (!s || s->tokens.empty()) return std::nullopt;
    std::size_t end = first_token_from(*s, colon);
    const auto& verbs = speech_verbs_[index_of(*s)];
    auto verb = std::lower_bound(verbs.begin(), verbs.end(), end, [](const SpeechVerb& v, std::size_t t) { return v.token < t; });
    if (verb != verbs.begin()) {
      const auto [i, length] = *std::prev(verb);
      set_cue(*s, i, length, q);
      QuoteMarks at_colon = span;
      at_colon.open = colon;  // The speaker stands before the colon.
      return speaker_of_cue(*s, i, length, at_colon, 0, q);
    }
    if (is_pronoun(s->folded[0])) return resolve_pronoun({s->tokens[0].start, s->tokens[0].end}, span.open);
    std::size_t looked_at = 0;
    for (auto it = mentions_from(outside_mentions_, s->start);
         it != outside_mentions_.end() && it->end <= colon && looked_at++ < kSubjectLookbackMentions; ++it)
      if (it->type != EntityType::kLocation) return Reading{it->entity, it->start, it->end, Attribution::kColon};
    return std::nullopt;
  }

  // The running speaker at pos, whom a quote without a cue of its own continues: the last
  // one who spoke (an attributed quote, or a speech verb's subject) within
  // kContinuationParagraphs paragraphs before, with no other person mentioned in between.
  // Persons mentioned in the sentence where the speaker spoke do not count: they describe the
  // speaker or the words ("said James Blair, the Trump campaign's political director").
  std::optional<Reading> running_speaker(std::size_t pos) const {
    std::optional<std::pair<Reading, std::size_t>> last = last_quote_speaker_;
    if (last && last->second >= pos) last.reset();
    if (const auto* event = last_event_before(pos); event && (!last || event->first > last->second))
      last = std::pair{event->second, event->first};
    if (!last) return std::nullopt;
    if (paragraph_index_at(pos) > paragraph_index_at(last->second) + kContinuationParagraphs) return std::nullopt;
    const Sentence* spoke_in = sentence_at(last->second);
    std::size_t since = spoke_in ? std::max(last->second, spoke_in->end) : last->second;
    std::size_t looked_at = 0;
    for (auto it = mentions_from(outside_persons_, pos); it != outside_persons_.begin();) {
      const MentionRef& mention = *--it;
      if (mention.start < since) break;
      if (++looked_at > kContinuationLookbackMentions) return std::nullopt;
      // A person talked about ("gifts from Lord Alli") does not take the floor.
      if (mention.entity != last->first.entity && !is_complement(mention)) return std::nullopt;
    }
    return last->first;
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

  // The speech verb of the quote's sentence that attributes it, and the speaker it gives; else
  // the colon route; else the running speaker.
  std::optional<Reading> attribute(const QuoteMarks& span, Quote& q) {
    if (span.interviewee >= 0) return Reading{span.interviewee, span.label_start, span.label_end, Attribution::kInterview};
    // After the quote: ", a-t-il déclaré", ", a indiqué X", "Obama said": the first speech verb
    // within kCueWindowAfter words, not counting the words of other quotes of the sentence.
    std::optional<SpeechVerb> after, before;
    std::size_t words_to_after = 0;
    const Sentence* after_sentence = sentence_at(span.close);
    // ""Where did the money go?" a narrator asks.": the quote's mark ended the sentence, and
    // the next one, in lower case, goes on with the attribution.
    if (after_sentence && first_token_from(*after_sentence, span.close) == after_sentence->tokens.size()) {
      const Sentence* next = after_sentence + 1;
      bool goes_on = next < m_.sentences.data() + m_.sentences.size() && next->paragraph == after_sentence->paragraph &&
                     !next->tokens.empty() && !unicode::starts_upper(m_.slice(next->tokens[0]));
      after_sentence = goes_on ? next : nullptr;
    }
    if (after_sentence) {
      const Sentence& s = *after_sentence;
      const SentenceIndex& index = sentence_index(s);
      const auto& verbs = speech_verbs_[index_of(s)];
      std::size_t k = first_token_from(s, span.close);
      auto verb = std::lower_bound(verbs.begin(), verbs.end(), k, [](const SpeechVerb& v, std::size_t t) { return v.token < t; });
      if (verb != verbs.end()) {
        words_to_after = index.outside_before[verb->token] - index.outside_before[k];
        if (words_to_after < kCueWindowAfter) after = *verb;
      }
    }
    // Before the quote: "X a déclaré : « ... »", "la cheffe ... a jugé que « ... »": the nearest
    // speech verb before it.
    const Sentence* before_sentence = sentence_at(span.open);
    if (before_sentence) {
      const Sentence& s = *before_sentence;
      const auto& verbs = speech_verbs_[index_of(s)];
      std::size_t k = static_cast<std::size_t>(
          std::partition_point(s.tokens.begin(), s.tokens.end(), [&](const Token& t) { return t.end <= span.open; }) - s.tokens.begin());
      auto verb = std::lower_bound(verbs.begin(), verbs.end(), k, [](const SpeechVerb& v, std::size_t t) { return v.token < t; });
      if (verb != verbs.begin()) before = *std::prev(verb);
    }
    // A cue right after the quote is its own; a farther one loses to a cue before it.
    if (after && (!before || words_to_after <= kCloseCueWords)) {
      set_cue(*after_sentence, after->token, after->length, q);
      std::size_t k = first_token_from(*after_sentence, span.close);
      return speaker_of_cue(*after_sentence, after->token, after->length, span, k, q);
    }
    if (before) {
      set_cue(*before_sentence, before->token, before->length, q);
      return speaker_of_cue(*before_sentence, before->token, before->length, span, 0, q);
    }
    if (auto reading = speaker_by_signature(span)) return reading;
    if (auto reading = speaker_by_colon(span, q)) return reading;
    if (auto running = running_speaker(span.open)) {
      running->how = Attribution::kContinuation;
      return running;
    }
    return std::nullopt;
  }

  const TextModel& m_;
  const std::vector<Entity>& entities_;
  const lang::Lexicon& lex_;
  std::vector<MentionRef> mentions_;  // Persons' and organizations', in text order.
  std::vector<MentionRef> persons_;   // Of mentions_, the persons'.
  std::vector<Gender> genders_;       // By entity id: what a person's mentions say of their gender.
  std::vector<MentionRef> outside_mentions_, outside_persons_;  // Of mentions_, those outside quotes.
  std::vector<QuoteMarks> spans_;
  std::vector<std::vector<SpeechVerb>> speech_verbs_;    // By sentence.
  std::vector<std::optional<SentenceIndex>> indexes_;  // By sentence, built on first use.
  std::unordered_map<std::string, int> label_persons_;  // Folded names and family names of persons.
  int interviewee_ = -1;                                // The person mentioned most.
  std::vector<std::pair<std::size_t, Reading>> events_;  // Speech verbs' positions and subjects.
  // The speaker of the last attributed quote and where that quote closed.
  std::optional<std::pair<Reading, std::size_t>> last_quote_speaker_;
};

}  // namespace

void nlp::find_quotes(nlp::Doc& doc) { doc.quotes = Attributor(doc).run(); }

}  // namespace article_analyzer
