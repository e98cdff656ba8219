// trim_to_article_body, the step after the passes (trafilatura's cross-check): when the page
// states its article text (JSON-LD articleBody, read by read_metadata) and most of the extracted
// body is in it, the body blocks before its first and after its last matching block are page
// furniture (a call to action, an author's bio, a teaser list). Works on the blocks only; uses
// text/unicode.h to compare texts by their letters and digits.
#include <algorithm>

#include "extract/html/page.h"
#include "text/unicode.h"

namespace article_analyzer::html_extraction {
namespace {

// --- Tunables ---------------------------------------------------------------------------
// The page's articleBody is trusted to trim the content's ends when at least this share of the
// extracted body text is found in it.
constexpr double kMinArticleBodyShare = 0.5;

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

}  // namespace

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

}  // namespace article_analyzer::html_extraction
