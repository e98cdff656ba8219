#include <doctest/doctest.h>

#include "test_support.h"

using namespace article_analyzer;
using test_support::analyze_ok;

namespace {
const Quote* quote_with(const Analysis& a, std::string_view text) {
  for (const auto& q : a.quotes)
    if (q.text == text) return &q;
  return nullptr;
}
}  // namespace

TEST_CASE("seed: the must quotes are found with their speakers") {
  Analysis a = analyze_ok(test_support::fixture("seed-article/input.txt"));
  struct Expect {
    const char* text;
    const char* speaker;
  };
  const Expect must[] = {
      {"Notre réunion ne pouvait être mieux choisie pour faire un premier bilan des résultats préliminaires du travail "
       "actif qui a été entamé pour mettre en œuvre les accords conclus lors du sommet de septembre",
       "Sergueï Lavrov"},
      {"résultats des pourparlers", "Dmitri Peskov"},
      {"des accords conclus entre", "Dmitri Peskov"},
      {"un moment important pour porter les relations bilatérales à un nouveau niveau cette année", "Choe Son Hui"},
  };
  for (const auto& e : must) {
    CAPTURE(e.text);
    const Quote* q = quote_with(a, e.text);
    REQUIRE(q);
    CHECK(q->has_cue);
    REQUIRE(q->has_speaker);
    CHECK(q->speaker.name == e.speaker);
    CHECK(a.text.substr(q->start, q->end - q->start) == q->text);
  }
}

TEST_CASE("guillemets, a named speaker before the quote") {
  Analysis a = analyze_ok("Emmanuel Macron a déclaré : « Nous ne céderons rien aux menaces de quiconque. »");
  const Quote* q = quote_with(a, "Nous ne céderons rien aux menaces de quiconque.");
  REQUIRE(q);
  REQUIRE(q->has_speaker);
  CHECK(q->speaker.name == "Emmanuel Macron");
  CHECK(q->cue.text == "a déclaré");
}

TEST_CASE("English: curly quotes, speaker after the cue, and a pronoun") {
  Analysis a = analyze_ok("“We will not give up on this,” said Joe Biden. Later, “It is over now,” he said.");
  const Quote* first = quote_with(a, "We will not give up on this,");
  REQUIRE(first);
  REQUIRE(first->has_speaker);
  CHECK(first->speaker.name == "Joe Biden");
  const Quote* second = quote_with(a, "It is over now,");
  REQUIRE(second);
  REQUIRE(second->has_speaker);
  CHECK(second->speaker.name == "Joe Biden");
}

TEST_CASE("scare quotes without a speech verb are not quotes") {
  Analysis a = analyze_ok("Le texte autorise des « boîtes noires » sur les réseaux des opérateurs.");
  CHECK(quote_with(a, "boîtes noires") == nullptr);
}

TEST_CASE("cues are the page language's: a German speech verb is no cue in English") {
  // "so" is a German speech verb ("..., so Merkel"); in English it is a conjunction.
  Analysis en = analyze_ok("\"We are ready to sign the agreement today,\" so Maria Lopez left the room early. She was tired.",
                           {.language = "en"});
  REQUIRE(en.quotes.size() == 1);
  CHECK_FALSE(en.quotes[0].has_cue);
  Analysis de = analyze_ok("\"Wir sind bereit, das Abkommen heute zu unterzeichnen\", so Angela Merkel am Montag in Berlin.",
                           {.language = "de"});
  REQUIRE(de.quotes.size() == 1);
  REQUIRE(de.quotes[0].has_cue);
  CHECK(de.quotes[0].cue.text == "so");
}

TEST_CASE("cue auxiliaries are the page language's") {
  // French "a" opens a cue ("a déclaré"); the same word on an English page is not an auxiliary.
  Analysis fr = analyze_ok("« Nous sommes prêts », a déclaré Jean Dupont lundi à Paris devant la presse.", {.language = "fr"});
  REQUIRE(fr.quotes.size() == 1);
  CHECK(fr.quotes[0].cue.text == "a déclaré");
}
