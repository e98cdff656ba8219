#include "perceptron.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <set>
#include <tuple>

namespace article_analyzer::train {
namespace {

using tagger::kLabels;
using tagger::Label;

class Weights {
 public:
  void score(const std::vector<std::uint32_t>& keys, float* scores) const {
    for (auto k : keys) {
      auto it = rows_.find(k);
      if (it == rows_.end()) continue;
      const float* w = &w_[static_cast<std::size_t>(it->second) * kLabels];
      for (std::size_t l = 0; l < kLabels; ++l) scores[l] += w[l];
    }
  }
  void update(const std::vector<std::uint32_t>& keys, Label gold, Label predicted) {
    for (auto k : keys) {
      std::size_t row = row_of(k);
      change(row, gold, 1.0f);
      change(row, predicted, -1.0f);
    }
  }
  void tick() { ++clock_; }
  /// Averaged rows, the `keep` of largest weight, sorted by key.
  tagger::ModelRows averaged(std::size_t keep) const {
    std::vector<std::uint32_t> keys;
    keys.reserve(rows_.size());
    for (const auto& [k, row] : rows_) keys.push_back(k);
    std::sort(keys.begin(), keys.end());
    std::vector<float> avg(keys.size() * kLabels);
    std::vector<std::pair<float, std::size_t>> size;  // (largest weight, index) per row.
    for (std::size_t i = 0; i < keys.size(); ++i) {
      std::size_t row = rows_.at(keys[i]);
      float largest = 0;
      for (std::size_t l = 0; l < kLabels; ++l) {
        std::size_t at = row * kLabels + l;
        double total = total_[at] + static_cast<double>(clock_ - stamp_[at]) * w_[at];
        avg[i * kLabels + l] = static_cast<float>(total / static_cast<double>(std::max<std::uint64_t>(clock_, 1)));
        largest = std::max(largest, std::fabs(avg[i * kLabels + l]));
      }
      size.push_back({largest, i});
    }
    // The largest rows; ties broken by key order, so the choice is deterministic.
    std::stable_sort(size.begin(), size.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    if (size.size() > keep) size.resize(keep);
    std::vector<std::size_t> kept;
    for (const auto& [largest, i] : size)
      if (largest > 0) kept.push_back(i);
    std::sort(kept.begin(), kept.end());
    tagger::ModelRows out;
    for (std::size_t i : kept) {
      out.keys.push_back(keys[i]);
      out.weights.insert(out.weights.end(), avg.begin() + static_cast<std::ptrdiff_t>(i * kLabels),
                         avg.begin() + static_cast<std::ptrdiff_t>((i + 1) * kLabels));
    }
    return out;
  }
  std::size_t rows() const { return rows_.size(); }

 private:
  std::size_t row_of(std::uint32_t key) {
    auto [it, fresh] = rows_.emplace(key, static_cast<std::uint32_t>(rows_.size()));
    if (fresh) {
      w_.resize(w_.size() + kLabels, 0.0f);
      total_.resize(total_.size() + kLabels, 0.0);
      stamp_.resize(stamp_.size() + kLabels, clock_);
    }
    return it->second;
  }
  // Lazy averaging: the running total catches up with the clock only when a weight changes.
  void change(std::size_t row, Label l, float delta) {
    std::size_t at = row * kLabels + l;
    total_[at] += static_cast<double>(clock_ - stamp_[at]) * w_[at];
    stamp_[at] = clock_;
    w_[at] += delta;
  }

  std::unordered_map<std::uint32_t, std::uint32_t> rows_;
  std::vector<float> w_;
  std::vector<double> total_;
  std::vector<std::uint64_t> stamp_;
  std::uint64_t clock_ = 0;
};

// A small deterministic generator (SplitMix64), the same on every platform.
struct SplitMix {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
};

std::set<std::tuple<std::size_t, std::size_t, std::size_t, tagger::Kind>> scored_spans(const std::vector<std::vector<Label>>& labels) {
  std::set<std::tuple<std::size_t, std::size_t, std::size_t, tagger::Kind>> out;
  for (std::size_t s = 0; s < labels.size(); ++s)
    for (const auto& span : tagger::spans_of(labels[s]))
      if (span.kind != tagger::Kind::kMisc) out.insert({s, span.first, span.last, span.kind});
  return out;
}

}  // namespace

tagger::ModelRows train_perceptron(const std::vector<LabeledDocument>& docs, const tagger::Gazetteer& gazetteer,
                                   const TrainOptions& options, bool verbose) {
  std::vector<tagger::DocumentFeatures> features;
  features.reserve(docs.size());
  for (const auto& d : docs) features.push_back(tagger::document_features(d.doc, gazetteer, options.sharing));
  Weights weights;
  std::vector<std::size_t> order(docs.size());
  std::iota(order.begin(), order.end(), 0);
  SplitMix random{options.seed};
  for (std::size_t epoch = 0; epoch < options.epochs; ++epoch) {
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[random.next() % i]);
    std::size_t words = 0, errors = 0;
    for (std::size_t d : order) {
      const auto& gold = docs[d].gold;
      auto score = [&](const std::vector<std::uint32_t>& keys, float* scores) { weights.score(keys, scores); };
      auto choose = [&](std::size_t s, std::size_t i, const std::vector<std::uint32_t>& keys, const float* scores, Label previous) {
        (void)previous;
        Label predicted = tagger::best_label(scores);
        weights.tick();
        ++words;
        if (predicted != gold[s][i]) {
          ++errors;
          weights.update(keys, gold[s][i], predicted);
        }
        return predicted;
      };
      tagger::decode(features[d], score, choose);
    }
    if (verbose)
      std::fprintf(stderr, "[train] epoch %zu: %zu words, %.2f%% wrong, %zu features\n", epoch + 1, words,
                   100.0 * static_cast<double>(errors) / static_cast<double>(std::max<std::size_t>(words, 1)), weights.rows());
  }
  return weights.averaged(options.max_features);
}

SpanScores evaluate(const tagger::Model& model, const std::vector<LabeledDocument>& docs, std::size_t beam) {
  SpanScores scores;
  for (const auto& d : docs) {
    auto gold = scored_spans(d.gold);
    auto predicted = scored_spans(tagger::tag(model, d.doc, beam));
    scores.gold += gold.size();
    scores.predicted += predicted.size();
    for (const auto& s : predicted) scores.correct += gold.count(s);
  }
  return scores;
}

}  // namespace article_analyzer::train
