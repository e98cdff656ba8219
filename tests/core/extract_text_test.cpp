// Pasted plain text: the seed page is the acceptance test of this path.
#include <doctest/doctest.h>

#include <algorithm>

#include "test_support.h"

using namespace article_analyzer;
using test_support::analyze_ok;
using test_support::paragraphs_of;

namespace {
bool removed_as(const Analysis& a, std::string_view text, std::string_view reason) {
  return std::any_of(a.removed.begin(), a.removed.end(), [&](const Removed& r) { return r.text == text && r.reason == reason; });
}
std::string body_of(const Analysis& a) {
  std::string body;
  for (const auto& p : a.paragraphs)
    if (is_body(p.kind)) body += a.text.substr(p.start, p.end - p.start) + "\n";
  return body;
}
}  // namespace

TEST_CASE("seed: labels, section, title, caption, credit, body and teaser are told apart") {
  Analysis a = analyze_ok(test_support::fixture("seed-article/input.txt"));
  CHECK(a.format == InputFormat::kText);
  CHECK(a.title == "Russie/Corée du Nord: la proximité des deux pays saluée par des ministres, avant de rencontrer Poutine");
  CHECK(a.section == "Diplomatie");
  CHECK(removed_as(a, "Rechercher", "ui-label"));
  CHECK(removed_as(a, "Dernières Infos - Diplomatie", "section-label"));
  auto captions = paragraphs_of(a, ParagraphKind::kCaption);
  auto credits = paragraphs_of(a, ParagraphKind::kCredit);
  REQUIRE(captions.size() == 1);
  REQUIRE(credits.size() == 1);
  CHECK(captions[0] == "Le ministre russe des Affaires étrangères, Sergueï Lavrov, le 16 janvier 2024 à Moscou.");
  CHECK(credits[0] == "Photo MAXIM SHEMETOV / POOL / AFP");

  auto body = paragraphs_of(a, ParagraphKind::kParagraph);
  const char* firsts[] = {"Les ministres russe et nord-coréen des Affaires étrangères se sont félicités mardi",
                          "Aucun accord n'avait été officiellement signé",
                          "Le chef de la diplomatie russe, Sergueï Lavrov a lui indiqué mardi",
                          "\"Notre réunion ne pouvait être mieux choisie",
                          "Le diplomate russe a aussi remercié Pyongyang",
                          "La cheffe de la diplomatie nord-coréenne a quant à elle jugé",
                          "Les deux ministres doivent exposer dans l'après-midi de mardi"};
  REQUIRE(body.size() == std::size(firsts));
  for (std::size_t i = 0; i < body.size(); ++i) CHECK(body[i].rfind(firsts[i], 0) == 0);
  // The truncated repeat of the lead is a teaser, and the lead appears once.
  std::string all = body_of(a);
  CHECK(all.find("Rechercher") == std::string::npos);
  CHECK(all.find("Photo MAXIM") == std::string::npos);
  CHECK(all.find(firsts[0]) == all.rfind(firsts[0]));
  CHECK(std::any_of(a.removed.begin(), a.removed.end(), [](const Removed& r) { return r.reason == "teaser"; }));
}

TEST_CASE("clean=false keeps pasted text exactly, so offsets index the input") {
  std::string input = "  Premier paragraphe.\nsuite du premier.\n\n\nDeuxième.  \n";
  Options options;
  options.clean = false;
  Analysis a = analyze_ok(input, options);
  CHECK(a.text == input);
  REQUIRE(a.paragraphs.size() == 2);
  CHECK(a.text.substr(a.paragraphs[0].start, a.paragraphs[0].end - a.paragraphs[0].start) ==
        "Premier paragraphe.\nsuite du premier.");
  CHECK(a.text.substr(a.paragraphs[1].start, a.paragraphs[1].end - a.paragraphs[1].start) == "Deuxième.");
}

TEST_CASE("clean=false: a line that ends a sentence and one that starts one are two paragraphs") {
  std::string input = "Il entra.\n– Bonsoir, dit-il.\nElle ne répondit pas, et\nsortit.\n";
  Options options;
  options.clean = false;
  Analysis a = analyze_ok(input, options);
  CHECK(a.text == input);
  std::vector<std::string> paragraphs;
  for (const auto& p : a.paragraphs) paragraphs.push_back(a.text.substr(p.start, p.end - p.start));
  CHECK(paragraphs == std::vector<std::string>{"Il entra.", "– Bonsoir, dit-il.", "Elle ne répondit pas, et\nsortit."});
}

TEST_CASE("interface labels of any language are removed from pasted text") {
  Analysis a = analyze_ok("Share\nTitle of the story here today\n\nThe first paragraph of the story is long enough to be prose, as it says.\nPartager\n");
  CHECK(removed_as(a, "Share", "ui-label"));
  CHECK(removed_as(a, "Partager", "ui-label"));
}

TEST_CASE("a paragraph repeated on the page is kept once") {
  std::string para = "This paragraph appears twice on the page because the site shows it in two places.";
  Analysis a = analyze_ok("A title for the page\n\n" + para + "\n\n" + para + "\n");
  CHECK(paragraphs_of(a, ParagraphKind::kParagraph).size() == 1);
  CHECK(removed_as(a, para, "duplicate"));
}

TEST_CASE("read-also boxes are boilerplate") {
  Analysis a = analyze_ok("Un titre pour la page du jour\n\nLe premier paragraphe est assez long pour être de la prose, comme on le voit ici.\nLire aussi : un autre article sans rapport\nLe second paragraphe est lui aussi assez long pour être retenu dans le corps du texte.\n");
  CHECK(removed_as(a, "Lire aussi : un autre article sans rapport", "boilerplate"));
  CHECK(paragraphs_of(a, ParagraphKind::kParagraph).size() == 2);
}

TEST_CASE("empty and blank input give an empty article, not an error") {
  CHECK(analyze_ok("").text.empty());
  CHECK(analyze_ok(" \n\n \t").paragraphs.empty());
}

TEST_CASE("a dateline line in pasted text is removed") {
  Analysis a = analyze_ok("Un titre pour la page du jour\nPublié le 16/01/2024 à 10h32\n\nLe premier paragraphe est assez long pour être de la prose, comme on le voit ici.\n");
  CHECK(removed_as(a, "Publié le 16/01/2024 à 10h32", "dateline"));
}
