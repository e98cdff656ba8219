// The table of languages (lang/languages.txt) and the CLDR lists generated from ICU
// (generated/cldr_lexicon.inc).
#include <string_view>

#include "lang/language.h"

namespace article_analyzer::lang {

#include "lang/generated/cldr_lexicon.inc"

// Each language's data, defined in lang/<code>.cpp, for every line of lang/languages.txt.
#define AA_LANGUAGE(code) extern const LanguageData kLanguage_##code;
#include "lang/languages.inc"
#undef AA_LANGUAGE

namespace {
const LanguageData* const kAll[] = {
#define AA_LANGUAGE(code) &kLanguage_##code,
#include "lang/languages.inc"
#undef AA_LANGUAGE
};

const CldrCalendar* calendar(std::string_view code) {
  for (const auto& c : kCldrCalendars)
    if (c.language == code) return &c;
  return nullptr;
}
}  // namespace

const LanguageData* find(std::string_view code) {
  for (const auto* data : kAll)
    if (data->code == code) return data;
  return nullptr;
}

std::span<const LanguageData* const> all() { return kAll; }

std::span<const std::string_view> cldr_places() { return kCldrPlaces; }

std::span<const std::string_view> month_names(std::string_view code) {
  const CldrCalendar* c = calendar(code);
  return c ? std::span<const std::string_view>(c->months) : std::span<const std::string_view>();
}

std::span<const std::string_view> weekday_names(std::string_view code) {
  const CldrCalendar* c = calendar(code);
  return c ? std::span<const std::string_view>(c->weekdays) : std::span<const std::string_view>();
}

}  // namespace article_analyzer::lang
