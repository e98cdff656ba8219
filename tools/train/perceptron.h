// The averaged perceptron that trains the core's tagger (Collins 2002), with the core's own
// features and greedy decoder (nlp/tagger): the decoder's history comes from the model's own
// predictions, as at inference. Deterministic: the same documents, options and seed give the
// same model bytes.
#pragma once

#include <unordered_map>

#include "datasets.h"

namespace article_analyzer::train {

struct TrainOptions {
  std::size_t epochs = 10;
  std::uint64_t seed = 1;            ///< Orders the documents of each epoch.
  std::size_t max_features = 60000;  ///< The rows kept, those of largest weight: 1 MB gzip with the gazetteer.
  tagger::Sharing sharing = tagger::Sharing::kBoth;  ///< Measured best on the dev pages (README).
};

/// Trains on `docs` and returns the kept rows, averaged.
tagger::ModelRows train_perceptron(const std::vector<LabeledDocument>& docs, const tagger::Gazetteer& gazetteer,
                                   const TrainOptions& options, bool verbose);

/// Strict span scores over PER, ORG and LOC (MISC is not scored), as conlleval counts them.
struct SpanScores {
  std::size_t gold = 0, predicted = 0, correct = 0;
  double precision() const { return predicted ? static_cast<double>(correct) / predicted : 0; }
  double recall() const { return gold ? static_cast<double>(correct) / gold : 0; }
  double f1() const { double p = precision(), r = recall(); return p + r > 0 ? 2 * p * r / (p + r) : 0; }
};
SpanScores evaluate(const tagger::Model& model, const std::vector<LabeledDocument>& docs,
                    std::size_t beam = tagger::kBeamWidth);

}  // namespace article_analyzer::train
