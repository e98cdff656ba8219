// The stable names of the public enumerations, one table per enumeration: to_string, the parsing
// of a name and the list of every name (which the bindings export) all read the same rows, so a
// new value is named once. Also the version, which the build takes from package.json.
#include <array>
#include <cstddef>

#include "article_analyzer/analyzer.h"
#include "extract/extraction.h"

#ifndef AA_VERSION
#error "AA_VERSION must be defined by the build (core/CMakeLists.txt reads it from package.json)"
#endif

namespace article_analyzer {
namespace {

template <typename Enum>
struct Named {
  Enum value;
  std::string_view name;
};

constexpr Named<ErrorCode> kErrorCodes[] = {
    {ErrorCode::kInvalidOption, "invalid-option"},    // An option outside its domain.
    {ErrorCode::kInputTooLarge, "input-too-large"},  // More than kMaxInputBytes.
    {ErrorCode::kInternal, "internal"},              // A bug inside the core.
};

constexpr Named<InputFormat> kInputFormats[] = {
    {InputFormat::kAuto, "auto"},  // Decided from the input: markup is HTML.
    {InputFormat::kHtml, "html"},  // A page's source or clipboard HTML.
    {InputFormat::kText, "text"},  // Plain text.
};

constexpr Named<EntityType> kEntityTypes[] = {
    {EntityType::kPerson, "PER"},        // A person.
    {EntityType::kOrganization, "ORG"},  // A company, party, institution...
    {EntityType::kLocation, "LOC"},      // A place.
    {EntityType::kDate, "DATE"},         // A date or time expression.
};

constexpr Named<Attribution> kAttributions[] = {
    {Attribution::kNamed, "named"},                // A name beside the cue.
    {Attribution::kRole, "role"},                  // A role phrase linked to a person.
    {Attribution::kPronoun, "pronoun"},            // A resolved pronoun.
    {Attribution::kContinuation, "continuation"},  // The running speaker.
    {Attribution::kInterview, "interview"},        // An interview's answer.
    {Attribution::kColon, "colon"},                // The subject of a sentence ending in a colon.
    {Attribution::kOrganization, "organization"},  // An organization.
};

struct ParagraphKindRow {
  ParagraphKind value;
  std::string_view name;
  bool body;  // Part of the article body (is_body).
};

constexpr ParagraphKindRow kParagraphKinds[] = {
    {ParagraphKind::kTitle, "title", false},           // The headline.
    {ParagraphKind::kHeading, "heading", true},        // A heading inside the body.
    {ParagraphKind::kParagraph, "paragraph", true},    // Body text.
    {ParagraphKind::kListItem, "list-item", true},     // One item of a list.
    {ParagraphKind::kBlockquote, "blockquote", true},  // A quoted block.
    {ParagraphKind::kTable, "table", true},            // One row of a table.
    {ParagraphKind::kCode, "code", true},              // Preformatted text.
    {ParagraphKind::kCaption, "caption", false},       // A figure caption.
    {ParagraphKind::kCredit, "credit", false},         // A photo or wire credit.
};

/// The row of `value`, or of `fallback` for a value outside the enumeration (a cast gone wrong).
template <typename Row, std::size_t N, typename Enum>
constexpr const Row& row_of(const Row (&table)[N], Enum value, Enum fallback) {
  for (const Row& row : table)
    if (row.value == value) return row;
  for (const Row& row : table)
    if (row.value == fallback) return row;
  return table[0];
}

template <typename Row, std::size_t N>
constexpr std::array<std::string_view, N> names_of(const Row (&table)[N]) {
  std::array<std::string_view, N> names{};
  for (std::size_t i = 0; i < N; ++i) names[i] = table[i].name;
  return names;
}

constexpr auto kErrorCodeNames = names_of(kErrorCodes);
constexpr auto kInputFormatNames = names_of(kInputFormats);
constexpr auto kEntityTypeNames = names_of(kEntityTypes);
constexpr auto kParagraphKindNames = names_of(kParagraphKinds);
constexpr auto kAttributionNames = names_of(kAttributions);
constexpr std::size_t kBodyKindCount = [] {
  std::size_t n = 0;
  for (const auto& row : kParagraphKinds) n += row.body;
  return n;
}();
constexpr auto kBodyKindNames = [] {
  std::array<std::string_view, kBodyKindCount> names{};
  std::size_t n = 0;
  for (const auto& row : kParagraphKinds)
    if (row.body) names[n++] = row.name;
  return names;
}();

}  // namespace

std::string_view to_string(ErrorCode code) { return row_of(kErrorCodes, code, ErrorCode::kInternal).name; }
std::string_view to_string(InputFormat format) { return row_of(kInputFormats, format, InputFormat::kAuto).name; }
std::string_view to_string(EntityType type) { return row_of(kEntityTypes, type, EntityType::kPerson).name; }
std::string_view to_string(Attribution how) { return row_of(kAttributions, how, Attribution::kNamed).name; }
std::string_view to_string(ParagraphKind kind) {
  return row_of(kParagraphKinds, kind, ParagraphKind::kParagraph).name;
}
bool is_body(ParagraphKind kind) { return row_of(kParagraphKinds, kind, ParagraphKind::kParagraph).body; }

std::optional<InputFormat> parse_input_format(std::string_view name) {
  for (const auto& row : kInputFormats)
    if (row.name == name) return row.value;
  return std::nullopt;
}

std::span<const std::string_view> error_code_names() { return kErrorCodeNames; }
std::span<const std::string_view> input_format_names() { return kInputFormatNames; }
std::span<const std::string_view> entity_type_names() { return kEntityTypeNames; }
std::span<const std::string_view> paragraph_kind_names() { return kParagraphKindNames; }
std::span<const std::string_view> attribution_names() { return kAttributionNames; }
std::span<const std::string_view> body_kind_names() { return kBodyKindNames; }
std::span<const std::string_view> removal_reasons() { return reason::kAll; }

std::string_view version() { return AA_VERSION; }

}  // namespace article_analyzer
