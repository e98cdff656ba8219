// What the steps of HTML extraction share, and nothing else: the page's per-node measurements
// (Page, page.cpp), the node tests and class/id names every step reads, the few tunables more
// than one step uses, and each step's entry point (one file each; extract_html.cpp runs them).
// Private to core/src/extract/html: like the steps it sees html/dom.h and text/, never Gumbo.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extraction.h"
#include "html/dom.h"

namespace article_analyzer::html_extraction {

using dom::Node;

// --- Shared tunables --------------------------------------------------------------------
// A paragraph of prose has this many characters and less than this share of link text (the
// measurements count it; scoring widens to it and lets it join as a sibling).
inline constexpr std::size_t kProseChars = 80;
inline constexpr double kProseMaxLinkDensity = 0.25;
// Readability's retry: when a pass keeps less body text than this, relax and retry. A JSON-LD
// articleBody shorter than this is a summary, not the article's text.
inline constexpr std::size_t kMinArticleChars = 500;

// What an attempt may remove; the passes run from strict to lenient (see extract_html.cpp).
struct Strictness {
  bool class_hints;  ///< Remove nodes whose class or id names page chrome.
  bool link_lists;   ///< Remove link-dense lists and boxes inside the content.
};

/// True if `value` is in the keyword table.
template <typename T, std::size_t N, typename Value>
bool in(const T (&table)[N], const Value& value) {
  return std::find(std::begin(table), std::end(table), value) != std::end(table);
}

// --- Node tests (page.cpp) --------------------------------------------------------------
/// Elements that never hold article text (script, style, form controls, media...).
bool is_never_content(const Node* n);
/// Elements whose text is laid out as blocks (they end the paragraph before them).
bool is_block(const Node* n);
inline bool is_heading(const Node* n) {
  return n->is_element() && n->tag.size() == 2 && n->tag[0] == 'h' && n->tag[1] >= '1' && n->tag[1] <= '6';
}
/// The class tokens and id that can name a role, lower-cased and space-separated: utility-CSS
/// classes ("text-sm") and ids made from a heading's text are left out.
std::string class_and_id(const Node* n);

// --- Per-node measurements (page.cpp) -----------------------------------------------------
struct Stats {
  std::size_t chars = 0;       ///< Non-space characters of text below (unspaced scripts weigh more).
  std::size_t link_chars = 0;  ///< Of which inside <a>.
  std::size_t commas = 0;
  std::size_t blocks = 0;  ///< Block-level elements, itself included (<br> not counted).
  std::size_t prose = 0;   ///< Characters in paragraphs of prose (long, few links).
  /// Text and inline elements directly inside (not within a child block): in a container that
  /// also has blocks, a paragraph the page did not wrap in <p> (Readability wraps these too).
  std::size_t loose_chars = 0, loose_link_chars = 0, loose_commas = 0;
};

/// A paragraph: an element whose content is inline only (a <p>, or a <div> used as one).
bool is_paragraph_like(const Node& n, const Stats& s);

/// The measurements of every node of a document, and which nodes pruning dropped or muted.
class Page {
 public:
  /// Counts each text node once, then measures.
  explicit Page(const dom::Document& doc);
  const Stats& stats(const Node* n) const { return stats_[n->index]; }
  double link_density(const Node* n) const {
    const Stats& s = stats(n);
    return s.chars ? static_cast<double>(s.link_chars) / static_cast<double>(s.chars) : 0.0;
  }
  bool dropped(const Node* n) const { return dropped_[n->index]; }
  void drop(const Node* n) { dropped_[n->index] = true; }
  /// Muted subtrees stay in the page but count no prose and vote once (see choose_content).
  bool muted(const Node* n) const { return muted_[n->index]; }
  void mute(const Node* n) { muted_[n->index] = true; }

  /// Sums the measurements up the tree (children come after parents in the arena, so one
  /// reverse pass suffices). Dropped subtrees keep their own figures but add nothing upward;
  /// call again after pruning.
  void measure();

 private:
  const dom::Document& doc_;
  std::vector<Stats> stats_;
  std::vector<bool> dropped_;
  std::vector<bool> muted_;
  std::vector<Stats> own_;  ///< Text nodes' own counts, computed once.
};

// --- Removed text (blocks.cpp) ------------------------------------------------------------
/// Text of a subtree with a space where a block starts (for the removed list and bylines).
std::string block_text_of(const Node* root);
/// Reports the subtree `n` as removed for `why`, if it holds any text.
void record(Extraction& out, const Node* n, std::string_view why);

// --- The steps, in pipeline order (one file each) -----------------------------------------
/// streamed.cpp: moves React's streamed parts into their placeholders, as its scripts would.
void reveal_streamed_content(dom::Document& doc);
/// metadata.cpp: title, byline, dates, site, language... from the head and JSON-LD.
Metadata read_metadata(const dom::Document& doc);
/// json_ld.cpp: the string value after "key" in JSON-LD text, unescaped; empty if absent.
std::string json_string_after(std::string_view json, std::string_view key, std::size_t from = 0);
/// json_ld.cpp: the "name" of the object after "key" ("author": {"name": "X"}), or its string.
std::string json_name_of(std::string_view json, std::string_view key);
/// prune.cpp: drops invisible nodes and page chrome (reported in out.removed), mutes teasers.
void prune(const dom::Document& doc, Page& page, Extraction& out, bool clean, Strictness strict);
/// score.cpp: the content containers in reading order (`chosen`); returns the best, or null
/// when no container stands out.
const Node* choose_content(const dom::Document& doc, const Page& page, std::vector<const Node*>& chosen);
/// blocks.cpp: the blocks of each root, in order, into out.blocks. `clean`: interface labels,
/// boilerplate and datelines go to out.removed; `link_lists`: so do link-dense boxes.
void write_blocks(const Page& page, Extraction& out, const std::vector<const Node*>& roots, bool clean,
                  bool link_lists);
/// title.cpp: the headline as the first block, taken from the page's headings or the metadata.
void settle_title(Extraction& out);
/// article_body.cpp: trims the blocks outside the page's own article text, when it vouches for them.
void trim_to_article_body(Extraction& e, std::string_view article_body);

}  // namespace article_analyzer::html_extraction
