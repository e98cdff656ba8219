// read_metadata, the step before the passes: title, byline, dates, site, section, language,
// direction, canonical URL and image from the page's <head> (<title>, <meta>, <link>), its
// JSON-LD (json_ld.cpp) and <time pubdate>, and the site's name cut off the title. Reads the
// document only; uses html/dom.h and text/unicode.h.
#include <algorithm>

#include "extract/html/page.h"
#include "text/unicode.h"

namespace article_analyzer::html_extraction {
namespace {

// --- Tunables ---------------------------------------------------------------------------
// A title suffix (" - Site name") is cut when what remains has this many words.
constexpr std::size_t kMinTitleWordsAfterCut = 3;
// Without a known site name, a suffix of at most this many words is taken for one.
constexpr std::size_t kMaxSiteNameWords = 4;

// --- Keyword tables ---------------------------------------------------------------------
// What separates a title from the site's name ("Title | Site", "Title – Site").
constexpr std::string_view kTitleSeparators[] = {" | ", " - ", " – ", " — ", " :: ", " · "};
// <meta> keys (property, name or itemprop, lower-cased) by what they give; the first wins.
constexpr std::string_view kTitleKeys[] = {"og:title", "twitter:title"};
constexpr std::string_view kSiteKeys[] = {"og:site_name", "application-name"};
constexpr std::string_view kAuthorKeys[] = {"author", "article:author", "byl", "dc.creator"};
constexpr std::string_view kDateKeys[] = {"article:published_time", "datepublished", "date", "dc.date",
                                          "pubdate", "publish-date", "sailthru.date"};
constexpr std::string_view kImageKeys[] = {"og:image", "twitter:image"};

std::size_t words_in(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1; }

std::string cut_site_suffix(const std::string& title, const std::string& site) {
  for (std::string_view sep : kTitleSeparators) {
    std::size_t at = title.rfind(sep);
    if (at == std::string::npos) continue;
    std::string head = title.substr(0, at), tail = title.substr(at + sep.size());
    bool tail_is_site = !site.empty() ? unicode::fold(tail) == unicode::fold(site) : words_in(tail) <= kMaxSiteNameWords;
    if (tail_is_site && words_in(head) >= kMinTitleWordsAfterCut) return head;
  }
  return title;
}

}  // namespace

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
      if (in(kTitleKeys, key) && og_title.empty()) og_title = value;
      else if (in(kSiteKeys, key) && m.site.empty()) m.site = value;
      else if (in(kAuthorKeys, key) && meta_author.empty() && value.find("://") == std::string::npos)
        meta_author = value;  // A profile URL is not a name.
      else if (in(kDateKeys, key) && meta_date.empty()) meta_date = value;
      else if (in(kImageKeys, key) && m.image.empty()) m.image = value;
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

}  // namespace article_analyzer::html_extraction
