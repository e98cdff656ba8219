// reveal_streamed_content, the pipeline's first step. React (and so Next.js) streams late parts
// of a page as <div hidden id="S:x"> at the end of <body>; an inline script ($RC, $RS) then moves
// them into their placeholder <template id="B:x"> (a Suspense boundary, whose fallback runs to the
// boundary's closing <!--/$-->) or <template id="P:x"> (a segment). Scripts do not run here, so
// the move is made as they would. The only step that changes the document; uses html/dom.h only.
#include <algorithm>
#include <string>
#include <unordered_map>

#include "extract/html/page.h"

namespace article_analyzer::html_extraction {
namespace {

// --- Markers ----------------------------------------------------------------------------
// The comments that open a Suspense boundary (resolved, pending, errored) and close one.
constexpr std::string_view kBoundaryOpeners[] = {"$", "$?", "$!"};
constexpr std::string_view kBoundaryCloser = "/$";

bool is_comment(const Node* n, std::string_view data) { return n->type == Node::Type::kComment && n->text == data; }

bool opens_boundary(const Node* n) { return n->type == Node::Type::kComment && in(kBoundaryOpeners, n->text); }

void detach(Node* n) {
  auto& kids = n->parent->children;
  kids.erase(std::find(kids.begin(), kids.end(), n));
  n->parent = nullptr;  // Page::measure ignores detached nodes.
}

// Removes a boundary's fallback: the siblings after `placeholder` up to the closing <!--/$-->
// of its boundary, nested boundaries included. Without a closing marker nothing is removed.
void remove_fallback(Node* placeholder) {
  auto& kids = placeholder->parent->children;
  auto first = std::find(kids.begin(), kids.end(), placeholder) + 1;
  int depth = 0;
  for (auto it = first; it != kids.end(); ++it) {
    if (opens_boundary(*it)) ++depth;
    if (!is_comment(*it, kBoundaryCloser)) continue;
    if (depth-- > 0) continue;
    for (auto gone = first; gone != it; ++gone) (*gone)->parent = nullptr;
    kids.erase(first, it);
    return;
  }
}

}  // namespace

void reveal_streamed_content(dom::Document& doc) {
  std::unordered_map<std::string_view, Node*> placeholders;
  std::vector<Node*> segments;
  dom::walk(doc.root, [&](Node* n, std::size_t) {
    std::string_view id = n->attr("id");
    if (id.size() < 3 || id[1] != ':') return true;
    if (n->is("template") && (id[0] == 'B' || id[0] == 'P')) placeholders.emplace(id, n);
    if (n->is("div") && id[0] == 'S' && n->has_attr("hidden")) segments.push_back(n);
    return true;
  });
  for (Node* segment : segments) {
    std::string suffix(segment->attr("id").substr(1));
    Node* placeholder = nullptr;
    for (char kind : {'B', 'P'}) {
      auto it = placeholders.find(std::string(1, kind) + suffix);
      if (it != placeholders.end()) placeholder = it->second;
      if (placeholder) break;
    }
    // The tree must stay ordered (parents before descendants in the arena) and acyclic: only
    // content streamed after its placeholder moves, which also rules out moving an ancestor.
    if (!placeholder || !placeholder->parent || placeholder->index > segment->index) continue;
    if (placeholder->attr("id")[0] == 'B') remove_fallback(placeholder);
    Node* parent = placeholder->parent;
    auto at = std::find(parent->children.begin(), parent->children.end(), placeholder);
    for (Node* child : segment->children) child->parent = parent;
    parent->children.insert(at, segment->children.begin(), segment->children.end());
    segment->children.clear();
    detach(placeholder);
  }
}

}  // namespace article_analyzer::html_extraction
