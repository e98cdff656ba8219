// Language identification from function words, for text whose page does not say.
#pragma once

#include <string>
#include <string_view>

namespace article_analyzer {

/// The ISO 639-1 code of the language of `text` among those with word lists (lang::all(), the
/// languages of lang/languages.txt), or a script-based guess ("zh", "ja", "ar", "he", "ru", "el", "ko"), or "und".
std::string detect_language(std::string_view text);

}  // namespace article_analyzer
