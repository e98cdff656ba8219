// Role mentions: role phrases that stand for a person, linked to it. The pipeline:
//   anchored roles, for each person's name in text order: a title ("President Trump"), a role
//   inside the name's span ("Disney Chief Executive Bob Iger"), a role right before the name
//   ("le porte-parole du Kremlin, Dmitri Peskov", "son homologue nord-coréenne Choe Son Hui")
//   or in apposition after it ("Sean Spicer, the press secretary,"); a counterpart
//   ("homologue") takes the role nouns of the person it is the counterpart of
//   -> later references: a definite role phrase not beside a name ("la cheffe de la diplomatie
//   nord-coréenne", "the spokeswoman") refers to the person, mentioned before it, whose roles
//   share its role noun (and most of its other words), of an agreeing gender.
// Every step looks at a bounded number of tokens or persons per token: linear in the text.
#include "nlp/coref/roles.h"

#include <algorithm>
#include <map>
#include <set>

#include "text/unicode.h"

namespace article_analyzer::coref {
namespace {

// A role phrase spans at most this many tokens: longer stretches are clauses, not roles.
constexpr std::size_t kMaxRolePhraseWords = 10;
// In a language whose role noun comes last, at most this many unlisted words modify it ("the
// Trump campaign's political director"): more is a clause.
constexpr std::size_t kMaxFreeModifiers = 3;
// A complement names at most this many capitalized words ("des Affaires étrangères").
constexpr std::size_t kMaxComplementCapitalWords = 5;
// A later reference is compared with the persons of this many most recent mentions before it.
constexpr std::size_t kRoleLookbackPersons = 20;
// ... walking back over at most this many mentions (one person may be named over and over).
constexpr std::size_t kRoleLookbackMentions = kRoleLookbackPersons * 4;
// A person keeps the roles of this many phrases (the first ones: how the text introduced it).
constexpr std::size_t kMaxRoleEntries = 16;
// Two words share a stem when their common beginning is this many bytes and this share of the
// shorter ("cheffe" and "chef", "diplomate" and "diplomatie"; not "ministre" and "ministère").
constexpr std::size_t kMinStemBytes = 4;
constexpr double kMinStemShare = 0.8;
// Words of fewer letters are not compared (articles, elisions).
constexpr std::size_t kMinContentLetters = 3;
// A later reference needs this score: its role noun is one of the person's (2), or a word of
// one of its roles (1) plus another shared word (1).
constexpr int kHeadIsRoleNoun = 2;
constexpr int kHeadIsRoleWord = 1;
constexpr int kMinReferenceScore = 2;
// What may close an apposition after a name: punctuation between two words, dashes included.
constexpr std::string_view kClosingMarks[] = {",", ";", ":", ".", ")", "!", "?", "—", "–"};

bool same_stem(const std::string& a, const std::string& b) {
  if (a == b) return true;
  std::size_t shorter = std::min(a.size(), b.size());
  std::size_t common = 0;
  while (common < shorter && a[common] == b[common]) ++common;
  return common >= kMinStemBytes && static_cast<double>(common) >= kMinStemShare * static_cast<double>(shorter);
}

bool is_space_gap(std::string_view gap) {
  return gap.empty() || gap == " " || gap == "\u00a0" || gap == "\u202f";
}

// ", " (and no-break spaces): an apposition's comma.
bool is_comma_gap(std::string_view gap) {
  std::size_t comma = gap.find(',');
  if (comma == std::string_view::npos || gap.find(',', comma + 1) != std::string_view::npos) return false;
  return is_space_gap(gap.substr(0, comma)) && is_space_gap(gap.substr(comma + 1));
}

bool closes_apposition(std::string_view gap) {
  return std::any_of(std::begin(kClosingMarks), std::end(kClosingMarks), [&](std::string_view mark) { return gap.find(mark) != std::string_view::npos; });
}

}  // namespace

Gender combine(Gender a, Gender b) {
  if (a == Gender::kUnknown) return b;
  if (b == Gender::kUnknown || a == b) return a;
  return Gender::kMixed;
}

bool compatible(Gender a, Gender b) {
  if (a == Gender::kUnknown || a == Gender::kMixed || b == Gender::kUnknown || b == Gender::kMixed) return true;
  return a == b;
}

RoleGrammar::RoleGrammar(const TextModel& text, const lang::Lexicon& words) : m_(text), lex_(words), roles_(words.roles) {}

const Sentence* RoleGrammar::sentence_at(std::size_t pos) const {
  auto it = std::upper_bound(m_.sentences.begin(), m_.sentences.end(), pos, [](std::size_t p, const Sentence& s) { return p < s.start; });
  if (it == m_.sentences.begin()) return nullptr;
  --it;
  return pos < it->end ? &*it : nullptr;
}

std::size_t RoleGrammar::token_from(const Sentence& s, std::size_t pos) {
  return static_cast<std::size_t>(
      std::partition_point(s.tokens.begin(), s.tokens.end(), [&](const Token& t) { return t.start < pos; }) - s.tokens.begin());
}

bool RoleGrammar::joined(const Sentence& s, std::size_t i) const {
  return i > 0 && i < s.tokens.size() && is_space_gap(m_.gap(s.tokens[i - 1], s.tokens[i]));
}

bool RoleGrammar::capitalized(const Sentence& s, std::size_t i) const { return unicode::starts_upper(m_.slice(s.tokens[i])); }

bool RoleGrammar::possessive(const Sentence& s, std::size_t i) const {
  const std::string& folded = s.folded[i];
  for (const auto& ending : roles_.possessive_endings)
    if (folded.size() > ending.size() && folded.ends_with(ending)) return true;
  return false;
}

std::size_t RoleGrammar::role_noun_at(const Sentence& s, std::size_t i, std::size_t limit, const std::string* last_key) const {
  if (i >= limit) return 0;
  auto key_at = [&](std::size_t k) { return last_key && k + 1 == limit ? *last_key : key(s, k); };
  for (const auto& phrase : roles_.phrases) {  // Longest first.
    if (i + phrase.size() > limit) continue;
    std::size_t n = 0;
    while (n < phrase.size() && (n == 0 || joined(s, i + n)) && key_at(i + n) == phrase[n]) ++n;
    if (n == phrase.size()) return n;
  }
  std::string k = key_at(i);
  if (roles_.nouns.count(k)) return 1;
  for (const auto& prefix : roles_.prefixes)  // "ex-ministre"
    if (k.size() > prefix.size() && k.starts_with(prefix) && roles_.nouns.count(k.substr(prefix.size()))) return 1;
  return 0;
}

bool RoleGrammar::content_word(const Sentence& s, std::size_t i) const {
  std::string k = key(s, i);
  std::size_t at = 0;
  if (k.empty() || !unicode::is_letter(unicode::next_code_point(k, at))) return false;
  if (role_noun_at(s, i, i + 1)) return true;
  return !lex_.function_words.count(k) && !roles_.linkers.count(k) && !roles_.determiners.count(k) &&
         !roles_.contractions.count(k) && !lex_.speech_verbs.count(k) && !lex_.cue_auxiliaries.count(k);
}

bool RoleGrammar::blocks_apposition(const Sentence& s, std::size_t i) const {
  std::string k = key(s, i);
  return lex_.function_words.count(k) && !lex_.cue_auxiliaries.count(k) && !roles_.determiners.count(k);
}

Gender RoleGrammar::gender_of_word(std::string_view folded_key) const {
  std::string k(folded_key);
  if (roles_.feminine.count(k)) return Gender::kFeminine;
  if (roles_.masculine.count(k)) return Gender::kMasculine;
  return Gender::kUnknown;
}

Gender RoleGrammar::gender_of(const Sentence& s, std::size_t from, std::size_t to) const {
  Gender g = Gender::kUnknown;
  for (std::size_t k = from; k < to && k < s.tokens.size(); ++k) g = combine(g, gender_of_word(key(s, k)));
  return g;
}

std::size_t RoleGrammar::role_noun_plain(const Sentence& s, std::size_t i, std::size_t limit, std::size_t plain) const {
  if (plain >= limit || plain < i) return role_noun_at(s, i, limit);
  std::string k = key(s, plain);
  for (const auto& ending : roles_.possessive_endings)
    if (k.size() > ending.size() && k.ends_with(word_key(ending))) {
      k.resize(k.size() - word_key(ending).size());
      break;
    }
  std::size_t n = role_noun_at(s, i, plain + 1, &k);
  return n && i + n == plain + 1 ? n : role_noun_at(s, i, plain);
}

std::size_t RoleGrammar::complement_end(const Sentence& s, std::size_t i, std::size_t limit, std::size_t without_possessive) const {
  std::size_t j = i + 1;
  if (j < limit && joined(s, j) && is_determiner(s, j)) ++j;  // "de la Défense", "of the Navy"
  if (j >= limit || !joined(s, j)) return i;
  if (capitalized(s, j)) {
    std::size_t k = j + 1;
    while (k < limit && joined(s, k) && capitalized(s, k) && k - j < kMaxComplementCapitalWords) ++k;
    return possessive(s, k - 1) && k - 1 != without_possessive ? i : k;  // "of Hamas's": the noun is after.
  }
  return content_word(s, j) ? j + 1 : i;  // "de la diplomatie"
}

// French: [modifiers] ROLE ([adjective] | linker complement)*.
std::vector<RoleEnding> RoleGrammar::endings_head_first(const Sentence& s, std::size_t from, std::size_t limit) const {
  std::vector<RoleEnding> out;
  std::size_t i = from;
  while (i < limit && is_modifier(s, i) && (i == from || joined(s, i))) ++i;
  if (i >= limit || (i > from && !joined(s, i))) return out;
  std::size_t n = role_noun_at(s, i, limit);
  if (!n) return out;
  const std::size_t head = i, head_end = i + n;
  i = head_end;
  out.push_back({i, head, head_end});
  bool adjective_allowed = true;  // One adjective after each noun ("diplomatie russe").
  while (i < limit && joined(s, i)) {
    if (roles_.linkers.count(key(s, i))) {
      std::size_t k = complement_end(s, i, limit, std::string::npos);
      if (k == i) break;
      i = k;
      adjective_allowed = true;
    } else if (adjective_allowed && !capitalized(s, i) && content_word(s, i)) {
      ++i;
      adjective_allowed = false;
      out.push_back({i, head, head_end, true});
      continue;
    } else {
      break;
    }
    out.push_back({i, head, head_end});
  }
  return out;
}

// English: (modifier | capitalized word | possessive | ROLE)* ROLE (linker complement)*.
std::vector<RoleEnding> RoleGrammar::endings_head_last(const Sentence& s, std::size_t from, std::size_t limit, bool free_modifiers,
                                                       std::size_t without_possessive) const {
  std::vector<RoleEnding> out;
  std::size_t i = from, free_used = 0;
  RoleEnding last{};
  bool has_head = false;
  while (i < limit && (i == from || joined(s, i))) {
    std::size_t n = role_noun_plain(s, i, limit, without_possessive);
    if (n) {  // A role noun with a possessive is a modifier: its key is not the noun's.
      last = {i + n, i, i + n};
      has_head = true;
      i += n;
      out.push_back(last);
    } else if (is_modifier(s, i) || capitalized(s, i) || possessive(s, i)) {
      ++i;
    } else if (free_modifiers && free_used < kMaxFreeModifiers && content_word(s, i)) {
      ++free_used;
      ++i;
    } else {
      break;
    }
  }
  if (!has_head || last.end != i) return out;
  while (i < limit && joined(s, i) && roles_.linkers.count(key(s, i))) {  // "Secretary of State"
    std::size_t k = complement_end(s, i, limit, without_possessive);
    if (k == i) break;
    i = k;
    out.push_back({i, last.head, last.head_end});
  }
  return out;
}

std::vector<RoleEnding> RoleGrammar::endings(const Sentence& s, std::size_t from, std::size_t limit, bool free_modifiers,
                                             std::size_t without_possessive) const {
  limit = std::min({limit, s.tokens.size(), from + kMaxRolePhraseWords});
  if (from >= limit || !enabled()) return {};
  return roles_.head_last ? endings_head_last(s, from, limit, free_modifiers, without_possessive) : endings_head_first(s, from, limit);
}

namespace {

// What a person's roles say: each phrase's role nouns and its other words, where it was.
struct RoleEntry {
  std::size_t pos = 0;
  std::vector<std::string> heads, words;
  std::vector<std::string> proper;  // Of words, the capitalized ones ("Kremlin", "Kazakhstan").
};

struct PersonRoles {
  Gender gender = Gender::kUnknown;
  std::vector<RoleEntry> entries;
};

// A role phrase found in a sentence: tokens [first, end), its determiner (or npos: none, or a
// contraction, which the mention leaves out), its role noun.
struct Phrase {
  const Sentence* s = nullptr;
  std::size_t determiner = std::string::npos, first = 0, end = 0;
  RoleEnding ending;
};

class Linker {
 public:
  Linker(const nlp::Doc& doc, const RoleGrammar& g, const std::vector<NameSpan>& names, std::vector<Entity>& entities)
      : m_(doc.text), g_(g), names_(names), entities_(entities) {
    for (std::size_t i = 0; i < names_.size(); ++i) {
      const NameSpan& n = names_[i];
      if (n.not_a_name || n.entity < 0) continue;
      covered_.push_back({n.start, n.end});
      if (is_person(n.entity)) persons_mentions_.push_back(i);
    }
    std::sort(covered_.begin(), covered_.end());
  }

  void run() {
    for (std::size_t i : persons_mentions_) anchor(names_[i]);
    for (const auto& [pos, entity] : added_) events_.push_back({pos, entity});
    for (std::size_t i : persons_mentions_) events_.push_back({names_[i].start, names_[i].entity});
    std::sort(events_.begin(), events_.end());
    for (const auto& s : m_.sentences) find_references(s);
  }

 private:
  bool is_person(int entity) const { return entity >= 0 && entities_[static_cast<std::size_t>(entity)].type == EntityType::kPerson; }

  // Whether byte pos lies inside a name mention (not at its start).
  bool inside_name(std::size_t pos) const {
    auto it = std::upper_bound(covered_.begin(), covered_.end(), std::make_pair(pos, std::string::npos));
    return it != covered_.begin() && std::prev(it)->first < pos && pos < std::prev(it)->second;
  }
  bool name_starts_at(std::size_t pos) const {
    auto it = std::lower_bound(covered_.begin(), covered_.end(), std::make_pair(pos, std::size_t{0}));
    return it != covered_.end() && it->first == pos;
  }
  bool taken(std::size_t pos) const { return overlaps_taken(pos, pos + 1); }
  // Role mentions never overlap: the one made last before `end` is the only one that may.
  bool overlaps_taken(std::size_t start, std::size_t end) const {
    auto it = taken_.lower_bound(end);
    return it != taken_.begin() && std::prev(it)->second > start;
  }

  RoleEntry entry_of(const Phrase& p) const {
    RoleEntry e;
    e.pos = p.s->tokens[p.first].start;
    for (std::size_t k = p.ending.head; k < p.ending.head_end; ++k) e.heads.push_back(g_.key(*p.s, k));
    for (std::size_t k = p.first; k < p.end; ++k) {
      if (!g_.content_word(*p.s, k) || unicode::length(p.s->folded[k]) < kMinContentLetters) continue;
      e.words.push_back(g_.key(*p.s, k));
      if (g_.capitalized(*p.s, k) && (k < p.ending.head || k >= p.ending.head_end)) e.proper.push_back(e.words.back());
    }
    return e;
  }

  Gender gender_of(const Phrase& p) const {
    return g_.gender_of(*p.s, p.determiner != std::string::npos ? p.determiner : p.first, p.ending.head_end);
  }

  // Records the phrase as a mention of `entity`, and its role among the entity's.
  void add(const Phrase& p, int entity, bool anchored) {
    std::size_t start = p.determiner != std::string::npos ? p.s->tokens[p.determiner].start : p.s->tokens[p.first].start;
    std::size_t end = p.s->tokens[p.end - 1].end;
    if (overlaps_taken(start, end)) return;
    taken_[start] = end;
    Mention mention;
    mention.start = start;
    mention.end = end;
    mention.text = std::string(m_.text.substr(start, end - start));
    std::size_t role_start = p.s->tokens[p.first].start;
    mention.role = std::string(m_.text.substr(role_start, end - role_start));
    entities_[static_cast<std::size_t>(entity)].mentions.push_back(std::move(mention));
    if (!anchored) return;
    added_.push_back({start, entity});
    PersonRoles& person = persons_[entity];
    person.gender = combine(person.gender, gender_of(p));
    RoleEntry entry = entry_of(p);
    if (std::any_of(entry.heads.begin(), entry.heads.end(), [&](const std::string& h) { return g_.words().counterparts.count(h); }))
      inherit_counterpart(p, entity, entry);
    if (person.entries.size() < kMaxRoleEntries) person.entries.push_back(std::move(entry));
  }

  // "son homologue nord-coréenne Choe Son Hui" after "Le chef de la diplomatie russe, Sergueï
  // Lavrov": the counterpart has the role nouns of the person named before it in the sentence.
  void inherit_counterpart(const Phrase& p, int entity, RoleEntry& entry) const {
    std::size_t pos = p.s->tokens[p.first].start;
    auto it = std::partition_point(persons_mentions_.begin(), persons_mentions_.end(),
                                   [&](std::size_t i) { return names_[i].start < pos; });
    for (std::size_t looked_at = 0; it != persons_mentions_.begin() && looked_at < kRoleLookbackMentions; ++looked_at) {
      const NameSpan& other = names_[*--it];
      if (other.start < p.s->start) return;
      if (other.entity == entity) continue;
      auto found = persons_.find(other.entity);
      if (found == persons_.end()) return;
      for (const auto& e : found->second.entries)
        for (const auto& h : e.heads)
          if (!g_.words().counterparts.count(h)) entry.heads.push_back(h);
      return;
    }
  }

  void anchor(const NameSpan& n) {
    PersonRoles& person = persons_[n.entity];
    person.gender = combine(person.gender, n.gender);
    if (!n.title_roles.empty() && person.entries.size() < kMaxRoleEntries)
      person.entries.push_back({n.start, n.title_roles, n.title_words, {}});
    const Sentence* s = g_.sentence_at(n.start);
    if (!s || s->tokens.empty()) return;
    if (n.role_end > 0) anchor_inside(*s, n);  // The role before the name, if any.
    else anchor_before(*s, n);
    anchor_after(*s, n);
  }

  // "Disney Chief Executive Bob Iger": grouping found the role inside the name's span.
  void anchor_inside(const Sentence& s, const NameSpan& n) {
    std::size_t first = RoleGrammar::token_from(s, n.role_start), end = RoleGrammar::token_from(s, n.role_end);
    for (const RoleEnding& e : g_.endings(s, first, end, false))
      if (e.end == end) return add({&s, std::string::npos, first, end, e}, n.entity, true);
  }

  // "le porte-parole du Kremlin, Dmitri Peskov", "son homologue nord-coréenne Choe Son Hui",
  // "White House press secretary Sean Spicer": the role ends right before the name.
  void anchor_before(const Sentence& s, const NameSpan& n) {
    std::size_t t = RoleGrammar::token_from(s, n.start);
    if (t == 0 || t >= s.tokens.size() || s.tokens[t].start != n.start) return;
    std::string_view gap = m_.gap(s.tokens[t - 1], s.tokens[t]);
    bool comma = is_comma_gap(gap);
    if (!comma && !is_space_gap(gap)) return;
    std::size_t lo = t > kMaxRolePhraseWords ? t - kMaxRolePhraseWords : 0;
    for (std::size_t f = lo; f < t; ++f) {  // The leftmost start: the longest role.
      if (inside_name(s.tokens[f].start)) continue;
      bool after_determiner = f > 0 && g_.joined(s, f) && g_.is_determiner(s, f - 1);
      for (const RoleEnding& e : g_.endings(s, f, t, after_determiner)) {
        if (e.end != t) continue;
        Phrase p{&s, std::string::npos, f, t, e};
        std::size_t opening = f;
        if (f > 0 && g_.joined(s, f) && (g_.is_determiner(s, f - 1) || g_.is_contraction(s, f - 1))) {
          opening = f - 1;
          if (g_.is_determiner(s, f - 1)) p.determiner = f - 1;
        }
        // "selon la ministre, Ana Roux partira": after a preposition, a role and a comma are
        // the name's only when a comma closes the name too ("selon le porte-parole, Dmitri
        // Peskov, ...").
        if (comma && opening > 0 && g_.blocks_apposition(s, opening - 1) && !closed_after(s, n)) return;
        return add(p, n.entity, true);
      }
    }
  }

  // Whether punctuation, or the sentence's end, follows the name.
  bool closed_after(const Sentence& s, const NameSpan& n) const {
    std::size_t t = RoleGrammar::token_from(s, n.end);
    return t >= s.tokens.size() || closes_apposition(m_.text.substr(n.end, s.tokens[t].start - n.end));
  }

  // "Sean Spicer, the press secretary, said", "Bernard Sananès, le président d'Elabe".
  void anchor_after(const Sentence& s, const NameSpan& n) {
    std::size_t t = RoleGrammar::token_from(s, n.end);
    if (t >= s.tokens.size() || !is_comma_gap(m_.text.substr(n.end, s.tokens[t].start - n.end))) return;
    Phrase p{&s, std::string::npos, t, 0, {}};
    if (g_.is_determiner(s, t) || g_.is_contraction(s, t)) {
      if (g_.is_determiner(s, t)) p.determiner = t;
      p.first = t + 1;
      if (!g_.joined(s, p.first)) return;
    }
    auto endings = g_.endings(s, p.first, s.tokens.size(), true);
    for (auto it = endings.rbegin(); it != endings.rend(); ++it) {  // The longest that the text closes.
      if (it->end < s.tokens.size() && !closes_apposition(m_.gap(s.tokens[it->end - 1], s.tokens[it->end]))) continue;
      if (inside_name(s.tokens[it->end - 1].end)) continue;
      p.end = it->end;
      p.ending = *it;
      return add(p, n.entity, true);
    }
  }

  // Later definite role phrases, not beside a name: "la cheffe de la diplomatie nord-coréenne".
  void find_references(const Sentence& s) {
    for (std::size_t d = 0; d + 1 < s.tokens.size(); ++d) {
      if (!g_.is_definite(s, d) || !g_.joined(s, d + 1) || inside_name(s.tokens[d].start) || taken(s.tokens[d].start)) continue;
      // "she would be the first woman president": a description, not a reference.
      if (d > 0 && g_.words().predicates.count(g_.key(s, d - 1))) continue;
      auto endings = g_.endings(s, d + 1, s.tokens.size(), true);
      // The longest that does not end inside a name.
      auto it = endings.rbegin();
      while (it != endings.rend() && inside_name(s.tokens[it->end - 1].end)) ++it;
      if (it == endings.rend()) continue;
      const RoleEnding& e = *it;
      // A name right after it: the role is that name's, or of a name unknown.
      if (e.end < s.tokens.size() && g_.joined(s, e.end) && (name_starts_at(s.tokens[e.end].start) || g_.capitalized(s, e.end))) continue;
      Phrase p{&s, g_.is_determiner(s, d) ? d : std::string::npos, d + 1, e.end, e};
      int entity = resolve(p);
      d = e.end - 1;
      if (entity < 0) continue;
      // A last word taken for an adjective stays only if the person's roles have it ("la
      // cheffe de la diplomatie nord-coréenne"); else it may be a verb ("le ministre restait").
      for (; it != endings.rend(); ++it) {
        if (inside_name(s.tokens[it->end - 1].end)) continue;
        if (!it->loose || has_word(entity, g_.key(s, it->end - 1), s.tokens[p.first].start)) break;
      }
      if (it == endings.rend()) continue;
      p.end = it->end;
      p.ending = *it;
      add(p, entity, false);
    }
  }

  bool has_word(int entity, const std::string& word, std::size_t pos) const {
    auto found = persons_.find(entity);
    if (found == persons_.end()) return false;
    for (const auto& e : found->second.entries) {
      if (e.pos >= pos) continue;
      for (const auto& w : e.words)
        if (same_stem(word, w)) return true;
    }
    return false;
  }

  // The person a later reference stands for: the best score among the most recent persons.
  int resolve(const Phrase& p) const {
    std::size_t pos = p.s->tokens[p.first].start;
    RoleEntry phrase = entry_of(p);
    Gender gender = gender_of(p);
    std::set<int> seen;
    int best = -1, best_score = 0;
    auto it = std::lower_bound(events_.begin(), events_.end(), std::make_pair(pos, -1));
    for (std::size_t looked_at = 0; it != events_.begin() && seen.size() < kRoleLookbackPersons &&
                                    looked_at < kRoleLookbackMentions; ++looked_at) {
      int entity = (--it)->second;
      if (!seen.insert(entity).second) continue;
      auto found = persons_.find(entity);
      if (found == persons_.end() || !compatible(found->second.gender, gender)) continue;
      int score = score_of(found->second, pos, phrase);
      if (score >= kMinReferenceScore && score > best_score) best = entity, best_score = score;
    }
    return best;
  }

  static int score_of(const PersonRoles& person, std::size_t pos, const RoleEntry& phrase) {
    auto any_stem = [&](const std::string& w, bool heads_only) {
      for (const auto& e : person.entries) {
        if (e.pos >= pos) continue;
        for (const auto& h : e.heads)
          if (same_stem(w, h)) return true;
        if (heads_only) continue;
        for (const auto& x : e.words)
          if (same_stem(w, x)) return true;
      }
      return false;
    };
    // A role of several words is the same role only whole ("le premier ministre" is not "le
    // ministre"); one word may be any word of a person's role ("the secretary", "press secretary").
    bool heads_are_heads = true, heads_are_words = true;
    for (const auto& h : phrase.heads) {
      heads_are_heads = heads_are_heads && any_stem(h, true);
      heads_are_words = heads_are_words && any_stem(h, false);
    }
    int head = heads_are_heads ? kHeadIsRoleNoun : heads_are_words ? kHeadIsRoleWord : 0;
    if (head == 0) return 0;
    // A name in the phrase that the person's roles lack: another person ("Le président du
    // Kazakhstan" is not "le président russe").
    for (const auto& w : phrase.proper)
      if (!any_stem(w, false)) return 0;
    int score = head;
    for (const auto& w : phrase.words)
      if (std::find(phrase.heads.begin(), phrase.heads.end(), w) == phrase.heads.end() && any_stem(w, false)) ++score;
    return score;
  }

  const TextModel& m_;
  const RoleGrammar& g_;
  const std::vector<NameSpan>& names_;
  std::vector<Entity>& entities_;
  std::vector<std::pair<std::size_t, std::size_t>> covered_;  // Name mentions' byte ranges, by start.
  std::vector<std::size_t> persons_mentions_;                 // Of names_, the persons', in text order.
  std::map<int, PersonRoles> persons_;
  std::map<std::size_t, std::size_t> taken_;                  // Role mentions made: start -> end.
  std::vector<std::pair<std::size_t, int>> added_;            // Anchored role mentions: start, entity.
  std::vector<std::pair<std::size_t, int>> events_;           // Every person mention before the references.
};

}  // namespace

void link_roles(const nlp::Doc& doc, const RoleGrammar& grammar, const std::vector<NameSpan>& names, std::vector<Entity>& entities) {
  if (!grammar.enabled()) return;
  Linker(doc, grammar, names, entities).run();
}

}  // namespace article_analyzer::coref
