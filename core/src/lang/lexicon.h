// The word lists of lang/ as hash sets, built once per process, so that membership tests in the
// stages are constant-time. One Lexicon per language: a stage reads the page language's words
// only. The one merge across languages is named: labels_of_any_language(), for page furniture,
// which any page may carry in any language (a "Share" button on a French page).
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace article_analyzer::lang {

using WordSet = std::unordered_set<std::string>;

/// The words of one language, folded (unicode::fold) unless said otherwise.
struct Lexicon {
  std::string_view code;  ///< The language ("fr"); empty for a language without data.
  WordSet function_words;      ///< stopwords and name_stopwords.
  WordSet speech_verbs;        ///< One-word speech verbs.
  std::vector<std::vector<std::string>> speech_phrases;  ///< Several-word ones ("according to").
  WordSet honorifics;          ///< As written ("M.", "Mr.").
  WordSet organization_words;
  WordSet speaker_pronouns;
  /// CLDR's place names (a multilingual gazetteer: a place keeps its name in any language's
  /// text) and this language's extra places.
  WordSet places;
  WordSet organizations;       ///< known_organizations.
  WordSet name_connectors;
  WordSet cue_auxiliaries;
  std::vector<std::string> elisions;
};

/// The lexicon of `code`; for a language without data, one that holds only CLDR's places.
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
