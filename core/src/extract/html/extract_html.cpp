// extract/html: finding the article in a parsed page. The folder sees html/dom.h (the parsed
// tree) and text/ (unicode, folding), never Gumbo; its files share extract/html/page.h only.
// This file is the pipeline, in the spirit of Readability.js, one file per step:
//   reveal_streamed_content (streamed.cpp: React's streamed parts put in place) -> read_metadata
//   (metadata.cpp, json_ld.cpp), then from strict to lenient passes until one keeps enough text:
//   Page::measure (page.cpp: text, link, comma and prose counts per node, one reverse pass) ->
//   prune (prune.cpp: invisible nodes, page chrome by tag, role and class/id, forms; teaser lists
//   muted) -> measure again -> choose_content (score.cpp: paragraphs vote for their ancestors;
//   the best container is widened to its common ancestor with rivals, to ancestors that add
//   mostly prose, or to the page's own <article>; related siblings join) -> write_blocks
//   (blocks.cpp, the BlockWriter: block structure and paragraph kinds, labels and datelines out)
//   -> settle_title (title.cpp); then trim_to_article_body (article_body.cpp: the page's JSON-LD
//   text as a cross-check) -> remove_repeats (extract/common.cpp, shared with pasted text).
#include "extract/html/page.h"
#include "text/unicode.h"

namespace article_analyzer {
namespace html_extraction {
namespace {

// --- Tunables ---------------------------------------------------------------------------
// The passes, strict to lenient: class/id hints and link lists removed; link lists only; neither.
constexpr Strictness kPasses[] = {{true, true}, {false, true}, {false, false}};

const Node* find_body(const dom::Document& doc) {
  for (const Node* child : doc.root->children)
    if (child->is("body")) return child;
  return doc.root;
}

// Everything in `body` outside the chosen containers (and their ancestors) is reported as not
// content, one entry per outermost node outside them.
void record_not_content(const dom::Document& doc, const Page& page, const Node* body,
                        const std::vector<const Node*>& chosen, Extraction& out) {
  std::vector<bool> inside(doc.arena.size(), false);
  for (const Node* c : chosen) {
    dom::walk(const_cast<Node*>(c), [&](Node* n, std::size_t) {
      inside[n->index] = true;
      return true;
    });
    for (const Node* a = c; a; a = a->parent) inside[a->index] = true;
  }
  dom::walk(const_cast<Node*>(body), [&](Node* n, std::size_t) {
    if (inside[n->index]) return true;
    if (page.dropped(n)) return false;
    std::string text = unicode::collapse_space(n->type == Node::Type::kText ? n->text : block_text_of(n));
    if (!text.empty()) out.removed.push_back({std::move(text), std::string(reason::kNotContent)});
    return false;
  });
}

// One extraction attempt at a given strictness.
Extraction extract_once(const dom::Document& doc, const Metadata& metadata, bool clean, Strictness strict) {
  Extraction out;
  out.metadata = metadata;
  Page page(doc);
  prune(doc, page, out, clean, strict);
  page.measure();  // Without what pruning dropped.
  const Node* body = find_body(doc);
  const bool link_lists = clean && strict.link_lists;
  if (!clean) {
    write_blocks(page, out, {body}, clean, link_lists);
    return out;
  }
  std::vector<const Node*> chosen;
  const Node* best = choose_content(doc, page, chosen);
  if (!best) {
    write_blocks(page, out, {body}, clean, link_lists);  // No container stands out (a short page): keep what is visible.
  } else {
    record_not_content(doc, page, body, chosen, out);
    write_blocks(page, out, chosen, clean, link_lists);
  }
  // The headline usually sits outside the content container: look for it in the page.
  settle_title(out);
  return out;
}

std::size_t body_chars(const Extraction& e) {
  std::size_t n = 0;
  for (const auto& b : e.blocks)
    if (is_body(b.kind)) n += b.text.size();
  return n;
}

}  // namespace
}  // namespace html_extraction

Extraction extract_html(dom::Document& doc, bool clean) {
  using namespace html_extraction;
  reveal_streamed_content(doc);
  Metadata metadata = read_metadata(doc);
  Extraction best;
  for (Strictness strict : kPasses) {
    Extraction attempt = extract_once(doc, metadata, clean, strict);
    bool enough = body_chars(attempt) >= kMinArticleChars;
    if (enough || body_chars(attempt) > body_chars(best) || best.blocks.empty()) best = std::move(attempt);
    if (enough || !clean) break;
  }
  if (clean) trim_to_article_body(best, metadata.article_body);
  remove_repeats(best);
  return best;
}

}  // namespace article_analyzer
