// The text model: paragraphs cut into sentences and words.
#include <doctest/doctest.h>

#include "text/text_model.h"

using namespace article_analyzer;

namespace {
std::vector<std::string> sentences(const std::string& text, const std::string& language) {
  TextModel m = build_text_model(text, {{0, text.size(), ParagraphKind::kParagraph}}, language);
  std::vector<std::string> out;
  for (const auto& s : m.sentences) out.emplace_back(text.substr(s.start, s.end - s.start));
  return out;
}
}  // namespace

TEST_CASE("an initial or an honorific does not end a sentence") {
  auto en = sentences("George W. Bush met P. Johnson and Mr. Smith. They spoke.", "en");
  REQUIRE(en.size() == 2);
  CHECK(en[0] == "George W. Bush met P. Johnson and Mr. Smith.");
  auto fr = sentences("Il a vu M. Poutine et J. Dupont. Ils ont parlé.", "fr");
  REQUIRE(fr.size() == 2);
  CHECK(fr[1] == "Ils ont parlé.");
  // Initials of several letters neither ("G.K. Butterfield", "J.R.R. Tolkien").
  CHECK(sentences("Rep. G.K. Butterfield met J.R.R. Tolkien. They spoke.", "en").size() == 2);
  // A word of several letters does.
  CHECK(sentences("He came from Rome. Then he left.", "en").size() == 2);
  CHECK(sentences("He came from the EU. Then he left.", "en").size() == 2);
}
