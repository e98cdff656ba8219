// The tagger's labels, its model and the model's binary format, and tag(): decoding with it.
// Format (little-endian): magic "AANER", format version, label and gazetteer-class counts (a
// model trained for other labels is refused), the sharing of weights, the description, then the feature rows (keys
// sorted, as delta varints; per row a byte of width and power-of-two scale, a mask of the
// labels whose weight is not zero, and those weights, of one byte, or of two for the rows of
// large weights) and the gazetteer (keys as
// delta varints, one class mask each). Sorted keys and small integers keep it compressible.
#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <mutex>
#include <unordered_map>

#include "nlp/tagger/tagger.h"

namespace article_analyzer::nlp::tagger {
namespace {

constexpr std::string_view kMagic = "AANER";
// 2: per-language keys are the key XOR the language's salt (1 hashed them).
constexpr std::uint8_t kFormatVersion = 2;
// Weights are multiples of their row's power-of-two step, at most kWeightStep: a decision sums
// some forty weights, and margins of about one decide. A row whose largest weight needs more
// than a byte of such steps takes two bytes a weight (the frequent features).
constexpr float kWeightStep = 1.0f / 32;
constexpr float kMaxNarrow = 127.0f;
constexpr float kMaxWide = 32767.0f;
constexpr std::uint8_t kWideRow = 0x80;   // In a row's byte: two bytes a weight.
constexpr int kExponentBias = 64;         // The row byte's low bits: exponent + this.
constexpr std::size_t kMaskBytes = (kLabels + 7) / 8;
// The open-addressing index has at least this many slots per key (a power of two).
constexpr std::size_t kSlotsPerKey = 2;

constexpr std::string_view kKindNames[] = {"PER", "ORG", "LOC", "MISC"};
static_assert(std::size(kKindNames) == kKinds);

// Every spelling of a kind in the training sets (lower-cased), and the kind it is.
struct KindSpelling {
  std::string_view name;
  Kind kind;
};
constexpr KindSpelling kKindSpellings[] = {
    {"per", Kind::kPerson},       {"pers", Kind::kPerson},       {"person", Kind::kPerson},
    {"org", Kind::kOrganization}, {"organization", Kind::kOrganization},
    {"corporation", Kind::kOrganization}, {"group", Kind::kOrganization},
    {"loc", Kind::kLocation},     {"location", Kind::kLocation}, {"gpe", Kind::kLocation},
    {"misc", Kind::kMisc},        {"humanprod", Kind::kMisc},    {"product", Kind::kMisc},
    {"creative-work", Kind::kMisc},
};

std::uint32_t slot_hash(std::uint32_t key) { return key * 0x9E3779B1u; }

class Writer {
 public:
  void u8(std::uint8_t v) { out.push_back(static_cast<char>(v)); }
  void u32(std::uint32_t v) {
    for (int b = 0; b < 4; ++b) u8(static_cast<std::uint8_t>(v >> (8 * b)));
  }
  void varint(std::uint32_t v) {
    while (v >= 0x80) u8(static_cast<std::uint8_t>(v | 0x80)), v >>= 7;
    u8(static_cast<std::uint8_t>(v));
  }
  void bytes(std::string_view s) { out.append(s); }
  void keys(std::span<const std::uint32_t> keys) {
    u32(static_cast<std::uint32_t>(keys.size()));
    std::uint32_t last = 0;
    for (auto k : keys) varint(k - last), last = k;
  }
  std::string out;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool u8(std::uint8_t& v) {
    if (at_ >= in_.size()) return false;
    v = static_cast<std::uint8_t>(in_[at_++]);
    return true;
  }
  bool u32(std::uint32_t& v) {
    v = 0;
    for (int b = 0; b < 4; ++b) {
      std::uint8_t byte;
      if (!u8(byte)) return false;
      v |= static_cast<std::uint32_t>(byte) << (8 * b);
    }
    return true;
  }
  bool varint(std::uint32_t& v) {
    v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      std::uint8_t byte;
      if (!u8(byte)) return false;
      v |= static_cast<std::uint32_t>(byte & 0x7f) << shift;
      if (!(byte & 0x80)) return true;
    }
    return false;
  }
  bool bytes(std::size_t n, std::string_view& s) {
    if (in_.size() - at_ < n) return false;
    s = in_.substr(at_, n);
    at_ += n;
    return true;
  }
  bool keys(std::vector<std::uint32_t>& keys) {
    std::uint32_t n;
    if (!u32(n) || n > in_.size() - at_) return false;  // Each key takes at least a byte.
    keys.resize(n);
    std::uint32_t last = 0;
    for (auto& k : keys) {
      std::uint32_t delta;
      if (!varint(delta)) return false;
      k = last += delta;
    }
    return true;
  }
  bool done() const { return at_ == in_.size(); }

 private:
  std::string_view in_;
  std::size_t at_ = 0;
};

}  // namespace

std::string_view to_string(Kind kind) { return kKindNames[static_cast<int>(kind)]; }

std::optional<Kind> parse_kind(std::string_view name) {
  std::string lower;
  for (char c : name) lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  for (const auto& s : kKindSpellings)
    if (s.name == lower) return s.kind;
  return std::nullopt;
}

std::string label_name(Label l) {
  if (l == kOutside) return "O";
  static constexpr char kPositions[] = "OBILU";
  return std::string(1, kPositions[static_cast<int>(position_of(l))]) + "-" + std::string(to_string(kind_of(l)));
}

std::vector<Span> spans_of(std::span<const Label> labels) {
  std::vector<Span> spans;
  bool open = false;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    Label l = labels[i];
    Position p = position_of(l);
    if (p == Position::kOutside) {
      open = false;
      continue;
    }
    bool continues = open && (p == Position::kInside || p == Position::kLast) && spans.back().kind == kind_of(l);
    if (continues) spans.back().last = i;
    else spans.push_back({i, i, kind_of(l)});
    open = p == Position::kBegin || p == Position::kInside;
  }
  return spans;
}

std::vector<Label> labels_of(std::span<const Span> spans, std::size_t words) {
  std::vector<Label> labels(words, kOutside);
  for (const auto& s : spans) {
    if (s.first == s.last) {
      labels[s.first] = make_label(Position::kUnit, s.kind);
      continue;
    }
    labels[s.first] = make_label(Position::kBegin, s.kind);
    for (std::size_t i = s.first + 1; i < s.last; ++i) labels[i] = make_label(Position::kInside, s.kind);
    labels[s.last] = make_label(Position::kLast, s.kind);
  }
  return labels;
}

KeyIndex::KeyIndex(std::vector<std::uint32_t> sorted_keys) : keys_(std::move(sorted_keys)) {
  std::size_t slots = 1;
  while (slots < keys_.size() * kSlotsPerKey) slots <<= 1;
  slots_.assign(slots, {});
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    std::size_t at = slot_hash(keys_[i]) & (slots - 1);
    while (slots_[at].position) at = (at + 1) & (slots - 1);
    slots_[at] = {keys_[i], static_cast<std::uint32_t>(i + 1)};
  }
}

std::int64_t KeyIndex::find(std::uint32_t key) const {
  if (keys_.empty()) return -1;
  std::size_t mask = slots_.size() - 1;
  for (std::size_t at = slot_hash(key) & mask; slots_[at].position; at = (at + 1) & mask)
    if (slots_[at].key == key) return slots_[at].position - 1;
  return -1;
}

GazetteerMask Gazetteer::classes_of(std::string_view folded_phrase) const {
  std::int64_t i = phrases.find(phrase_key(folded_phrase));
  return i < 0 ? 0 : masks[static_cast<std::size_t>(i)];
}

struct Model::LanguageTables {
  std::mutex mutex;
  std::map<std::uint32_t, WeightTable> tables;
};

Model::Model() : languages_(std::make_shared<LanguageTables>()) {}

const WeightTable& Model::for_language(std::uint32_t salt) const {
  std::lock_guard lock(languages_->mutex);
  auto [it, fresh] = languages_->tables.try_emplace(salt);
  if (!fresh) return it->second;
  // Each row counts where a document of this language reads it: at its key when shared, at its
  // key XOR the salt when it is the language's. A row of another language, read so, lands on a
  // key no feature has but by a 32-bit collision.
  const auto& keys = features.keys();
  std::vector<std::pair<std::uint32_t, std::uint32_t>> targets;  // (unsalted key, row)
  targets.reserve(2 * keys.size());
  for (std::uint32_t row = 0; row < keys.size(); ++row) {
    if (sharing != Sharing::kPerLanguage) targets.push_back({keys[row], row});
    if (sharing != Sharing::kShared) targets.push_back({keys[row] ^ salt, row});
  }
  std::sort(targets.begin(), targets.end());
  std::vector<std::uint32_t> merged_keys;
  WeightTable& table = it->second;
  for (std::size_t i = 0; i < targets.size();) {
    float sum[kLabels] = {};
    std::size_t j = i;
    for (; j < targets.size() && targets[j].first == targets[i].first; ++j) {
      const std::int16_t* w = weights.data() + static_cast<std::size_t>(targets[j].second) * kLabels;
      for (std::size_t l = 0; l < kLabels; ++l) sum[l] += static_cast<float>(w[l]) * scales[targets[j].second];
    }
    float largest = 0;
    for (float v : sum) largest = std::max(largest, std::fabs(v));
    if (largest > 0) {
      float scale = largest / kMaxWide;
      merged_keys.push_back(targets[i].first);
      table.scales.push_back(scale);
      for (float v : sum) table.weights.push_back(static_cast<std::int16_t>(std::lround(v / scale)));
    }
    i = j;
  }
  table.features = KeyIndex(std::move(merged_keys));
  return table;
}

void WeightTable::add_scores(std::uint32_t key, float* scores) const {
  std::int64_t row = features.find(key);
  if (row < 0) return;
  const std::int16_t* w = weights.data() + static_cast<std::size_t>(row) * kLabels;
  float scale = scales[static_cast<std::size_t>(row)];
  for (std::size_t l = 0; l < kLabels; ++l) scores[l] += static_cast<float>(w[l]) * scale;
}

std::string write_model(const ModelRows& rows, Sharing sharing, std::span<const std::uint32_t> gazetteer_keys,
                        std::span<const GazetteerMask> gazetteer_masks, std::string_view description) {
  Writer w;
  w.bytes(kMagic);
  w.u8(kFormatVersion);
  w.u8(static_cast<std::uint8_t>(kLabels));
  w.u8(static_cast<std::uint8_t>(kGazetteerClasses));
  w.u8(static_cast<std::uint8_t>(sharing));
  w.u32(static_cast<std::uint32_t>(description.size()));
  w.bytes(description);
  w.keys(rows.keys);
  const int finest = static_cast<int>(std::log2(kWeightStep));
  for (std::size_t r = 0; r < rows.keys.size(); ++r) {
    const float* row = rows.weights.data() + r * kLabels;
    float largest = 0;
    for (std::size_t l = 0; l < kLabels; ++l) largest = std::max(largest, std::fabs(row[l]));
    bool wide = largest > kMaxNarrow * kWeightStep;
    float limit = wide ? kMaxWide : kMaxNarrow;
    int exponent = wide ? std::max(finest, static_cast<int>(std::ceil(std::log2(largest / limit)))) : finest;
    exponent = std::clamp(exponent, -kExponentBias, kExponentBias - 1);
    w.u8(static_cast<std::uint8_t>((wide ? kWideRow : 0) | (exponent + kExponentBias)));
    float step = std::ldexp(1.0f, exponent);
    long q_row[kLabels];
    std::uint32_t mask = 0;
    for (std::size_t l = 0; l < kLabels; ++l) {
      q_row[l] = std::clamp(std::lround(row[l] / step), -static_cast<long>(limit), static_cast<long>(limit));
      if (q_row[l]) mask |= 1u << l;
    }
    for (std::size_t b = 0; b < kMaskBytes; ++b) w.u8(static_cast<std::uint8_t>(mask >> (8 * b)));
    for (std::size_t l = 0; l < kLabels; ++l) {
      long q = q_row[l];
      if (!q) continue;
      if (wide) {
        w.u8(static_cast<std::uint8_t>(q & 0xff));
        w.u8(static_cast<std::uint8_t>((q >> 8) & 0xff));
      } else {
        w.u8(static_cast<std::uint8_t>(static_cast<std::int8_t>(q)));
      }
    }
  }
  w.keys(gazetteer_keys);
  for (auto m : gazetteer_masks) w.u8(m);
  return w.out;
}

std::optional<Model> read_model(std::string_view bytes) {
  Reader r(bytes);
  std::string_view magic, description;
  std::uint8_t version, labels, classes, sharing;
  std::uint32_t description_size;
  if (!r.bytes(kMagic.size(), magic) || magic != kMagic || !r.u8(version) || version != kFormatVersion ||
      !r.u8(labels) || labels != kLabels || !r.u8(classes) || classes != kGazetteerClasses ||
      !r.u8(sharing) || sharing > static_cast<std::uint8_t>(Sharing::kBoth) ||
      !r.u32(description_size) || !r.bytes(description_size, description))
    return std::nullopt;
  Model model;
  model.description = std::string(description);
  model.sharing = static_cast<Sharing>(sharing);
  std::vector<std::uint32_t> keys;
  if (!r.keys(keys)) return std::nullopt;
  model.scales.resize(keys.size());
  model.weights.resize(keys.size() * kLabels);
  for (std::size_t row = 0; row < keys.size(); ++row) {
    std::uint8_t head;
    if (!r.u8(head)) return std::nullopt;
    model.scales[row] = std::ldexp(1.0f, static_cast<int>(head & ~kWideRow) - kExponentBias);
    std::uint32_t mask = 0;
    for (std::size_t b = 0; b < kMaskBytes; ++b) {
      std::uint8_t byte;
      if (!r.u8(byte)) return std::nullopt;
      mask |= static_cast<std::uint32_t>(byte) << (8 * b);
    }
    for (std::size_t l = 0; l < kLabels; ++l) {
      if (!(mask & (1u << l))) continue;
      std::uint8_t low, high = 0;
      if (!r.u8(low) || ((head & kWideRow) && !r.u8(high))) return std::nullopt;
      model.weights[row * kLabels + l] = (head & kWideRow) ? static_cast<std::int16_t>(low | (high << 8))
                                                         : static_cast<std::int16_t>(static_cast<std::int8_t>(low));
    }
  }
  model.features = KeyIndex(std::move(keys));
  std::vector<std::uint32_t> phrases;
  if (!r.keys(phrases)) return std::nullopt;
  model.gazetteer.masks.resize(phrases.size());
  for (auto& m : model.gazetteer.masks)
    if (!r.u8(m)) return std::nullopt;
  model.gazetteer.phrases = KeyIndex(std::move(phrases));
  if (!r.done()) return std::nullopt;
  return model;
}

Label best_label(const float* scores) { return static_cast<Label>(std::max_element(scores, scores + kLabels) - scores); }

namespace {

// One hypothesis of the beam: its score, its last two labels, and where it came from.
struct Hypothesis {
  float score = 0;
  Label previous = kOutside, before_previous = kOutside;
  std::uint32_t parent = 0;  ///< Its hypothesis at the word before (lattice row above).
  Label label = kOutside;
};

// The label given by hypothesis h of lattice row `row` (row k holds the hypotheses after k
// words), or by its ancestor, to the word of row `target` < row. The walk goes back at most
// kMaxLookback words: a name repeated farther within one sentence reads the memory instead, and
// decoding stays linear in the sentence's length.
constexpr std::size_t kMaxLookback = 32;
// The lattice is flat: row r is lattice[rows[r]] to lattice[rows[r + 1]].
struct Lattice {
  std::vector<Hypothesis> hypotheses;
  std::vector<std::uint32_t> rows;
  const Hypothesis& at(std::size_t row, std::uint32_t h) const { return hypotheses[rows[row] + h]; }
};
std::optional<Label> label_at(const Lattice& lattice, std::size_t row, std::uint32_t h, std::size_t target) {
  if (row - target > kMaxLookback) return std::nullopt;
  for (; row > target; --row) h = lattice.at(row, h).parent;
  return lattice.at(row, h).label;
}

}  // namespace

std::vector<std::vector<Label>> tag(const Model& full_model, const Document& doc, std::size_t beam) {
  // Unsalted features, scored against the language's merged weights: one lookup a feature.
  DocumentFeatures features = document_features(doc, full_model.gazetteer, Sharing::kShared);
  const WeightTable& model = full_model.for_language(language_salt(doc.language));
  if (beam <= 1) {
    // Greedy and unconstrained, read leniently by spans_of: what training predicts.
    auto score = [&](const std::vector<std::uint32_t>& keys, float* scores) {
      for (auto k : keys) model.add_scores(k, scores);
    };
    auto choose = [](std::size_t, std::size_t, const std::vector<std::uint32_t>&, const float* scores, Label) {
      return best_label(scores);
    };
    return decode(features, score, choose);
  }
  // Beam search over well-formed BILOU sequences, sentence by sentence: a span is opened only
  // where closing it scores better than the alternatives, so one uncertain word neither cuts a
  // name (greedy, lenient) nor lets it run on (greedy, constrained). The document memory holds
  // the labels of the sentences before; within a sentence each hypothesis reads its own.
  std::vector<std::vector<Label>> labels(features.words.size());
  std::unordered_map<std::uint32_t, Label> memory;
  Lattice lattice;
  std::vector<Hypothesis> next;
  std::vector<std::uint32_t> keys;
  std::unordered_map<std::uint32_t, std::size_t> last_seen;
  std::unordered_map<std::uint32_t, std::array<float, kLabels>> label_scores;
  float static_scores[kLabels], scores[kLabels];
  for (std::size_t s = 0; s < features.words.size(); ++s) {
    const std::size_t n = features.words[s].size();
    lattice.hypotheses.assign(1, Hypothesis{});
    lattice.rows.assign({0, 1});
    last_seen.clear();
    for (std::size_t i = 0; i < n; ++i) {
      std::uint32_t form = features.forms[s][i];
      bool capitalized = features.capitalized[s][i];
      std::optional<std::size_t> earlier;
      if (capitalized) {
        if (auto it = last_seen.find(form); it != last_seen.end()) earlier = it->second;
        last_seen[form] = i;
      }
      std::fill(static_scores, static_scores + kLabels, 0.0f);
      for (auto k : features.words[s][i]) model.add_scores(k, static_scores);
      next.clear();
      const std::uint32_t row_start = lattice.rows[i], row_size = lattice.rows[i + 1] - row_start;
      for (std::uint32_t h = 0; h < row_size; ++h) {
        const Hypothesis from = lattice.hypotheses[row_start + h];
        History history{from.previous, from.before_previous, std::nullopt};
        if (earlier) history.same_word = label_at(lattice, i, h, *earlier + 1);
        if (!history.same_word)
          if (auto it = memory.find(form); it != memory.end()) history.same_word = it->second;
        // The labels' own features take few values: their scores are looked up once each.
        std::uint32_t tuple = (((history.previous * 32u + history.before_previous) * 32u +
                                (history.same_word ? *history.same_word : 31u)) << 1) | (capitalized ? 1u : 0u);
        auto [memo, fresh] = label_scores.try_emplace(tuple);
        if (fresh) {
          keys.clear();
          label_history_features(history, capitalized, keys);
          memo->second.fill(0.0f);
          for (auto k : keys) model.add_scores(k, memo->second.data());
        }
        keys.clear();
        word_history_features(history, form, keys);
        for (std::size_t l = 0; l < kLabels; ++l) scores[l] = static_scores[l] + memo->second[l];
        for (auto k : keys) model.add_scores(k, scores);
        for (Label l = 0; l < kLabels; ++l) {
          if (!may_follow(from.previous, l)) continue;
          // The sentence's last word closes every span.
          Position p = position_of(l);
          if (i + 1 == n && (p == Position::kBegin || p == Position::kInside)) continue;
          next.push_back({from.score + scores[l], l, from.previous, h, l});
        }
      }
      std::size_t keep = std::min(beam, next.size());
      std::partial_sort(next.begin(), next.begin() + static_cast<std::ptrdiff_t>(keep), next.end(),
                        [](const Hypothesis& a, const Hypothesis& b) { return a.score > b.score; });
      next.resize(keep);
      lattice.hypotheses.insert(lattice.hypotheses.end(), next.begin(), next.end());
      lattice.rows.push_back(static_cast<std::uint32_t>(lattice.hypotheses.size()));
    }
    // The best path, read back through the parents.
    labels[s].resize(n);
    std::uint32_t h = 0;
    for (std::size_t i = n; i > 0; --i) {
      labels[s][i - 1] = lattice.at(i, h).label;
      h = lattice.at(i, h).parent;
    }
    for (std::size_t i = 0; i < n; ++i)
      if (features.capitalized[s][i]) memory[features.forms[s][i]] = labels[s][i];
  }
  return labels;
}

}  // namespace article_analyzer::nlp::tagger
