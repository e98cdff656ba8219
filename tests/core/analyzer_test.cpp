// The public interface: formats, options, errors.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace article_analyzer;
using test_support::analyze_ok;

TEST_CASE("format auto takes markup for HTML and anything else for text") {
  CHECK(analyze_ok("<p>Bonjour à tous.</p>").format == InputFormat::kHtml);
  CHECK(analyze_ok("Bonjour à tous.").format == InputFormat::kText);
  Options as_text;
  as_text.format = InputFormat::kText;
  CHECK(analyze_ok("<p>Bonjour</p>", as_text).format == InputFormat::kText);
}

TEST_CASE("an input above the limit is refused with a clear error") {
  std::string huge(kMaxInputBytes + 1, 'a');
  auto result = analyze(huge);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::kInputTooLarge);
  CHECK(to_string(result.error().code) == "input-too-large");
}

TEST_CASE("a language option overrides detection") {
  Options options;
  options.language = "en";
  CHECK(analyze_ok("Les ministres se sont félicités du rapprochement.", options).language == "en");
  CHECK(analyze_ok("Les ministres se sont félicités du rapprochement des deux pays.").language == "fr");
}

TEST_CASE("paragraph offsets cover the text and never overlap") {
  Analysis a = analyze_ok(test_support::fixture("seed-article/input.txt"));
  std::size_t previous_end = 0;
  for (const auto& p : a.paragraphs) {
    CHECK(p.start >= previous_end);
    CHECK(p.end <= a.text.size());
    CHECK(p.end > p.start);
    previous_end = p.end;
  }
}

TEST_CASE("names of kinds, types and errors are stable") {
  CHECK(to_string(ParagraphKind::kListItem) == "list-item");
  CHECK(to_string(EntityType::kDate) == "DATE");
  CHECK(to_string(ErrorCode::kInvalidOption) == "invalid-option");
  CHECK(is_body(ParagraphKind::kHeading));
  CHECK_FALSE(is_body(ParagraphKind::kCredit));
}

TEST_CASE("the url option resolves the page's relative links") {
  Options options;
  options.url = "https://example.org/monde/article.html";
  Analysis a = analyze_ok("<html><head><link rel=canonical href=\"/monde/a\"><meta property=\"og:image\" content=\"img/photo.jpg\">"
                          "</head><body><p>Un paragraphe.</p></body></html>", options);
  CHECK(a.canonical_url == "https://example.org/monde/a");
  CHECK(a.image == "https://example.org/monde/img/photo.jpg");
  CHECK(analyze_ok("Du texte.", options).canonical_url == options.url);
}
