// Gumbo adapter: the only file that includes gumbo.h. Copies Gumbo's tree into dom::Document
// iteratively (pages with 100,000 nested elements must not overflow the stack).
#include <algorithm>
#include <memory>
#include <new>
#include <tuple>

#include <gumbo.h>

#include "dom.h"
#include "unicode.h"

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

// Elements that never have an end tag: they do not deepen the tree.
constexpr std::string_view kVoidTags[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                                          "meta", "param", "source", "track", "wbr", "frame", "keygen"};
// Elements whose content is raw text: tags inside them are not tags.
constexpr std::string_view kRawTextTags[] = {"script", "style", "textarea", "title", "xmp", "noembed", "noframes", "iframe"};

std::string lower_tag_at(std::string_view html, std::size_t i, std::size_t& end) {
  std::string name;
  for (end = i; end < html.size(); ++end) {
    char c = html[end];
    bool name_char = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
    if (!name_char) break;
    name.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  }
  return name;
}

// Prepares markup for the parser, in one scan, cutting what only costs time:
// - the bodies of <script> (except JSON-LD, read for metadata) and <style>: the tokenizer walks
//   them character by character, and on modern pages they are half of the bytes;
// - start tags nested deeper than kMaxDepth, with as many end tags: the HTML parsing algorithm
//   scans the stack of open elements for many start tags, so its time grows with the square of
//   the depth (100,000 nested divs take seconds). Browsers cap the depth too.
// Text is never removed. Returns false (no copy made) when there is nothing to cut.
bool prepare_markup(std::string_view html, std::string& out) {
  std::vector<std::pair<std::size_t, std::size_t>> cuts;  // [start, end) byte ranges, in order.
  std::size_t depth = 0, cut_opens = 0;
  for (std::size_t i = html.find('<'); i != std::string_view::npos && i + 1 < html.size(); i = html.find('<', i + 1)) {
    if (html.compare(i, 4, "<!--") == 0) {
      i = html.find("-->", i + 4);
      if (i == std::string_view::npos) break;
      continue;
    }
    bool closing = html[i + 1] == '/';
    std::size_t name_end = 0;
    std::string name = lower_tag_at(html, i + (closing ? 2 : 1), name_end);
    if (name.empty()) continue;
    std::size_t tag_end = html.find('>', name_end);
    if (tag_end == std::string_view::npos) break;
    bool self_closing = html[tag_end - 1] == '/';
    bool is_void = std::find(std::begin(kVoidTags), std::end(kVoidTags), name) != std::end(kVoidTags);
    if (!closing && !is_void && !self_closing) {
      if (std::find(std::begin(kRawTextTags), std::end(kRawTextTags), name) != std::end(kRawTextTags)) {
        std::string upper = name;
        for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
        std::size_t close = std::min(html.find("</" + name, tag_end), html.find("</" + upper, tag_end));
        if (close == std::string_view::npos) close = html.size();
        std::string attributes = unicode::ascii_lower(html.substr(name_end, tag_end - name_end));
        bool json_ld = attributes.find("ld+json") != std::string::npos;
        if ((name == "script" && !json_ld) || name == "style") {
          if (close > tag_end + 1) cuts.emplace_back(tag_end + 1, close);
        }
        // Skip past its end tag too: raw-text elements do not count towards the depth.
        std::size_t end_tag_end = close == html.size() ? std::string_view::npos : html.find('>', close);
        if (end_tag_end == std::string_view::npos) break;
        i = end_tag_end;
        continue;
      }
      if (++depth > kMaxDepth) {
        cuts.emplace_back(i, tag_end + 1);  // A cut block tag leaves a line break (see below).
        ++cut_opens;
      }
    } else if (closing && !is_void) {
      if (cut_opens > 0 && depth > kMaxDepth) {
        cuts.emplace_back(i, tag_end + 1);
        --cut_opens;
      }
      if (depth > 0) --depth;
    }
    i = tag_end;
  }
  if (cuts.empty()) return false;
  out.reserve(html.size());
  std::size_t copied_to = 0;
  for (auto [start, end] : cuts) {
    out.append(html.substr(copied_to, start - copied_to));
    // A start tag cut for depth: its text stays apart from the previous block's.
    if (html[start] == '<' && html[start + 1] != '/') out.append("<br>");
    copied_to = end;
  }
  out.append(html.substr(copied_to));
  return true;
}

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
