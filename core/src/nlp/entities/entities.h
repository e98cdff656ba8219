// The entities room: named entities (PER, ORG, LOC, DATE) found in the text and their mentions
// grouped into one entry per entity. It reads the Doc's text model and words; it fills
// Doc::entities.
#pragma once

#include "nlp/doc.h"

namespace article_analyzer::nlp {

/// The entities stage of the pipeline.
const Stage& entities_stage();

}  // namespace article_analyzer::nlp
