// The coref room: mentions grouped into entities. Names for now: roles and pronouns are for the
// stages to come. It reads the Doc's text model and the entities stage's candidates; it fills
// Doc::entities.
#pragma once

#include "nlp/doc.h"

namespace article_analyzer::nlp {

/// The coref stage (pipeline.cpp names it): fills Doc::entities from Doc::names and Doc::dates.
void group_names(Doc& doc);

}  // namespace article_analyzer::nlp
