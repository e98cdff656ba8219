#include "lang/lexicon.h"

#include <algorithm>
#include <map>

#include "lang/language.h"
#include "text/strings.h"
#include "text/unicode.h"

namespace article_analyzer::lang {
namespace {

// Month and weekday abbreviations in datelines are their first letters ("Oct", "déc").
constexpr std::size_t kCalendarAbbreviationBytes = 3;

void add_folded(WordSet& set, Words words) {
  for (auto w : words) set.insert(unicode::fold(w));
}

void add_folded(std::vector<std::string>& list, Words words) {
  for (auto w : words) list.push_back(unicode::fold(w));
}

// Role words are compared with tokens as word_key() writes them.
std::string role_key(std::string_view word) { return word_key(unicode::fold(word)); }

void add_role_keys(WordSet& set, Words words) {
  for (auto w : words) set.insert(role_key(w));
}

RoleWords build_roles(const LanguageData& d) {
  RoleWords r;
  for (auto noun : d.role_nouns) {
    std::vector<std::string> words;
    for (auto word : strings::split(noun, ' ')) words.push_back(role_key(word));
    if (words.size() == 1) r.nouns.insert(words[0]);
    else r.phrases.push_back(std::move(words));
  }
  std::stable_sort(r.phrases.begin(), r.phrases.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  add_role_keys(r.counterparts, d.counterpart_nouns);
  add_role_keys(r.modifiers, d.role_modifiers);
  add_role_keys(r.determiners, d.role_determiners);
  add_role_keys(r.definite_determiners, d.definite_determiners);
  add_role_keys(r.contractions, d.role_contractions);
  add_role_keys(r.linkers, d.role_linkers);
  add_role_keys(r.predicates, d.role_predicates);
  for (auto p : d.role_prefixes) r.prefixes.push_back(role_key(p));
  r.head_last = !d.role_head_position.empty() && d.role_head_position[0] == "last";
  add_role_keys(r.feminine, d.feminine_words);
  add_role_keys(r.masculine, d.masculine_words);
  add_folded(r.possessive_endings, d.possessive_endings);  // As the text writes them: ' and ’.
  return r;
}

Lexicon build(const LanguageData* d) {
  Lexicon x;
  if (!d) return x;
  x.code = d->code;
  add_folded(x.function_words, d->stopwords);
  add_folded(x.function_words, d->name_stopwords);
  add_folded(x.speaker_pronouns, d->speaker_pronouns);
  add_folded(x.plural_pronouns, d->plural_pronouns);
  add_folded(x.feminine_pronouns, d->feminine_pronouns);
  add_folded(x.masculine_pronouns, d->masculine_pronouns);
  for (auto phrase : d->anaphoric_subjects) {
    std::vector<std::string> words;
    for (auto word : strings::split(phrase, ' ')) words.push_back(unicode::fold(word));
    x.anaphoric_subjects.push_back(std::move(words));
  }
  add_folded(x.non_speaker_prepositions, d->non_speaker_prepositions);
  add_folded(x.listener_verbs, d->listener_verbs);
  add_folded(x.answer_labels, d->answer_labels);
  add_folded(x.participle_endings, d->participle_endings);
  for (auto dash : d->dialogue_dashes) x.dialogue_dashes.emplace_back(dash);
  add_folded(x.name_connectors, d->name_connectors);
  add_folded(x.cue_auxiliaries, d->cue_auxiliaries);
  add_folded(x.elisions, d->elisions);
  for (auto h : d->honorifics) x.honorifics.insert(std::string(h));
  x.roles = build_roles(*d);
  for (auto verb : d->speech_verbs) {
    std::vector<std::string> words;
    for (auto word : strings::split(verb, ' ')) words.push_back(unicode::fold(word));
    if (words.size() == 1) x.speech_verbs.insert(words[0]);
    else x.speech_phrases.push_back(std::move(words));
  }
  return x;
}

NameGazetteer build_names() {
  NameGazetteer x;
  add_folded(x.places, cldr_places());
  for (const auto* d : all()) {
    add_folded(x.places, d->extra_places);
    add_folded(x.organizations, d->known_organizations);
    add_folded(x.organization_words, d->organization_words);
  }
  return x;
}

PageLabels build_labels() {
  PageLabels x;
  for (const auto* d : all()) {
    add_folded(x.ui_labels, d->ui_labels);
    add_folded(x.dateline_words, d->dateline_words);
    for (auto names : {month_names(d->code), weekday_names(d->code)})
      for (auto name : names) {
        std::string folded = unicode::fold(name);
        x.dateline_words.insert(folded);
        x.dateline_words.insert(folded.substr(0, kCalendarAbbreviationBytes));
      }
    add_folded(x.boilerplate_starts, d->boilerplate_starts);
    add_folded(x.section_label_starts, d->section_label_starts);
    add_folded(x.credit_starts, d->credit_starts);
  }
  return x;
}

// Every language's lexicon, built at once on first use (thread-safe static initialization).
const std::map<std::string_view, Lexicon>& lexicons() {
  static const std::map<std::string_view, Lexicon> built = [] {
    std::map<std::string_view, Lexicon> out;
    for (const auto* d : all()) out.emplace(d->code, build(d));
    return out;
  }();
  return built;
}

}  // namespace

std::string word_key(std::string_view folded) {
  constexpr std::string_view kCurly = "’";
  std::string key;
  key.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size();) {
    if (folded.substr(i, kCurly.size()) == kCurly) key += '\'', i += kCurly.size();
    else key += folded[i++];
  }
  return key;
}

const Lexicon& lexicon(std::string_view code) {
  static const Lexicon without_data = build(nullptr);
  const auto& all_lexicons = lexicons();
  auto it = all_lexicons.find(code);
  return it == all_lexicons.end() ? without_data : it->second;
}

const NameGazetteer& names_of_any_language() {
  static const NameGazetteer merged = build_names();
  return merged;
}

const PageLabels& labels_of_any_language() {
  static const PageLabels merged = build_labels();
  return merged;
}

}  // namespace article_analyzer::lang
