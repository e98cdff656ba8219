// The nlp/ folder: the stages that read the article's text, after extraction, through one
// document object. Each stage is a room of its own (entities/, quotes/); all implement Stage
// and talk to each other only through the Doc's layers, in the order of pipeline():
//   text model (paragraphs, sentences, tokens: text/) -> entities -> quotes.
// nlp/ may use text/ (Unicode services, the text model) and lang/ (the language's words,
// through doc.words); it never sees extract/ or the DOM: it knows only the assembled text.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "article_analyzer/analyzer.h"
#include "lang/lexicon.h"
#include "text/text_model.h"

namespace article_analyzer::nlp {

/// The analyzed text with its layers. A stage reads the layers of the stages before it and
/// fills its own.
struct Doc {
  const TextModel& text;      ///< Paragraphs, sentences and tokens; offsets are bytes of text.text.
  const lang::Lexicon& words; ///< The word lists of the text's language (lang::lexicon(code)).
  std::vector<Entity> entities;  ///< Filled by the entities stage: mentions grouped, ids from 0.
  std::vector<Quote> quotes;     ///< Filled by the quotes stage; speakers refer to entities.
};

/// One step of the NLP pipeline.
class Stage {
 public:
  virtual ~Stage() = default;
  /// The stage's name, as the result's timings report it ("entities").
  virtual std::string_view name() const = 0;
  virtual void run(Doc& doc) const = 0;
};

/// A stage made of a name and a function: what each room of nlp/ defines.
class FunctionStage final : public Stage {
 public:
  using Run = void (*)(Doc&);
  constexpr FunctionStage(std::string_view name, Run run) : name_(name), run_(run) {}
  std::string_view name() const override { return name_; }
  void run(Doc& doc) const override { run_(doc); }

 private:
  std::string_view name_;
  Run run_;
};

/// The stages in the order they run.
std::span<const Stage* const> pipeline();

}  // namespace article_analyzer::nlp
