// The extract/ folder: from a parsed page (html/dom.h) or pasted text to the article's blocks,
// its metadata, and the list of what was removed and why. common.cpp holds what both extractors
// share (labels, datelines, credits, repeats), text.cpp the pasted-text extractor, html/ the HTML
// extractor along its own pipeline. extract/ may use html/dom.h (never Gumbo), text/ and lang/'s
// labels of any language; it knows nothing of the NLP stages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "article_analyzer/analyzer.h"
#include "html/dom.h"

namespace article_analyzer {

/// One paragraph of the article before offsets exist: text with collapsed spaces.
struct Block {
  std::string text;
  ParagraphKind kind = ParagraphKind::kParagraph;
  /// The element the block sits in (1 + its index), 0 when unknown (pasted text), and the
  /// element around that one. A paragraph written twice in one container, or in two sections
  /// of one part of the page, is the author's; elsewhere, or alone in a box, a copy.
  std::size_t container = 0;
  std::size_t section = 0;
};

struct Metadata {
  std::string title, byline, published, site, section, language, dir, canonical_url, image;
  std::string article_body;  ///< The page's own article text (JSON-LD articleBody), a cross-check.
};

struct Extraction {
  std::vector<Block> blocks;  ///< In reading order; the title block, if any, first.
  Metadata metadata;
  std::vector<Removed> removed;
};

/// Stable reasons of Removed::reason, one place for their spelling.
namespace reason {
inline constexpr std::string_view kUiLabel = "ui-label";          ///< "Rechercher", "Share".
inline constexpr std::string_view kSectionLabel = "section-label";///< "Dernières infos - Diplomatie".
inline constexpr std::string_view kNavigation = "navigation";     ///< Menus, breadcrumbs, link lists.
inline constexpr std::string_view kBoilerplate = "boilerplate";   ///< "Lire aussi", newsletter, cookies.
inline constexpr std::string_view kDuplicate = "duplicate";       ///< A block seen earlier on the page.
inline constexpr std::string_view kTeaser = "teaser";             ///< A truncated repeat ending in "...".
inline constexpr std::string_view kHidden = "hidden";             ///< hidden, aria-hidden, display:none.
inline constexpr std::string_view kNotContent = "not-content";    ///< Outside the article's container or the page's articleBody.
inline constexpr std::string_view kByline = "byline";             ///< The author line, kept as metadata.
inline constexpr std::string_view kDateline = "dateline";         ///< "Published on Oct 31, 2025", "3 min read".
inline constexpr std::string_view kComments = "comments";         ///< Reader comments.
inline constexpr std::string_view kRelated = "related";           ///< Related-article lists.
inline constexpr std::string_view kShare = "share";               ///< Share and follow bars.
inline constexpr std::string_view kAdvertising = "advertising";   ///< Ads and sponsored labels.
inline constexpr std::string_view kFooter = "footer";             ///< Page footers.
/// Every reason above, for removal_reasons(); tests/node/types.test.mjs checks that none is missing.
inline constexpr std::string_view kAll[] = {
    kUiLabel, kSectionLabel, kNavigation, kBoilerplate, kDuplicate, kTeaser,      kHidden, kNotContent,
    kByline,  kDateline,     kComments,   kRelated,     kShare,     kAdvertising, kFooter};
}  // namespace reason

/// Pasted plain text: lines become blocks; labels, credits, title and teasers are told apart
/// from the body by their shape and by the word lists of every language. (With clean=false the
/// pipeline keeps the text as given and does not call this.)
Extraction extract_text(std::string_view text);

/// HTML: metadata from the head, then the main content found by scoring (clean=true), or
/// every visible block (clean=false). Streamed content is first moved where the page's
/// scripts would put it, so the document changes.
Extraction extract_html(dom::Document& document, bool clean);

/// Shared by both: drops blocks repeated on the page (unless the copies are the author's: see
/// Block::container) and truncated teasers of another block.
void remove_repeats(Extraction& extraction);

/// Splits a trailing photo or wire credit off a caption ("... à Moscou. Photo X / AFP").
/// Returns the position where the credit starts, or npos.
std::size_t find_credit(std::string_view line);

/// True if `line` (collapsed) is an interface label or a boilerplate start in any language.
bool is_ui_label(std::string_view line);
/// True if `line` is only a date, a time or a reading time with their words ("Updated: Dec 9, 2024").
bool is_dateline(std::string_view line);
bool starts_boilerplate(std::string_view line);

}  // namespace article_analyzer
