// settle_title, the last step of each pass: the headline as the first block. The page's first
// heading that matches the metadata title becomes the title block (and the title, when longer);
// otherwise the metadata title, or the first heading, is put first. Works on the blocks only;
// uses text/unicode.h for folding.
#include "extract/html/page.h"
#include "text/unicode.h"

namespace article_analyzer::html_extraction {

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

}  // namespace article_analyzer::html_extraction
