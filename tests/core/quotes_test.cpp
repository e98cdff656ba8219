#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "test_support.h"

using namespace article_analyzer;
using test_support::analyze_ok;

namespace {
// Hostile pages are timed at each size in turn: at 200 KB a quadratic attribution already fails
// (seconds), so a regression fails fast instead of running for minutes at 1 MB.
constexpr std::size_t kHostileSizes[] = {200'000, 1'000'000};
// The time budget of analyze() on a hostile page, per megabyte: it takes 0.3 to 0.5 s per MB
// natively and 0.7 to 1.4 s in wasm (on a loaded 2-core machine) today, so a slow shared
// machine has room; the quadratic attribution took 2.7 to 75 s at 200 KB.
constexpr double kSecondsPerMegabyte = 8;

const Quote* quote_with(const Analysis& a, std::string_view text) {
  for (const auto& q : a.quotes)
    if (q.text == text) return &q;
  return nullptr;
}

// item(0) item(1) item(2) ... joined by spaces, until `bytes` long: one sentence.
std::string repeated(std::size_t bytes, std::string (*item)(std::size_t)) {
  std::string out;
  for (std::size_t i = 0; out.size() < bytes; ++i) out += (i ? " " : "") + item(i);
  return out;
}

// The quotes issue's page: its </body> moved into <title>, making one sentence of quoted
// attribute values, in the title and again in the body.
std::string quoted_attributes_page(std::size_t bytes) {
  std::string soup = repeated(bytes / 2, [](std::size_t i) { return "x" + std::to_string(i) + "=\"b c\""; });
  return "<html><head><title>" + soup + "</title></head><body><p>" + soup + "</p></body></html>";
}

// Quotes back to back, with no word between them.
std::string adjacent_quotes_page(std::size_t bytes) {
  std::string quotes = repeated(bytes, [](std::size_t i) { return "\"b c d x" + std::to_string(i) + "\""; });
  return "<html><head><title>Quotes</title></head><body><p>" + quotes + "</p></body></html>";
}

// Quotes with a cue and a speaker each, on an English page.
std::string cued_quotes_page(std::size_t bytes) {
  std::string quotes = repeated(bytes, [](std::size_t i) { return "Obama said \"b c\" x" + std::to_string(i); });
  return "<html><head><title>Remarks</title></head><body><p>" + quotes + "</p></body></html>";
}

// analyze() of `page`, required to finish within the budget for its size.
Analysis analyze_within_budget(const std::string& page, Options options = {}) {
  auto start = std::chrono::steady_clock::now();
  Analysis a = analyze_ok(page, options);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CAPTURE(page.size());
  CAPTURE(seconds);
  REQUIRE(seconds < kSecondsPerMegabyte * static_cast<double>(page.size()) / 1e6);
  return a;
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

TEST_CASE("hostile: one sentence of thousands of quoted attributes is attributed in linear time, up to 1 MB") {
  for (std::size_t bytes : kHostileSizes) {
    Analysis a = analyze_within_budget(quoted_attributes_page(bytes));
    CHECK(a.quotes.empty());  // Two words and no cue: none is speech.
    CHECK_FALSE(a.paragraphs.empty());
  }
}

TEST_CASE("hostile: one sentence of thousands of quotes back to back is attributed in linear time, up to 1 MB") {
  for (std::size_t bytes : kHostileSizes) {
    Analysis a = analyze_within_budget(adjacent_quotes_page(bytes));
    REQUIRE(a.quotes.size() > bytes / 20);  // Four words each: speech without a cue.
    CHECK_FALSE(a.quotes.back().has_cue);
  }
}

TEST_CASE("hostile: one sentence of thousands of cued quotes is attributed in linear time, up to 1 MB") {
  for (std::size_t bytes : kHostileSizes) {
    Analysis a = analyze_within_budget(cued_quotes_page(bytes), {.language = "en"});
    REQUIRE(a.quotes.size() > bytes / 40);
    CHECK(a.quotes.back().has_cue);
    CHECK(a.quotes.back().speaker.name == "Obama");
  }
}
