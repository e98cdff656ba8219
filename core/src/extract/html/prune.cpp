// prune, the step between the two measurements: invisible nodes, page chrome found by tag, ARIA
// role or class/id, forms and author boxes are dropped (and reported in the removed list); lists
// of teasers are muted. What counts as chrome, and when a node holds too much of the page to be
// chrome, is decided here. Reads the Page's measurements; uses html/dom.h and text/unicode.h.
#include <algorithm>

#include "extract/html/page.h"
#include "text/unicode.h"

namespace article_analyzer::html_extraction {
namespace {

// --- Tunables ---------------------------------------------------------------------------
// Chrome found by tag, role, class or id is kept when it holds more than this share of the
// page's text: a wrapper named "menu-open", or an <aside> left open, may hold the article.
constexpr double kMaxChromeShare = 0.5;
// A hidden node is shown anyway when it holds this share of the page's text: the page hides
// itself until a script runs (anti-flicker). Hidden parts of a page are dropped.
constexpr double kMinHiddenPageShare = 0.8;
// A form is a sign-up, search or comment box when less than this share of its text is prose.
constexpr double kMinFormProseShare = 0.5;
// Teasers of other pages (related posts, "more from the blog"): blocks this short whose heading
// is a link (at least this share of its text), at least this many side by side and making up
// at least this share of their container's non-empty children.
constexpr std::size_t kMaxTeaserChars = 600;
constexpr double kTeaserHeadingLinkShare = 0.9;
constexpr std::size_t kMinTeasers = 3;
constexpr double kMinTeaserShare = 2.0 / 3.0;
// An element whose class/id says "byline" is one when its text is this short.
constexpr std::size_t kMaxBylineChars = 120;

// --- Keyword tables ---------------------------------------------------------------------
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
// Roles of page chrome (ARIA landmarks) and the reason reported.
constexpr ChromeHint kChromeRoles[] = {{"navigation", reason::kNavigation}, {"banner", reason::kNavigation},
                                       {"contentinfo", reason::kFooter}, {"complementary", reason::kRelated},
                                       {"menu", reason::kNavigation}, {"menubar", reason::kNavigation},
                                       {"search", reason::kNavigation}, {"dialog", reason::kBoilerplate},
                                       {"alert", reason::kBoilerplate}};

bool is_hidden(const Node* n) {
  if (n->has_attr("hidden") || n->attr("aria-hidden") == "true") return true;
  std::string style = unicode::ascii_lower(n->attr("style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos;
}

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

}  // namespace

void prune(const dom::Document& doc, Page& page, Extraction& out, bool clean, Strictness strict) {
  const double page_chars = static_cast<double>(page.stats(doc.root).chars);
  const double page_prose = static_cast<double>(page.stats(doc.root).prose);
  dom::walk(doc.root, [&](Node* n, std::size_t) {
    if (!n->is_element()) return false;
    if (is_never_content(n)) {
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
    if (n->is("form") && !holds_the_page &&
        static_cast<double>(page.stats(n).prose) < kMinFormProseShare * static_cast<double>(page.stats(n).chars)) {
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

}  // namespace article_analyzer::html_extraction
