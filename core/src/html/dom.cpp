// The html/ folder: the small document model the extractor walks (dom.h), the markup
// preparation before parsing (markup.h), and the Gumbo adapter that fills the model
// (gumbo_adapter.cpp, the only file that includes gumbo.h). It may use text/ (ASCII case,
// UTF-8); nothing here knows of extraction, language data or the NLP stages.
#include "html/dom.h"

namespace article_analyzer::dom {

std::string_view Node::attr(std::string_view name) const {
  for (const auto& [key, value] : attributes)
    if (key == name) return value;
  return {};
}

bool Node::has_attr(std::string_view name) const {
  for (const auto& [key, value] : attributes)
    if (key == name) return true;
  return false;
}

std::string text_content(const Node* node) {
  std::string out;
  walk(const_cast<Node*>(node), [&](Node* n, std::size_t) {
    if (n->type == Node::Type::kText) out += n->text;
    return true;
  });
  return out;
}

}  // namespace article_analyzer::dom
