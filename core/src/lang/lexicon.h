// The word lists of every language merged into hash sets, built once per process: membership
// tests in the entity and quote stages are then constant-time, whatever the page's language.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

namespace article_analyzer::lang {

struct Lexicon {
  std::unordered_set<std::string> function_words;      ///< stopwords and name_stopwords (folded).
  std::unordered_set<std::string> speech_verbs;        ///< One-word speech verbs (folded).
  std::vector<std::vector<std::string>> speech_phrases;///< Several-word ones ("according to").
  std::unordered_set<std::string> honorifics;          ///< As written ("M.", "Mr.").
  std::unordered_set<std::string> organization_words;  ///< Folded.
  std::unordered_set<std::string> speaker_pronouns;    ///< Folded.
  std::unordered_set<std::string> places;              ///< CLDR and extra places (folded).
  std::unordered_set<std::string> organizations;       ///< Known organizations (folded).
  std::unordered_set<std::string> ui_labels;           ///< Folded.
  std::vector<std::string> boilerplate_starts;         ///< Folded.
  std::vector<std::string> section_label_starts;       ///< Folded.
  std::vector<std::string> credit_starts;              ///< Folded.
  /// Dateline words of every language plus month and weekday names (folded, abbreviations too).
  std::unordered_set<std::string> dateline_words;
};

/// The merged lists of all languages.
const Lexicon& lexicon();

}  // namespace article_analyzer::lang
