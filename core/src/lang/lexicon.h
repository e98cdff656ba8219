// The word lists of lang/ as hash sets, built once per process, so that membership tests in the
// stages are constant-time. One Lexicon per language: a stage reads the page language's words
// only. The merges across languages are named, each for a reason: names_of_any_language(), for
// the words of proper names, which keep their language on any page ("Agence France-Presse" in
// English, "Downing Street" in French), and labels_of_any_language(), for page furniture, which
// any page may carry in any language (a "Share" button on a French page).
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace article_analyzer::lang {

using WordSet = std::unordered_set<std::string>;

/// Gazetteers of names, folded: every language's, merged on purpose (see above).
struct NameGazetteer {
  /// CLDR's place names (countries, world areas, time-zone cities, in every language) and each
  /// language's extra places.
  WordSet places;
  WordSet organizations;       ///< known_organizations.
  WordSet organization_words;  ///< Words that mark a name as an organization's ("Company", "Agence").
};
const NameGazetteer& names_of_any_language();

/// The role words of one language (LanguageData's role_* fields), folded, apostrophes as '.
struct RoleWords {
  WordSet nouns;                                  ///< One-word role nouns.
  std::vector<std::vector<std::string>> phrases;  ///< Role nouns of several words, longest first.
  WordSet counterparts, modifiers, determiners, definite_determiners, contractions, linkers, predicates;
  std::vector<std::string> prefixes;              ///< "ex-", glued to a role noun.
  bool head_last = false;                         ///< role_head_position is "last".
  WordSet feminine, masculine;
  std::vector<std::string> possessive_endings;  ///< Folded only: "'s" and "’s" both listed.
};

/// The words of one language, folded (unicode::fold) unless said otherwise.
struct Lexicon {
  std::string_view code;  ///< The language ("fr"); empty for a language without data.
  WordSet function_words;      ///< stopwords and name_stopwords.
  WordSet speech_verbs;        ///< One-word speech verbs.
  std::vector<std::vector<std::string>> speech_phrases;  ///< Several-word ones ("according to").
  WordSet honorifics;          ///< As written ("M.", "Mr.").
  WordSet speaker_pronouns;
  WordSet plural_pronouns;           ///< Of speaker_pronouns, the plural ones.
  WordSet feminine_pronouns, masculine_pronouns;  ///< Of speaker_pronouns, those that say a gender.
  std::vector<std::vector<std::string>> anaphoric_subjects;  ///< "ce dernier": words, folded.
  WordSet listener_verbs;            ///< "told": the name after it is the listener.
  WordSet answer_labels;             ///< "r", "a": an interview answer's label.
  std::vector<std::string> participle_endings;  ///< "ing", "ant".
  std::vector<std::string> dialogue_dashes;  ///< As written: the dashes that open dialogue.
  WordSet non_speaker_prepositions;  ///< "to", "à", "at": a name they introduce after a cue does not speak.
  WordSet name_connectors;
  WordSet cue_auxiliaries;
  std::vector<std::string> elisions;
  RoleWords roles;
};

/// A folded word with its apostrophes written ' : how the role words are kept, and how the
/// stages compare a token with them ("l’" and "l'" alike).
std::string word_key(std::string_view folded);

/// The lexicon of `code`; for a language without data, an empty one.
const Lexicon& lexicon(std::string_view code);

/// Page furniture in every language with data, merged on purpose: extraction runs before the
/// page's language is known, and pages carry labels of other languages.
struct PageLabels {
  WordSet ui_labels;
  std::vector<std::string> boilerplate_starts;
  std::vector<std::string> section_label_starts;
  std::vector<std::string> credit_starts;
  /// Dateline words plus month and weekday names (abbreviations too).
  WordSet dateline_words;
};
const PageLabels& labels_of_any_language();

}  // namespace article_analyzer::lang
