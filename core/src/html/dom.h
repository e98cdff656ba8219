// A small, parser-independent document tree: what the extractor walks. gumbo_adapter.cpp fills it
// from Gumbo; another HTML parser would only need to produce the same tree.
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace article_analyzer::dom {

struct Node {
  /// Comments are kept for the markers some pages leave in them (React's streamed boundaries);
  /// they carry no article text.
  enum class Type { kElement, kText, kComment };
  Type type = Type::kElement;
  std::string tag;   ///< Lower-case tag name for elements ("div", "svg"); empty for text.
  std::string text;  ///< Character data for text nodes (entities decoded), or a comment's data.
  std::vector<std::pair<std::string, std::string>> attributes;  ///< Names lower-case.
  Node* parent = nullptr;
  std::vector<Node*> children;
  /// Position in Document::arena: parents always come before their descendants, so a
  /// reverse pass over the arena visits children before parents (post-order, no recursion).
  std::size_t index = 0;

  bool is_element() const { return type == Type::kElement; }
  bool is(std::string_view name) const { return type == Type::kElement && tag == name; }
  /// The attribute's value, or empty.
  std::string_view attr(std::string_view name) const;
  bool has_attr(std::string_view name) const;
};

/// Owns every node; nodes point into it, so it must outlive them.
struct Document {
  std::deque<Node> arena;
  Node* root = nullptr;  ///< The <html> element.
  std::size_t max_depth = 0;

  Node* make(Node::Type type) {
    arena.emplace_back();
    arena.back().type = type;
    arena.back().index = arena.size() - 1;
    return &arena.back();
  }
};

/// Parses HTML (UTF-8) into a Document. Never fails: broken markup gives a best-effort tree.
/// Nesting deeper than kMaxDepth is flattened into the deepest allowed element, as browsers do.
Document parse_html(std::string_view html);
inline constexpr std::size_t kMaxDepth = 512;

/// Pre-order walk without recursion: `visit(node, depth)` returns false to skip the children.
template <typename Visit>
void walk(Node* root, Visit visit) {
  std::vector<std::pair<Node*, std::size_t>> stack{{root, 0}};
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    if (!visit(node, depth)) continue;
    for (auto it = node->children.rbegin(); it != node->children.rend(); ++it) stack.push_back({*it, depth + 1});
  }
}

/// The text of a subtree, concatenated (no block separation).
std::string text_content(const Node* node);

}  // namespace article_analyzer::dom
