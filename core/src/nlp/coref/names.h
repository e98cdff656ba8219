// The coref room: mentions grouped into entities. Names (names.cpp) and the role phrases that
// stand for a person (roles.cpp; roles.h is what the two share); pronouns are for a stage to
// come. It reads the Doc's text model, the language's words and the entities stage's
// candidates; it fills Doc::entities.
#pragma once

#include "nlp/doc.h"

namespace article_analyzer::nlp {

/// The coref stage (pipeline.cpp names it): fills Doc::entities from Doc::names and Doc::dates.
void group_names(Doc& doc);

}  // namespace article_analyzer::nlp
