// Page::measure, the pipeline's measuring step: text, link, comma and prose counts per node in
// one reverse pass over the arena, and the node tests and class/id names the other steps read.
// Uses html/dom.h and text/unicode.h only.
#include <algorithm>

#include "extract/html/page.h"
#include "text/unicode.h"

namespace article_analyzer::html_extraction {
namespace {

// --- Tunables ---------------------------------------------------------------------------
// Text is measured in characters of spaced scripts: a Chinese, Japanese or Thai letter carries
// about as much as this many Latin letters (a word and its space), so it counts as many.
constexpr std::size_t kUnspacedLetterWeight = 2;
// Commas of the scripts the analyzer reads (Latin, CJK full-width and enumeration, Arabic):
// Readability counts commas as a sign of prose.
constexpr char32_t kCommas[] = {U',', U'，', U'、', U'،'};
// An id of this many words or more is an anchor made from a heading's text
// ("menu-innovation-strategies-for-caterers"), not a name for the node's role.
constexpr std::size_t kMinSlugWords = 5;

// --- Keyword tables ---------------------------------------------------------------------
// Elements that never hold article text.
constexpr std::string_view kNeverContent[] = {
    "script", "style", "template", "head", "link", "meta", "iframe", "object", "embed",
    "canvas", "button", "input", "select", "option", "textarea", "dialog", "map", "audio", "video",
    "source", "track", "svg", "math",
    "noframes"};  // Shown only by a browser without frames; a page of frames is read as it (html/markup.cpp).
// Elements whose text is laid out as blocks (they end the paragraph before them).
constexpr std::string_view kBlockTags[] = {
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "br", "caption", "legend", "html"};
// Utility-CSS classes (Tailwind, Bootstrap) style a node and say nothing of its role, yet hold
// hint words: "text-sm", "justify-content-center", "md:hidden", "w-[6px]". Tokens with these
// prefixes, or with a variant or value mark (: [ / !), are left out of the class hints.
constexpr std::string_view kUtilityClassPrefixes[] = {
    "text-", "bg-", "border-", "font-", "justify-", "items-", "align-", "shadow", "overflow-",
    "line-clamp", "leading-", "tracking-", "rounded", "flex", "grid", "gap-", "col-", "row-", "order-",
    "p-", "px-", "py-", "pt-", "pb-", "pl-", "pr-", "m-", "mx-", "my-", "mt-", "mb-", "ml-", "mr-",
    "w-", "h-", "min-", "max-", "z-", "top-", "bottom-", "left-", "right-", "inset-"};

bool is_utility_class(std::string_view token) {
  if (token.find_first_of(":[/!") != std::string_view::npos) return true;
  for (auto prefix : kUtilityClassPrefixes)
    if (token.substr(0, prefix.size()) == prefix) return true;
  return false;
}

bool is_text_slug(std::string_view id) {
  std::size_t words = 0;  // Runs of letters between separators; "modal_2110a1e7-afbc-..." has few.
  for (std::size_t i = 0; i < id.size();) {
    std::size_t end = std::min(id.find_first_of("-_", i), id.size());
    std::string_view part = id.substr(i, end - i);
    words += part.size() > 1 && std::all_of(part.begin(), part.end(), [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; });
    i = end + 1;
  }
  return words >= kMinSlugWords;
}

bool is_prose(std::size_t chars, std::size_t link_chars) {
  return chars >= kProseChars && static_cast<double>(link_chars) < kProseMaxLinkDensity * static_cast<double>(chars);
}

}  // namespace

bool is_never_content(const Node* n) { return in(kNeverContent, n->tag); }

bool is_block(const Node* n) { return n->is_element() && in(kBlockTags, n->tag); }

std::string class_and_id(const Node* n) {
  std::string names;
  const std::string classes = unicode::ascii_lower(n->attr("class"));
  for (std::size_t i = 0; i < classes.size();) {
    std::size_t end = std::min(classes.find_first_of(" \t\n\r\f", i), classes.size());
    std::string_view token = std::string_view(classes).substr(i, end - i);
    if (!token.empty() && !is_utility_class(token)) names.append(token).push_back(' ');
    i = end + 1;
  }
  if (!is_text_slug(n->attr("id"))) names.append(unicode::ascii_lower(n->attr("id")));
  return names;
}

bool is_paragraph_like(const Node& n, const Stats& s) {
  if (n.is("p") || n.is("pre") || n.is("td")) return true;
  if (!(n.is("div") || n.is("li") || n.is("blockquote") || n.is("section") || n.is("article") || n.is("dd")))
    return false;
  return s.blocks == 1;  // Only itself.
}

Page::Page(const dom::Document& doc)
    : doc_(doc), stats_(doc.arena.size()), dropped_(doc.arena.size(), false), muted_(doc.arena.size(), false),
      own_(doc.arena.size()) {
  for (std::size_t i = 0; i < doc.arena.size(); ++i) {
    const Node& n = doc.arena[i];
    if (n.type != Node::Type::kText) continue;
    for (std::size_t k = 0; k < n.text.size();) {
      char32_t c = unicode::next_code_point(n.text, k);
      if (!unicode::is_space(c)) own_[i].chars += unicode::is_unspaced_script_letter(c) ? kUnspacedLetterWeight : 1;
      if (in(kCommas, c)) ++own_[i].commas;
    }
  }
  measure();
}

void Page::measure() {
  std::fill(stats_.begin(), stats_.end(), Stats{});
  for (std::size_t i = doc_.arena.size(); i-- > 0;) {
    const Node& n = doc_.arena[i];
    Stats& s = stats_[i];
    if (n.type == Node::Type::kText) {
      s.chars = s.loose_chars = own_[i].chars;
      s.commas = s.loose_commas = own_[i].commas;
    } else if (is_never_content(&n)) {
      s = {};  // Script text and the like must not count as content.
    }
    if (n.is("a")) {
      s.link_chars = s.chars;
      s.loose_link_chars = s.loose_chars;
    }
    if (is_block(&n) && !n.is("br")) ++s.blocks;
    if (is_paragraph_like(n, s)) {
      if (is_prose(s.chars, s.link_chars)) s.prose = s.chars;
    } else if (is_block(&n) && is_prose(s.loose_chars, s.loose_link_chars)) {  // Inline: the block above counts it.
      s.prose += s.loose_chars;
    }
    if (muted_[i]) s.prose = 0;
    if (n.parent && !dropped_[i]) {
      Stats& p = stats_[n.parent->index];
      if (!is_block(&n)) {  // Only what is not already inside a block below it.
        p.loose_chars += s.loose_chars;
        p.loose_link_chars += s.loose_link_chars;
        p.loose_commas += s.loose_commas;
      }
      p.chars += s.chars;
      p.link_chars += s.link_chars;
      p.commas += s.commas;
      p.blocks += s.blocks;
      p.prose += s.prose;
    }
  }
}

}  // namespace article_analyzer::html_extraction
