// Markup preparation: what the parser is spared before it runs.
#include "html/markup.h"

#include <algorithm>

#include "html/dom.h"
#include "text/unicode.h"

namespace article_analyzer::dom {
namespace {

// Elements that never have an end tag: they do not deepen the tree.
constexpr std::string_view kVoidTags[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                                          "meta", "param", "source", "track", "wbr", "frame", "keygen"};
// The elements of a page of frames: cut from its first <frameset> on (see prepare_markup).
constexpr std::string_view kFrameTags[] = {"frameset", "frame", "noframes"};
// Elements whose content is raw text: tags inside them are not tags.
constexpr std::string_view kRawTextTags[] = {"script", "style", "textarea", "title", "xmp", "noembed", "noframes", "iframe"};

template <std::size_t N>
bool in(const std::string_view (&table)[N], std::string_view value) {
  return std::find(std::begin(table), std::end(table), value) != std::end(table);
}

std::string lower_tag_at(std::string_view html, std::size_t i, std::size_t& end) {
  std::string name;
  for (end = i; end < html.size(); ++end) {
    char c = html[end];
    bool name_char = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
    if (!name_char) break;
    name.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  }
  return name;
}

}  // namespace

// Prepares markup for the parser, in one scan, cutting what only costs time:
// - the bodies of <script> (except JSON-LD, read for metadata) and <style>: the tokenizer walks
//   them character by character, and on modern pages they are half of the bytes;
// - start tags nested deeper than kMaxDepth, with as many end tags: the HTML parsing algorithm
//   scans the stack of open elements for many start tags, so its time grows with the square of
//   the depth (100,000 nested divs take seconds). Browsers cap the depth too.
// - the tags of a page of frames (<frameset>, <frame>, <noframes>), from its first <frameset> on:
//   such a page is read as its <noframes> alternative, the text a reader without frames gets,
//   whose markup is then parsed as markup rather than kept as raw text.
// Text is never removed. Returns false (no copy made) when there is nothing to cut.
bool prepare_markup(std::string_view html, std::string& out) {
  std::vector<std::pair<std::size_t, std::size_t>> cuts;  // [start, end) byte ranges, in order.
  std::size_t depth = 0, cut_opens = 0;
  bool frames = false;  // A <frameset> was seen.
  for (std::size_t i = html.find('<'); i != std::string_view::npos && i + 1 < html.size(); i = html.find('<', i + 1)) {
    if (html.compare(i, 4, "<!--") == 0) {
      i = html.find("-->", i + 4);
      if (i == std::string_view::npos) break;
      continue;
    }
    bool closing = html[i + 1] == '/';
    std::size_t name_end = 0;
    std::string name = lower_tag_at(html, i + (closing ? 2 : 1), name_end);
    if (name.empty()) continue;
    std::size_t tag_end = html.find('>', name_end);
    if (tag_end == std::string_view::npos) break;
    bool self_closing = html[tag_end - 1] == '/';
    frames = frames || (name == "frameset" && !closing);
    if (frames && in(kFrameTags, name)) {
      cuts.emplace_back(i, tag_end + 1);
      i = tag_end;
      continue;
    }
    bool is_void = in(kVoidTags, name);
    if (!closing && !is_void && !self_closing) {
      if (in(kRawTextTags, name)) {
        std::string upper = name;
        for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
        std::size_t close = std::min(html.find("</" + name, tag_end), html.find("</" + upper, tag_end));
        if (close == std::string_view::npos) close = html.size();
        std::string attributes = unicode::ascii_lower(html.substr(name_end, tag_end - name_end));
        bool json_ld = attributes.find("ld+json") != std::string::npos;
        if ((name == "script" && !json_ld) || name == "style") {
          if (close > tag_end + 1) cuts.emplace_back(tag_end + 1, close);
        }
        // Skip past its end tag too: raw-text elements do not count towards the depth.
        std::size_t end_tag_end = close == html.size() ? std::string_view::npos : html.find('>', close);
        if (end_tag_end == std::string_view::npos) break;
        i = end_tag_end;
        continue;
      }
      if (++depth > kMaxDepth) {
        cuts.emplace_back(i, tag_end + 1);  // A cut block tag leaves a line break (see below).
        ++cut_opens;
      }
    } else if (closing && !is_void) {
      if (cut_opens > 0 && depth > kMaxDepth) {
        cuts.emplace_back(i, tag_end + 1);
        --cut_opens;
      }
      if (depth > 0) --depth;
    }
    i = tag_end;
  }
  if (cuts.empty()) return false;
  out.reserve(html.size());
  std::size_t copied_to = 0;
  for (auto [start, end] : cuts) {
    out.append(html.substr(copied_to, start - copied_to));
    // A start tag cut (for depth, or a frame's): its text stays apart from the previous block's.
    if (html[start] == '<' && html[start + 1] != '/') out.append("<br>");
    copied_to = end;
  }
  out.append(html.substr(copied_to));
  return true;
}

}  // namespace article_analyzer::dom
