// The entities room: mentions of named entities (PER, ORG, LOC, DATE) found in the text and
// typed. It reads the Doc's text model and words; it fills Doc::names and Doc::dates.
#pragma once

#include "nlp/doc.h"

namespace article_analyzer::nlp {

/// The entities stage (pipeline.cpp names it): Fills Doc::names and Doc::dates from the text model and the words.
void find_entities(Doc& doc);

}  // namespace article_analyzer::nlp
