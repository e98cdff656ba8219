// The quotes room: direct quotes, the cue that attributes each and its speaker. It reads the
// Doc's text model, words and entities; it fills Doc::quotes.
#pragma once

#include "nlp/doc.h"

namespace article_analyzer::nlp {

/// The quotes stage of the pipeline.
const Stage& quotes_stage();

}  // namespace article_analyzer::nlp
