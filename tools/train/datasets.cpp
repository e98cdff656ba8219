#include "datasets.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include "lang/language.h"
#include "lang/lexicon.h"
#include "text/strings.h"
#include "text/unicode.h"

namespace article_analyzer::train {
namespace {

// French given names count when this many people were given them (1900-2022): the rarer ones
// are more often other words than names.
constexpr long kMinGivenNameBirths = 2000;
// The most frequent French surnames kept (of 219,000): enough for the names in the news.
constexpr std::size_t kMaxSurnames = 15000;
// An institution's name with lower-case words ("Cour de cassation") has at most this many words.
constexpr std::size_t kMaxInstitutionWords = 8;

std::vector<std::string> read_lines(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
  }
  return lines;
}

std::vector<std::string> split_on(const std::string& line, char sep) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, sep)) out.push_back(field);
  return out;
}

std::vector<std::string> split_space(const std::string& line) {
  std::vector<std::string> out;
  std::istringstream in(line);
  for (std::string f; in >> f;) out.push_back(f);
  return out;
}

// IOB1, IOB2 and BILOU/BIOES tags into spans, read as to_gold.mjs reads them.
std::vector<tagger::Label> decode_tags(const std::vector<std::string>& tags) {
  std::vector<tagger::Span> spans;
  bool open = false;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    const std::string& tag = tags[i];
    std::optional<tagger::Kind> kind;
    char pre = 'I';
    if (tag != "O" && !tag.empty()) {
      bool prefixed = tag.size() > 2 && (tag[1] == '-' || tag[1] == '_') && std::string("BIESLU").find(tag[0]) != std::string::npos;
      if (prefixed) pre = tag[0];
      kind = tagger::parse_kind(prefixed ? tag.substr(2) : tag);
    }
    if (!kind) {
      open = false;
      continue;
    }
    bool begins = pre == 'B' || pre == 'S' || pre == 'U' || !open || spans.back().kind != *kind;
    if (begins) spans.push_back({i, i, *kind});
    else spans.back().last = i;
    open = !(pre == 'E' || pre == 'S' || pre == 'U' || pre == 'L');
  }
  return tagger::labels_of(spans, tags.size());
}

struct Builder {
  const ReadOptions& options;
  std::vector<LabeledDocument> docs;
  std::vector<std::string> words, tags;
  std::size_t sentences_in_doc = 0;

  void new_document() {
    end_sentence();
    if (!docs.empty() && docs.back().doc.sentences.empty()) return;
    docs.push_back({{options.language, {}}, {}});
    sentences_in_doc = 0;
  }
  void end_sentence() {
    if (words.empty()) return;
    if (docs.empty() || (options.sentences_per_document && sentences_in_doc >= options.sentences_per_document)) {
      docs.push_back({{options.language, {}}, {}});
      sentences_in_doc = 0;
    }
    docs.back().doc.sentences.push_back({words});
    docs.back().gold.push_back(decode_tags(tags));
    ++sentences_in_doc;
    words.clear();
    tags.clear();
  }
  std::vector<LabeledDocument> finish() {
    end_sentence();
    std::erase_if(docs, [](const LabeledDocument& d) { return d.doc.sentences.empty(); });
    return std::move(docs);
  }
};

bool is_index(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::vector<LabeledDocument> read_set(const std::string& path, const ReadOptions& options) {
  Builder b{options, {}, {}, {}, 0};
  int token_column = 0, tag_column = 1, misc_column = -1;
  for (const std::string& line : read_lines(path)) {
    switch (options.format) {
      case Format::kConll: {
        auto f = split_space(line);
        if (f.empty()) b.end_sentence();
        else if (f[0] == "-DOCSTART-") b.new_document();
        else b.words.push_back(f[0]), b.tags.push_back(f.back());
        break;
      }
      case Format::kTabbed: {
        if (line.starts_with("#")) break;
        auto f = split_on(line, '\t');
        if (f.size() < 2) {
          b.end_sentence();
          break;
        }
        std::size_t t = is_index(f[0]) && f.size() >= 3 ? 1 : 0;
        std::string token = f[t];
        if (auto colon = token.find(':'); colon == 2 && token.size() > 3) token = token.substr(3);  // "fr:Paris"
        b.words.push_back(token);
        b.tags.push_back(f[t + 1]);
        break;
      }
      case Format::kHipe: {
        if (line.starts_with("# hipe2022:document_id")) {
          b.new_document();
          break;
        }
        if (line.starts_with("#")) break;
        auto f = split_on(line, '\t');
        if (f.empty() || f[0].empty()) {
          b.end_sentence();
          break;
        }
        if (f[0] == "TOKEN") {  // The header names the columns.
          for (std::size_t c = 0; c < f.size(); ++c) {
            if (f[c] == "NE-COARSE-LIT") tag_column = static_cast<int>(c);
            if (f[c] == "MISC") misc_column = static_cast<int>(c);
          }
          break;
        }
        if (static_cast<int>(f.size()) <= tag_column) break;
        b.words.push_back(f[token_column]);
        b.tags.push_back(f[tag_column]);
        if (misc_column >= 0 && static_cast<int>(f.size()) > misc_column && f[misc_column].find("EndOfSentence") != std::string::npos)
          b.end_sentence();
        break;
      }
    }
  }
  auto docs = b.finish();
  for (auto& d : docs) {
    split_elisions(d);
    normalize_spans(d);
    if (options.names_only) drop_lowercase_spans(d);
  }
  std::erase_if(docs, [](const LabeledDocument& d) { return d.doc.sentences.empty(); });
  return docs;
}

void split_elisions(LabeledDocument& d) {
  const auto& elisions = lang::lexicon(d.doc.language).elisions;
  if (elisions.empty()) return;
  for (std::size_t s = 0; s < d.doc.sentences.size(); ++s) {
    auto& words = d.doc.sentences[s].words;
    auto& gold = d.gold[s];
    std::vector<std::string> out_words;
    std::vector<tagger::Label> out_gold;
    for (std::size_t i = 0; i < words.size(); ++i) {
      const std::string& w = words[i];
      std::size_t cut = 0;
      for (const auto& e : elisions) {
        if (w.size() <= e.size() + 1 || unicode::fold(w.substr(0, e.size())) != e) continue;
        if (w.compare(e.size(), 1, "'") == 0) cut = e.size() + 1;
        else if (w.compare(e.size(), 3, "\u2019") == 0) cut = e.size() + 3;
        if (cut && cut < w.size()) break;
        cut = 0;
      }
      if (!cut) {
        out_words.push_back(w);
        out_gold.push_back(gold[i]);
        continue;
      }
      tagger::Label l = gold[i];
      tagger::Position p = tagger::position_of(l);
      tagger::Label head = l, rest = l;
      if (p == tagger::Position::kBegin || p == tagger::Position::kUnit) head = tagger::kOutside;
      else if (p == tagger::Position::kLast) head = tagger::make_label(tagger::Position::kInside, tagger::kind_of(l));
      out_words.push_back(w.substr(0, cut));
      out_gold.push_back(head);
      out_words.push_back(w.substr(cut));
      out_gold.push_back(rest);
    }
    words = std::move(out_words);
    gold = std::move(out_gold);
  }
}

void normalize_spans(LabeledDocument& d) {
  const lang::Lexicon& words_of_language = lang::lexicon(d.doc.language);
  for (std::size_t s = 0; s < d.doc.sentences.size(); ++s) {
    auto& words = d.doc.sentences[s].words;
    auto& gold = d.gold[s];
    std::vector<tagger::Span> spans = tagger::spans_of(gold);
    // Join "M" "." as the core does; a span that held the stop holds the joined word.
    std::vector<std::size_t> new_index(words.size());
    std::vector<std::string> joined;
    for (std::size_t i = 0; i < words.size(); ++i) {
      bool stop = words[i] == "." && !joined.empty() &&
                  (unicode::length(joined.back()) == 1 || words_of_language.honorifics.count(joined.back() + ".")) &&
                  unicode::starts_upper(joined.back());
      if (stop) joined.back() += ".";
      else joined.push_back(words[i]);
      new_index[i] = joined.size() - 1;
    }
    for (auto& span : spans) span.first = new_index[span.first], span.last = new_index[span.last];
    // A person's name starts after its titles and lower-case words.
    std::vector<tagger::Span> kept;
    for (auto span : spans) {
      if (span.kind == tagger::Kind::kPerson)
        while (span.first < span.last &&
               (words_of_language.honorifics.count(joined[span.first]) || !unicode::starts_upper(joined[span.first])))
          ++span.first;
      kept.push_back(span);
    }
    words = std::move(joined);
    gold = tagger::labels_of(kept, words.size());
  }
}

std::size_t drop_lowercase_spans(LabeledDocument& d) {
  const lang::Lexicon& words_of_language = lang::lexicon(d.doc.language);
  auto starts_lower = [](const std::string& w) {
    std::size_t at = 0;
    return !w.empty() && unicode::is_lower(unicode::next_code_point(w, at));
  };
  auto is_elided_article = [&](const std::string& folded) {  // "l'", "d'"
    for (const auto& e : words_of_language.elisions)
      if (folded == e + "'" || folded == e + "\u2019") return true;
    return false;
  };
  // "Cour de cassation", "Commission nationale de contrôle des techniques de renseignement":
  // an organization named by a capitalized head word of its kind, then lower-case words, is a
  // name (French writes its institutions so). Anchors that only begin like one run on
  // ("Records dans le domaine des montagnes russes"): digits, brackets and long spans are not.
  auto institution_name = [&](const std::vector<std::string>& words, const tagger::Span& span) {
    if (span.kind != tagger::Kind::kOrganization || span.last - span.first + 1 > kMaxInstitutionWords) return false;
    if (starts_lower(words[span.first]) || !lang::names_of_any_language().organization_words.count(unicode::fold(words[span.first])))
      return false;
    for (std::size_t i = span.first; i <= span.last; ++i)
      for (char c : words[i])
        if ((c >= '0' && c <= '9') || c == '(' || c == ')') return false;
    return true;
  };
  std::size_t dropped = 0;
  for (std::size_t s = d.doc.sentences.size(); s-- > 0;) {
    const auto& words = d.doc.sentences[s].words;
    bool lowercase = false;
    for (const auto& span : tagger::spans_of(d.gold[s])) {
      if (institution_name(words, span)) continue;
      for (std::size_t i = span.first; i <= span.last && !lowercase; ++i) {
        std::string folded = unicode::fold(words[i]);
        lowercase = starts_lower(words[i]) && !words_of_language.name_connectors.count(folded) && !is_elided_article(folded);
      }
    }
    if (!lowercase) continue;
    d.doc.sentences.erase(d.doc.sentences.begin() + static_cast<std::ptrdiff_t>(s));
    d.gold.erase(d.gold.begin() + static_cast<std::ptrdiff_t>(s));
    ++dropped;
  }
  return dropped;
}

GazetteerList build_gazetteer(const std::string& dir) {
  std::map<std::uint32_t, tagger::GazetteerMask> entries;
  std::size_t phrases = 0;
  auto add = [&](std::string_view phrase, tagger::GazetteerClass c) {
    std::string folded = unicode::collapse_space(unicode::fold(phrase));
    if (folded.empty() || strings::split(folded, ' ').size() > tagger::kMaxGazetteerWords) return;
    auto& mask = entries[tagger::phrase_key(folded)];
    if (!mask) ++phrases;
    mask |= static_cast<tagger::GazetteerMask>(1u << static_cast<int>(c));
  };
  using C = tagger::GazetteerClass;
  GazetteerList list;
  auto lines_of = [&](const std::string& file) {
    list.files.push_back(file);
    return read_lines(dir + "/" + file);
  };
  for (const auto& line : lines_of("given-names-fr/given-names-fr.tsv")) {
    auto f = split_on(line, '\t');
    if (f.size() >= 2 && is_index(f[1]) && std::stol(f[1]) >= kMinGivenNameBirths) add(f[0], C::kGivenName);
  }
  for (const char* file : {"given-names-en/female.txt", "given-names-en/male.txt"})
    for (const auto& line : lines_of(file))
      if (!line.empty()) add(line, C::kGivenName);
  std::size_t surnames = 0;
  for (const auto& line : lines_of("surnames-fr/surnames-fr.tsv")) {
    auto f = split_on(line, '\t');
    if (f.size() >= 2 && is_index(f[1]) && surnames++ < kMaxSurnames) add(f[0], C::kSurname);
  }
  for (const auto& line : lines_of("people-names/people-names.txt"))
    if (!line.empty() && line[0] != '#') add(line, C::kSurname);
  for (const auto& line : lines_of("cities-geonames/cities_en_fr.tsv")) {
    auto f = split_on(line, '\t');
    if (f.size() >= 2 && !is_index(f[1])) {
      add(f[1], C::kPlace);
      if (f.size() >= 3 && !f[2].empty()) add(f[2], C::kPlace);
    }
  }
  for (const auto& line : lines_of("companies/companies.txt"))
    if (!line.empty() && line[0] != '#') add(line, C::kOrganization);
  const auto& names = lang::names_of_any_language();
  for (const auto& p : names.places) add(p, C::kPlace);
  for (const auto& o : names.organizations) add(o, C::kOrganization);
  for (const auto& w : names.organization_words) add(w, C::kOrganizationWord);
  for (const lang::LanguageData* language : lang::all())
    for (auto h : language->honorifics) add(h, C::kTitle);
  list.phrases = phrases;
  for (const auto& [k, m] : entries) list.keys.push_back(k), list.masks.push_back(m);
  return list;
}

tagger::Gazetteer to_gazetteer(const GazetteerList& list) {
  tagger::Gazetteer g;
  g.phrases = tagger::KeyIndex(list.keys);
  g.masks = list.masks;
  return g;
}

}  // namespace article_analyzer::train
