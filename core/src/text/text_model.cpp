#include "text/text_model.h"

#include <algorithm>

#include "text/unicode.h"

namespace article_analyzer {
namespace {

bool is_apostrophe_at(std::string_view text, std::size_t i, std::size_t& width) {
  if (text.substr(i, 1) == "'") return width = 1, true;
  if (text.substr(i, 3) == "’") return width = 3, true;
  return false;
}

// Splits "l'Ukraine" into "l'" and "Ukraine": the elided words of the text's language
// (LanguageData::elisions; none for a language without them).
void split_elisions(std::string_view text, lang::Words elisions, std::vector<Token>& tokens) {
  if (elisions.empty()) return;
  std::vector<Token> out;
  out.reserve(tokens.size());
  for (const Token& t : tokens) {
    std::string_view word = text.substr(t.start, t.end - t.start);
    bool split = false;
    for (auto e : elisions) {
      std::size_t width = 0;
      if (word.size() <= e.size() + 1) continue;
      std::string head = unicode::fold(word.substr(0, e.size()));
      if (head != e || !is_apostrophe_at(word, e.size(), width)) continue;
      out.push_back({t.start, t.start + e.size() + width});
      out.push_back({t.start + e.size() + width, t.end});
      split = true;
      break;
    }
    if (!split) out.push_back(t);
  }
  tokens = std::move(out);
}

// Joins words written with a hyphen between them ("Extrême-Orient", "a-t-il", "nord-coréen").
void join_hyphenated(std::string_view text, std::vector<Token>& tokens) {
  std::vector<Token> out;
  out.reserve(tokens.size());
  for (const Token& t : tokens) {
    if (!out.empty()) {
      std::string_view gap = text.substr(out.back().end, t.start - out.back().end);
      if (gap == "-" || gap == "‑") {
        out.back().end = t.end;
        continue;
      }
    }
    out.push_back(t);
  }
  tokens = std::move(out);
}

// ICU ends a sentence at every full stop before a capital letter; an initial ("George W.
// Bush", "P. Johnson", "G.K. Butterfield") or an honorific of the language ("M. Poutine", "Mr.
// Smith") ends none.
bool ends_with_abbreviation(std::string_view sentence, lang::Words honorifics) {
  if (!sentence.ends_with('.')) return false;
  std::string_view body = sentence.substr(0, sentence.size() - 1);
  std::size_t space = body.find_last_of(" \t\n(\"");
  std::string_view last = space == std::string_view::npos ? body : body.substr(space + 1);
  if (last.empty()) return false;
  // Capital letters, each but the last followed by its dot: "W", "G.K", "J.R.R".
  bool initials = true;
  for (std::size_t i = 0; i < last.size() && initials;) {
    initials = unicode::is_upper(unicode::next_code_point(last, i));
    if (i < last.size()) initials = initials && last[i++] == '.' && i < last.size();
  }
  if (initials) return true;
  return std::any_of(honorifics.begin(), honorifics.end(), [&](std::string_view h) {
    return h.size() == last.size() + 1 && h.ends_with('.') && h.starts_with(last);
  });
}

std::vector<unicode::Range> sentences_of(std::string_view para, const std::string& language, lang::Words honorifics) {
  std::vector<unicode::Range> out;
  for (auto s : unicode::sentences(para, language)) {
    if (!out.empty() && ends_with_abbreviation(para.substr(out.back().start, out.back().end - out.back().start), honorifics))
      out.back().end = s.end;
    else
      out.push_back(s);
  }
  return out;
}

}  // namespace

TextModel build_text_model(std::string_view text, const std::vector<Paragraph>& paragraphs, std::string language) {
  TextModel model;
  model.text = text;
  model.language = std::move(language);
  model.data = lang::find(model.language);
  model.paragraphs = paragraphs;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    std::string_view para = text.substr(paragraphs[p].start, paragraphs[p].end - paragraphs[p].start);
    std::vector<unicode::Range> words = unicode::words(para, model.language);
    std::size_t w = 0;
    for (auto s : sentences_of(para, model.language, model.data ? model.data->honorifics : lang::Words())) {
      Sentence sentence{paragraphs[p].start + s.start, paragraphs[p].start + s.end, p, {}, {}};
      while (w < words.size() && words[w].start < s.start) ++w;
      for (; w < words.size() && words[w].end <= s.end; ++w)
        sentence.tokens.push_back({paragraphs[p].start + words[w].start, paragraphs[p].start + words[w].end});
      split_elisions(text, model.data ? model.data->elisions : lang::Words(), sentence.tokens);
      join_hyphenated(text, sentence.tokens);
      for (const Token& t : sentence.tokens) sentence.folded.push_back(unicode::fold(text.substr(t.start, t.end - t.start)));
      model.sentences.push_back(std::move(sentence));
    }
  }
  return model;
}

}  // namespace article_analyzer
