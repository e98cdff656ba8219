// Readers of the labelled NER sets in ../shared/data/ner, each into the tagger's documents with
// gold BILOU labels, and the gazetteer lists the model carries (../shared/data/lexicons and the
// core's CLDR and language lists).
#pragma once

#include <string>
#include <vector>

#include "nlp/tagger/tagger.h"

namespace article_analyzer::train {

namespace tagger = nlp::tagger;

struct LabeledDocument {
  tagger::Document doc;
  std::vector<std::vector<tagger::Label>> gold;  ///< One label per word of each sentence.
};

/// The column layouts of the sets.
enum class Format {
  kConll,   ///< "token POS chunk TAG" (or "token TAG"), IOB1/IOB2, -DOCSTART- between documents.
  kTabbed,  ///< "[idx<TAB>]token<TAB>TAG[...]", "fr:" prefixes, "#" comments, IOB2.
  kHipe,    ///< HIPE-2022 TSV: TOKEN, NE-COARSE-LIT, ..., MISC (EndOfSentence); documents by "# hipe2022:document_id".
};

struct ReadOptions {
  Format format = Format::kConll;
  std::string language;               ///< The documents' language.
  std::size_t sentences_per_document = 0;  ///< Sets without documents: group this many (0: one document).
  /// Silver sets: leave out the sentences whose spans hold a lower-case word that is not a name
  /// connector ("Liste des communes de la Haute-Saône" as one place; link anchors, not names).
  bool names_only = false;
};

/// The documents of one file. Throws std::runtime_error when the file cannot be read.
std::vector<LabeledDocument> read_set(const std::string& path, const ReadOptions& options);

/// Splits French elisions off the words ("l'Isère" -> "l'", "Isère"), as the core's text model
/// does, keeping the labels consistent (a span that began on the elided word begins after it).
void split_elisions(LabeledDocument& doc);

/// Reads the sets' words as the core's tagger_words cuts text: a full stop written apart after
/// an abbreviation joins it ("M" "." -> "M."), and a person's span starts after its titles
/// ("M. Poincaré", "le maire Artem Kobzar": the name is "Poincaré", "Artem Kobzar").
void normalize_spans(LabeledDocument& doc);

/// Removes the sentences of `doc` whose spans hold a lower-case word other than the language's
/// name connectors ("de", "of"); returns how many.
std::size_t drop_lowercase_spans(LabeledDocument& doc);

/// The gazetteer phrases (folded) with their classes, sorted by key, from the lexicons under
/// `lexicons_dir` and the core's own lists.
struct GazetteerList {
  std::vector<std::uint32_t> keys;
  std::vector<tagger::GazetteerMask> masks;
  std::size_t phrases = 0;
  std::vector<std::string> files;  ///< The lexicon files read, relative to the lexicons folder.
};
GazetteerList build_gazetteer(const std::string& lexicons_dir);
tagger::Gazetteer to_gazetteer(const GazetteerList& list);

}  // namespace article_analyzer::train
