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

// The quote of `text` has the speaker `name`, found the way `how` says, read from the mention
// `mention` of the text.
void check_speaker(const Analysis& a, std::string_view text, std::string_view name, Attribution how, std::string_view mention) {
  CAPTURE(text);
  const Quote* q = quote_with(a, text);
  REQUIRE(q);
  REQUIRE(q->has_speaker);
  CHECK(q->speaker.name == name);
  CHECK(to_string(q->speaker.how) == to_string(how));
  CHECK(a.text.substr(q->speaker.start, q->speaker.end - q->speaker.start) == mention);
  CHECK(a.text.substr(q->start, q->end - q->start) == q->text);
}

// Conventions: every way a page marks a quote.

TEST_CASE("conventions: guillemets with narrow no-break spaces inside, and „ “") {
  Analysis fr = analyze_ok("«\u202fNous partirons demain matin vers la frontière\u202f», a déclaré Jean Dupont lundi soir.", {.language = "fr"});
  check_speaker(fr, "Nous partirons demain matin vers la frontière", "Jean Dupont", Attribution::kNamed, "Jean Dupont");
  Analysis low = analyze_ok("„Wir werden morgen früh zur Grenze aufbrechen“, sagte Angela Merkel am Montag.", {.language = "de"});
  REQUIRE(low.quotes.size() == 1);
  CHECK(low.quotes[0].text == "Wir werden morgen früh zur Grenze aufbrechen");
}

TEST_CASE("conventions: a quote over several paragraphs is one speaker's, each paragraph a quote") {
  Analysis en = analyze_ok(
      "Maria Lopez, the mayor of the city, spoke to the council on Monday. She said:\n\n"
      "“We will rebuild the bridge before the winter comes, whatever it costs.\n\n"
      "“And we will open it to every family in this city by the spring.”",
      {.language = "en"});
  check_speaker(en, "We will rebuild the bridge before the winter comes, whatever it costs.", "Maria Lopez", Attribution::kPronoun, "She");
  check_speaker(en, "And we will open it to every family in this city by the spring.", "Maria Lopez",
                Attribution::kContinuation, "She");
  Analysis fr = analyze_ok(
      "Le maire Jean Dupont a pris la parole lundi devant le conseil municipal. Il a déclaré :\n\n"
      "« Nous reconstruirons le pont avant l’hiver, quoi qu’il en coûte.\n\n"
      "« Et nous l’ouvrirons à toutes les familles de la ville au printemps. »",
      {.language = "fr"});
  check_speaker(fr, "Et nous l’ouvrirons à toutes les familles de la ville au printemps.", "Jean Dupont",
                Attribution::kContinuation, "Il");
  // A paragraph with a cue of its own is its speaker's, even after a quote that ran on.
  Analysis cued = analyze_ok(
      "Gwen Moore spoke first on Friday afternoon:\n\n"
      "“If indeed the president is not legitimate, then nobody is.\n\n"
      "“How can you feel good about yourself,” added Jim Clyburn, the assistant leader of the caucus.",
      {.language = "en"});
  check_speaker(cued, "How can you feel good about yourself,", "Jim Clyburn", Attribution::kNamed, "Jim Clyburn");
}

TEST_CASE("conventions: a quote interrupted by its attribution is two quotes with one speaker") {
  Analysis en = analyze_ok("\"We won the vote tonight,\" said John Smith, \"and we are proud of every volunteer.\"", {.language = "en"});
  check_speaker(en, "We won the vote tonight,", "John Smith", Attribution::kNamed, "John Smith");
  check_speaker(en, "and we are proud of every volunteer.", "John Smith", Attribution::kNamed, "John Smith");
  // French puts the incise inside the marks.
  Analysis fr = analyze_ok("« Nous avons gagné ce soir, a déclaré Jean Dupont, et nous sommes fiers de nos bénévoles. »",
                           {.language = "fr"});
  check_speaker(fr, "Nous avons gagné ce soir,", "Jean Dupont", Attribution::kNamed, "Jean Dupont");
  check_speaker(fr, "et nous sommes fiers de nos bénévoles.", "Jean Dupont", Attribution::kNamed, "Jean Dupont");
}

TEST_CASE("conventions: French dialogue dashes, split at their incises") {
  Analysis fr = analyze_ok(
      "Marie Curie entra dans le laboratoire au petit matin.\n"
      "– Je n’ai pas encore fini la mesure, répondit Marie Curie ; revenez dans une heure.\n"
      "– Bonsoir, madame.\n",
      {.language = "fr", .clean = false});
  check_speaker(fr, "Je n’ai pas encore fini la mesure,", "Marie Curie", Attribution::kNamed, "Marie Curie");
  check_speaker(fr, "revenez dans une heure.", "Marie Curie", Attribution::kNamed, "Marie Curie");
  const Quote* turn = quote_with(fr, "Bonsoir, madame.");
  REQUIRE(turn);  // Speech however short: the dash says so.
  // English pages do not print dialogue with dashes: a dash there opens no speech.
  Analysis en = analyze_ok("The report was published on Monday.\n— Associated Press writers contributed.\n", {.language = "en", .clean = false});
  CHECK(en.quotes.empty());
}

TEST_CASE("not quotes: titles and scare quotes without a cue, whatever the marks") {
  Analysis en = analyze_ok("She read “Dune” on the train and found the book “weird” at first, then wonderful.", {.language = "en"});
  CHECK(en.quotes.empty());
  Analysis fr = analyze_ok("Il lit « Le Monde » chaque matin et trouve ce journal « sérieux » depuis toujours.", {.language = "fr"});
  CHECK(fr.quotes.empty());
  // One capitalized word in marks inside a sentence names a thing, even beside a cue.
  Analysis thing = analyze_ok("Vladimir Poutine a déclaré que le missile « Orechnik » serait produit en série.", {.language = "fr"});
  CHECK(quote_with(thing, "Orechnik") == nullptr);
  // A cue in the sentence does not make a title speech.
  Analysis show = analyze_ok("Johnson tells MSNBC’s “Morning Joe” on Friday that the attempt was a success.", {.language = "en"});
  CHECK(quote_with(show, "Morning Joe") == nullptr);
}

// Routes: every way a speaker is found, in both languages.

TEST_CASE("routes: a name beside the cue, in either order and with inversion") {
  Analysis en = analyze_ok("“The talks will resume on Friday,” Dmitry Peskov said. Peskov told reporters: “Nothing is settled.”",
                           {.language = "en"});
  check_speaker(en, "The talks will resume on Friday,", "Dmitry Peskov", Attribution::kNamed, "Dmitry Peskov");
  check_speaker(en, "Nothing is settled.", "Dmitry Peskov", Attribution::kNamed, "Peskov");
  Analysis fr = analyze_ok("« Les pourparlers reprendront vendredi », a indiqué Dmitri Peskov à la presse.", {.language = "fr"});
  check_speaker(fr, "Les pourparlers reprendront vendredi", "Dmitri Peskov", Attribution::kNamed, "Dmitri Peskov");
}

TEST_CASE("routes: a listener or a place after the cue is not the speaker") {
  Analysis en = analyze_ok("“We will appeal the ruling next week,” Lina Khatib, a lawyer for the family, told the Associated Press.",
                           {.language = "en"});
  check_speaker(en, "We will appeal the ruling next week,", "Lina Khatib", Attribution::kNamed, "Lina Khatib");
  Analysis fr = analyze_ok("François Hollande est arrivé à Tulle. « Nous sommes prêts à négocier », a-t-il déclaré à l’AFP.",
                           {.language = "fr"});
  check_speaker(fr, "Nous sommes prêts à négocier", "François Hollande", Attribution::kPronoun, "il");
}

TEST_CASE("routes: a name that a preposition or a verb of telling introduces after the cue does not speak") {
  Analysis event = analyze_ok(
      "“We had some issues early on with the launch,” said the former executive at Vox Media’s Code Conference in Los Angeles.",
      {.language = "en"});
  const Quote* q = quote_with(event, "We had some issues early on with the launch,");
  REQUIRE(q);
  CAPTURE(q->speaker.name);
  CHECK_FALSE((q->has_speaker && q->speaker.how == Attribution::kOrganization));  // Neither the host nor the event.
  Analysis told = analyze_ok("“We will appeal the ruling next week,” one of the two lawyers who represent the family told Reuters.",
                             {.language = "en"});
  const Quote* r = quote_with(told, "We will appeal the ruling next week,");
  REQUIRE(r);
  CHECK_FALSE((r->has_speaker && r->speaker.name == "Reuters"));
}

TEST_CASE("routes: a pronoun resolves to the person before it, the speaker span is the pronoun") {
  Analysis en = analyze_ok("Angela Merkel arrived in Paris on Monday for the summit. “Europe must stand together,” she said.",
                           {.language = "en"});
  check_speaker(en, "Europe must stand together,", "Angela Merkel", Attribution::kPronoun, "she");
  Analysis fr = analyze_ok("Angela Merkel est arrivée lundi à Paris pour le sommet. « L’Europe doit rester unie », a-t-elle déclaré.",
                           {.language = "fr"});
  check_speaker(fr, "L’Europe doit rester unie", "Angela Merkel", Attribution::kPronoun, "elle");
  // Any speech verb of the lexicon inverts: "poursuit-elle" is "poursuit" and its pronoun.
  Analysis inverted = analyze_ok("Angela Merkel est arrivée lundi à Paris. « Nous ne céderons pas aux menaces », poursuit-elle.",
                                 {.language = "fr"});
  check_speaker(inverted, "Nous ne céderons pas aux menaces", "Angela Merkel", Attribution::kPronoun, "elle");
  CHECK(quote_with(inverted, "Nous ne céderons pas aux menaces")->cue.text == "poursuit-elle");
}

TEST_CASE("routes: \"ce dernier\", \"the latter\" stand for the person mentioned last") {
  Analysis fr = analyze_ok(
      "Le président a reçu lundi son porte-parole, Berik Uali. Ce dernier rappelle que le pays appelle à négocier une « paix durable entre deux peuples ».",
      {.language = "fr"});
  check_speaker(fr, "paix durable entre deux peuples", "Berik Uali", Attribution::kPronoun, "Ce dernier");
  Analysis en = analyze_ok("Maria Lopez met John Smith on Monday. The latter said the deal was “dead and buried for good”.", {.language = "en"});
  check_speaker(en, "dead and buried for good", "John Smith", Attribution::kPronoun, "The latter");
}

TEST_CASE("routes: a name with its title in apposition after the quote, a participle cue, a phrase with a complement") {
  Analysis title = analyze_ok("“We will override the veto,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.", {.language = "en"});
  check_speaker(title, "We will override the veto,", "Mitch McConnell", Attribution::kNamed, "Mitch McConnell");
  Analysis participle = analyze_ok(
      "“We need change,” the New York businessman said, arguing that he will bring a “totally different” approach to the job.",
      {.language = "en"});
  check_speaker(participle, "totally different", "the New York businessman", Attribution::kRole, "the New York businessman");
  Analysis complement = analyze_ok("“Where did the money go?” a narrator in the Clinton ad asks.", {.language = "en"});
  check_speaker(complement, "Where did the money go?", "a narrator in the Clinton ad", Attribution::kRole, "a narrator in the Clinton ad");
}

TEST_CASE("routes: a pronoun's antecedent agrees with it in gender when the mentions say it") {
  Analysis fr = analyze_ok("M. Jean Dupont a reçu lundi la ministre Anne Roux à Tulle. « Nous allons signer l’accord », a-t-elle déclaré.",
                           {.language = "fr"});
  check_speaker(fr, "Nous allons signer l’accord", "Anne Roux", Attribution::kPronoun, "elle");
  Analysis en = analyze_ok("Mr. John Smith met Mrs. Anne Roux in London on Monday. “We will sign the deal,” she said.", {.language = "en"});
  check_speaker(en, "We will sign the deal,", "Anne Roux", Attribution::kPronoun, "she");
}

TEST_CASE("routes: capitalized words before a cue name a speaker the entities stage did not know") {
  Analysis en = analyze_ok("PolitiFact claimed the numbers were “wildly exaggerated” in its report.", {.language = "en"});
  check_speaker(en, "wildly exaggerated", "PolitiFact", Attribution::kNamed, "PolitiFact");
  CHECK(en.quotes[0].speaker.entity == -1);  // Named by the text, not an entity.
  Analysis possessive = analyze_ok("“The debate is over,” Obama's former campaign strategist said in an interview.", {.language = "en"});
  const Quote* r = quote_with(possessive, "The debate is over,");
  REQUIRE(r);
  REQUIRE(r->has_speaker);
  CHECK(r->speaker.name.find("strategist") != std::string::npos);
}

TEST_CASE("routes: a participle after a comma shares its sentence's subject; capitalized words after an inverted cue") {
  Analysis en = analyze_ok("Donald Trump attacked Hillary Clinton for her vote on the war, saying, “She was wrong from the very start.”",
                           {.language = "en"});
  check_speaker(en, "She was wrong from the very start.", "Donald Trump", Attribution::kNamed, "Donald Trump");
  Analysis after = analyze_ok("“Donald Trump is a fraud by any definition,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus.",
                              {.language = "en"});
  const Quote* q = quote_with(after, "Donald Trump is a fraud by any definition,");
  REQUIRE(q);
  REQUIRE(q->has_speaker);
  CHECK(q->speaker.name.find("Butterfield") != std::string::npos);
}

TEST_CASE("routes: a pronoun after the verb is its subject only when it ends the clause") {
  Analysis en = analyze_ok("Donald Trump bemoaned the unrest and said he thought that drugs were a “big factor” in the violence.",
                           {.language = "en"});
  check_speaker(en, "big factor", "Donald Trump", Attribution::kNamed, "Donald Trump");
}

TEST_CASE("routes: a person talked about in the sentence before is not the pronoun's antecedent") {
  Analysis fr = analyze_ok(
      "Le colistier de Donald Trump, James Vance, a parlé hier à la convention. « J’avais un ange gardien à mes côtés », a-t-il raconté.",
      {.language = "fr"});
  check_speaker(fr, "J’avais un ange gardien à mes côtés", "James Vance", Attribution::kPronoun, "il");
}

TEST_CASE("routes: a role phrase stands for the person whose role it repeats") {
  Analysis en = analyze_ok(
      "Jane Porter, the spokeswoman for the ministry, met the press on Monday morning.\n\n"
      "“We are ready to talk,” the spokeswoman said.",
      {.language = "en"});
  const Quote* q = quote_with(en, "We are ready to talk,");
  REQUIRE(q);
  REQUIRE(q->has_speaker);
  CHECK(q->speaker.name == "Jane Porter");
  CHECK(q->speaker.how == Attribution::kRole);
  Analysis fr = analyze_ok(
      "La porte-parole du ministère, Anne Roux, a reçu la presse lundi matin.\n\n"
      "« Nous sommes prêts à discuter », a déclaré la porte-parole du ministère.",
      {.language = "fr"});
  const Quote* r = quote_with(fr, "Nous sommes prêts à discuter");
  REQUIRE(r);
  REQUIRE(r->has_speaker);
  CHECK(r->speaker.name == "Anne Roux");
  CHECK(r->speaker.how == Attribution::kRole);
}

TEST_CASE("routes: a quote without a cue continues the running speaker") {
  Analysis en = analyze_ok(
      "“The factory will stay open,” said Kevin Mayer, the chief executive.\n\n"
      "“Not everyone will succeed. But we will try to keep every job we can.”",
      {.language = "en"});
  check_speaker(en, "Not everyone will succeed. But we will try to keep every job we can.", "Kevin Mayer",
                Attribution::kContinuation, "Kevin Mayer");
  Analysis fr = analyze_ok(
      "« L’usine restera ouverte », a affirmé Carlos Tavares lundi.\n\n"
      "« Tout le monde ne réussira pas. Mais nous essaierons de garder chaque emploi possible. »",
      {.language = "fr"});
  check_speaker(fr, "Tout le monde ne réussira pas. Mais nous essaierons de garder chaque emploi possible.", "Carlos Tavares",
                Attribution::kContinuation, "Carlos Tavares");
  // Another person named in between takes the floor from the running speaker.
  Analysis other = analyze_ok(
      "“The factory will stay open,” said Kevin Mayer, the chief executive.\n\n"
      "Union leader Sarah Jones disagreed with the plan on Tuesday morning.\n\n"
      "“Not everyone will succeed. But we will try to keep every job we can.”",
      {.language = "en"});
  const Quote* q = quote_with(other, "Not everyone will succeed. But we will try to keep every job we can.");
  REQUIRE(q);
  CHECK_FALSE((q->has_speaker && q->speaker.name == "Kevin Mayer"));
}

TEST_CASE("routes: the subject of a sentence that ends in a colon") {
  Analysis en = analyze_ok("Maria Lopez put it simply: “We will win this fight together, street by street.”", {.language = "en"});
  check_speaker(en, "We will win this fight together, street by street.", "Maria Lopez", Attribution::kColon, "Maria Lopez");
  Analysis fr = analyze_ok("Marie Dupont n’en démord pas : « Nous gagnerons cette bataille ensemble, rue par rue. »", {.language = "fr"});
  check_speaker(fr, "Nous gagnerons cette bataille ensemble, rue par rue.", "Marie Dupont", Attribution::kColon, "Marie Dupont");
}

TEST_CASE("routes: the answers of an interview are the interviewee's") {
  Analysis en = analyze_ok(
      "Mike Pence spoke to Chris Wallace on Sunday about the debate.\n\n"
      "WALLACE: Will the governor attend the debate tomorrow night?\n\n"
      "PENCE: Well, the question really should be about the issues the voters care about.\n\n"
      "Q: And what about the polls this week?\n\n"
      "A: We feel very good about where the campaign is today.",
      {.language = "en", .clean = false});
  check_speaker(en, "Well, the question really should be about the issues the voters care about.", "Mike Pence",
                Attribution::kInterview, "PENCE");
  check_speaker(en, "Will the governor attend the debate tomorrow night?", "Chris Wallace", Attribution::kInterview, "WALLACE");
  check_speaker(en, "We feel very good about where the campaign is today.", "Mike Pence", Attribution::kInterview, "A");
  CHECK(quote_with(en, "And what about the polls this week?") == nullptr);  // A question label names nobody.
  Analysis fr = analyze_ok(
      "Jean Dupont, maire de Tulle, a répondu à nos questions.\n\n"
      "Jean Dupont : Nous reconstruirons le pont avant l’hiver.\n\n"
      "R. : Le chantier commencera en mars prochain.\n\n"
      "Dupont : « Le pont rouvrira au printemps »",
      {.language = "fr", .clean = false});
  check_speaker(fr, "Nous reconstruirons le pont avant l’hiver.", "Jean Dupont", Attribution::kInterview, "Jean Dupont");
  check_speaker(fr, "Le chantier commencera en mars prochain.", "Jean Dupont", Attribution::kInterview, "R");
  // One "Name: …" line alone is a headline's paraphrase, not an interview.
  Analysis headline = analyze_ok("Pat Caddell: Democrat voters worried about the health issues\n\nPat Caddell spoke on Monday.",
                                 {.language = "en", .clean = false});
  CHECK(headline.quotes.empty());
  // A headline's quote after a name and a colon keeps its marks' reading.
  check_speaker(fr, "Le pont rouvrira au printemps", "Jean Dupont", Attribution::kColon, "Dupont");
}

TEST_CASE("conventions: <q> and block quotes") {
  Analysis a = analyze_ok(
      "<html><body><article><h1>Talks resume</h1><p>Emmanuel Macron a déclaré lundi à Paris <q>Nous partirons demain matin "
      "vers la frontière</q>, devant la presse réunie.</p><p>Emmanuel Macron a ensuite écrit sur son compte :</p><blockquote><p>Nous ne "
      "céderons rien aux menaces de quiconque, jamais.</p></blockquote><p>La présidence a publié ensuite le message suivant :</p>"
      "<blockquote><p>Le sommet reprendra demain à Genève avec toutes les délégations. — Emmanuel Macron (@EmmanuelMacron) 4 "
      "décembre 2026</p></blockquote><p>Le sommet a repris mardi.</p><blockquote><p>Les délégations sont arrivées à Genève ce "
      "matin. — Agence (@agence) 5 décembre 2026</p></blockquote></article></body></html>",
      {.language = "fr"});
  check_speaker(a, "Nous partirons demain matin vers la frontière", "Emmanuel Macron", Attribution::kNamed, "Emmanuel Macron");
  const Quote* block = quote_with(a, "Nous ne céderons rien aux menaces de quiconque, jamais.");
  REQUIRE(block);
  REQUIRE(block->has_speaker);
  CHECK(block->speaker.name == "Emmanuel Macron");
  check_speaker(a, "Le sommet reprendra demain à Genève avec toutes les délégations.", "Emmanuel Macron", Attribution::kNamed,
                "Emmanuel Macron");
  // An embedded post that no colon introduces illustrates the page; it is no quote of its text.
  CHECK(quote_with(a, "Les délégations sont arrivées à Genève ce matin.") == nullptr);
}

TEST_CASE("conventions: a colon introduces a whole utterance, however short") {
  Analysis fr = analyze_ok("Jean Dupont leva les yeux vers la salle comble, ému aux larmes : « Quelle foule ! »", {.language = "fr"});
  check_speaker(fr, "Quelle foule !", "Jean Dupont", Attribution::kColon, "Jean Dupont");
  // Without the colon, two words and no speech verb are no quote.
  Analysis none = analyze_ok("Jean Dupont leva les yeux vers la salle comble, « Quelle foule ! » et sortit.", {.language = "fr"});
  CHECK(none.quotes.empty());
}

TEST_CASE("routes: an organization speaks") {
  Analysis en = analyze_ok("“We do not comment on rumours about our products,” Microsoft said in a statement on Monday.",
                           {.language = "en"});
  check_speaker(en, "We do not comment on rumours about our products,", "Microsoft", Attribution::kOrganization, "Microsoft");
  Analysis fr = analyze_ok("« La situation reste très tendue dans la région », selon l’Organisation des Nations unies.",
                           {.language = "fr"});
  const Quote* q = quote_with(fr, "La situation reste très tendue dans la région");
  REQUIRE(q);
  REQUIRE(q->has_speaker);
  CHECK(q->speaker.how == Attribution::kOrganization);
}

TEST_CASE("routes: a phrase after an inverted cue speaks when nobody is named there") {
  Analysis fr = analyze_ok(
      "Les comptes des hôpitaux se sont « très fortement dégradés » en 2022, selon la Drees, le service statistique des ministères.",
      {.language = "fr"});
  check_speaker(fr, "très fortement dégradés", "la Drees", Attribution::kOrganization, "la Drees");
  Analysis en = analyze_ok("“We are ready to talk to anyone at any time,” said the spokeswoman for the ministry on Monday.", {.language = "en"});
  check_speaker(en, "We are ready to talk to anyone at any time,", "the spokeswoman", Attribution::kRole, "the spokeswoman");
}

TEST_CASE("routes: a photo credit names no speaker, not even a pronoun's") {
  Analysis a = analyze_ok(
      "<html><body><article><h1>Talks resume in Geneva</h1><p>The delegates of both countries met in Geneva on Monday for a "
      "third round of talks about the border.</p><figure><img src=a.jpg><figcaption>Delegates in Geneva. (AP Photo/Charles "
      "Rex Arbogast)</figcaption></figure><p>“The talks went well and will resume on Friday morning,” he said.</p>"
      "</article></body></html>",
      {.language = "en"});
  const Quote* q = quote_with(a, "The talks went well and will resume on Friday morning,");
  REQUIRE(q);
  CHECK_FALSE((q->has_speaker && q->speaker.name.find("Arbogast") != std::string::npos));
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

// Pages made of what each attribution route reads, thousands of times: every route must stay
// linear (bounded look-backs), whatever the page repeats.
TEST_CASE("hostile: pronoun cues, possessive chains, dialogue dashes, open quotes and interview labels, up to 1 MB") {
  struct Page {
    const char* name;
    Options options;
    std::string (*make)(std::size_t bytes);
  };
  const Page pages[] = {
      {"one sentence of pronoun cues among names", {.language = "en"},
       [](std::size_t bytes) {
         return "<p>" + repeated(bytes, [](std::size_t i) { return "Obama met Biden in Paris \"b c d x" + std::to_string(i) + "\" he said"; }) + "</p>";
       }},
      {"one sentence of possessives", {.language = "en"},
       [](std::size_t bytes) {
         return "<p>\"We will win this fight,\" said " + repeated(bytes, [](std::size_t) { return std::string("Obama’s"); }) + " aide.</p>";
       }},
      {"a page of dialogue dashes with incises", {.language = "fr", .clean = false},
       [](std::size_t bytes) {
         std::string out;
         for (std::size_t i = 0; out.size() < bytes; ++i) out += "– Bonsoir " + std::to_string(i) + ", dit-il ; vous voilà.\n";
         return out;
       }},
      {"paragraphs that each open a quote and never close it", {.language = "fr", .clean = false},
       [](std::size_t bytes) {
         std::string out;
         for (std::size_t i = 0; out.size() < bytes; ++i) out += "« Nous partirons demain " + std::to_string(i) + "\n\n";
         return out;
       }},
      {"interview labels on every paragraph", {.language = "en", .clean = false},
       [](std::size_t bytes) {
         std::string out = "Barack Obama spoke to Joe Biden.\n\n";
         for (std::size_t i = 0; out.size() < bytes; ++i) out += (i % 2 ? "OBAMA: " : "BIDEN: ") + std::string("we will go on ") + std::to_string(i) + ".\n\n";
         return out;
       }},
  };
  for (const Page& page : pages) {
    CAPTURE(page.name);
    for (std::size_t bytes : kHostileSizes) {
      Analysis a = analyze_within_budget(page.make(bytes), page.options);
      CHECK_FALSE(a.quotes.empty());
    }
  }
}
