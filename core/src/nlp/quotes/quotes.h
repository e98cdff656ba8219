// The quotes room: direct quotes, the cue that attributes each and its speaker. It reads the
// Doc's text model, words and entities; it fills Doc::quotes.
#pragma once

#include "nlp/doc.h"

namespace article_analyzer::nlp {

/// The quotes stage (pipeline.cpp names it): Fills Doc::quotes from the text model, the words and Doc::entities.
void find_quotes(Doc& doc);

}  // namespace article_analyzer::nlp
