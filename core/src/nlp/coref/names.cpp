// Grouping of name mentions (coreference of names): every mention of one entity in one entry,
// its name the fullest form of the name proper. The pipeline:
//   normalize each candidate (a NameSpan): a possessive is not part of the name ("Trump's");
//   an initialism keeps its last dot ("U.S."); leading titles ("President", "Vice President",
//   "Sir") are the mention's but not the name's; a role inside the span is split off ("Reuters
//   Editor-in-Chief Alessandra Galloni"); a span that is all role ("Prime Minister") is no name
//   -> persons: full names (two words or more); a shorter full name inside a longer one joins
//   it ("El Saife" of "Mohamed El Saife"), the one named nearest before
//   -> lone words join the person whose name holds them, as its last word first ("Poutine",
//   "M. Kim", "Trump"), the one named nearest before, unless their titles disagree on gender
//   ("Lady Starmer" is not "Sir Keir Starmer"); a hyphenated pair of known names is two
//   mentions ("la rencontre Poutine-Kim"); else one entity per type and folded name
//   -> names: the fullest name proper; upper-case names in title case ("MAXIM SHEMETOV")
//   -> role mentions (roles.cpp).
#include "nlp/coref/names.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "nlp/coref/roles.h"
#include "text/strings.h"
#include "text/unicode.h"

namespace article_analyzer {
namespace {

using Candidate = nlp::NameCandidate;
using coref::Gender;
using coref::NameSpan;
using coref::RoleGrammar;

// A lone word goes to the person named nearest before it (else after it); at most this many
// full-name mentions are looked at on each side, skipping persons of another gender.
constexpr std::size_t kMaxOwnersLookedAt = 8;
// An acronym has at least this many letters ("UN" is a name of its own more often than not).
constexpr std::size_t kMinAcronymLetters = 3;
// A title before a name has at most this many words ("Vice President").
constexpr std::size_t kMaxTitleWords = 3;
// A role is split off a span, and a name's ends are indexed, only when the span has at most
// this many words (people's names are short; a longer span is a heading, or hostile input).
constexpr std::size_t kMaxWordsToSplit = 8;
// Hyphens that join two names into one token ("Poutine-Kim"): the hyphen-minus and U+2011.
constexpr std::string_view kHyphens[] = {"-", "\u2011"};

// Who an entity is, for grouping: its type and its folded name (for persons, the full name; a
// person split off by gender has its gender in front).
struct Key {
  EntityType type;
  std::string name;
  bool operator<(const Key& o) const { return type != o.type ? type < o.type : name < o.name; }
};

// One mention made by grouping: the span of its text and of its name proper.
struct Made {
  Key key;
  std::size_t start, name_start, end;
  std::size_t words;
  int span = -1;            // Index into the NameSpans, -1 for a part of a hyphenated pair.
  bool by_gender = false;   // Split off a same-named person of another gender: named with its title.
};

// Full-name mentions containing a word (or a run of words), in text order, for the nearest lookup.
using Index = std::unordered_map<std::string, std::vector<std::pair<std::size_t, std::size_t>>>;

class Grouper {
 public:
  explicit Grouper(const nlp::Doc& doc)
      : doc_(doc), m_(doc.text), lex_(doc.words), g_(doc.text, doc.words), gazetteer_(lang::names_of_any_language()) {}

  std::vector<Entity> run() {
    for (const auto& c : doc_.names) spans_.push_back(normalize(c));
    collect_persons();
    for (std::size_t i = 0; i < spans_.size(); ++i) assign(i);
    pairs_outside_names();
    std::vector<Entity> entities = build();
    coref::link_roles(doc_, g_, spans_, entities);
    for (auto& e : entities) {
      std::sort(e.mentions.begin(), e.mentions.end(), [](const Mention& a, const Mention& b) { return a.start < b.start; });
    }
    return entities;
  }

 private:
  // ------------------------------------------------------------------------------------------
  // A candidate as grouping reads it.

  bool is_honorific(const Sentence& s, std::size_t i) const {
    std::string_view w = m_.slice(s.tokens[i]);
    return lex_.honorifics.count(std::string(w)) ||
           (m_.text.substr(s.tokens[i].end, 1) == "." && lex_.honorifics.count(std::string(w) + "."));
  }
  // The gender a title word gives ("M." -> man, "Lady" -> woman).
  Gender title_gender(const Sentence& s, std::size_t i) const {
    std::string key = g_.key(s, i);
    Gender g = g_.gender_of_word(key);
    if (g == Gender::kUnknown && m_.text.substr(s.tokens[i].end, 1) == ".") g = g_.gender_of_word(key + ".");
    return g;
  }
  // "U.S", "U.K": letters with a dot between each.
  static bool is_initialism(std::string_view w) {
    if (w.size() < 3) return false;
    for (std::size_t i = 0; i < w.size(); ++i)
      if ((i % 2 == 1) != (w[i] == '.') || (i % 2 == 0 && !(std::isalpha(static_cast<unsigned char>(w[i]))))) return false;
    return w.size() % 2 == 1;
  }
  bool name_like(const Sentence& s, std::size_t i) const {
    return g_.capitalized(s, i) && !g_.role_noun_at(s, i, i + 1) && !g_.is_modifier(s, i) &&
           !gazetteer_.organization_words.count(s.folded[i]) && !gazetteer_.places.count(s.folded[i]);
  }

  // Tokens of a title at token k of [k, limit): an honorific ("M.", "Sir"), or capitalized
  // role words ("President", "Vice President"); 0 if none.
  std::size_t title_at(const Sentence& s, std::size_t k, std::size_t limit) const {
    if (is_honorific(s, k)) return 1;
    std::size_t j = k;
    while (j < limit && g_.capitalized(s, j) && g_.is_modifier(s, j) && (j == k || g_.joined(s, j))) ++j;
    if (j >= limit || !g_.capitalized(s, j) || (j > k && !g_.joined(s, j))) return 0;
    std::size_t r = g_.role_noun_at(s, j, limit);
    for (std::size_t i = j; r && i < j + r; ++i)
      if (!g_.capitalized(s, i)) return 0;  // "Premier ministre" is a role phrase, not a title.
    return r ? j + r - k : 0;
  }
  void add_title(const Sentence& s, std::size_t from, std::size_t to, NameSpan& n) const {
    for (std::size_t k = from; k < to;) {
      n.gender = coref::combine(n.gender, title_gender(s, k));
      std::size_t r = is_honorific(s, k) ? 0 : g_.role_noun_at(s, k, to);
      for (std::size_t j = k; j < k + r; ++j) n.title_roles.push_back(g_.key(s, j));
      for (std::size_t j = k; j < k + std::max<std::size_t>(r, 1); ++j)
        if (r || g_.is_modifier(s, j)) n.title_words.push_back(g_.key(s, j));
      k += std::max<std::size_t>(r, 1);
    }
  }

  NameSpan normalize(const Candidate& c) const {
    NameSpan n;
    n.start = c.start;
    n.name_start = c.name_start;
    n.end = c.end;
    n.type = c.type;
    n.typed = c.typed;
    if (c.start > c.name_start || c.name_start >= c.end || c.end > m_.text.size()) {  // Not a span.
      n.not_a_name = true;
      return n;
    }
    const Sentence* s = g_.sentence_at(c.name_start);
    std::size_t first = s ? RoleGrammar::token_from(*s, c.name_start) : 0, last = first;
    while (s && last < s->tokens.size() && s->tokens[last].end <= c.end) ++last;
    if (!s || first >= last || s->tokens[first].start != c.name_start) {  // Not on token bounds: as given.
      std::string folded = unicode::fold(m_.text.substr(c.name_start, c.end - c.name_start));
      for (auto w : strings::split(folded, ' ')) n.words.push_back(coref::word_key(w));
      return n;
    }
    // "Trump's": the possessive is not the name's.
    std::size_t possessive = std::string::npos;
    std::string last_key = g_.key(*s, last - 1);
    for (const auto& ending : lex_.roles.possessive_endings) {
      const std::string& folded = s->folded[last - 1];
      if (folded.size() <= ending.size() || !folded.ends_with(ending)) continue;
      possessive = last - 1;
      n.end = s->tokens[last - 1].end - ending.size();
      last_key = coref::word_key(folded.substr(0, folded.size() - ending.size()));
      break;
    }
    const bool person_like = !n.typed || n.type == EntityType::kPerson;
    std::size_t start_token = RoleGrammar::token_from(*s, c.start);
    add_title(*s, start_token, first, n);  // The recognizer's title.
    if (person_like) {
      // A capitalized title right before the span ("President Trump"), unless a longer role
      // phrase holds it ("White House Press Secretary"): the mention's, not the name's.
      if (start_token == first) {
        for (std::size_t back = std::min(kMaxTitleWords, first); back >= 1; --back) {  // The longest title.
          std::size_t k = first - back;
          bool joined = true;
          for (std::size_t j = k + 1; j <= first; ++j) joined = joined && g_.joined(*s, j);
          if (!joined || title_at(*s, k, first) != back) continue;
          if (k > 0 && g_.joined(*s, k) && g_.capitalized(*s, k - 1) && !is_honorific(*s, k - 1)) break;
          add_title(*s, k, first, n);
          n.start = s->tokens[k].start;
          break;
        }
      }
      // Leading titles inside the span ("President Joe Biden", "Vice President Kamala Harris").
      std::size_t k = first;
      while (k < last) {
        std::size_t title = title_at(*s, k, last);
        if (!title) break;
        add_title(*s, k, k + title, n);
        k += title;
      }
      // A span that is all role ("Prime Minister", "Lebanon's Minister of Information").
      bool all_role = k == last;
      for (const auto& e : g_.endings(*s, first, last, false, possessive)) all_role = all_role || e.end == last;
      if (all_role) {
        n.not_a_name = true;
        return n;
      }
      first = k;
      n.name_start = s->tokens[first].start;
    }
    // A role inside the span, before a name of two words or more: "Reuters Editor-in-Chief
    // Alessandra Galloni", "AFP Global News Director Phil Chetwynd".
    if (last - first <= kMaxWordsToSplit) {
      for (std::size_t name = last >= nlp::kMinFullNameWords ? last - nlp::kMinFullNameWords : 0; name > first; --name) {
        bool names = true;
        for (std::size_t k = name; k < last && names; ++k) names = name_like(*s, k);
        if (!names) break;  // The name is the capitalized words after the role.
        bool role = false;
        for (const auto& e : g_.endings(*s, first, name, false)) role = role || e.end == name;
        if (!role) continue;
        n.role_start = n.start;
        n.role_end = s->tokens[name - 1].end;
        n.start = n.name_start = s->tokens[name].start;
        first = name;
        n.type = EntityType::kPerson;
        n.typed = true;
        break;
      }
    }
    for (std::size_t k = first; k + 1 < last; ++k) n.words.push_back(g_.key(*s, k));
    n.words.push_back(last_key);
    // "U.S." keeps its last dot, which word breaking leaves out.
    if (is_initialism(m_.slice(s->tokens[last - 1])) && n.end == s->tokens[last - 1].end && m_.text.substr(n.end, 1) == ".") {
      ++n.end;
      n.words.back() += '.';
    }
    return n;
  }

  // ------------------------------------------------------------------------------------------
  // Persons: full names, and the indexes lone words are looked up in.

  static std::string joined(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) {
      if (i > from) out += ' ';
      out += words[i];
    }
    return out;
  }

  bool is_full_name(const NameSpan& n) const {
    return !n.not_a_name && n.typed && n.type == EntityType::kPerson && n.words.size() >= nlp::kMinFullNameWords;
  }

  std::size_t root(std::size_t person) const {
    while (owner_[person] != person) person = owner_[person];
    return person;
  }

  // The person of `index[key]` whose mention is nearest before `pos` (else first after it),
  // among those `accept` takes; npos if none.
  template <typename Accept>
  std::size_t nearest(const Index& index, const std::string& key, std::size_t pos, Accept accept) const {
    auto found = index.find(key);
    if (found == index.end()) return std::string::npos;
    const auto& list = found->second;
    auto at = std::lower_bound(list.begin(), list.end(), std::make_pair(pos, std::size_t{0}));
    std::size_t looked = 0;
    for (auto it = at; it != list.begin() && looked < kMaxOwnersLookedAt; ++looked)
      if (accept(root((--it)->second))) return root(it->second);
    looked = 0;
    for (auto it = at; it != list.end() && looked < kMaxOwnersLookedAt; ++it, ++looked)
      if (accept(root(it->second))) return root(it->second);
    return std::string::npos;
  }

  void collect_persons() {
    for (std::size_t i = 0; i < spans_.size(); ++i) {
      const NameSpan& n = spans_[i];
      if (n.not_a_name) continue;
      std::string key = joined(n.words, 0, n.words.size());
      if (!is_full_name(n)) {
        if (n.typed && n.type != EntityType::kPerson) {
          typed_keys_.emplace(key, n.type);
          index_acronym(n);
        }
        else if (n.typed) lone_persons_.insert(key);
        continue;
      }
      auto [it, fresh] = person_by_key_.emplace(key, persons_.size());
      if (fresh) {
        persons_.push_back({n.words, Gender::kUnknown});
        owner_.push_back(owner_.size());
      }
      person_of_span_[i] = it->second;
      persons_[it->second].gender = coref::combine(persons_[it->second].gender, n.gender);
      mentions_of_.resize(persons_.size());
      mentions_of_[it->second].push_back(n.start);
    }
    // The ends of longer names, of two words or more ("El Saife" of "Mohamed El Saife": a
    // family name; the beginning of a name with more words is more often a name run into the
    // words after it), and each word of a name.
    Index runs;
    for (std::size_t i = 0; i < spans_.size(); ++i) {
      auto p = person_of_span_.find(i);
      if (p == person_of_span_.end()) continue;
      const auto& words = persons_[p->second].words;
      std::size_t pos = spans_[i].start;
      for (std::size_t from = 1; from + nlp::kMinFullNameWords <= words.size() && words.size() <= kMaxWordsToSplit; ++from)
        runs[joined(words, from, words.size())].push_back({pos, p->second});
      last_word_[words.back()].push_back({pos, p->second});
      for (std::size_t w = 0; w + 1 < words.size(); ++w) other_word_[words[w]].push_back({pos, p->second});
    }
    // A shorter full name joins the longer one that ends with it, named nearest before it.
    for (std::size_t person = 0; person < persons_.size(); ++person) {
      std::size_t first_pos = mentions_of_[person].front();
      const Gender gender = persons_[person].gender;
      std::size_t longer = nearest(runs, joined(persons_[person].words, 0, persons_[person].words.size()), first_pos,
                                   [&](std::size_t other) { return other != person && coref::compatible(persons_[other].gender, gender); });
      if (longer != std::string::npos && root(longer) != person) owner_[person] = longer;
    }
    for (std::size_t person = 0; person < persons_.size(); ++person)
      if (root(person) != person) persons_[root(person)].gender = coref::combine(persons_[root(person)].gender, persons_[person].gender);
    // A title with a first name says the person's gender too ("Sir Keir").
    for (const NameSpan& n : spans_) {
      if (n.not_a_name || n.words.size() != 1 || n.gender == Gender::kUnknown) continue;
      std::size_t person = nearest(other_word_, n.words[0], n.start, [](std::size_t) { return true; });
      if (person != std::string::npos) persons_[person].gender = coref::combine(persons_[person].gender, n.gender);
    }
  }

  // The person a lone word stands for: its last word first, then any other word of its name.
  std::size_t owner_of(const std::string& word, std::size_t pos, Gender gender) const {
    auto agrees = [&](std::size_t person) { return coref::compatible(persons_[person].gender, gender); };
    std::size_t person = nearest(last_word_, word, pos, agrees);
    return person != std::string::npos ? person : nearest(other_word_, word, pos, agrees);
  }

  // ------------------------------------------------------------------------------------------
  // Mentions to entities.

  void make(Key key, std::size_t start, std::size_t name_start, std::size_t end, std::size_t words, int span, bool by_gender = false) {
    made_.push_back({std::move(key), start, name_start, end, words, span, by_gender});
  }

  // The entity a word the recognizer left untyped stands for, if any: a typed name's, which
  // it is all of ("Ukraine"), else a person's, whose name holds it, else a lone person's.
  std::optional<Key> resolve_word(const std::string& word, std::size_t pos, Gender gender) const {
    if (auto typed = typed_keys_.find(word); typed != typed_keys_.end()) return Key{typed->second, word};
    if (std::size_t person = owner_of(word, pos, gender); person != std::string::npos)
      return Key{EntityType::kPerson, joined(persons_[person].words, 0, persons_[person].words.size())};
    if (lone_persons_.count(word)) return Key{EntityType::kPerson, word};
    return std::nullopt;
  }

  // "Poutine-Kim": each part a known name, the whole none. Makes the parts' mentions.
  bool split_pair(std::size_t start, std::size_t end) {
    std::string_view word = m_.text.substr(start, end - start);
    std::vector<std::pair<std::size_t, std::size_t>> parts;
    std::size_t from = 0;
    for (std::size_t i = 0; i <= word.size();) {
      std::size_t width = 0;
      for (auto h : kHyphens)
        if (word.substr(i, h.size()) == h) width = h.size();
      if (i == word.size() || width) {
        parts.push_back({from, i});
        i += width ? width : 1;
        from = i;
      } else {
        ++i;
      }
    }
    if (parts.size() < 2) return false;
    std::vector<Key> keys;
    for (auto [a, b] : parts) {
      std::string_view part = word.substr(a, b - a);
      if (part.empty() || !unicode::starts_upper(part)) return false;
      auto key = resolve_word(coref::word_key(unicode::fold(part)), start + a, Gender::kUnknown);
      if (!key) return false;
      keys.push_back(*key);
    }
    for (std::size_t i = 0; i < parts.size(); ++i)
      make(keys[i], start + parts[i].first, start + parts[i].first, start + parts[i].second, 1, -1);
    return true;
  }

  // "IDF" of "Israel Defense Forces": the initials of an organization's words, function words
  // aside, for the acronym that stands for it elsewhere on the page.
  void index_acronym(const NameSpan& n) {
    if (n.type != EntityType::kOrganization || n.words.size() < 2) return;
    std::size_t from = lex_.function_words.count(n.words[0]) ? 1 : 0;  // The key assign() gives it.
    std::string initials;
    for (std::size_t k = from; k < n.words.size(); ++k)
      if (!lex_.function_words.count(n.words[k]) && !n.words[k].empty()) initials += n.words[k][0];
    if (initials.size() >= kMinAcronymLetters) acronyms_.emplace(initials, joined(n.words, from, n.words.size()));
  }

  void assign(std::size_t i) {
    const NameSpan& n = spans_[i];
    if (n.not_a_name || n.words.empty()) return;
    std::string key = joined(n.words, 0, n.words.size());
    const int span = static_cast<int>(i);
    if (n.typed && n.type != EntityType::kPerson) {
      // "The Associated Press" and "Associated Press", "Le Monde" and "Monde": one name, with
      // and without its article.
      if (n.words.size() >= 2 && lex_.function_words.count(n.words[0])) key = joined(n.words, 1, n.words.size());
      // A lone word that is the family name of a person named in the article is that person,
      // whatever the recognizer typed it ("Pogba" after "Paul Pogba").
      if (n.words.size() == 1)
        if (std::size_t person = nearest(last_word_, key, n.start, [](std::size_t) { return true; }); person != std::string::npos) {
          const auto& words = persons_[person].words;
          return make({EntityType::kPerson, joined(words, 0, words.size())}, n.start, n.name_start, n.end, 1, span);
        }
      // "IDF" after "Israel Defense Forces": an acronym of an organization named on the page.
      if (n.words.size() == 1 && unicode::is_all_upper(m_.text.substr(n.name_start, n.end - n.name_start)))
        if (auto full = acronyms_.find(key); full != acronyms_.end())
          return make({EntityType::kOrganization, full->second}, n.start, n.name_start, n.end, 1, span);
      // "la rencontre Poutine-Kim", whatever its type: two names known elsewhere.
      if (n.words.size() == 1 && split_pair(n.name_start, n.end)) return;
      return make({n.type, key}, n.start, n.name_start, n.end, n.words.size(), span);
    }
    if (auto p = person_of_span_.find(i); p != person_of_span_.end()) {
      const auto& words = persons_[root(p->second)].words;
      return make({EntityType::kPerson, joined(words, 0, words.size())}, n.start, n.name_start, n.end, n.words.size(), span);
    }
    if (n.words.size() >= nlp::kMinFullNameWords) {  // Untyped words: only as a name known elsewhere.
      if (auto p = person_by_key_.find(key); p != person_by_key_.end()) {
        const auto& words = persons_[root(p->second)].words;
        return make({EntityType::kPerson, joined(words, 0, words.size())}, n.start, n.name_start, n.end, n.words.size(), span);
      }
      if (auto typed = typed_keys_.find(key); typed != typed_keys_.end())
        return make({typed->second, key}, n.start, n.name_start, n.end, n.words.size(), span);
      return;
    }
    // A lone word.
    if (!n.typed) {  // Only as a name known elsewhere.
      if (auto k = resolve_word(key, n.start, n.gender)) return make(*k, n.start, n.name_start, n.end, 1, span);
      split_pair(n.name_start, n.end);
      return;
    }
    if (std::size_t person = owner_of(key, n.start, n.gender); person != std::string::npos) {
      const auto& words = persons_[person].words;
      return make({EntityType::kPerson, joined(words, 0, words.size())}, n.start, n.name_start, n.end, 1, span);
    }
    if (split_pair(n.name_start, n.end)) return;
    // One word typed otherwise elsewhere is more likely one entity mistyped than two.
    if (auto typed = typed_keys_.find(key); typed != typed_keys_.end() && n.gender == Gender::kUnknown)
      return make({typed->second, key}, n.start, n.name_start, n.end, 1, span);
    // "Lady Starmer" beside "Sir Keir Starmer": the same name, another person.
    if (n.gender != Gender::kUnknown && owner_of(key, n.start, Gender::kUnknown) != std::string::npos)
      return make({EntityType::kPerson, std::string(n.gender == Gender::kFeminine ? "f " : "m ") + key}, n.start, n.name_start,
                  n.end, 1, span, true);
    make({EntityType::kPerson, key}, n.start, n.name_start, n.end, 1, span);
  }

  // Hyphenated pairs the recognizer left out ("la rencontre Poutine-Kim").
  void pairs_outside_names() {
    std::size_t next = 0;  // Spans are in text order.
    for (const auto& s : m_.sentences) {
      for (const auto& t : s.tokens) {
        while (next < spans_.size() && spans_[next].end <= t.start) ++next;
        if (next < spans_.size() && spans_[next].start < t.end) continue;  // Inside a candidate.
        std::string_view word = m_.slice(t);
        if (!unicode::starts_upper(word) || (word.find('-') == std::string_view::npos && word.find("\u2011") == std::string_view::npos))
          continue;
        split_pair(t.start, t.end);
      }
    }
  }

  // ------------------------------------------------------------------------------------------
  // Entities.

  std::string display(const Made& made) const {
    std::string_view surface = m_.text.substr(made.name_start, made.end - made.name_start);
    if (made.by_gender) return std::string(m_.text.substr(made.start, made.end - made.start));
    if (!unicode::is_all_upper(surface) || made.words == 1) return std::string(surface);
    std::vector<std::string> words;  // "MAXIM SHEMETOV" -> "Maxim Shemetov".
    std::string folded = unicode::fold(surface);
    for (auto w : strings::split(folded, ' ')) words.push_back(unicode::to_title(w, m_.language));
    return strings::join(words, " ");
  }

  // The fullest form: the most words, not in upper case, the longest.
  static bool fuller(const Made& a, std::string_view a_text, const Made& b, std::string_view b_text) {
    bool a_upper = unicode::is_all_upper(a_text), b_upper = unicode::is_all_upper(b_text);
    if (a.words != b.words) return a.words > b.words;
    if (a_upper != b_upper) return !a_upper;
    return a_text.size() > b_text.size();
  }

  std::vector<Entity> build() {
    std::stable_sort(made_.begin(), made_.end(), [](const Made& a, const Made& b) { return a.start < b.start; });
    std::vector<Entity> entities;
    std::map<Key, std::size_t> by_key;
    std::vector<const Made*> fullest;
    auto add = [&](const Key& key, std::size_t start, std::size_t name_start, std::size_t end) -> std::size_t {
      auto [it, fresh] = by_key.emplace(key, entities.size());
      if (fresh) {
        Entity e;
        e.id = static_cast<int>(entities.size());
        e.type = key.type;
        entities.push_back(std::move(e));
        fullest.push_back(nullptr);
      }
      unicode::Range title = unicode::trim_space(m_.text, {start, name_start});
      entities[it->second].mentions.push_back({start, end, std::string(m_.text.substr(start, end - start)), {},
                                               std::string(m_.text.substr(title.start, title.end - title.start))});
      return it->second;
    };
    for (const Made& made : made_) {
      std::size_t e = add(made.key, made.start, made.name_start, made.end);
      if (made.span >= 0) spans_[static_cast<std::size_t>(made.span)].entity = static_cast<int>(e);
      const Made*& best = fullest[e];
      auto text = [&](const Made* x) { return m_.text.substr(x->name_start, x->end - x->name_start); };
      if (!best || fuller(made, text(&made), *best, text(best))) best = &made;
    }
    for (std::size_t e = 0; e < entities.size(); ++e) entities[e].name = display(*fullest[e]);
    for (const auto& c : doc_.dates) {
      std::string_view surface = m_.text.substr(c.start, c.end - c.start);
      std::size_t e = add({EntityType::kDate, unicode::fold(surface)}, c.start, c.start, c.end);
      if (entities[e].name.empty()) entities[e].name = std::string(surface);
    }
    return entities;
  }

  struct Person {
    std::vector<std::string> words;
    Gender gender;
  };

  const nlp::Doc& doc_;
  const TextModel& m_;
  const lang::Lexicon& lex_;
  RoleGrammar g_;
  const lang::NameGazetteer& gazetteer_;
  std::vector<NameSpan> spans_;
  std::vector<Person> persons_;
  std::vector<std::size_t> owner_;  // The longer person a shorter full name joined; itself if none.
  std::vector<std::vector<std::size_t>> mentions_of_;  // Each person's full-name mentions, in text order.
  std::unordered_map<std::string, std::size_t> person_by_key_;
  std::unordered_map<std::size_t, std::size_t> person_of_span_;
  Index last_word_, other_word_;
  std::unordered_map<std::string, EntityType> typed_keys_;  // Organizations' and places' names.
  std::unordered_map<std::string, std::string> acronyms_;   // Initials (folded) -> an organization's key.
  std::unordered_set<std::string> lone_persons_;            // Persons named by one word only.
  std::vector<Made> made_;
};

}  // namespace

void nlp::group_names(nlp::Doc& doc) { doc.entities = Grouper(doc).run(); }

}  // namespace article_analyzer
