// The model built into the core: models/ner.bin, embedded by the build (core/CMakeLists.txt)
// rather than fetched beside the wasm, so that the one-file build, the Node CLI and the native
// library all carry it, and a page's first analysis needs no second request. It is read once.
#include <cstddef>

#include "nlp/tagger/tagger.h"

namespace article_analyzer::nlp::tagger {
namespace {
#include "models/ner_model.inc"
}  // namespace

const Model& shipped_model() {
  static const Model model = [] {
    std::string_view bytes(reinterpret_cast<const char*>(kNerModel), kNerModelSize);
    // A checkout without a model tags nothing; a model the code cannot read is a build error
    // that the tagger's tests report.
    return read_model(bytes).value_or(Model{});
  }();
  return model;
}

}  // namespace article_analyzer::nlp::tagger
