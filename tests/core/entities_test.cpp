#include <doctest/doctest.h>

#include "test_support.h"

using namespace article_analyzer;
using test_support::analyze_ok;
using test_support::entity_named;
using test_support::has_mention;

namespace {
const Entity* find(const Analysis& a, EntityType type, std::string_view name) {
  const Entity* e = entity_named(a, name);
  return e && e->type == type ? e : nullptr;
}
}  // namespace

TEST_CASE("seed: the must entities are found, typed and grouped") {
  Analysis a = analyze_ok(test_support::fixture("seed-article/input.txt"));
  struct Expect {
    EntityType type;
    const char* name;
    std::vector<const char*> mentions;
  };
  const Expect must[] = {
      {EntityType::kPerson, "Sergueï Lavrov", {"Sergueï Lavrov"}},
      {EntityType::kPerson, "Vladimir Poutine", {"Vladimir Poutine", "M. Poutine", "Poutine"}},
      {EntityType::kPerson, "Kim Jong Un", {"Kim Jong Un", "M. Kim"}},
      {EntityType::kPerson, "Choe Son Hui", {"Choe Son Hui"}},
      {EntityType::kPerson, "Dmitri Peskov", {"Dmitri Peskov"}},
      {EntityType::kLocation, "Russie", {"Russie"}},
      {EntityType::kLocation, "Corée du Nord", {"Corée du Nord"}},
      {EntityType::kLocation, "Moscou", {"Moscou"}},
      {EntityType::kLocation, "Ukraine", {"Ukraine"}},
      {EntityType::kLocation, "Pyongyang", {"Pyongyang"}},
      {EntityType::kLocation, "Washington", {"Washington"}},
      {EntityType::kLocation, "États-Unis", {"États-Unis"}},
      {EntityType::kLocation, "Syrie", {"Syrie"}},
      {EntityType::kOrganization, "Kremlin", {"Kremlin"}},
      {EntityType::kOrganization, "AFP", {"AFP"}},
      {EntityType::kDate, "16 janvier 2024", {"16 janvier 2024"}},
  };
  for (const auto& e : must) {
    CAPTURE(std::string(e.name));
    const Entity* found = find(a, e.type, e.name);
    REQUIRE(found);
    for (const char* m : e.mentions) {
      CAPTURE(std::string(m));
      CHECK(has_mention(*found, m));
    }
  }
  for (const char* not_entity : {"Rechercher", "Dernières Infos", "Photo", "Les", "La", "Le", "Aucun", "Notre"}) {
    CAPTURE(std::string(not_entity));
    CHECK(entity_named(a, not_entity) == nullptr);
  }
}

TEST_CASE("mentions index the text") {
  Analysis a = analyze_ok("Le président Emmanuel Macron a reçu Olaf Scholz à Paris le 3 mars 2023.");
  REQUIRE_FALSE(a.entities.empty());
  for (const auto& e : a.entities)
    for (const auto& m : e.mentions) CHECK(a.text.substr(m.start, m.end - m.start) == m.text);
  CHECK(find(a, EntityType::kPerson, "Emmanuel Macron"));
  CHECK(find(a, EntityType::kPerson, "Olaf Scholz"));
  CHECK(find(a, EntityType::kLocation, "Paris"));
  CHECK(find(a, EntityType::kDate, "3 mars 2023"));
}

TEST_CASE("English names, places, organizations and dates") {
  Analysis a = analyze_ok("On Tuesday, Joe Biden met Rishi Sunak in London. The United Nations said on 4 May 2023 that Mr. Biden had left.");
  CHECK(find(a, EntityType::kPerson, "Joe Biden"));
  const Entity* biden = find(a, EntityType::kPerson, "Joe Biden");
  REQUIRE(biden);
  CHECK(has_mention(*biden, "Mr. Biden"));
  CHECK(find(a, EntityType::kPerson, "Rishi Sunak"));
  CHECK(find(a, EntityType::kLocation, "London"));
  CHECK(find(a, EntityType::kOrganization, "United Nations"));
  CHECK(find(a, EntityType::kDate, "4 May 2023"));
  CHECK(find(a, EntityType::kDate, "Tuesday"));
}

TEST_CASE("function words are the page language's: French articles do not open English names") {
  // In English text "Le" is part of a name (Le Monde, Le Pen); only French articles are
  // stripped from the start of a capitalized run, and only on French pages.
  Analysis en = test_support::analyze_ok("The newspaper Le Monde reported on Tuesday that the talks had failed again.",
                                         {.language = "en"});
  CHECK(test_support::entity_named(en, "Le Monde") != nullptr);
  CHECK(test_support::entity_named(en, "Monde") == nullptr);
}

TEST_CASE("name particles are the page language's data") {
  Analysis de = test_support::analyze_ok("Ursula von der Leyen traf am Montag den Kanzler in Berlin.", {.language = "de"});
  CHECK(test_support::entity_named(de, "Ursula von der Leyen") != nullptr);
  Analysis pt = test_support::analyze_ok("O presidente Luiz Inácio Lula da Silva falou com a imprensa ontem.", {.language = "pt"});
  CHECK(test_support::entity_named(pt, "Luiz Inácio Lula da Silva") != nullptr);
}

TEST_CASE("names from other languages whose parts are French words stay whole") {
  // "Un" and "Son" are French words; mid-sentence and capitalized beside a name, they are its own.
  Analysis a = analyze_ok("Le dirigeant nord-coréen Kim Jong Un a reçu mardi son homologue Choe Son Hui à Pyongyang.");
  CHECK(find(a, EntityType::kPerson, "Kim Jong Un"));
  CHECK(find(a, EntityType::kPerson, "Choe Son Hui"));
  CHECK(find(a, EntityType::kLocation, "Pyongyang"));
}

TEST_CASE("a name the tagger missed is found where the article names it elsewhere") {
  // The first "Griezmann" is read before the full name is; the second look finds it.
  Analysis fr = analyze_ok("En meneur de jeu, Griezmann a multiplié les passes. Antoine Griezmann a ensuite marqué un but.");
  const Entity* griezmann = find(fr, EntityType::kPerson, "Antoine Griezmann");
  REQUIRE(griezmann);
  CHECK(griezmann->mentions.size() == 2);
  // Not a word the article also writes in lower case.
  Analysis kim = analyze_ok("Kim Jong Un est arrivé. Un homme attendait. Il a vu un cortège.");
  CHECK(entity_named(kim, "Un") == nullptr);
  for (const auto& e : kim.entities)
    for (const auto& m : e.mentions) CHECK(m.text != "Un");
}

TEST_CASE("a name ends on a word of the name: not a lower-case function word, not a bracket") {
  Analysis a = analyze_ok("Douze députés du Front de gauche ont voté contre le texte au stade Allianz Riviera (Nice) hier.");
  for (const auto& e : a.entities) {
    CAPTURE(e.name);
    CHECK_FALSE(e.name.ends_with(" de"));
    CHECK(e.name.find('(') == std::string::npos);
  }
}

TEST_CASE("a known place or organization that is the whole name has its type") {
  Analysis a = analyze_ok("La Corée du Nord, ennemi juré de Washington, a répondu au Kremlin mardi.");
  CHECK(find(a, EntityType::kLocation, "Washington"));
  CHECK(find(a, EntityType::kOrganization, "Kremlin"));
}

TEST_CASE("a known place the tagger reads as an organization stays one: a team is named after its city") {
  Analysis a = analyze_ok("Nice beat Marseille 2-1 in the French league on Sunday, and Milan drew with Torino.", {.language = "en"});
  CHECK(find(a, EntityType::kOrganization, "Marseille"));
  CHECK(find(a, EntityType::kOrganization, "Milan"));
  CHECK_FALSE(find(a, EntityType::kLocation, "Marseille"));
}

TEST_CASE("a capitalized article before a name, mid-sentence, is the name's") {
  Analysis fr = analyze_ok("Le ministre a confié au journal Le Monde, mardi, que les négociations reprendraient.");
  CHECK(find(fr, EntityType::kOrganization, "Le Monde"));
  Analysis en = analyze_ok("The judges met in The Hague on Monday to hear the case.", {.language = "en"});
  CHECK(find(en, EntityType::kLocation, "The Hague"));
  CHECK_FALSE(entity_named(en, "The judges"));
}

TEST_CASE("a known place or organization the tagger left out is found, where the page never writes it in lower case") {
  Analysis a = analyze_ok("Tiens, Australie. Photo HANDOUT / AFP. Les Bleus ont joué hier soir.");
  CHECK(find(a, EntityType::kLocation, "Australie"));
  CHECK(find(a, EntityType::kOrganization, "AFP"));
}
