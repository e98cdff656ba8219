// The entities room: named entities (PER, ORG, LOC, DATE) found in the text and their mentions
// grouped into one entry per entity. It reads the Doc's text model and words; it fills
// Doc::entities.
#pragma once

#include "nlp/doc.h"

namespace article_analyzer::nlp {

/// The entities stage (pipeline.cpp names it): Fills Doc::entities from the text model and the words.
void find_entities(Doc& doc);

}  // namespace article_analyzer::nlp
