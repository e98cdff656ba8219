// The article analyzer's public interface: one function, plain structs.
//
// `analyze` takes a pasted page (HTML source, clipboard HTML or plain text, in any encoding it
// can sniff) and returns the cleaned article with its metadata, named entities and direct
// quotes. All offsets are byte offsets into `Analysis::text` (UTF-8); bindings convert them.
// The core knows nothing of JavaScript or Emscripten, and never throws across this interface.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace article_analyzer {

/// Why an analysis could not be made.
enum class ErrorCode {
  kInvalidOption,  ///< An option has a value outside its domain (an unknown format name, say).
  kInputTooLarge,  ///< The input exceeds kMaxInputBytes; it is refused rather than truncated.
  kInternal,       ///< A bug: an unexpected failure inside the core.
};

/// The stable, lower-case name of an error code ("invalid-option", ...), for bindings.
std::string_view to_string(ErrorCode code);
/// The names of every error code, in declaration order.
std::span<const std::string_view> error_code_names();

struct Error {
  ErrorCode code;
  std::string message;  ///< One line, for a person.
};

/// What the input is. kAuto looks at the input: markup is HTML, anything else plain text.
enum class InputFormat { kAuto, kHtml, kText };
std::string_view to_string(InputFormat format);  ///< "auto", "html", "text".
/// The format named `name` (as to_string spells it), or nullopt for an unknown name.
std::optional<InputFormat> parse_input_format(std::string_view name);
/// The names of every input format, in declaration order.
std::span<const std::string_view> input_format_names();

struct Options {
  InputFormat format = InputFormat::kAuto;
  std::string url;       ///< Where the page came from, if known: resolves the relative canonical
                         ///< and image URLs, and is the canonical URL when the page names none.
  std::string language;  ///< BCP 47 tag to force ("fr", "en"); empty: from the page or detected.
  /// true: remove boilerplate (navigation, labels, teasers...). false: analyze the input text
  /// exactly as given, so that for plain text the offsets index the input itself.
  bool clean = true;
};

/// The largest input accepted (bytes). Larger pastes are refused with kInputTooLarge.
inline constexpr std::size_t kMaxInputBytes = 64u << 20;

/// The role a paragraph plays in the article.
enum class ParagraphKind {
  kTitle,       ///< The headline.
  kHeading,     ///< A heading inside the body.
  kParagraph,   ///< Body text.
  kListItem,    ///< One item of a list in the body.
  kBlockquote,  ///< A quoted block in the body.
  kTable,       ///< One row of a table, cells separated by tabs.
  kCode,        ///< Preformatted text or code.
  kCaption,     ///< A figure or photo caption: shown, but not body text.
  kCredit,      ///< A photo or wire credit ("Photo X / AFP"): shown, but not body text.
};
std::string_view to_string(ParagraphKind kind);
/// True for the kinds that make up the article body (not the title, captions or credits).
bool is_body(ParagraphKind kind);
/// The names of every paragraph kind, in declaration order.
std::span<const std::string_view> paragraph_kind_names();
/// The names of the paragraph kinds for which is_body is true, in declaration order.
std::span<const std::string_view> body_kind_names();

struct Paragraph {
  std::size_t start = 0, end = 0;  ///< Bytes of Analysis::text.
  ParagraphKind kind = ParagraphKind::kParagraph;
};

enum class EntityType { kPerson, kOrganization, kLocation, kDate };
std::string_view to_string(EntityType type);  ///< "PER", "ORG", "LOC", "DATE".
/// The names of every entity type, in declaration order.
std::span<const std::string_view> entity_type_names();

struct Mention {
  std::size_t start = 0, end = 0;  ///< Bytes of Analysis::text.
  std::string text;
  std::string role;  ///< For a role description that stands for the entity; empty for names.
  /// The title or honorific a name mention opens with ("President", "Sen.", "M."), which is
  /// not part of the name; empty when there is none. The name proper follows it after spaces.
  std::string title;
};

struct Entity {
  int id = 0;
  EntityType type = EntityType::kPerson;
  std::string name;  ///< The fullest form found in the text.
  std::vector<Mention> mentions;
};

struct Span {
  std::size_t start = 0, end = 0;  ///< Bytes of Analysis::text.
  std::string text;
};

/// How a quote's speaker was found, from the most direct reading to the least.
enum class Attribution {
  kNamed,         ///< A person named beside the cue ("Peskov said", "a déclaré Sergueï Lavrov").
  kRole,          ///< A role phrase that stands for a person ("the spokeswoman said").
  kPronoun,       ///< A pronoun, resolved to the nearest compatible person before it ("he said").
  kContinuation,  ///< No cue of its own: the running speaker of the paragraphs before it.
  kInterview,     ///< An answer of an interview: the interviewee's.
  kColon,         ///< Introduced by a sentence ending in a colon: that sentence's subject.
  kOrganization,  ///< An organization speaks ("the company said", "selon l'AFP").
};
std::string_view to_string(Attribution how);  ///< "named", "role", "pronoun", ...
/// Every Attribution name, in the order of the enumeration.
std::span<const std::string_view> attribution_names();

struct Speaker {
  std::string name;
  int entity = -1;  ///< Entity::id, or -1 when the speaker is not a recognized entity.
  /// The mention the attribution was read from (the name, the role phrase or the pronoun in
  /// the text); for a continuation or an interview answer, the mention that named the speaker
  /// last. Bytes of Analysis::text.
  std::size_t start = 0, end = 0;
  Attribution how = Attribution::kNamed;
};

struct Quote {
  std::size_t start = 0, end = 0;  ///< The quoted words, without the quotation marks.
  std::string text;
  bool has_speaker = false;
  Speaker speaker;  ///< Set when has_speaker.
  bool has_cue = false;
  Span cue;  ///< The verb phrase that attributes it ("a-t-il déclaré", "said").
};

struct Removed {
  std::string text;
  std::string reason;  ///< A short stable tag: "navigation", "duplicate", "ui-label", ...
};
/// Every Removed::reason the core may give.
std::span<const std::string_view> removal_reasons();

/// The time one stage of the pipeline took, by the stage's name ("parse", "extract", "segment",
/// "entities", "coref", "quotes"): a new stage needs no new field here or in the bindings.
struct StageTime {
  std::string stage;
  double ms = 0;
};

struct Timings {
  double total = 0;               ///< Milliseconds for the whole call.
  std::vector<StageTime> stages;  ///< In the order they ran; every stage appears in every result.
};

struct Analysis {
  std::string language;  ///< BCP 47 primary tag ("fr", "en"), "und" when unknown.
  std::string dir;       ///< "ltr" or "rtl".
  std::string title, byline, published, site, section, canonical_url, image;
  InputFormat format = InputFormat::kText;  ///< What the input was taken for (never kAuto).
  std::string text;  ///< Title, body, captions and credits, paragraphs separated by "\n\n".
  std::vector<Paragraph> paragraphs;
  std::vector<Entity> entities;
  std::vector<Quote> quotes;
  std::vector<Removed> removed;
  Timings timings;
};

/// Either an Analysis or the Error that prevented it.
class AnalysisResult {
 public:
  AnalysisResult(Analysis analysis) : value_(std::move(analysis)) {}
  AnalysisResult(Error error) : value_(std::move(error)) {}
  bool ok() const { return std::holds_alternative<Analysis>(value_); }
  const Analysis& value() const { return std::get<Analysis>(value_); }
  Analysis& value() { return std::get<Analysis>(value_); }
  const Error& error() const { return std::get<Error>(value_); }

 private:
  std::variant<Analysis, Error> value_;
};

/// Analyzes one page. `input` is raw bytes in the encoding sniff_encoding finds; an encoding
/// this build cannot convert (the wasm build converts only UTF-8, UTF-16, windows-1252) is
/// read as windows-1252, so the JS facade decodes those with TextDecoder first.
AnalysisResult analyze(std::string_view input, const Options& options = {});

/// The WHATWG name of the encoding of `input` ("UTF-8", "Shift_JIS", "ISO-8859-7"...), sniffed as
/// the HTML standard does: a BOM; a <meta charset>, <meta http-equiv="content-type"> or XML
/// declaration in the first 1024 bytes; UTF-8 if the bytes are valid UTF-8; else windows-1252.
/// Bytes valid as UTF-8 beyond ASCII are UTF-8 whatever they declare (a page re-saved as UTF-8).
std::string_view sniff_encoding(std::string_view input);

/// The library version, "major.minor.patch".
std::string_view version();

}  // namespace article_analyzer
