// What both extractors share: label and credit recognition, and the removal of repeats.
#include <algorithm>
#include <unordered_map>

#include "extract/extraction.h"
#include "lang/lexicon.h"
#include "text/strings.h"
#include "text/unicode.h"

namespace article_analyzer {
namespace {

// A credit names its source in few words; a longer tail is a sentence, not a credit.
constexpr std::size_t kMaxCreditWords = 12;
// A dateline is short: the date, the time, a reading time and their words.
constexpr std::size_t kMaxDatelineWords = 10;
// Letters a number may carry and still be a date or a time ("9th", "10h32", "1er").
constexpr std::size_t kMaxNumberSuffix = 2;
// A teaser repeats at least this many characters of the block it announces.
constexpr std::size_t kMinTeaserPrefix = 40;

// Folded text without trailing punctuation or colons: "Partager :" matches "partager".
std::string label_key(std::string_view line) {
  std::string key = unicode::fold(unicode::collapse_space(line));
  while (!key.empty() && (key.back() == ':' || key.back() == '.' || key.back() == ' ' || key.back() == '|'))
    key.pop_back();
  return key;
}

bool starts_with_word(std::string_view text, std::string_view prefix) {
  if (text.substr(0, prefix.size()) != prefix) return false;
  if (text.size() == prefix.size()) return true;
  std::size_t i = prefix.size();
  char32_t next = unicode::next_code_point(text, i);
  return !unicode::is_letter(next) || !unicode::is_letter(static_cast<unsigned char>(prefix.back()));
}

std::string_view strip_ellipsis(std::string_view text) {
  for (std::string_view tail : {std::string_view("..."), std::string_view("…")}) {
    if (text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail) {
      text.remove_suffix(tail.size());
      while (!text.empty() && (text.back() == ' ' || text.back() == ',')) text.remove_suffix(1);
      return text;
    }
  }
  return {};
}

// A credit stands at the start of a caption line or after the caption's last sentence.
bool follows_sentence_end(std::string_view line, std::size_t at) {
  std::string_view before = line.substr(0, at);
  while (!before.empty() && (before.back() == ' ' || before.back() == '(')) before.remove_suffix(1);
  if (before.empty()) return true;
  for (std::string_view end : {".", "!", "?", ")", "\"", "»", "”"})
    if (before.size() >= end.size() && before.substr(before.size() - end.size()) == end) return true;
  return false;
}

}  // namespace

bool is_ui_label(std::string_view line) {
  return lang::labels_of_any_language().ui_labels.count(label_key(line)) > 0;
}

bool is_dateline(std::string_view line) {
  std::size_t words = 0, digits = 0;
  const auto& known = lang::labels_of_any_language().dateline_words;
  for (auto r : unicode::words(line, "")) {
    std::string w = unicode::fold(line.substr(r.start, r.end - r.start));
    if (++words > kMaxDatelineWords) return false;
    // Numbers, and numbers with a short unit: "2024", "9th", "10h32", "1er".
    std::string letters;
    bool has_digit = false;
    for (char c : w) {
      if (c >= '0' && c <= '9') has_digit = true;
      else if (c != '.' && c != ',' && c != ':') letters.push_back(c);
    }
    if (has_digit && (letters.size() <= kMaxNumberSuffix || known.count(letters))) ++digits;
    else if (!known.count(w)) return false;
  }
  return digits > 0;  // A date has a number: "Published on" alone is a label, not a dateline.
}

bool starts_boilerplate(std::string_view line) {
  std::string key = label_key(line);
  for (const auto& start : lang::labels_of_any_language().boilerplate_starts)
    if (starts_with_word(key, start)) return true;
  return false;
}

std::size_t find_credit(std::string_view line) {
  // Candidates: each word that opens a credit in some language ("Photo", "Crédit", "©"), at
  // the start of the line or after its last sentence. The credit runs to the end of the line.
  std::string folded = unicode::fold(line);
  if (folded.size() != line.size()) return std::string_view::npos;  // Offsets would not map.
  for (std::size_t at = 0; at < folded.size(); ++at) {
    bool word_start = at == 0 || folded[at - 1] == ' ' || folded[at - 1] == '(';
    if (!word_start) continue;
    for (const auto& start : lang::labels_of_any_language().credit_starts) {
      if (!starts_with_word(std::string_view(folded).substr(at), start)) continue;
      std::string_view tail = line.substr(at);
      std::size_t words = strings::word_count(tail);
      // A credit names someone: a slash, a colon or an upper-case word follows the opener.
      bool names_source = tail.find('/') != std::string_view::npos || tail.find(':') != std::string_view::npos ||
                          (words >= 2 && unicode::starts_upper(tail.substr(tail.find(' ') + 1)));
      if (words <= kMaxCreditWords && names_source && follows_sentence_end(line, at))
        return at > 0 && line[at - 1] == '(' ? at - 1 : at;
    }
  }
  return std::string_view::npos;
}

void remove_repeats(Extraction& extraction) {
  struct Place {
    std::size_t container, section;
  };
  std::unordered_map<std::string, Place> seen;  // Folded text -> where its first copy is.
  std::unordered_map<std::size_t, std::size_t> blocks_in;  // Container -> how many blocks it holds.
  for (const auto& block : extraction.blocks) ++blocks_in[block.container];
  // Two copies are the author's when they share a container, or sit in two sections of one
  // part of the page and neither is alone in its box (a standfirst box repeating the lead is).
  auto authors = [&](const Place& a, const Place& b) {
    if (a.container == 0 || b.container == 0) return false;
    if (a.container == b.container) return true;
    return a.section != 0 && a.section == b.section && blocks_in[a.container] > 1 && blocks_in[b.container] > 1;
  };
  std::vector<std::string> bodies;  // Folded texts of the blocks kept so far, for teasers.
  std::vector<Block> kept;
  for (auto& block : extraction.blocks) {
    std::string key = unicode::fold(block.text);
    Place here{block.container, block.section};
    auto [first, fresh] = seen.emplace(key, here);
    if (!fresh && !authors(first->second, here)) {
      extraction.removed.push_back({block.text, std::string(reason::kDuplicate)});
      continue;
    }
    std::string_view prefix = strip_ellipsis(key);
    bool teaser = false;
    if (prefix.size() >= kMinTeaserPrefix) {
      for (const auto& body : bodies)
        if (body.size() > prefix.size() && body.compare(0, prefix.size(), prefix) == 0) teaser = true;
    }
    if (teaser) {
      extraction.removed.push_back({block.text, std::string(reason::kTeaser)});
      continue;
    }
    bodies.push_back(std::move(key));
    kept.push_back(std::move(block));
  }
  // A teaser may also come before the block it repeats (a standfirst cut short).
  std::vector<Block> result;
  for (std::size_t i = 0; i < kept.size(); ++i) {
    std::string_view prefix = strip_ellipsis(bodies[i]);
    bool teaser = false;
    if (prefix.size() >= kMinTeaserPrefix)
      for (std::size_t j = i + 1; j < kept.size() && !teaser; ++j)
        teaser = bodies[j].size() > prefix.size() && bodies[j].compare(0, prefix.size(), prefix) == 0;
    if (teaser) extraction.removed.push_back({kept[i].text, std::string(reason::kTeaser)});
    else result.push_back(std::move(kept[i]));
  }
  extraction.blocks = std::move(result);
}

}  // namespace article_analyzer
