// The text/ folder: what every stage needs of text, whatever it came from. Decoding bytes to
// UTF-8 with charset sniffing (encoding.h), Unicode services (unicode.h, implemented by
// unicode_icu.cpp, the only file that includes ICU), plain string helpers (strings.h), language
// detection (language_detect.h), and this file: the analyzed text cut into paragraphs,
// sentences and tokens, once, for the NLP stages. text/ may use lang/ (word lists, elisions);
// it knows nothing of HTML, extraction or the stages.
// Offsets are bytes of the analysis text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "article_analyzer/analyzer.h"
#include "lang/language.h"

namespace article_analyzer {

struct Token {
  std::size_t start = 0, end = 0;
};

struct Sentence {
  std::size_t start = 0, end = 0;
  std::size_t paragraph = 0;  ///< Index into TextModel::paragraphs.
  std::vector<Token> tokens;  ///< Words: hyphenated compounds joined, French elisions split off.
  std::vector<std::string> folded;  ///< unicode::fold of each token, computed once.
};

struct TextModel {
  std::string_view text;
  std::string language;
  const lang::LanguageData* data = nullptr;  ///< The language's lists, or nullptr.
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;

  std::string_view slice(const Token& t) const { return text.substr(t.start, t.end - t.start); }
  /// What lies between two tokens of a sentence ("" if adjacent, " " if one space...).
  std::string_view gap(const Token& a, const Token& b) const { return text.substr(a.end, b.start - a.end); }
};

TextModel build_text_model(std::string_view text, const std::vector<Paragraph>& paragraphs, std::string language);

}  // namespace article_analyzer
