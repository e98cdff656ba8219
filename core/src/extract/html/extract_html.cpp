// HTML: find the article in a page. The pipeline, in the spirit of Readability.js:
//   reveal_streamed_content (React's streamed parts put in place) -> read_metadata, then from
//   strict to lenient passes until one keeps enough text: Page::measure (text, link, comma and
//   prose counts per node, one reverse pass) -> prune (invisible nodes, page chrome by tag, role
//   and class/id, forms; teaser lists muted) -> measure again -> choose_content (paragraphs vote
//   for their ancestors; the best container is widened to its common ancestor with rivals, to
//   ancestors that add mostly prose, or to the page's own <article>; related siblings join) ->
//   BlockWriter (block structure and paragraph kinds, labels and datelines out) -> settle_title;
//   then trim_to_article_body (the page's JSON-LD text as a cross-check) -> remove_repeats
#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

#include "extract/extraction.h"
#include "text/unicode.h"

namespace article_analyzer {
namespace {

using dom::Node;

// --- Thresholds -------------------------------------------------------------------------
// Text is measured in characters of spaced scripts: a Chinese, Japanese or Thai letter carries
// about as much as this many Latin letters (a word and its space), so it counts as many.
constexpr std::size_t kUnspacedLetterWeight = 2;
// A block needs this many characters to vote for its ancestors (Readability: 25).
constexpr std::size_t kMinScoredChars = 25;
// Votes reach this many ancestor levels; level k gets 1/(k*3) of the score beyond the parent.
// (Readability's current value: page builders nest each paragraph several levels deep.)
constexpr int kScoreLevels = 5;
// Candidates within this share of the best one's score, and at least this many of them among
// the top ones, make their common ancestor the container (Readability: 0.75, 3 of the top 5).
constexpr double kAlternativeScoreShare = 0.75;
constexpr std::size_t kMinAlternatives = 3;
constexpr std::size_t kTopCandidates = 5;
// A paragraph of prose has this many characters and at most this share of link text.
constexpr std::size_t kProseChars = 80;
constexpr double kProseMaxLinkDensity = 0.25;
// Siblings of the best container join it when their score reaches this share of its score,
// or when they are paragraphs of prose.
constexpr double kSiblingScoreShare = 0.2;
// A parent replaces the container when it adds this share of prose or more (see widen_to_prose).
constexpr double kMinProseGrowth = 0.25;
// The page's marked article replaces a scored container beside it with this much more prose.
constexpr double kSemanticProseAdvantage = 1.5;
// A container inside the content whose text is mostly links and that is this short is a
// link list (related articles, tags), not article text.
constexpr double kLinkListDensity = 0.5;
constexpr std::size_t kLinkListMaxChars = 1000;
// Teasers of other pages (related posts, "more from the blog"): blocks this short whose heading
// is a link (at least this share of its text), at least this many side by side and making up
// at least this share of their container's non-empty children.
constexpr std::size_t kMaxTeaserChars = 600;
constexpr double kTeaserHeadingLinkShare = 0.9;
constexpr std::size_t kMinTeasers = 3;
constexpr double kMinTeaserShare = 2.0 / 3.0;
// An element whose class/id says "byline" is one when its text is this short.
constexpr std::size_t kMaxBylineChars = 120;
// Readability's retry: when the strict pass keeps less body text than this, relax and retry.
constexpr std::size_t kMinArticleChars = 500;
// Chrome found by tag, role, class or id is kept when it holds more than this share of the
// page's text: a wrapper named "menu-open", or an <aside> left open, may hold the article.
constexpr double kMaxChromeShare = 0.5;
// A hidden node is shown anyway when it holds this share of the page's text: the page hides
// itself until a script runs (anti-flicker). Hidden parts of a page are dropped.
constexpr double kMinHiddenPageShare = 0.8;
// The page's JSON-LD articleBody is trusted to trim the content's ends when at least this
// share of the extracted body text is found in it.
constexpr double kMinArticleBodyShare = 0.5;
// A title suffix (" - Site name") is cut when what remains has this many words.
constexpr std::size_t kMinTitleWordsAfterCut = 3;

// What an attempt may remove; the passes run from strict to lenient.
struct Strictness {
  bool class_hints;  ///< Remove nodes whose class or id names page chrome.
  bool link_lists;   ///< Remove link-dense lists and boxes inside the content.
};
constexpr Strictness kPasses[] = {{true, true}, {false, true}, {false, false}};

// --- Keyword tables ---------------------------------------------------------------------
// Elements that never hold article text.
constexpr std::string_view kNeverContent[] = {
    "script", "style", "template", "head", "link", "meta", "iframe", "object", "embed",
    "canvas", "button", "input", "select", "option", "textarea", "dialog", "map", "audio", "video",
    "source", "track", "svg", "math"};
// Elements whose text is laid out as blocks (they end the paragraph before them).
constexpr std::string_view kBlockTags[] = {
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "br", "caption", "legend", "html"};
// class/id tokens of page chrome, with the reason reported (Readability's unlikely candidates,
// grouped by what they are).
struct ChromeHint {
  std::string_view token;
  std::string_view reason;
};
constexpr ChromeHint kChromeHints[] = {
    {"comment", reason::kComments}, {"disqus", reason::kComments}, {"replies", reason::kComments},
    {"respond", reason::kComments}, {"share", reason::kShare}, {"sharing", reason::kShare},
    {"social", reason::kShare}, {"follow", reason::kShare}, {"related", reason::kRelated},
    {"recommend", reason::kRelated}, {"read-more", reason::kRelated}, {"readmore", reason::kRelated},
    {"more-stories", reason::kRelated}, {"outbrain", reason::kRelated}, {"taboola", reason::kRelated},
    {"sponsor", reason::kAdvertising}, {"advert", reason::kAdvertising}, {"-ad-", reason::kAdvertising},
    {"ad-slot", reason::kAdvertising}, {"adslot", reason::kAdvertising}, {"banner", reason::kAdvertising},
    {"promo", reason::kAdvertising}, {"skyscraper", reason::kAdvertising}, {"footer", reason::kFooter},
    {"breadcrumb", reason::kNavigation}, {"menu", reason::kNavigation}, {"navbar", reason::kNavigation},
    {"pagination", reason::kNavigation}, {"pager", reason::kNavigation}, {"sidebar", reason::kRelated},
    {"newsletter", reason::kBoilerplate}, {"subscribe", reason::kBoilerplate}, {"cookie", reason::kBoilerplate},
    {"gdpr", reason::kBoilerplate}, {"consent", reason::kBoilerplate}, {"popup", reason::kBoilerplate},
    {"modal", reason::kBoilerplate}, {"paywall", reason::kBoilerplate}, {"masthead", reason::kNavigation},
    {"toolbar", reason::kShare}, {"author-bio", reason::kByline}, {"author-box", reason::kByline},
    {"about-author", reason::kByline}, {"author-info", reason::kByline}, {"cta-", reason::kBoilerplate},
    {"-cta", reason::kBoilerplate}};
// class/id tokens that keep a node even when a chrome hint matches ("main-content-share"...).
constexpr std::string_view kContentHints[] = {"article", "body", "column", "content", "main", "shadow"};
// class/id tokens that raise or lower a container's score.
constexpr std::string_view kPositiveHints[] = {"article", "body", "content", "entry", "hentry", "h-entry",
                                               "main", "page", "post", "text", "blog", "story", "prose"};
constexpr std::string_view kNegativeHints[] = {
    "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote", "gdpr", "masthead",
    "outbrain", "promo", "related", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping",
    "nav", "menu"};
constexpr double kClassWeight = 25;
// Roles of page chrome (ARIA landmarks) and the reason reported.
constexpr ChromeHint kChromeRoles[] = {{"navigation", reason::kNavigation}, {"banner", reason::kNavigation},
                                       {"contentinfo", reason::kFooter}, {"complementary", reason::kRelated},
                                       {"menu", reason::kNavigation}, {"menubar", reason::kNavigation},
                                       {"search", reason::kNavigation}, {"dialog", reason::kBoilerplate},
                                       {"alert", reason::kBoilerplate}};

template <std::size_t N>
bool in(const std::string_view (&table)[N], std::string_view value) {
  return std::find(std::begin(table), std::end(table), value) != std::end(table);
}

bool is_block(const Node* n) { return n->is_element() && in(kBlockTags, n->tag); }

bool is_heading(const Node* n) {
  return n->is_element() && n->tag.size() == 2 && n->tag[0] == 'h' && n->tag[1] >= '1' && n->tag[1] <= '6';
}

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

// An id of this many words or more is an anchor made from a heading's text
// ("menu-innovation-strategies-for-caterers"), not a name for the node's role.
constexpr std::size_t kMinSlugWords = 5;

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

// The class tokens and id that can name a role, lower-cased and space-separated.
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

bool is_hidden(const Node* n) {
  if (n->has_attr("hidden") || n->attr("aria-hidden") == "true") return true;
  std::string style = unicode::ascii_lower(n->attr("style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos;
}

// --- Per-node measurements (one reverse pass over the arena) ------------------------------
struct Stats {
  std::size_t chars = 0;       ///< Non-space characters of text below (see kUnspacedLetterWeight).
  std::size_t link_chars = 0;  ///< Of which inside <a>.
  std::size_t commas = 0;
  std::size_t blocks = 0;  ///< Block-level elements, itself included (<br> not counted).
  std::size_t prose = 0;   ///< Characters in paragraphs of prose (long, few links).
  /// Text and inline elements directly inside (not within a child block): in a container that
  /// also has blocks, a paragraph the page did not wrap in <p> (Readability wraps these too).
  std::size_t loose_chars = 0, loose_link_chars = 0, loose_commas = 0;
};

// A paragraph: an element whose content is inline only (a <p>, or a <div> used as one).
bool is_paragraph_like(const Node& n, const Stats& s) {
  if (n.is("p") || n.is("pre") || n.is("td")) return true;
  if (!(n.is("div") || n.is("li") || n.is("blockquote") || n.is("section") || n.is("article") || n.is("dd")))
    return false;
  return s.blocks == 1;  // Only itself.
}

class Page {
 public:
  explicit Page(const dom::Document& doc)
      : doc_(doc), stats_(doc.arena.size()), dropped_(doc.arena.size(), false), muted_(doc.arena.size(), false),
        own_(doc.arena.size()) {
    for (std::size_t i = 0; i < doc.arena.size(); ++i) {
      const Node& n = doc.arena[i];
      if (n.type != Node::Type::kText) continue;
      for (std::size_t k = 0; k < n.text.size();) {
        char32_t c = unicode::next_code_point(n.text, k);
        if (!unicode::is_space(c)) own_[i].chars += unicode::is_unspaced_script_letter(c) ? kUnspacedLetterWeight : 1;
        if (c == U',' || c == U'，' || c == U'、' || c == U'،') ++own_[i].commas;
      }
    }
    measure();
  }
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
  void measure() {
    std::fill(stats_.begin(), stats_.end(), Stats{});
    for (std::size_t i = doc_.arena.size(); i-- > 0;) {
      const Node& n = doc_.arena[i];
      Stats& s = stats_[i];
      if (n.type == Node::Type::kText) {
        s.chars = s.loose_chars = own_[i].chars;
        s.commas = s.loose_commas = own_[i].commas;
      } else if (in(kNeverContent, n.tag)) {
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

 private:
  static bool is_prose(std::size_t chars, std::size_t link_chars) {
    return chars >= kProseChars && static_cast<double>(link_chars) < kProseMaxLinkDensity * static_cast<double>(chars);
  }
  const dom::Document& doc_;
  std::vector<Stats> stats_;
  std::vector<bool> dropped_;
  std::vector<bool> muted_;
  std::vector<Stats> own_;  ///< Text nodes' own counts, computed once.
};

// --- Metadata -----------------------------------------------------------------------------
// The string value that follows "key": in JSON-LD text, unescaped; empty if absent.
std::string json_string_after(std::string_view json, std::string_view key, std::size_t from = 0) {
  std::string quoted = "\"" + std::string(key) + "\"";
  std::size_t at = json.find(quoted, from);
  if (at == std::string_view::npos) return {};
  at += quoted.size();
  while (at < json.size() && (json[at] == ' ' || json[at] == ':' || json[at] == '\n' || json[at] == '\t')) ++at;
  if (at >= json.size() || json[at] != '"') return {};
  std::string out;
  for (++at; at < json.size() && json[at] != '"'; ++at) {
    if (json[at] != '\\' || at + 1 >= json.size()) {
      out.push_back(json[at]);
      continue;
    }
    char e = json[++at];
    if (e == 'u' && at + 4 < json.size()) {
      char32_t c = static_cast<char32_t>(std::strtoul(std::string(json.substr(at + 1, 4)).c_str(), nullptr, 16));
      unicode::append_utf8(out, c);
      at += 4;
    } else {
      out.push_back(e == 'n' ? ' ' : e == 't' ? ' ' : e);
    }
  }
  return out;
}

// The "name" of the object that follows "key" ("author": {"@type": "Person", "name": "X"}).
std::string json_name_of(std::string_view json, std::string_view key) {
  std::size_t at = json.find("\"" + std::string(key) + "\"");
  if (at == std::string_view::npos) return {};
  std::string direct = json_string_after(json, key, at);
  if (!direct.empty()) return direct;
  std::size_t close = json.find_first_of("}]", at);
  std::string name = json_string_after(json, "name", at);
  std::size_t name_at = json.find("\"name\"", at);
  return name_at < close ? name : std::string();
}

std::string cut_site_suffix(const std::string& title, const std::string& site) {
  for (std::string_view sep : {" | ", " - ", " – ", " — ", " :: ", " · "}) {
    std::size_t at = title.rfind(sep);
    if (at == std::string::npos) continue;
    std::string head = title.substr(0, at), tail = title.substr(at + sep.size());
    std::size_t head_words = static_cast<std::size_t>(std::count(head.begin(), head.end(), ' ')) + 1;
    bool tail_is_site = !site.empty() ? unicode::fold(tail) == unicode::fold(site)
                                      : std::count(tail.begin(), tail.end(), ' ') < 4;
    if (tail_is_site && head_words >= kMinTitleWordsAfterCut) return head;
  }
  return title;
}

Metadata read_metadata(const dom::Document& doc) {
  Metadata m;
  std::string doc_title, og_title, ld_title, ld_date, ld_author, ld_section, ld_site, meta_author, meta_date;
  m.language = unicode::ascii_lower(doc.root->attr("lang"));
  m.dir = unicode::ascii_lower(doc.root->attr("dir"));
  dom::walk(doc.root, [&](Node* n, std::size_t) {
    if (!n->is_element()) return false;
    if (n->is("title") && doc_title.empty()) doc_title = unicode::collapse_space(dom::text_content(n));
    if (n->is("body") && m.dir.empty()) m.dir = unicode::ascii_lower(n->attr("dir"));
    if (n->is("meta")) {
      std::string key = unicode::ascii_lower(!n->attr("property").empty() ? n->attr("property")
                                    : !n->attr("name").empty()   ? n->attr("name")
                                                                 : n->attr("itemprop"));
      std::string value = unicode::collapse_space(n->attr("content"));
      if (value.empty()) return false;
      if ((key == "og:title" || key == "twitter:title") && og_title.empty()) og_title = value;
      else if ((key == "og:site_name" || key == "application-name") && m.site.empty()) m.site = value;
      else if ((key == "author" || key == "article:author" || key == "byl" || key == "dc.creator") && meta_author.empty() &&
               value.find("://") == std::string::npos) meta_author = value;
      else if ((key == "article:published_time" || key == "datepublished" || key == "date" || key == "dc.date" ||
                key == "pubdate" || key == "publish-date" || key == "sailthru.date") && meta_date.empty()) meta_date = value;
      else if ((key == "og:image" || key == "twitter:image") && m.image.empty()) m.image = value;
      else if (key == "article:section" && m.section.empty()) m.section = value;
      else if (key == "og:url" && m.canonical_url.empty()) m.canonical_url = value;
      else if (key == "og:locale" && m.language.empty()) m.language = unicode::ascii_lower(value);
      std::string http_equiv = unicode::ascii_lower(n->attr("http-equiv"));
      if (http_equiv == "content-language" && m.language.empty()) m.language = unicode::ascii_lower(value);
    }
    if (n->is("link") && unicode::ascii_lower(n->attr("rel")) == "canonical" && !n->attr("href").empty())
      m.canonical_url = std::string(n->attr("href"));
    if (n->is("script") && unicode::ascii_lower(n->attr("type")) == "application/ld+json") {
      std::string json = dom::text_content(n);
      if (ld_title.empty()) ld_title = json_string_after(json, "headline");
      if (ld_date.empty()) ld_date = json_string_after(json, "datePublished");
      if (ld_author.empty()) ld_author = json_name_of(json, "author");
      if (ld_section.empty()) ld_section = json_string_after(json, "articleSection");
      if (ld_site.empty()) ld_site = json_name_of(json, "publisher");
      if (m.article_body.empty()) m.article_body = json_string_after(json, "articleBody");
    }
    if (n->is("time") && meta_date.empty() && n->has_attr("datetime") && n->has_attr("pubdate"))
      meta_date = std::string(n->attr("datetime"));
    return true;
  });
  if (m.site.empty()) m.site = ld_site;
  m.title = !og_title.empty() ? og_title : !ld_title.empty() ? ld_title : doc_title;
  m.title = cut_site_suffix(unicode::collapse_space(m.title), m.site);
  m.published = !ld_date.empty() ? ld_date : meta_date;
  m.byline = !meta_author.empty() ? meta_author : ld_author;
  if (m.section.empty()) m.section = ld_section;
  if (std::size_t cut = m.language.find_first_of("-_"); cut != std::string::npos) m.language.resize(cut);
  if (m.dir != "rtl" && m.dir != "ltr") m.dir.clear();
  return m;
}

// --- Streamed content -----------------------------------------------------------------------
// React (and so Next.js) streams late parts of a page as <div hidden id="S:x"> at the end of
// <body>; an inline script ($RC, $RS) then moves them into their placeholder <template
// id="B:x"> (a Suspense boundary, whose fallback runs to the boundary's closing <!--/$-->) or
// <template id="P:x"> (a segment). Scripts do not run here, so the move is made as they would.
bool is_comment(const Node* n, std::string_view data) { return n->type == Node::Type::kComment && n->text == data; }

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
    if (is_comment(*it, "$") || is_comment(*it, "$?") || is_comment(*it, "$!")) ++depth;
    if (!is_comment(*it, "/$")) continue;
    if (depth-- > 0) continue;
    for (auto gone = first; gone != it; ++gone) (*gone)->parent = nullptr;
    kids.erase(first, it);
    return;
  }
}

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

// --- Pruning ------------------------------------------------------------------------------
// Chrome by the page's markup: landmark tags and ARIA roles.
std::string_view chrome_by_markup(const Node* n) {
  if (n->is("nav")) return reason::kNavigation;
  if (n->is("footer")) return reason::kFooter;
  if (n->is("aside")) return reason::kRelated;
  std::string role = unicode::ascii_lower(n->attr("role"));
  for (const auto& hint : kChromeRoles)
    if (role == hint.token) return hint.reason;
  return {};
}

// Chrome by class or id. Names are weaker evidence than markup: see prune.
// `names`: the node's class_and_id.
std::string_view chrome_by_name(const Node* n, std::string_view names, bool holds_the_prose) {
  if (n->is("body") || n->is("html") || n->is("article") || n->is("main")) return {};
  if (names.size() <= 1) return {};
  for (const auto& hint : kChromeHints) {
    if (names.find(hint.token) == std::string::npos) continue;
    // On a node holding most of the page's prose a name is a layout's ("c-layout-sidebar-left",
    // "read-more-wrapper"), except comments: a busy thread outweighs the article it follows.
    if (holds_the_prose && hint.reason != reason::kComments) continue;
    for (auto keep : kContentHints)
      if (names.find(keep) != std::string::npos) return {};
    return hint.reason;
  }
  return {};
}

std::string block_text_of(const Node* n);

// A card that points elsewhere: short, and its first heading is a link.
bool is_teaser(const Node* card, const Page& page) {
  const Stats& s = page.stats(card);
  if (!card->is_element() || s.chars == 0 || s.chars > kMaxTeaserChars) return false;
  const Node* heading = nullptr;
  dom::walk(const_cast<Node*>(card), [&](Node* n, std::size_t) {
    if (!heading && is_heading(n)) heading = n;
    return !heading;
  });
  return heading && page.stats(heading).chars > 0 && page.link_density(heading) >= kTeaserHeadingLinkShare;
}

bool is_teaser_list(const Node* n, const Page& page) {
  if (n->children.size() < kMinTeasers) return false;  // Most nodes: no walk at all.
  std::size_t blocks = 0, teasers = 0;
  for (const Node* child : n->children) {
    if (!child->is_element() || page.stats(child).chars == 0) continue;
    ++blocks;
    teasers += is_teaser(child, page);
  }
  return teasers >= kMinTeasers && static_cast<double>(teasers) >= kMinTeaserShare * static_cast<double>(blocks);
}

void record(Extraction& out, const Node* n, std::string_view why) {
  std::string text = unicode::collapse_space(block_text_of(n));
  if (!text.empty()) out.removed.push_back({std::move(text), std::string(why)});
}

void prune(const dom::Document& doc, Page& page, Extraction& out, bool clean, Strictness strict) {
  const double page_chars = static_cast<double>(page.stats(doc.root).chars);
  const double page_prose = static_cast<double>(page.stats(doc.root).prose);
  dom::walk(doc.root, [&](Node* n, std::size_t) {
    if (!n->is_element()) return false;
    if (in(kNeverContent, n->tag)) {
      page.drop(n);
      return false;
    }
    // <noscript> is what a browser without scripts shows: forums (Discourse) render their
    // posts there. It counts when it holds most of the page's text, else it is fallback chrome.
    if (n->is("noscript") && static_cast<double>(page.stats(n).chars) <= kMaxChromeShare * page_chars) {
      page.drop(n);
      return false;
    }
    bool holds_the_page = static_cast<double>(page.stats(n).chars) > kMaxChromeShare * page_chars;
    bool is_the_page = static_cast<double>(page.stats(n).chars) > kMinHiddenPageShare * page_chars;
    if (is_hidden(n) && !is_the_page) {
      record(out, n, reason::kHidden);
      page.drop(n);
      return false;
    }
    if (!clean) return true;
    // A form is a sign-up, search or comment box unless it wraps the page (ASP.NET pages do).
    if (n->is("form") && !holds_the_page && page.stats(n).prose * 2 < page.stats(n).chars) {
      record(out, n, reason::kBoilerplate);
      page.drop(n);
      return false;
    }
    // (An <aside> or <nav> left open by the markup may even hold the whole article.)
    std::string_view why = chrome_by_markup(n);
    bool holds_the_prose = static_cast<double>(page.stats(n).prose) > kMaxChromeShare * page_prose;
    const std::string names = class_and_id(n);
    if (why.empty() && strict.class_hints) why = chrome_by_name(n, names, holds_the_prose);
    if (!why.empty() && !holds_the_page) {
      record(out, n, why);
      page.drop(n);
      return false;
    }
    // Teasers stay in the tree (a round-up article is made of them) but count no prose and vote
    // only once, so they cannot pull the content away from the article beside them.
    if (!holds_the_page && !holds_the_prose && is_teaser_list(n, page)) {
      page.mute(n);
      return false;
    }
    bool byline_hint = names.find("byline") != std::string::npos || names.find("author") != std::string::npos ||
                       unicode::ascii_lower(n->attr("rel")) == "author" || unicode::ascii_lower(n->attr("itemprop")) == "author";
    if (byline_hint && page.stats(n).chars > 0 && page.stats(n).chars <= kMaxBylineChars) {
      std::string byline = unicode::collapse_space(block_text_of(n));
      if (out.metadata.byline.empty()) out.metadata.byline = byline;
      record(out, n, reason::kByline);
      page.drop(n);
      return false;
    }
    return true;
  });
}

// --- Scoring ------------------------------------------------------------------------------
double tag_weight(const Node* n) {
  const std::string& t = n->tag;
  if (t == "div" || t == "article" || t == "main" || t == "section") return 5;
  if (t == "pre" || t == "td" || t == "blockquote") return 3;
  if (t == "address" || t == "ol" || t == "ul" || t == "dl" || t == "dd" || t == "dt" || t == "li" || t == "form") return -3;
  if (is_heading(n) || t == "th") return -5;
  return 0;
}

double class_weight(const Node* n) {
  std::string names = class_and_id(n);
  double w = 0;
  for (auto hint : kNegativeHints)
    if (names.find(hint) != std::string::npos) {
      w -= kClassWeight;
      break;
    }
  for (auto hint : kPositiveHints)
    if (names.find(hint) != std::string::npos) {
      w += kClassWeight;
      break;
    }
  if (n->is("article") || n->attr("itemprop") == "articleBody") w += kClassWeight;
  return w;
}


// The best-scoring container may hold only part of the article: a page builder puts each
// paragraph in its own box, so several boxes score alike. Readability's remedies, in order:
// climb to an ancestor that holds several of the top candidates; climb while the parent scores
// higher; climb while the candidate is an only child.
const Node* widen_candidate(const Node* best, std::unordered_map<const Node*, double>& scores) {
  std::vector<std::pair<double, const Node*>> ranked;
  for (const auto& [n, score] : scores) ranked.push_back({score, n});
  std::partial_sort(ranked.begin(), ranked.begin() + std::min(ranked.size(), kTopCandidates), ranked.end(),
                    [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second->index < b.second->index); });
  std::vector<const Node*> alternatives;
  for (std::size_t i = 1; i < ranked.size() && i < kTopCandidates; ++i)
    if (ranked[i].first >= kAlternativeScoreShare * scores[best]) alternatives.push_back(ranked[i].second);
  if (alternatives.size() >= kMinAlternatives) {
    for (const Node* ancestor = best->parent; ancestor && !ancestor->is("body"); ancestor = ancestor->parent) {
      std::size_t holds = 0;
      for (const Node* alt : alternatives)
        for (const Node* a = alt->parent; a; a = a->parent)
          if (a == ancestor) {
            ++holds;
            break;
          }
      if (holds >= kMinAlternatives) {
        best = ancestor;
        break;
      }
    }
  }
  double last = scores.count(best) ? scores[best] : 0;
  for (const Node* parent = best->parent; parent && !parent->is("body") && !parent->is("html"); parent = parent->parent) {
    auto it = scores.find(parent);
    if (it == scores.end()) continue;
    if (it->second < last / 3) break;
    if (it->second > last) {
      best = parent;
      break;
    }
    last = it->second;
  }
  while (best->parent && !best->parent->is("body") && !best->parent->is("html")) {
    std::size_t elements = 0;
    for (const Node* child : best->parent->children) elements += child->is_element();
    if (elements != 1) break;
    best = best->parent;
  }
  return best;
}

// A long article may be cut into sections that score apart. Take the highest ancestor that,
// compared with the candidate, adds much more prose, and adds mostly prose (not menus, link
// lists or teasers). Ancestors that add nothing (a wrapper with a heading) are passed through.
const Node* widen_to_prose(const Node* best, const Page& page) {
  for (const Node* up = best->parent; up && !up->is("body") && !up->is("html"); up = up->parent) {
    const Stats& now = page.stats(best);
    const Stats& above = page.stats(up);
    double added_prose = static_cast<double>(above.prose - now.prose);
    double added_other = static_cast<double>((above.chars - above.prose) - (now.chars - now.prose));
    if (added_prose >= kMinProseGrowth * static_cast<double>(now.prose) && added_prose > added_other &&
        page.link_density(up) <= kProseMaxLinkDensity)
      best = up;
  }
  return best;
}

bool contains(const Node* ancestor, const Node* n) {
  for (; n; n = n->parent)
    if (n == ancestor) return true;
  return false;
}

// The page's own word for its article (<article>, itemprop="articleBody", <main>) wins over the
// scored container when the two are apart and the page's choice holds clearly more prose:
// scoring can be drawn to a dense feature list or teaser box beside the article.
const Node* prefer_semantic_container(const dom::Document& doc, const Node* best, const Page& page) {
  const Node* semantic = nullptr;
  for (const Node& node : doc.arena) {
    bool marked = node.is("article") || node.is("main") || node.attr("itemprop") == "articleBody" || node.attr("role") == "main";
    if (!marked || page.dropped(&node)) continue;
    if (!semantic || page.stats(&node).prose > page.stats(semantic).prose) semantic = &node;
  }
  if (!semantic || contains(semantic, best) || contains(best, semantic)) return best;
  bool more_prose = static_cast<double>(page.stats(semantic).prose) >= kSemanticProseAdvantage * static_cast<double>(page.stats(best).prose);
  return more_prose && page.link_density(semantic) <= kProseMaxLinkDensity ? semantic : best;
}

const Node* choose_content(const dom::Document& doc, const Page& page, std::vector<const Node*>& chosen) {
  std::unordered_map<const Node*, double> scores;
  auto score_of = [&](const Node* n) -> double& {
    auto it = scores.find(n);
    if (it == scores.end()) it = scores.emplace(n, tag_weight(n) + class_weight(n)).first;
    return it->second;
  };
  for (const Node& node : doc.arena) {
    const Node* n = &node;
    if (!n->is_element() || page.dropped(n)) continue;
    const Stats& s = page.stats(n);
    // A paragraph votes for its ancestors; loose text in a container votes as a paragraph of it.
    // (Inline elements do not vote: their text is their paragraph's or their container's.)
    // A list of teasers votes once, as one paragraph without commas, for the page it sits in.
    bool teasers = page.muted(n);
    bool paragraph = teasers || is_paragraph_like(*n, s);
    if (!paragraph && !is_block(n)) continue;
    std::size_t chars = paragraph ? s.chars : s.loose_chars;
    std::size_t commas = teasers ? 0 : paragraph ? s.commas : s.loose_commas;
    if (chars < kMinScoredChars) continue;
    bool silenced = false;
    for (const Node* a = teasers ? n->parent : n; a && !silenced; a = a->parent) silenced = page.dropped(a) || page.muted(a);
    if (silenced) continue;
    double score = 1.0 + static_cast<double>(commas) + std::min(std::floor(static_cast<double>(chars) / 100.0), 3.0);
    const Node* ancestor = paragraph ? n->parent : n;
    for (int level = 0; ancestor && level <= kScoreLevels; ++level, ancestor = ancestor->parent) {
      double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
      score_of(ancestor) += score / divider;
    }
  }
  const Node* best = nullptr;
  double best_score = 0;
  for (auto& [n, score] : scores) {
    score *= 1.0 - page.link_density(n);
    if (!best || score > best_score || (score == best_score && n->index < best->index)) best = n, best_score = score;
  }
  if (!best) return nullptr;
  best = widen_candidate(best, scores);
  best = widen_to_prose(best, page);
  best = prefer_semantic_container(doc, best, page);
  best_score = scores.count(best) ? scores[best] : best_score;
  const Node* parent = best->parent;
  if (!parent) {
    chosen.push_back(best);
    return best;
  }
  double threshold = std::max(10.0, best_score * kSiblingScoreShare);
  for (const Node* sibling : parent->children) {
    if (page.dropped(sibling)) continue;
    bool join = sibling == best;
    if (!join && sibling->is_element()) {
      auto it = scores.find(sibling);
      if (it != scores.end() && it->second >= threshold) join = true;
      const Stats& s = page.stats(sibling);
      if (sibling->is("p") && s.chars >= kProseChars && page.link_density(sibling) < kProseMaxLinkDensity) join = true;
    }
    if (join) chosen.push_back(sibling);
  }
  return best;
}

// --- Emitting blocks ----------------------------------------------------------------------
ParagraphKind kind_of(const Node* n, ParagraphKind inherited) {
  const std::string& t = n->tag;
  if (is_heading(n)) return ParagraphKind::kHeading;
  if (t == "li" || t == "dt" || t == "dd") return ParagraphKind::kListItem;
  if (t == "blockquote") return ParagraphKind::kBlockquote;
  if (t == "pre") return ParagraphKind::kCode;
  if (t == "tr") return ParagraphKind::kTable;
  if (t == "figcaption" || t == "caption") return ParagraphKind::kCaption;
  return inherited;
}

class BlockWriter {
  // A <br> in the buffer; newlines of the source are white space like any other.
  static constexpr char kLineBreak = '\x01';

 public:
  /// `clean`: drop interface labels and boilerplate lines; `link_lists`: drop link-dense boxes.
  BlockWriter(const Page& page, Extraction& out, bool clean, bool link_lists)
      : page_(page), out_(out), clean_(clean), link_lists_(link_lists) {}

  void emit(const Node* root) {
    struct Frame {
      const Node* node;
      ParagraphKind kind;
      bool exit;  // The closing visit of an element: ends its block.
    };
    std::vector<Frame> stack{{root, ParagraphKind::kParagraph, false}};
    while (!stack.empty()) {
      Frame f = stack.back();
      stack.pop_back();
      const Node* n = f.node;
      if (f.exit) {
        if (n->is("td") || n->is("th")) buffer_ += '\t';
        else flush(f.kind, n->parent);
        continue;
      }
      if (n->type == Node::Type::kText) {
        append_text(n->text, f.kind == ParagraphKind::kCode);
        continue;
      }
      if (page_.dropped(n)) continue;
      if (n->is("br")) {
        buffer_ += kLineBreak;
        continue;
      }
      if (link_lists_ && link_list(n)) {
        record(out_, n, reason::kRelated);
        continue;
      }
      ParagraphKind kind = kind_of(n, f.kind);
      bool block = is_block(n);
      if (block && !(n->is("td") || n->is("th"))) flush(f.kind, n->parent);
      if (block) stack.push_back({n, kind, true});
      for (auto it = n->children.rbegin(); it != n->children.rend(); ++it) stack.push_back({*it, kind, false});
    }
    flush(ParagraphKind::kParagraph, root);
  }

 private:
  // Lists and link boxes inside the content that are mostly links: related articles, tags.
  bool link_list(const Node* n) const {
    if (!(n->is("ul") || n->is("ol") || n->is("div") || n->is("section") || n->is("table"))) return false;
    const Stats& s = page_.stats(n);
    return s.chars > 0 && s.chars <= kLinkListMaxChars && page_.link_density(n) > kLinkListDensity;
  }

  void append_text(std::string_view text, bool preformatted) {
    buffer_ += text;
    preformatted_ = preformatted_ || preformatted;
  }

  // `container`: the element the block sits in, so that repeats can be told from copies.
  void flush(ParagraphKind kind, const Node* container) {
    container_ = container ? container->index + 1 : 0;
    section_ = container && container->parent ? container->parent->index + 1 : 0;
    if (buffer_.empty()) return;
    std::vector<std::string> parts;
    if (preformatted_) {
      // Code keeps its lines; only blank-line runs (paragraph separators) are squeezed.
      std::string code = buffer_;
      std::replace(code.begin(), code.end(), kLineBreak, '\n');
      while (!code.empty() && (code.back() == '\n' || code.back() == ' ')) code.pop_back();
      while (!code.empty() && code.front() == '\n') code.erase(code.begin());
      std::size_t at;
      while ((at = code.find("\n\n")) != std::string::npos) code.erase(at, 1);
      if (!code.empty()) parts.push_back(code);
    } else {
      // A <br> keeps a line break inside the paragraph; two of them split it.
      std::size_t start = 0;
      std::string current;
      while (start <= buffer_.size()) {
        std::size_t end = buffer_.find(kLineBreak, start);
        if (end == std::string::npos) end = buffer_.size();
        std::string line = unicode::collapse_space(std::string_view(buffer_).substr(start, end - start));
        if (kind == ParagraphKind::kTable) {
          std::string_view raw = std::string_view(buffer_).substr(start, end - start);
          line.clear();
          std::size_t cell_start = 0;
          while (cell_start <= raw.size()) {
            std::size_t cell_end = raw.find('\t', cell_start);
            if (cell_end == std::string_view::npos) cell_end = raw.size();
            std::string cell = unicode::collapse_space(raw.substr(cell_start, cell_end - cell_start));
            if (!cell.empty()) line += (line.empty() ? "" : "\t") + cell;
            cell_start = cell_end + 1;
          }
        }
        if (line.empty()) {
          if (!current.empty()) parts.push_back(std::move(current));
          current.clear();
        } else {
          current += (current.empty() ? "" : "\n") + line;
        }
        start = end + 1;
      }
      if (!current.empty()) parts.push_back(std::move(current));
    }
    for (auto& part : parts) add(std::move(part), kind);
    buffer_.clear();
    preformatted_ = false;
  }

  void add(std::string text, ParagraphKind kind) {
    if (clean_ && kind != ParagraphKind::kCode) {
      if (is_ui_label(text)) return out_.removed.push_back({std::move(text), std::string(reason::kUiLabel)});
      if (starts_boilerplate(text)) return out_.removed.push_back({std::move(text), std::string(reason::kBoilerplate)});
      if (is_dateline(text)) return out_.removed.push_back({std::move(text), std::string(reason::kDateline)});
    }
    if (kind == ParagraphKind::kCaption) {
      std::size_t credit = find_credit(text);
      if (credit != std::string::npos) {
        std::string caption = unicode::collapse_space(std::string_view(text).substr(0, credit));
        if (!caption.empty()) out_.blocks.push_back({caption, ParagraphKind::kCaption, container_, section_});
        out_.blocks.push_back({text.substr(credit), ParagraphKind::kCredit, container_, section_});
        return;
      }
    }
    out_.blocks.push_back({std::move(text), kind, container_, section_});
  }

  const Page& page_;
  Extraction& out_;
  bool clean_;
  bool link_lists_;
  std::string buffer_;
  bool preformatted_ = false;
  std::size_t container_ = 0, section_ = 0;
};

// Block text of a subtree, paragraphs separated by "\n" (for the removed list).
std::string block_text_of(const Node* root) {
  std::string out;
  dom::walk(const_cast<Node*>(root), [&](Node* n, std::size_t) {
    if (n->type == Node::Type::kText) out += n->text;
    else if (in(kNeverContent, n->tag)) return false;
    else if (is_block(n) && !out.empty() && out.back() != ' ') out += ' ';
    return true;
  });
  return out;
}

const Node* find_body(const dom::Document& doc) {
  for (const Node* child : doc.root->children)
    if (child->is("body")) return child;
  return doc.root;
}

// The headline as a block: the page's first heading that matches the metadata title, turned
// into the title block, or the metadata title put first.
void settle_title(Extraction& out) {
  std::string title_key = unicode::fold(out.metadata.title);
  for (auto it = out.blocks.begin(); it != out.blocks.end(); ++it) {
    if (it->kind != ParagraphKind::kHeading) continue;
    std::string key = unicode::fold(it->text);
    bool same = !title_key.empty() && (key == title_key || title_key.find(key) == 0 || key.find(title_key) == 0);
    if (same) {
      if (out.metadata.title.empty() || key.size() > title_key.size()) out.metadata.title = it->text;
      out.blocks.erase(it);
      break;
    }
  }
  if (out.metadata.title.empty()) {
    for (const auto& b : out.blocks)
      if (b.kind == ParagraphKind::kHeading) {
        out.metadata.title = b.text;
        break;
      }
  }
  if (!out.metadata.title.empty()) {
    out.blocks.insert(out.blocks.begin(), {out.metadata.title, ParagraphKind::kTitle});
    // A heading equal to the title elsewhere is a repeat of it.
    std::string key = unicode::fold(out.metadata.title);
    for (auto it = out.blocks.begin() + 1; it != out.blocks.end();) {
      if (it->kind == ParagraphKind::kHeading && unicode::fold(it->text) == key) it = out.blocks.erase(it);
      else ++it;
    }
  }
}

// One extraction attempt at a given strictness.
Extraction extract_once(const dom::Document& doc, const Metadata& metadata, bool clean, Strictness strict) {
  Extraction out;
  out.metadata = metadata;
  Page page(doc);
  prune(doc, page, out, clean, strict);
  page.measure();  // Without what pruning dropped.
  const Node* body = find_body(doc);
  BlockWriter writer(page, out, clean, clean && strict.link_lists);
  if (!clean) {
    writer.emit(body);
    return out;
  }
  std::vector<const Node*> chosen;
  const Node* best = choose_content(doc, page, chosen);
  if (!best) {
    writer.emit(body);  // No container stands out (a short page): keep what is visible.
  } else {
    // Everything outside the chosen containers is reported as not content.
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
    for (const Node* c : chosen) writer.emit(c);
  }
  // The headline usually sits outside the content container: look for it in the page.
  settle_title(out);
  return out;
}

// The letters and digits of a text, folded: what two renderings of one text have in common.
std::string letters_and_digits(std::string_view text) {
  std::string folded = unicode::fold(text), out;
  for (std::size_t i = 0; i < folded.size();) {
    std::size_t start = i;
    char32_t c = unicode::next_code_point(folded, i);
    if (unicode::is_letter(c) || unicode::is_digit(c)) out.append(folded, start, i - start);
  }
  return out;
}

// trafilatura's cross-check: when the page states its article text (JSON-LD articleBody) and
// most of the extracted body is in it, the blocks before its first and after its last matching
// block are page furniture (a call to action, an author's bio, a teaser list).
void trim_to_article_body(Extraction& e, std::string_view article_body) {
  std::string stated = letters_and_digits(article_body);
  if (stated.size() < kMinArticleChars) return;  // A summary, not the text.
  std::vector<bool> stated_here(e.blocks.size(), false);
  std::size_t body = 0, matched = 0;
  for (std::size_t i = 0; i < e.blocks.size(); ++i) {
    if (!is_body(e.blocks[i].kind)) continue;
    std::string key = letters_and_digits(e.blocks[i].text);
    body += key.size();
    if (key.empty() || stated.find(key) == std::string::npos) continue;
    stated_here[i] = true;
    matched += key.size();
  }
  if (static_cast<double>(matched) < kMinArticleBodyShare * static_cast<double>(body)) return;
  auto first = std::find(stated_here.begin(), stated_here.end(), true) - stated_here.begin();
  auto last = stated_here.rend() - std::find(stated_here.rbegin(), stated_here.rend(), true) - 1;
  std::vector<Block> kept;
  for (std::size_t i = 0; i < e.blocks.size(); ++i) {
    bool outside = (static_cast<std::ptrdiff_t>(i) < first || static_cast<std::ptrdiff_t>(i) > last) && is_body(e.blocks[i].kind);
    if (outside) e.removed.push_back({std::move(e.blocks[i].text), std::string(reason::kNotContent)});
    else kept.push_back(std::move(e.blocks[i]));
  }
  e.blocks = std::move(kept);
}

std::size_t body_chars(const Extraction& e) {
  std::size_t n = 0;
  for (const auto& b : e.blocks)
    if (is_body(b.kind)) n += b.text.size();
  return n;
}

}  // namespace

Extraction extract_html(dom::Document& doc, bool clean) {
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
