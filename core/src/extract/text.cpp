// Pasted plain text: the browser's copy of a page, one block per line. The pipeline:
//   split_lines -> drop_labels -> find_body -> mark_title -> write_blocks (credits split off
//   their captions, short chrome lines around the body dropped) -> remove_repeats
#include <algorithm>

#include "extract/extraction.h"
#include "lang/lexicon.h"
#include "text/strings.h"
#include "text/unicode.h"

namespace article_analyzer {
namespace {

// A line of prose: this many words and a sentence end. The body starts at the first one.
constexpr std::size_t kMinProseWords = 12;
// A title has at least this many words and at most kMaxTitleWords.
constexpr std::size_t kMinTitleWords = 3;
constexpr std::size_t kMaxTitleWords = 40;
// Short lines without a sentence end around the body are page chrome (tags, buttons).
constexpr std::size_t kMaxChromeWords = 6;
// Separators between a section label and the section's name ("Dernières infos - Diplomatie").
constexpr std::string_view kSectionSeparators[] = {" - ", " – ", " — ", " › ", " > ", " | ", " / ", " : "};

bool ends_sentence(std::string_view line) {
  for (std::string_view end : {".", "!", "?", "…", "»", "\"", "”", ")", ":"})
    if (line.size() >= end.size() && line.substr(line.size() - end.size()) == end) return true;
  return false;
}

bool is_prose(std::string_view line) { return strings::word_count(line) >= kMinProseWords && ends_sentence(line); }

// A section label line, and the section it names; empty if the line is not one.
bool section_label(std::string_view line, std::string& section) {
  std::string folded = unicode::fold(line);
  for (const auto& start : lang::labels_of_any_language().section_label_starts) {
    if (folded.compare(0, start.size(), start) != 0) continue;
    section.clear();
    for (auto sep : kSectionSeparators) {
      std::size_t at = line.rfind(sep);
      if (at != std::string_view::npos) {
        section = std::string(line.substr(at + sep.size()));
        break;
      }
    }
    return true;
  }
  return false;
}

struct Line {
  std::string text;
  ParagraphKind kind = ParagraphKind::kParagraph;
  bool chrome = false;  ///< Page chrome found by position: removed as navigation.
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  for (auto raw : strings::split(text, '\n')) {
    std::string line = unicode::collapse_space(raw);
    if (!line.empty()) lines.push_back({std::move(line)});
  }
  return lines;
}

void drop_labels(std::vector<Line>& lines, Extraction& out) {
  std::vector<Line> kept;
  for (auto& line : lines) {
    std::string section;
    if (is_ui_label(line.text)) {
      out.removed.push_back({line.text, std::string(reason::kUiLabel)});
    } else if (section_label(line.text, section)) {
      if (out.metadata.section.empty()) out.metadata.section = section;
      out.removed.push_back({line.text, std::string(reason::kSectionLabel)});
    } else if (starts_boilerplate(line.text)) {
      out.removed.push_back({line.text, std::string(reason::kBoilerplate)});
    } else if (is_dateline(line.text)) {
      out.removed.push_back({line.text, std::string(reason::kDateline)});
    } else {
      kept.push_back(std::move(line));
    }
  }
  lines = std::move(kept);
}

// The title: the first line before the body shaped like a headline (no final period).
void mark_title(std::vector<Line>& lines, std::size_t body_start, Extraction& out) {
  for (std::size_t i = 0; i < body_start && i < lines.size(); ++i) {
    const std::string& t = lines[i].text;
    std::size_t words = strings::word_count(t);
    bool headline = words >= kMinTitleWords && words <= kMaxTitleWords && (t.back() != '.' || t.ends_with("..."));
    if (headline && find_credit(t) == std::string::npos) {
      lines[i].kind = ParagraphKind::kTitle;
      out.metadata.title = t;
      // Short lines above the title are the page's chrome (menus, labels not in the lists).
      for (std::size_t j = 0; j < i; ++j)
        if (strings::word_count(lines[j].text) <= kMaxChromeWords && !ends_sentence(lines[j].text))
          lines[j].chrome = true;
      return;
    }
  }
}

// The lines from the first line of prose to the last, [start, end); start == lines.size() when
// there is no prose.
struct BodyRange {
  std::size_t start, end;
};
BodyRange find_body(const std::vector<Line>& lines) {
  BodyRange body{lines.size(), 0};
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!is_prose(lines[i].text) || find_credit(lines[i].text) != std::string::npos) continue;
    body.start = std::min(body.start, i);
    body.end = i + 1;
  }
  return body;
}

// Lines become blocks: a credit is split off its caption, and short lines without a sentence end
// are chrome outside the body, headings before prose inside it.
void write_blocks(const std::vector<Line>& lines, BodyRange body, Extraction& out) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.chrome) {
      out.removed.push_back({line.text, std::string(reason::kNavigation)});
      continue;
    }
    if (line.kind == ParagraphKind::kTitle) {
      out.blocks.push_back({line.text, line.kind});
      continue;
    }
    std::size_t credit = find_credit(line.text);
    if (credit != std::string::npos) {
      std::string caption = unicode::collapse_space(std::string_view(line.text).substr(0, credit));
      if (!caption.empty()) out.blocks.push_back({caption, ParagraphKind::kCaption});
      out.blocks.push_back({line.text.substr(credit), ParagraphKind::kCredit});
      continue;
    }
    bool chrome = strings::word_count(line.text) <= kMaxChromeWords && !ends_sentence(line.text);
    if (chrome && (i >= body.end || i < body.start)) {
      out.removed.push_back({line.text, std::string(reason::kNavigation)});
      continue;
    }
    bool heading = chrome && i + 1 < lines.size() && is_prose(lines[i + 1].text);
    out.blocks.push_back({line.text, heading ? ParagraphKind::kHeading : ParagraphKind::kParagraph});
  }
}

}  // namespace

Extraction extract_text(std::string_view text) {
  Extraction out;
  std::vector<Line> lines = split_lines(text);
  drop_labels(lines, out);
  BodyRange body = find_body(lines);
  mark_title(lines, body.start, out);
  write_blocks(lines, body, out);
  remove_repeats(out);
  return out;
}

}  // namespace article_analyzer
