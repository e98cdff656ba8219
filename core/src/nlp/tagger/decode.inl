// The greedy decoder, shared by the core (tag) and the trainer (tools/train/), which updates its
// weights in `choose`: both see the same features in the same order. Included by tagger.h.
#pragma once

#include <algorithm>
#include <unordered_map>

namespace article_analyzer::nlp::tagger {

template <class Score, class Choose>
std::vector<std::vector<Label>> decode(const DocumentFeatures& features, Score&& score, Choose&& choose) {
  std::vector<std::vector<Label>> labels(features.words.size());
  // The document memory: the label last given to each capitalized word form.
  std::unordered_map<std::uint32_t, Label> memory;
  std::vector<std::uint32_t> keys;
  float scores[kLabels];
  for (std::size_t s = 0; s < features.words.size(); ++s) {
    History h;
    labels[s].reserve(features.words[s].size());
    for (std::size_t i = 0; i < features.words[s].size(); ++i) {
      std::uint32_t form = features.forms[s][i];
      bool capitalized = features.capitalized[s][i];
      h.same_word.reset();
      if (auto it = memory.find(form); it != memory.end()) h.same_word = it->second;
      keys.assign(features.words[s][i].begin(), features.words[s][i].end());
      std::size_t static_keys = keys.size();
      history_features(h, form, capitalized, keys);
      features.share(keys, static_keys);
      std::fill(scores, scores + kLabels, 0.0f);
      score(keys, scores);
      Label label = choose(s, i, keys, scores, h.previous);
      labels[s].push_back(label);
      h.before_previous = h.previous;
      h.previous = label;
      if (capitalized) memory[form] = label;
    }
  }
  return labels;
}

}  // namespace article_analyzer::nlp::tagger
