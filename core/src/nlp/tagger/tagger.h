// The trained entity tagger: an averaged-perceptron sequence model over BILOU labels (Ratinov &
// Roth 2009), trained greedily left to right with the features of features.cpp (word forms,
// shapes, affixes, capitalization in context, gazetteers carried by the model, and document
// features: how the same word is written and was tagged elsewhere in the article), and decoded by
// beam search over well-formed label sequences. tag() runs it; tools/train/ trains it with the
// same feature and decoding code, so a model always sees at inference the features it was
// trained on. The model is data: its binary format is model.cpp's; `npm run train` writes
// models/ner.bin, which the build embeds in the core (shipped_model.cpp says why).
// tagger/ may use text/ (Unicode) and lang/ (the language's words); it knows nothing of the Doc.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace article_analyzer::nlp::tagger {

/// What an entity span is: the types of the training sets. MISC (works, events, laws,
/// nationalities) is learned to keep them out of the other types, and not shown.
enum class Kind : std::uint8_t {
  kPerson,        ///< "PER".
  kOrganization,  ///< "ORG".
  kLocation,      ///< "LOC".
  kMisc,          ///< "MISC".
};
inline constexpr std::size_t kKinds = 4;
std::string_view to_string(Kind kind);
/// The kind of a data set's type name ("PER", "pers", "LOC", "ORG", "MISC", "HumanProd"...).
std::optional<Kind> parse_kind(std::string_view name);

/// Where a word stands in a span: BILOU (outside, begin, inside, last, unit).
enum class Position : std::uint8_t { kOutside, kBegin, kInside, kLast, kUnit };

/// A label: O, or a position and a kind. Labels are numbered 0 (O) to kLabels - 1.
using Label = std::uint8_t;
inline constexpr std::size_t kLabels = 1 + 4 * kKinds;
inline constexpr Label kOutside = 0;
constexpr Label make_label(Position p, Kind k) {
  return p == Position::kOutside ? kOutside : static_cast<Label>(1 + static_cast<int>(k) * 4 + static_cast<int>(p) - 1);
}
constexpr Position position_of(Label l) { return l == kOutside ? Position::kOutside : static_cast<Position>((l - 1) % 4 + 1); }
constexpr Kind kind_of(Label l) { return static_cast<Kind>((l - 1) / 4); }
/// "O", "B-PER", ...
std::string label_name(Label l);

/// A span of words [first, last] of one kind.
struct Span {
  std::size_t first = 0, last = 0;
  Kind kind = Kind::kPerson;
};
/// The spans of a label sequence; ill-formed runs are read leniently (an I after O begins one).
std::vector<Span> spans_of(std::span<const Label> labels);
/// The BILOU labels of spans over `words` words.
std::vector<Label> labels_of(std::span<const Span> spans, std::size_t words);

/// A document as the tagger reads it: sentences of words as written.
struct Sentence {
  std::vector<std::string> words;
};
struct Document {
  std::string language;  ///< BCP 47 primary tag; selects the function words, honorifics, elisions.
  std::vector<Sentence> sentences;
};

/// The lists a model carries, each word or phrase (up to kMaxGazetteerWords words, folded,
/// joined by one space) tagged with the classes it belongs to.
enum class GazetteerClass : std::uint8_t {
  kGivenName,         ///< "Emmanuel", "Sarah".
  kSurname,           ///< "Dupont", "Smith".
  kPlace,             ///< CLDR countries, areas and cities; GeoNames cities.
  kOrganization,      ///< Known organizations and companies.
  kOrganizationWord,  ///< Words that mark an organization's name ("Inc", "ministère").
  kTitle,             ///< Honorifics and titles that precede a person's name ("M.", "Mr.").
};
inline constexpr std::size_t kGazetteerClasses = 6;
inline constexpr std::size_t kMaxGazetteerWords = 4;
using GazetteerMask = std::uint8_t;

/// The stable 32-bit key of a gazetteer phrase (folded words joined by one space).
std::uint32_t phrase_key(std::string_view folded_phrase);

/// Sorted 32-bit keys with an open-addressing index: find() is constant-time.
class KeyIndex {
 public:
  KeyIndex() = default;
  explicit KeyIndex(std::vector<std::uint32_t> sorted_keys);
  /// The position of `key` among the keys, or -1.
  std::int64_t find(std::uint32_t key) const;
  const std::vector<std::uint32_t>& keys() const { return keys_; }

 private:
  /// A key and its position + 1 (0: an empty slot), side by side: a probe reads one cache line.
  struct Slot {
    std::uint32_t key = 0, position = 0;
  };
  std::vector<std::uint32_t> keys_;
  std::vector<Slot> slots_;
};

struct Gazetteer {
  KeyIndex phrases;
  std::vector<GazetteerMask> masks;  ///< One per phrase, in key order.
  GazetteerMask classes_of(std::string_view folded_phrase) const;
};

/// Which weights a feature has: one for every language, one per language (the key salted
/// with the document's language), or both (Daume III 2007: the per-language copy learns where a
/// language differs, the shared one carries what they have in common and serves other
/// languages).
enum class Sharing : std::uint8_t { kShared, kPerLanguage, kBoth };

/// The salt of a language: a feature's per-language key is its key XOR the salt, so that the
/// weights of one language can be merged by key (Model::for_language).
std::uint32_t language_salt(std::string_view language);

/// Rows of kLabels weights by feature key, each quantized to small integers times a scale.
struct WeightTable {
  KeyIndex features;
  std::vector<std::int16_t> weights;  ///< features.keys().size() rows of kLabels.
  std::vector<float> scales;         ///< One per row.

  /// Adds the weights of feature `key` to scores[kLabels].
  void add_scores(std::uint32_t key, float* scores) const;
};

/// A trained model: one row of kLabels weights per feature, quantized to small integers times a
/// per-row power-of-two step, and the gazetteer its features were trained with.
struct Model : WeightTable {
  Model();
  Gazetteer gazetteer;
  Sharing sharing = Sharing::kShared;
  std::string description;           ///< What it was trained on (the trainer's words).

  /// The weights one language's documents read, by unsalted key: each feature's shared row and
  /// its row for the language summed, so that decoding looks each feature up once. Built on
  /// first use and kept (thread-safe).
  const WeightTable& for_language(std::uint32_t salt) const;

 private:
  struct LanguageTables;
  std::shared_ptr<LanguageTables> languages_;  ///< Shared by copies, which have the same weights.
};

/// Serialization (model.cpp). A weight row is given as floats and quantized here.
struct ModelRows {
  std::vector<std::uint32_t> keys;  ///< Sorted, unique.
  std::vector<float> weights;       ///< keys.size() rows of kLabels.
};
std::string write_model(const ModelRows& rows, Sharing sharing, std::span<const std::uint32_t> gazetteer_keys,
                        std::span<const GazetteerMask> gazetteer_masks, std::string_view description);
/// Reads a model; nullopt when the bytes are not one (wrong magic, version or size).
std::optional<Model> read_model(std::string_view bytes);
/// The model built into the core (models/ner.bin), read once.
const Model& shipped_model();

/// What features.cpp computes of a document once, before decoding: for each word of each
/// sentence, its static features (those that do not depend on labels), the key of its folded
/// form (for the document memory) and whether it is capitalized.
struct DocumentFeatures {
  std::vector<std::vector<std::vector<std::uint32_t>>> words;
  std::vector<std::vector<std::uint32_t>> forms;
  std::vector<std::vector<bool>> capitalized;
  Sharing sharing = Sharing::kShared;
  std::uint32_t language = 0;  ///< The salt of the document's language.

  /// Gives keys[from..] the weights `sharing` says: salted, or doubled with salted copies.
  void share(std::vector<std::uint32_t>& keys, std::size_t from) const;
};
DocumentFeatures document_features(const Document& doc, const Gazetteer& gazetteer, Sharing sharing);

/// What the decoder knows when it labels a word: the labels before it, and the label last
/// given to the same capitalized word form earlier in the document.
struct History {
  Label previous = kOutside, before_previous = kOutside;
  std::optional<Label> same_word;  ///< Absent when the word form was not seen before.
};
/// Appends the features that depend on labels, for a word of form key `form`: those of the
/// labels alone, then the one of the previous label with the word.
void history_features(const History& h, std::uint32_t form, bool capitalized, std::vector<std::uint32_t>& out);
/// The features of the labels alone (history_features but the word's): the decoder's beam
/// reuses their scores, which take few values in a document.
void label_history_features(const History& h, bool capitalized, std::vector<std::uint32_t>& out);
void word_history_features(const History& h, std::uint32_t form, std::vector<std::uint32_t>& out);

/// The label of the best score: what training and inference predict. Training is not constrained to
/// well-formed BILOU sequences: under constraints one wrong label forbids the right one, and
/// the updates chase a label the decoder cannot give.
Label best_label(const float* scores);
/// False when `next` cannot follow `previous` in a well-formed BILOU sequence.
constexpr bool may_follow(Label previous, Label next) {
  Position p = position_of(previous), n = position_of(next);
  bool open = p == Position::kBegin || p == Position::kInside;
  if (n == Position::kInside || n == Position::kLast) return open && kind_of(previous) == kind_of(next);
  return !open;
}

/// Greedy decoding of a document. `score(keys, scores)` adds the weights of the features to
/// scores[kLabels]; `choose(s, i, keys, scores, previous)` returns the label to keep (best_label
/// at inference; the trainer updates its weights there). Labels per sentence.
template <class Score, class Choose>
std::vector<std::vector<Label>> decode(const DocumentFeatures& features, Score&& score, Choose&& choose);

/// Hypotheses kept by tag()'s beam search.
inline constexpr std::size_t kBeamWidth = 4;
/// The labels the model gives a document: by beam search over well-formed sequences, or, with
/// a beam of 1, greedily as training predicts.
std::vector<std::vector<Label>> tag(const Model& model, const Document& doc, std::size_t beam = kBeamWidth);

}  // namespace article_analyzer::nlp::tagger

#include "nlp/tagger/decode.inl"
