#include "lang/lexicon.h"

#include "lang/language.h"
#include "text/unicode.h"

namespace article_analyzer::lang {
namespace {

Lexicon build() {
  Lexicon x;
  auto add_folded = [](std::unordered_set<std::string>& set, Words words) {
    for (auto w : words) set.insert(unicode::fold(w));
  };
  for (const auto* d : all()) {
    add_folded(x.function_words, d->stopwords);
    add_folded(x.function_words, d->name_stopwords);
    add_folded(x.organization_words, d->organization_words);
    add_folded(x.speaker_pronouns, d->speaker_pronouns);
    add_folded(x.places, d->extra_places);
    add_folded(x.organizations, d->known_organizations);
    add_folded(x.ui_labels, d->ui_labels);
    add_folded(x.dateline_words, d->dateline_words);
    for (auto names : {month_names(d->code), weekday_names(d->code)})
      for (auto name : names) {
        std::string folded = unicode::fold(name);
        x.dateline_words.insert(folded);
        x.dateline_words.insert(folded.substr(0, 3));  // "Oct", "déc"
      }
    for (auto w : d->boilerplate_starts) x.boilerplate_starts.push_back(unicode::fold(w));
    for (auto w : d->section_label_starts) x.section_label_starts.push_back(unicode::fold(w));
    for (auto w : d->credit_starts) x.credit_starts.push_back(unicode::fold(w));
    for (auto h : d->honorifics) x.honorifics.insert(std::string(h));
    for (auto verb : d->speech_verbs) {
      std::vector<std::string> words;
      std::size_t start = 0;
      while (start <= verb.size()) {
        std::size_t end = std::min(verb.find(' ', start), verb.size());
        words.push_back(unicode::fold(verb.substr(start, end - start)));
        start = end + 1;
      }
      if (words.size() == 1) x.speech_verbs.insert(words[0]);
      else x.speech_phrases.push_back(std::move(words));
    }
  }
  add_folded(x.places, cldr_places());
  return x;
}

}  // namespace

const Lexicon& lexicon() {
  static const Lexicon merged = build();
  return merged;
}

}  // namespace article_analyzer::lang
