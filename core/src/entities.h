// Named entities (PER, ORG, LOC, DATE) with their mentions grouped.
#pragma once

#include <vector>

#include "article_analyzer/analyzer.h"
#include "text_model.h"

namespace article_analyzer {

/// Entities of the model's text, ids in order of first appearance, mentions sorted.
std::vector<Entity> find_entities(const TextModel& model);

}  // namespace article_analyzer
