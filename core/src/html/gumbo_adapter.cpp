// Gumbo adapter: the only file that includes gumbo.h. Copies Gumbo's tree into dom::Document
// iteratively (pages with 100,000 nested elements must not overflow the stack), after
// markup.cpp has cut what only costs parsing time.
#include <algorithm>
#include <memory>
#include <new>
#include <tuple>

#include <gumbo.h>

#include "html/dom.h"
#include "html/markup.h"
#include "text/unicode.h"

namespace article_analyzer::dom {

namespace {

std::string tag_name(const GumboElement& element) {
  if (element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(element.tag);
  GumboStringPiece piece = element.original_tag;
  gumbo_tag_from_original_text(&piece);
  return unicode::ascii_lower(std::string_view(piece.data ? piece.data : "", piece.data ? piece.length : 0));
}

// Gumbo allocates many small blocks and frees its tree recursively, which overflows the stack
// on deeply nested pages. A bump arena serves its allocations instead: freeing is a no-op and
// the whole tree goes at once when the arena does.
class Arena {
 public:
  static void* allocate(void* self, size_t size) { return static_cast<Arena*>(self)->take(size); }
  static void deallocate(void*, void*) {}

 private:
  static constexpr std::size_t kAlign = 16;
  static constexpr std::size_t kMinBlock = 64 * 1024;
  void* take(std::size_t size) {
    size = (size + kAlign - 1) & ~(kAlign - 1);
    if (used_ + size > capacity_) {
      capacity_ = std::max(kMinBlock, std::max(size, capacity_ * 2));
      blocks_.emplace_back(new (std::align_val_t(kAlign)) unsigned char[capacity_]);
      used_ = 0;
    }
    void* p = blocks_.back().get() + used_;
    used_ += size;
    return p;
  }
  struct AlignedDelete {
    void operator()(unsigned char* p) const { ::operator delete[](p, std::align_val_t(kAlign)); }
  };
  std::vector<std::unique_ptr<unsigned char[], AlignedDelete>> blocks_;
  std::size_t used_ = 0, capacity_ = 0;
};

}  // namespace

Document parse_html(std::string_view html) {
  Document doc;
  std::string prepared;
  if (prepare_markup(html, prepared)) html = prepared;
  Arena arena;
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &Arena::allocate;
  options.deallocator = &Arena::deallocate;
  options.userdata = &arena;
  options.max_errors = 0;  // Errors are not reported; collecting them costs time and memory.
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());

  std::vector<std::tuple<const GumboNode*, Node*, std::size_t>> stack;
  doc.root = doc.make(Node::Type::kElement);
  doc.root->tag = "html";
  if (output->root->type == GUMBO_NODE_ELEMENT) {
    for (unsigned i = 0; i < output->root->v.element.attributes.length; ++i) {
      auto* a = static_cast<const GumboAttribute*>(output->root->v.element.attributes.data[i]);
      doc.root->attributes.emplace_back(a->name, a->value);
    }
    const GumboVector& kids = output->root->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) stack.emplace_back(static_cast<const GumboNode*>(kids.data[i]), doc.root, 1);
  }
  while (!stack.empty()) {
    auto [gnode, parent, depth] = stack.back();
    stack.pop_back();
    switch (gnode->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA: {
        // Adjacent text (split by a flattened element, say) is merged into one node.
        if (!parent->children.empty() && parent->children.back()->type == Node::Type::kText) {
          parent->children.back()->text += gnode->v.text.text;
          break;
        }
        Node* text = doc.make(Node::Type::kText);
        text->text = gnode->v.text.text;
        text->parent = parent;
        parent->children.push_back(text);
        break;
      }
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        const GumboElement& el = gnode->v.element;
        Node* target = parent;
        if (depth < kMaxDepth || el.children.length == 0) {  // Leaves (<br>) never deepen the tree.
          target = doc.make(Node::Type::kElement);
          target->tag = tag_name(el);
          for (unsigned i = 0; i < el.attributes.length; ++i) {
            auto* a = static_cast<const GumboAttribute*>(el.attributes.data[i]);
            target->attributes.emplace_back(unicode::ascii_lower(a->name), a->value);
          }
          target->parent = parent;
          parent->children.push_back(target);
          if (depth + 1 > doc.max_depth) doc.max_depth = depth + 1;
        }
        for (unsigned i = el.children.length; i-- > 0;)
          stack.emplace_back(static_cast<const GumboNode*>(el.children.data[i]), target, depth + 1);
        break;
      }
      case GUMBO_NODE_COMMENT: {
        Node* comment = doc.make(Node::Type::kComment);
        comment->text = gnode->v.text.text;
        comment->parent = parent;
        parent->children.push_back(comment);
        break;
      }
      default:  // The document node carries no article text.
        break;
    }
  }
  return doc;  // Gumbo's tree goes with the arena; gumbo_destroy_output would recurse.
}

}  // namespace article_analyzer::dom
