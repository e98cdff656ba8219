// The pipeline behind analyze() and its error boundary. The stages, each timed by name:
//   decode_to_utf8 -> parse (dom::parse_html, HTML only) -> extract (extract_html or
//   extract_text, then assemble) -> segment (language, build_text_model) -> the NLP stages of
//   nlp::pipeline() (entities, quotes). Exceptions stop here and become an Error.
#include "article_analyzer/analyzer.h"

#include <algorithm>
#include <chrono>
#include <exception>

#include "extract/extraction.h"
#include "html/dom.h"
#include "lang/lexicon.h"
#include "nlp/doc.h"
#include "text/encoding.h"
#include "text/language_detect.h"
#include "text/text_model.h"
#include "text/unicode.h"

namespace article_analyzer {
namespace {

constexpr std::string_view kParagraphSeparator = "\n\n";
// Markup is recognized in the first bytes: a tag, a doctype or a comment.
constexpr std::size_t kSniffBytes = 1024;
constexpr std::string_view kMarkupStarts[] = {"<!doctype", "<html", "<head", "<body", "<!--", "<div", "<p", "<meta",
                                              "<article", "<section", "<span", "<h1", "<h2", "<table", "<ul", "<?xml", "<a "};

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// Times the stages of one analysis by name, in the order they ran.
class StageClock {
 public:
  explicit StageClock(Timings& timings) : timings_(timings) {}
  /// Ends the running stage under `name` and starts the next one.
  void lap(std::string_view name) {
    auto now = Clock::now();
    timings_.stages.push_back({std::string(name), std::chrono::duration<double, std::milli>(now - last_).count()});
    last_ = now;
  }

 private:
  Timings& timings_;
  Clock::time_point last_ = Clock::now();
};

bool looks_like_html(std::string_view text) {
  std::size_t i = text.find_first_not_of(" \t\n\r");
  if (i == std::string_view::npos) return false;
  std::string head = unicode::ascii_lower(text.substr(i, kSniffBytes));
  for (auto start : kMarkupStarts)
    if (head.compare(0, start.size(), start) == 0) return true;
  // Clipboard HTML fragments may start with text; many closing tags still give them away.
  std::size_t tags = 0;
  for (std::size_t k = head.find("</"); k != std::string::npos; k = head.find("</", k + 2)) ++tags;
  return tags >= 3;
}

// Line ends that close a sentence, and line starts that open one: between such lines of one run,
// a text that puts one paragraph on each line (dialogue, a pasted page) starts a new paragraph;
// a hard-wrapped line ("suite du premier.") goes on in lower case and stays joined.
constexpr std::string_view kSentenceEnds[] = {".", "!", "?", "…", "»", "”", "\"", ":"};
constexpr std::string_view kSentenceStarts[] = {"—", "–", "-", "«", "“", "\"", "„"};

bool ends_sentence(std::string_view line) {
  return std::any_of(std::begin(kSentenceEnds), std::end(kSentenceEnds), [&](std::string_view e) { return line.ends_with(e); });
}
bool starts_sentence(std::string_view line) {
  return unicode::starts_upper(line) ||
         std::any_of(std::begin(kSentenceStarts), std::end(kSentenceStarts), [&](std::string_view s) { return line.starts_with(s); });
}

// Paragraphs of text taken as it is: runs of non-blank lines, each cut where a line that ends
// a sentence meets one that starts one; ends trimmed of spaces.
std::vector<Paragraph> verbatim_paragraphs(std::string_view text) {
  std::vector<Paragraph> out;
  bool open = false;
  std::string_view previous;
  for (std::size_t i = 0; i <= text.size();) {
    std::size_t line_end = std::min(text.find('\n', i), text.size());
    std::string_view line = text.substr(i, line_end - i);
    std::size_t first = line.find_first_not_of(" \t"), last = line.find_last_not_of(" \t");
    if (first == std::string_view::npos) {
      open = false;
    } else {
      std::string_view trimmed = line.substr(first, last + 1 - first);
      if (open && !(ends_sentence(previous) && starts_sentence(trimmed))) {
        out.back().end = i + last + 1;
      } else {
        out.push_back({i + first, i + last + 1, ParagraphKind::kParagraph});
        open = true;
      }
      previous = trimmed;
    }
    i = line_end + 1;
  }
  return out;
}

void assemble(Extraction& extraction, Analysis& a) {
  for (const auto& block : extraction.blocks) {
    if (!a.text.empty()) a.text += kParagraphSeparator;
    std::size_t start = a.text.size();
    a.text += block.text;
    a.paragraphs.push_back({start, a.text.size(), block.kind});
  }
  a.removed = std::move(extraction.removed);
  const Metadata& m = extraction.metadata;
  a.title = m.title;
  a.byline = m.byline;
  a.published = m.published;
  a.site = m.site;
  a.section = m.section;
  a.canonical_url = m.canonical_url;
  a.image = m.image;
  a.language = m.language;
  a.dir = m.dir;
}

// `reference` resolved against `base` (RFC 3986 in its common cases: absolute, scheme-relative,
// root-relative, relative to the base's folder). Dot segments are left as they are.
std::string resolve_url(const std::string& base, const std::string& reference) {
  if (reference.empty() || base.empty()) return reference;
  std::size_t scheme_end = reference.find(':');
  if (scheme_end != std::string::npos && reference.find('/') > scheme_end) return reference;  // Absolute.
  std::size_t base_scheme = base.find("://");
  if (base_scheme == std::string::npos) return reference;
  if (reference.rfind("//", 0) == 0) return base.substr(0, base_scheme + 1) + reference;
  std::size_t path_start = base.find('/', base_scheme + 3);
  std::string origin = base.substr(0, path_start);
  if (reference[0] == '/') return origin + reference;
  std::string folder = path_start == std::string::npos ? origin + "/" : base.substr(0, base.rfind('/') + 1);
  return folder + reference;
}

// The script direction of the text when the page does not say: rtl if most letters are.
std::string detect_dir(std::string_view text) {
  std::size_t rtl = 0, letters = 0;
  for (std::size_t i = 0; i < text.size() && letters < 5000;) {
    char32_t c = unicode::next_code_point(text, i);
    if (!unicode::is_letter(c)) continue;
    ++letters;
    if (unicode::is_rtl_letter(c)) ++rtl;
  }
  return rtl * 2 > letters ? "rtl" : "ltr";
}

AnalysisResult run(std::string_view input, const Options& options) {
  auto started = Clock::now();
  Analysis a;
  std::string decoded = decode_to_utf8(input);
  InputFormat format = options.format;
  if (format == InputFormat::kAuto) format = looks_like_html(decoded) ? InputFormat::kHtml : InputFormat::kText;
  a.format = format;

  StageClock clock(a.timings);
  Extraction extraction;
  if (format == InputFormat::kHtml) {
    dom::Document doc = dom::parse_html(decoded);
    clock.lap("parse");
    extraction = extract_html(doc, options.clean);
    assemble(extraction, a);
  } else {
    clock.lap("parse");  // Nothing to parse: the stage is reported, at no cost, in every result.
    if (options.clean) {
      extraction = extract_text(decoded);
      assemble(extraction, a);
    } else {
      a.text = std::move(decoded);  // Offsets must index the input as given.
      a.paragraphs = verbatim_paragraphs(a.text);
    }
  }
  a.canonical_url = resolve_url(options.url, a.canonical_url.empty() ? options.url : a.canonical_url);
  a.image = resolve_url(a.canonical_url.empty() ? options.url : a.canonical_url, a.image);
  clock.lap("extract");

  if (!options.language.empty()) a.language = options.language;
  if (a.language.empty()) a.language = detect_language(a.text);
  if (a.dir.empty()) a.dir = detect_dir(a.text);
  TextModel model = build_text_model(a.text, a.paragraphs, a.language);
  clock.lap("segment");

  nlp::Doc doc{.text = model, .words = lang::lexicon(a.language)};
  for (const nlp::Stage* stage : nlp::pipeline()) {
    stage->run(doc);
    clock.lap(stage->name());
  }
  a.entities = std::move(doc.entities);
  a.quotes = std::move(doc.quotes);
  a.timings.total = ms_since(started);
  return a;
}

}  // namespace

AnalysisResult analyze(std::string_view input, const Options& options) {
  if (input.size() > kMaxInputBytes)
    return Error{ErrorCode::kInputTooLarge, "The input is " + std::to_string(input.size() >> 20) + " MB; the limit is " +
                                                std::to_string(kMaxInputBytes >> 20) + " MB."};
  try {
    return run(input, options);
  } catch (const std::exception& e) {
    return Error{ErrorCode::kInternal, std::string("Internal error: ") + e.what()};
  } catch (...) {
    return Error{ErrorCode::kInternal, "Internal error."};
  }
}

}  // namespace article_analyzer
