// The NLP stages in the order they run: each reads the layers of those before it.
#include "nlp/doc.h"
#include "nlp/coref/names.h"
#include "nlp/entities/entities.h"
#include "nlp/quotes/quotes.h"

namespace article_analyzer::nlp {

namespace {
const FunctionStage kEntities("entities", find_entities);
const FunctionStage kCoref("coref", group_names);
const FunctionStage kQuotes("quotes", find_quotes);
const Stage* const kStages[] = {&kEntities, &kCoref, &kQuotes};
}  // namespace

std::span<const Stage* const> pipeline() { return kStages; }

}  // namespace article_analyzer::nlp
