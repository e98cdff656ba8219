// The analyzed text cut into paragraphs, sentences and tokens, shared by the entity and
// quote stages so that each is computed once. Offsets are bytes of the analysis text.
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
