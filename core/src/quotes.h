// Direct quotes and the speakers they are attributed to.
#pragma once

#include <vector>

#include "article_analyzer/analyzer.h"
#include "text_model.h"

namespace article_analyzer {

/// Quotes in « », “ ”, „ “ and " " within a paragraph, each attributed by a speech verb in its
/// sentence to an entity (a person or organization), to the last speaker for a pronoun
/// ("a-t-il déclaré"), or to the person a role phrase described ("la cheffe de la diplomatie").
std::vector<Quote> find_quotes(const TextModel& model, const std::vector<Entity>& entities);

}  // namespace article_analyzer
