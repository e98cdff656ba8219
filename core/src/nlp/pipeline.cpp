// The NLP stages in the order they run: each reads the layers of those before it.
#include <array>

#include "nlp/doc.h"
#include "nlp/entities/entities.h"
#include "nlp/quotes/quotes.h"

namespace article_analyzer::nlp {

std::span<const Stage* const> pipeline() {
  static const std::array<const Stage*, 2> stages = {&entities_stage(), &quotes_stage()};
  return stages;
}

}  // namespace article_analyzer::nlp
