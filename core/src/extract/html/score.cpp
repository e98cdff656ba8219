// choose_content, the scoring step (Readability's grabArticle): paragraphs vote for their
// ancestors, weighted by tag and class/id; the best container is widened to its common ancestor
// with rivals, to ancestors that add mostly prose, or to the page's own <article>; related
// siblings join it. Reads the Page's measurements, changes nothing; uses html/dom.h only.
#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "extract/html/page.h"

namespace article_analyzer::html_extraction {
namespace {

// --- Tunables: votes ----------------------------------------------------------------------
// A block needs this many characters to vote for its ancestors (Readability: 25).
constexpr std::size_t kMinScoredChars = 25;
// A vote is one point for the paragraph, one per comma, and one per this many characters up to
// this many (Readability's).
constexpr double kParagraphPoints = 1;
constexpr double kCharsPerPoint = 100;
constexpr double kMaxLengthPoints = 3;
// Votes go to the voter's first ancestor (its parent; for loose text, its own container) and to
// this many levels above it: 6 ancestors in all, one more than Readability's 5, as page builders
// nest each paragraph several levels deep. The first ancestor gets the whole vote, the next one
// 1/kGrandparentDivider of it, and level k >= 2 above the first 1/(k * kAncestorDividerPerLevel).
constexpr int kVoteLevelsAboveParent = 5;
constexpr double kGrandparentDivider = 2;
constexpr double kAncestorDividerPerLevel = 3;
// Readability's tag weights, the score a container starts with: sections of text gain, code,
// quotes and table cells a little, lists, addresses and forms lose a little, headings lose.
constexpr double kSectionTagWeight = 5;
constexpr double kQuoteTagWeight = 3;
constexpr double kListTagWeight = -3;
constexpr double kHeadingTagWeight = -5;
// What a positive or a negative class/id hint adds to or takes from a container's score.
constexpr double kClassWeight = 25;

// --- Tunables: widening the best candidate ------------------------------------------------
// Candidates within this share of the best one's score, and at least this many of them among
// the top ones, make their common ancestor the container (Readability: 0.75, 3 of the top 5).
constexpr double kAlternativeScoreShare = 0.75;
constexpr std::size_t kMinAlternatives = 3;
constexpr std::size_t kTopCandidates = 5;
// Looking up for a higher-scoring ancestor stops at one scoring under 1/this of the last scored
// one passed (Readability: a third).
constexpr double kClimbScoreDrop = 3;
// A parent replaces the container when it adds this share of prose or more (see widen_to_prose).
constexpr double kMinProseGrowth = 0.25;
// The page's marked article replaces a scored container beside it with this much more prose.
constexpr double kSemanticProseAdvantage = 1.5;
// Siblings of the best container join it when their score reaches this share of its score (and
// at least this score), or when they are paragraphs of prose (Readability: 0.2, 10).
constexpr double kSiblingScoreShare = 0.2;
constexpr double kMinSiblingScore = 10;

// --- Keyword tables ---------------------------------------------------------------------
// class/id tokens that raise or lower a container's score.
constexpr std::string_view kPositiveHints[] = {"article", "body", "content", "entry", "hentry", "h-entry",
                                               "main", "page", "post", "text", "blog", "story", "prose"};
constexpr std::string_view kNegativeHints[] = {
    "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote", "gdpr", "masthead",
    "outbrain", "promo", "related", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping",
    "nav", "menu"};

double tag_weight(const Node* n) {
  const std::string& t = n->tag;
  if (t == "div" || t == "article" || t == "main" || t == "section") return kSectionTagWeight;
  if (t == "pre" || t == "td" || t == "blockquote") return kQuoteTagWeight;
  if (t == "address" || t == "ol" || t == "ul" || t == "dl" || t == "dd" || t == "dt" || t == "li" || t == "form")
    return kListTagWeight;
  if (is_heading(n) || t == "th") return kHeadingTagWeight;
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

// What a vote is divided by at the ancestor `level` steps above the voter's first ancestor.
double vote_divider(int level) {
  return level == 0 ? 1.0 : level == 1 ? kGrandparentDivider : level * kAncestorDividerPerLevel;
}

// The best-scoring container may hold only part of the article: a page builder puts each
// paragraph in its own box, so several boxes score alike. Readability's remedies, in order:
// climb to an ancestor that holds several of the top candidates; climb to the first scored
// ancestor that scores higher, unless the scores fall on the way; climb while the candidate is an
// only child.
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
    if (it->second < last / kClimbScoreDrop) break;
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

}  // namespace

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
    double score = kParagraphPoints + static_cast<double>(commas) +
                   std::min(std::floor(static_cast<double>(chars) / kCharsPerPoint), kMaxLengthPoints);
    const Node* ancestor = paragraph ? n->parent : n;
    for (int level = 0; ancestor && level <= kVoteLevelsAboveParent; ++level, ancestor = ancestor->parent)
      score_of(ancestor) += score / vote_divider(level);
  }
  const Node* best = nullptr;
  double best_score = 0;
  for (auto& [n, score] : scores) {
    score *= 1.0 - page.link_density(n);  // Readability: a container of links is no article.
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
  double threshold = std::max(kMinSiblingScore, best_score * kSiblingScoreShare);
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

}  // namespace article_analyzer::html_extraction
