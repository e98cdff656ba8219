#include <doctest/doctest.h>

#include "text/unicode.h"

using namespace article_analyzer;

TEST_CASE("French sentence rules keep honorifics inside the sentence") {
  std::string text = "M. Poutine l'a dit. Le ministre est parti.";
  auto fr = unicode::sentences(text, "fr");
  REQUIRE(fr.size() == 2);
  CHECK(text.substr(fr[0].start, fr[0].end - fr[0].start) == "M. Poutine l'a dit.");
}

TEST_CASE("words are UAX #29 words without punctuation, with byte offsets") {
  std::string text = "Sergueï Lavrov, à Moscou.";
  auto w = unicode::words(text, "fr");
  REQUIRE(w.size() == 4);
  CHECK(text.substr(w[0].start, w[0].end - w[0].start) == "Sergueï");
  CHECK(text.substr(w[3].start, w[3].end - w[3].start) == "Moscou");
}

TEST_CASE("fold compares names across case and compatibility forms") {
  CHECK(unicode::fold("ÉTATS-UNIS") == unicode::fold("États-Unis"));
  CHECK(unicode::fold("ﬁn") == "fin");
}

TEST_CASE("case helpers") {
  CHECK(unicode::starts_upper("Édouard"));
  CHECK_FALSE(unicode::starts_upper("état"));
  CHECK(unicode::is_all_upper("AFP"));
  CHECK_FALSE(unicode::is_all_upper("Afp"));
  CHECK(unicode::to_title("SHEMETOV", "fr") == "Shemetov");
  CHECK(unicode::to_title("JEAN-PIERRE", "fr") == "Jean-Pierre");
}

TEST_CASE("collapse_space folds every kind of white space") {
  CHECK(unicode::collapse_space("  a \u00a0\t b\n") == "a b");
}
