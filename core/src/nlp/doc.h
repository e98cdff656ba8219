// The nlp/ folder: the stages that read the article's text, after extraction, through one
// document object. Each stage is a room of its own (entities/, coref/, quotes/); all implement
// Stage and talk to each other only through the Doc's layers, in the order of pipeline():
//   text model (paragraphs, sentences, tokens: text/) -> entities (typed name and date
//   mentions) -> coref (mentions grouped into entities) -> quotes.
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

/// A person's full name has at least this many words; lone words join one ("Poutine").
inline constexpr std::size_t kMinFullNameWords = 2;

/// A mention found by the entities stage, before grouping. Offsets are bytes of the text.
struct NameCandidate {
  std::size_t start = 0, end = 0;  ///< The mention, honorific included.
  std::size_t name_start = 0;      ///< Where the name proper starts (after an honorific).
  std::size_t tokens = 0;          ///< Words in the name proper.
  EntityType type = EntityType::kPerson;
  bool typed = false;              ///< False: a lone word whose type is decided by grouping.
  bool sentence_initial = false;
};

/// The analyzed text with its layers. A stage reads the layers of the stages before it and
/// fills its own.
struct Doc {
  const TextModel& text;      ///< Paragraphs, sentences and tokens; offsets are bytes of text.text.
  const lang::Lexicon& words; ///< The word lists of the text's language (lang::lexicon(code)).
  std::vector<NameCandidate> names = {};  ///< Filled by the entities stage, in text order.
  std::vector<NameCandidate> dates = {};  ///< Filled by the entities stage, in text order.
  std::vector<Entity> entities = {};  ///< Filled by the coref stage: mentions grouped, ids from 0.
  std::vector<Quote> quotes = {};     ///< Filled by the quotes stage; speakers refer to entities.
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
