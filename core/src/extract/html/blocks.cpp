// write_blocks, the step after choose_content (the BlockWriter): the chosen containers' text as
// blocks, in reading order, with their paragraph kinds (heading, list item, quote, code, table
// row, caption and its credit), <br> line breaks kept; interface labels, boilerplate lines,
// datelines and link-dense boxes go to the removed list. Also the plain text of a subtree for that
// list. Reads the Page; uses html/dom.h, text/unicode.h and the line tests of extract/extraction.h.
#include <algorithm>

#include "extract/html/page.h"
#include "text/unicode.h"

namespace article_analyzer::html_extraction {
namespace {

// --- Tunables ---------------------------------------------------------------------------
// A container inside the content whose text is mostly links and that is this short is a
// link list (related articles, tags), not article text.
constexpr double kLinkListDensity = 0.5;
constexpr std::size_t kLinkListMaxChars = 1000;

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
  // A <br> in the buffer; newlines of the source are white space like any other (but in code).
  static constexpr char kLineBreak = '\x01';
  // The marks a browser draws around a <q>'s text.
  static constexpr std::string_view kQuoteOpen = "“", kQuoteClose = "”";
  // The end of a table cell in the buffer, and the cell separator of a table row's block.
  static constexpr char kCellBreak = '\t';

 public:
  /// `clean`: drop interface labels, boilerplate lines and datelines; `link_lists`: drop link-dense boxes.
  BlockWriter(const Page& page, Extraction& out, bool clean, bool link_lists)
      : page_(page), out_(out), clean_(clean), link_lists_(link_lists) {}

  void emit(const Node* root) {
    struct Frame {
      const Node* node;
      ParagraphKind kind;
      bool exit;  // The closing visit of an element: ends its block, or closes its <q>.
    };
    std::vector<Frame> stack{{root, ParagraphKind::kParagraph, false}};
    while (!stack.empty()) {
      Frame f = stack.back();
      stack.pop_back();
      const Node* n = f.node;
      if (f.exit) {
        if (n->is("q")) buffer_ += kQuoteClose;
        else if (n->is("td") || n->is("th")) buffer_ += kCellBreak;
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
      // A browser draws the marks of a <q> itself: the text gets them, so a quote reads as one.
      if (n->is("q")) {
        buffer_ += kQuoteOpen;
        stack.push_back({n, kind, true});
      }
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
      // Code keeps its lines and their spaces; empty lines, leading newlines and trailing white
      // space go.
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
            std::size_t cell_end = raw.find(kCellBreak, cell_start);
            if (cell_end == std::string_view::npos) cell_end = raw.size();
            std::string cell = unicode::collapse_space(raw.substr(cell_start, cell_end - cell_start));
            if (!cell.empty()) {
              if (!line.empty()) line += kCellBreak;
              line += cell;
            }
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

}  // namespace

void write_blocks(const Page& page, Extraction& out, const std::vector<const Node*>& roots, bool clean,
                  bool link_lists) {
  BlockWriter writer(page, out, clean, link_lists);
  for (const Node* root : roots) writer.emit(root);
}

std::string block_text_of(const Node* root) {
  std::string out;
  dom::walk(const_cast<Node*>(root), [&](Node* n, std::size_t) {
    if (n->type == Node::Type::kText) out += n->text;
    else if (is_never_content(n)) return false;
    else if (is_block(n) && !out.empty() && out.back() != ' ') out += ' ';
    return true;
  });
  return out;
}

void record(Extraction& out, const Node* n, std::string_view why) {
  std::string text = unicode::collapse_space(block_text_of(n));
  if (!text.empty()) out.removed.push_back({std::move(text), std::string(why)});
}

}  // namespace article_analyzer::html_extraction
