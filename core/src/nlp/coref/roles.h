// Inside the coref room: role phrases, what grouping (names.cpp) and role linking (roles.cpp)
// share. A role phrase is a determiner, then a role noun with its modifiers and complements, in
// the order of the page's language (LanguageData::role_head_position): "le porte-parole du
// Kremlin", "son homologue nord-coréenne", "the Trump campaign's political director", "White
// House press secretary". Tokens are those of the text model (hyphenated words joined, French
// elisions split off); words are compared as word_key() writes them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lang/lexicon.h"
#include "nlp/doc.h"

namespace article_analyzer::coref {

/// What the words of a phrase or a title say of a person's gender; unknown when they say
/// nothing or disagree.
enum class Gender { kUnknown, kFeminine, kMasculine, kMixed };
/// The gender of both: kMixed when they disagree (a phrase or a person that says both).
Gender combine(Gender a, Gender b);
/// Whether a person of gender `a` may be the referent of a phrase of gender `b`.
bool compatible(Gender a, Gender b);

/// A folded token as the lexicon writes role words: apostrophes as '.
using lang::word_key;

/// One way a role phrase that starts at a token may end.
struct RoleEnding {
  std::size_t end = 0;                ///< Token after the phrase.
  std::size_t head = 0, head_end = 0; ///< The role noun's tokens.
  bool loose = false;                 ///< It ends with a word taken for an adjective (a verb may be one).
};

/// A name mention as grouping leaves it (names.cpp), for the role linker.
struct NameSpan {
  std::size_t start = 0, name_start = 0, end = 0;  ///< Bytes: title included, the name proper, its end.
  EntityType type = EntityType::kPerson;
  bool typed = false;
  std::vector<std::string> words;        ///< word_key of each word of the name proper.
  Gender gender = Gender::kUnknown;      ///< What its title says ("Mme", "Sir").
  std::vector<std::string> title_roles;  ///< Role nouns of its title ("president" of "President Trump").
  std::vector<std::string> title_words;  ///< Its title's role nouns and modifiers ("foreign", "minister").
  /// A role that stood inside the recognized span, before the name ("Disney Chief Executive"
  /// of "Disney Chief Executive Bob Iger"): its bytes; role_end is 0 when there is none.
  std::size_t role_start = 0, role_end = 0;
  bool not_a_name = false;   ///< The span names nobody: all role ("Prime Minister"), or no span at all.
  int entity = -1;           ///< The entity it was grouped into, -1 if none.
};

/// The role words of the text's language applied to the text model's tokens.
class RoleGrammar {
 public:
  RoleGrammar(const TextModel& text, const lang::Lexicon& words);

  /// Whether the language has role words at all (languages without them get no role mentions).
  bool enabled() const { return !roles_.nouns.empty() || !roles_.phrases.empty(); }
  bool head_last() const { return roles_.head_last; }
  const lang::RoleWords& words() const { return roles_; }
  const TextModel& text() const { return m_; }

  /// The sentence holding byte `pos`, or nullptr.
  const Sentence* sentence_at(std::size_t pos) const;
  /// The first token of s that starts at or after pos (s.tokens.size() if none).
  static std::size_t token_from(const Sentence& s, std::size_t pos);

  std::string key(const Sentence& s, std::size_t i) const { return word_key(s.folded[i]); }
  /// Tokens i-1 and i are one phrase apart: nothing, or a space, between them.
  bool joined(const Sentence& s, std::size_t i) const;
  bool capitalized(const Sentence& s, std::size_t i) const;
  /// "Trump's": a word ending in a possessive of the language.
  bool possessive(const Sentence& s, std::size_t i) const;
  /// Tokens of the role noun that starts at token i, within [i, limit); 0 if none there.
  /// `last_key`: the key of token limit - 1 if not its own (a name's word without its possessive).
  std::size_t role_noun_at(const Sentence& s, std::size_t i, std::size_t limit, const std::string* last_key = nullptr) const;
  bool is_modifier(const Sentence& s, std::size_t i) const { return roles_.modifiers.count(key(s, i)) > 0; }
  bool is_determiner(const Sentence& s, std::size_t i) const { return roles_.determiners.count(key(s, i)) > 0; }
  bool is_contraction(const Sentence& s, std::size_t i) const { return roles_.contractions.count(key(s, i)) > 0; }
  bool is_definite(const Sentence& s, std::size_t i) const {
    return roles_.definite_determiners.count(key(s, i)) > 0 || is_contraction(s, i);
  }
  /// A lower-case word that may describe a role (an adjective, a noun): not a function word,
  /// linker, determiner or verb of the lexicon; role nouns are content words.
  bool content_word(const Sentence& s, std::size_t i) const;
  /// The words of the language after which a role and a comma before a name need a comma
  /// after it too ("selon la ministre, Ana Roux partira"): function words, but auxiliaries.
  bool blocks_apposition(const Sentence& s, std::size_t i) const;
  /// What the words of tokens [from, to) say of gender.
  Gender gender_of(const Sentence& s, std::size_t from, std::size_t to) const;
  Gender gender_of_word(std::string_view folded_key) const;

  /// The ways a role phrase may run from token `from` (its first word after any determiner)
  /// up to token `limit`, shortest first. `free_modifiers`: in a language whose role noun comes
  /// last, any lower-case word may modify it (a phrase that a determiner opens or a comma
  /// closes); otherwise only the listed modifiers. `without_possessive`: a token read without
  /// its possessive ending (the last of a name span: "Prime Minister's").
  std::vector<RoleEnding> endings(const Sentence& s, std::size_t from, std::size_t limit, bool free_modifiers,
                                  std::size_t without_possessive = std::string::npos) const;

 private:
  std::vector<RoleEnding> endings_head_first(const Sentence& s, std::size_t from, std::size_t limit) const;
  std::vector<RoleEnding> endings_head_last(const Sentence& s, std::size_t from, std::size_t limit, bool free_modifiers,
                                            std::size_t without_possessive) const;
  /// A linker and its complement from token i ("de la diplomatie", "of State"): the token
  /// after it, or i if there is none.
  std::size_t complement_end(const Sentence& s, std::size_t i, std::size_t limit, std::size_t without_possessive) const;
  /// The role noun at i when token `plain` is read without its possessive.
  std::size_t role_noun_plain(const Sentence& s, std::size_t i, std::size_t limit, std::size_t plain) const;

  const TextModel& m_;
  const lang::Lexicon& lex_;
  const lang::RoleWords& roles_;
};

/// Adds to the persons of `entities` the role phrases that stand for them: in apposition to
/// one of their names ("le porte-parole du Kremlin, Dmitri Peskov", "Sean Spicer, the press
/// secretary,"), inside a name's span ("Disney Chief Executive Bob Iger"), and later definite
/// phrases that repeat a role seen with one of them ("la cheffe de la diplomatie
/// nord-coréenne"). `names` are the grouped name mentions, in text order.
void link_roles(const nlp::Doc& doc, const RoleGrammar& grammar, const std::vector<NameSpan>& names,
                std::vector<Entity>& entities);

}  // namespace article_analyzer::coref
