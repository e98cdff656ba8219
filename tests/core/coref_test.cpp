// The coref stage alone: name candidates made by hand over made-up French and English texts
// (so that these tests do not depend on the recognizer), grouped into entities with their role
// mentions.
#include <doctest/doctest.h>

#include <algorithm>
#include <ctime>
#include <string>
#include <vector>

#include "lang/lexicon.h"
#include "nlp/coref/names.h"
#include "nlp/doc.h"
#include "text/text_model.h"

using namespace article_analyzer;

namespace {

// A text, its model and the candidates a recognizer would give for it.
class Page {
 public:
  Page(std::string text, std::string language)
      : text_(std::move(text)), model_(build_text_model(text_, paragraphs(text_), language)),
        doc_{.text = model_, .words = lang::lexicon(language)} {}

  /// The candidate of the `occurrence`-th `mention` in the text; its name proper starts after
  /// `title` ("M. ", "President ").
  Page& name(std::string_view mention, EntityType type, std::string_view title = "", int occurrence = 0, bool typed = true) {
    std::size_t at = text_.find(mention);
    for (int i = 0; i < occurrence && at != std::string::npos; ++i) at = text_.find(mention, at + 1);
    REQUIRE_MESSAGE(at != std::string::npos, std::string(mention));
    nlp::NameCandidate c;
    c.start = at;
    c.name_start = at + title.size();
    c.end = at + mention.size();
    c.tokens = static_cast<std::size_t>(std::count(mention.begin() + static_cast<long>(title.size()), mention.end(), ' ')) + 1;
    c.type = type;
    c.typed = typed;
    doc_.names.push_back(c);
    std::sort(doc_.names.begin(), doc_.names.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    return *this;
  }
  /// A candidate by its bytes (the name proper from `start`, no title), in text order.
  Page& name_at(std::size_t start, std::size_t length, EntityType type) {
    std::string_view mention(text_.data() + start, length);
    nlp::NameCandidate c;
    c.start = c.name_start = start;
    c.end = start + length;
    c.tokens = static_cast<std::size_t>(std::count(mention.begin(), mention.end(), ' ')) + 1;
    c.type = type;
    c.typed = true;
    doc_.names.push_back(c);
    return *this;
  }
  Page& person(std::string_view mention, std::string_view title = "", int occurrence = 0) {
    return name(mention, EntityType::kPerson, title, occurrence);
  }

  const std::vector<Entity>& group() {
    nlp::group_names(doc_);
    for (const auto& e : doc_.entities)
      for (const auto& m : e.mentions) CHECK(text_.substr(m.start, m.end - m.start) == m.text);
    return doc_.entities;
  }
  const std::string& text() const { return text_; }

 private:
  static std::vector<Paragraph> paragraphs(const std::string& text) {
    std::vector<Paragraph> out;
    for (std::size_t start = 0; start < text.size();) {
      std::size_t end = text.find("\n\n", start);
      if (end == std::string::npos) end = text.size();
      out.push_back({start, end, ParagraphKind::kParagraph});
      start = end + 2;
    }
    return out;
  }

  std::string text_;
  TextModel model_;
  nlp::Doc doc_;
};

const Entity* named(const std::vector<Entity>& entities, std::string_view name) {
  for (const auto& e : entities)
    if (e.name == name) return &e;
  return nullptr;
}

// The entity that has a mention of this text.
const Entity* with_mention(const std::vector<Entity>& entities, std::string_view text) {
  for (const auto& e : entities)
    for (const auto& m : e.mentions)
      if (m.text == text) return &e;
  return nullptr;
}

std::size_t count(const Entity& e, std::string_view text) {
  return static_cast<std::size_t>(std::count_if(e.mentions.begin(), e.mentions.end(), [&](const Mention& m) { return m.text == text; }));
}

// The role of the mention of this text, "" if it has none, "(none)" if there is no such mention.
std::string role_of(const Entity& e, std::string_view text) {
  for (const auto& m : e.mentions)
    if (m.text == text) return m.role;
  return "(none)";
}

std::size_t roles(const std::vector<Entity>& entities) {
  std::size_t n = 0;
  for (const auto& e : entities)
    for (const auto& m : e.mentions) n += !m.role.empty();
  return n;
}

const char* const kFrench =
    "Le ministre portugais des Finances, Rui Tavares, a reçu jeudi Angela Morel à Lisbonne. M. Tavares a salué "
    "la rencontre Tavares-Morel, et Tavares a promis une suite.\n\n"
    "La porte-parole du gouvernement, Inès Carvalho, a confirmé l'accord. Plus tard, la porte-parole a précisé "
    "que le ministre restait prudent.";

const char* const kEnglish =
    "White House press secretary Sean Spicer said on Monday that President Donald Trump would meet Anna Berg, "
    "a spokeswoman for the ministry, in Oslo. Mr. Spicer added that Trump's schedule was full.\n\n"
    "President Trump later spoke. The press secretary declined to comment, and the spokeswoman said nothing more.";

Page french() {
  Page p(kFrench, "fr");
  p.person("Rui Tavares").person("Angela Morel").name("Lisbonne", EntityType::kLocation).person("M. Tavares", "M. ");
  p.person("Tavares", "", 3).person("Inès Carvalho");
  return p;
}

Page english() {
  Page p(kEnglish, "en");
  p.person("Sean Spicer").person("President Donald Trump").person("Anna Berg").name("Oslo", EntityType::kLocation);
  p.person("Mr. Spicer", "Mr. ").person("Trump's").person("President Trump", "President ");
  return p;
}

}  // namespace

TEST_CASE("coref: a person's mentions are grouped under the fullest name (French)") {
  Page page = french();
  const auto& entities = page.group();
  const Entity* tavares = named(entities, "Rui Tavares");
  REQUIRE(tavares);
  CHECK(tavares->type == EntityType::kPerson);
  CHECK(count(*tavares, "Rui Tavares") == 1);
  CHECK(count(*tavares, "M. Tavares") == 1);  // The title is the mention's.
  CHECK(count(*tavares, "Tavares") == 2);     // Alone, and inside "Tavares-Morel".
  CHECK(with_mention(entities, "M. Tavares") == tavares);
  REQUIRE(named(entities, "Angela Morel"));
  CHECK(with_mention(entities, "Morel") == named(entities, "Angela Morel"));
  CHECK(named(entities, "Lisbonne"));
  CHECK_FALSE(named(entities, "M. Tavares"));
  CHECK_FALSE(named(entities, "Tavares"));
}

TEST_CASE("coref: titles are the mention's, never the name; possessives are neither (English)") {
  Page page = english();
  const auto& entities = page.group();
  const Entity* trump = named(entities, "Donald Trump");
  REQUIRE(trump);
  CHECK(count(*trump, "President Donald Trump") == 1);  // A title inside the recognized span.
  CHECK(count(*trump, "President Trump") == 1);         // A title before the name proper.
  CHECK(count(*trump, "Trump") == 1);                   // "Trump's" without its "'s".
  CHECK_FALSE(with_mention(entities, "Trump's"));
  CHECK_FALSE(named(entities, "President Trump"));
  CHECK_FALSE(named(entities, "President Donald Trump"));
  const Entity* spicer = named(entities, "Sean Spicer");
  REQUIRE(spicer);
  CHECK(count(*spicer, "Mr. Spicer") == 1);
  // The title is named apart, so that the name proper can be read off the mention.
  auto title_of = [](const Entity& e, std::string_view text) {
    auto it = std::find_if(e.mentions.begin(), e.mentions.end(), [&](const Mention& m) { return m.text == text; });
    REQUIRE(it != e.mentions.end());
    return it->title;
  };
  CHECK(title_of(*trump, "President Donald Trump") == "President");
  CHECK(title_of(*trump, "President Trump") == "President");
  CHECK(title_of(*trump, "Trump") == "");
  CHECK(title_of(*spicer, "Mr. Spicer") == "Mr.");
}

TEST_CASE("coref: a capitalized title right before a name is the mention's") {
  Page page("Later, President Emma Stone spoke. Stone left.", "en");
  page.person("Emma Stone").person("Stone", "", 1);
  const auto& entities = page.group();
  const Entity* stone = named(entities, "Emma Stone");
  REQUIRE(stone);
  CHECK(count(*stone, "President Emma Stone") == 1);
  CHECK(count(*stone, "Stone") == 1);
}

TEST_CASE("coref: a shorter full name joins the longer one that ends with it") {
  Page page("Mohamed El Saife spoke first. Then El Saife and Ali Badr left; Badr stayed.", "en");
  page.person("Mohamed El Saife").person("El Saife").person("Ali Badr").person("Badr");
  const auto& entities = page.group();
  const Entity* saife = named(entities, "Mohamed El Saife");
  REQUIRE(saife);
  CHECK(count(*saife, "El Saife") == 1);
  CHECK_FALSE(named(entities, "El Saife"));
  REQUIRE(named(entities, "Ali Badr"));
  CHECK(count(*named(entities, "Ali Badr"), "Badr") == 1);
}

TEST_CASE("coref: a lone word goes to the person named nearest before it") {
  Page page("Paul Martin arrived. Martin spoke. Then Anne Martin arrived. Martin sang.", "en");
  page.person("Paul Martin").person("Martin", "", 1).person("Anne Martin").person("Martin", "", 3);
  const auto& entities = page.group();
  REQUIRE(named(entities, "Paul Martin"));
  REQUIRE(named(entities, "Anne Martin"));
  CHECK(named(entities, "Paul Martin")->mentions.size() == 2);
  CHECK(named(entities, "Anne Martin")->mentions.size() == 2);
  CHECK(named(entities, "Anne Martin")->mentions.back().start == page.text().rfind("Martin"));
}

TEST_CASE("coref: titles of another gender name another person") {
  Page page("Sir John Hale thanked Lady Hale. Lady Hale smiled, and Hale left.", "en");
  page.person("Sir John Hale", "Sir ").person("Lady Hale", "Lady ").person("Lady Hale", "Lady ", 1).person("Hale", "", 3);
  const auto& entities = page.group();
  const Entity* john = named(entities, "John Hale");
  REQUIRE(john);
  CHECK(count(*john, "Hale") == 1);
  CHECK(count(*john, "Lady Hale") == 0);
  const Entity* lady = with_mention(entities, "Lady Hale");
  REQUIRE(lady);
  CHECK(lady != john);
  CHECK(count(*lady, "Lady Hale") == 2);

  Page french_page("M. Paul Roux a accueilli Mme Roux.", "fr");
  french_page.person("M. Paul Roux", "M. ").person("Mme Roux", "Mme ");
  const auto& french = french_page.group();
  REQUIRE(named(french, "Paul Roux"));
  CHECK(with_mention(french, "Mme Roux") != named(french, "Paul Roux"));
}

TEST_CASE("coref: a hyphenated pair of known names is a mention of each, in a candidate or not") {
  Page page("Kim Jong Un a reçu Vladimir Poutine. La rencontre Poutine-Kim a duré deux heures.", "fr");
  page.person("Kim Jong Un").person("Vladimir Poutine");  // "Poutine-Kim" left out by the recognizer.
  const auto& entities = page.group();
  REQUIRE(named(entities, "Vladimir Poutine"));
  REQUIRE(named(entities, "Kim Jong Un"));
  CHECK(count(*named(entities, "Vladimir Poutine"), "Poutine") == 1);
  CHECK(count(*named(entities, "Kim Jong Un"), "Kim") == 1);

  Page typed("Kim Jong Un a reçu Vladimir Poutine. La rencontre Poutine-Kim a duré deux heures.", "fr");
  typed.person("Kim Jong Un").person("Vladimir Poutine").person("Poutine-Kim");
  const auto& typed_entities = typed.group();
  CHECK_FALSE(named(typed_entities, "Poutine-Kim"));
  CHECK(count(*named(typed_entities, "Kim Jong Un"), "Kim") == 1);

  // A hyphenated name whose parts are not known names stays whole.
  Page whole("Anna Thomson-Deveaux wrote it. Thomson-Deveaux agreed.", "en");
  whole.person("Anna Thomson-Deveaux").person("Thomson-Deveaux");
  const auto& whole_entities = whole.group();
  REQUIRE(named(whole_entities, "Anna Thomson-Deveaux"));
  CHECK(count(*named(whole_entities, "Anna Thomson-Deveaux"), "Thomson-Deveaux") == 1);
}

TEST_CASE("coref: an initialism keeps its last dot") {
  Page page("Officials in the U.S. said so.", "en");
  page.name("U.S", EntityType::kLocation);
  const auto& entities = page.group();
  CHECK(named(entities, "U.S."));
  CHECK(with_mention(entities, "U.S."));
}

TEST_CASE("coref: role phrases beside a name are its mentions (French)") {
  Page page = french();
  const auto& entities = page.group();
  const Entity* tavares = named(entities, "Rui Tavares");
  const Entity* carvalho = named(entities, "Inès Carvalho");
  REQUIRE(tavares);
  REQUIRE(carvalho);
  // "role, X": the mention keeps its determiner, the role does not.
  CHECK(role_of(*tavares, "Le ministre portugais des Finances") == "ministre portugais des Finances");
  CHECK(role_of(*carvalho, "La porte-parole du gouvernement") == "porte-parole du gouvernement");
  // A later definite role phrase refers back to the person with that role, of its gender.
  CHECK(role_of(*carvalho, "la porte-parole") == "porte-parole");
  CHECK(role_of(*tavares, "le ministre") == "ministre");  // Not "le ministre restait": a verb.
  CHECK(role_of(*tavares, "Rui Tavares").empty());  // Names have no role.
}

TEST_CASE("coref: role phrases beside a name are its mentions (English)") {
  Page page = english();
  const auto& entities = page.group();
  const Entity* spicer = named(entities, "Sean Spicer");
  const Entity* berg = named(entities, "Anna Berg");
  REQUIRE(spicer);
  REQUIRE(berg);
  CHECK(role_of(*spicer, "White House press secretary") == "White House press secretary");  // "role X"
  CHECK(role_of(*berg, "a spokeswoman for the ministry") == "spokeswoman for the ministry");  // "X, role,"
  CHECK(role_of(*spicer, "The press secretary") == "press secretary");
  CHECK(role_of(*berg, "the spokeswoman") == "spokeswoman");
  CHECK(roles(entities) == 4);  // "President" is a title, not a role mention.
}

TEST_CASE("coref: a counterpart has the role of the person it is the counterpart of") {
  Page page(
      "Le chef de la diplomatie belge, Marc Olin, a reçu son homologue chilienne Ana Ruiz. La cheffe de la "
      "diplomatie chilienne a remercié le chef de la diplomatie belge.",
      "fr");
  page.person("Marc Olin").person("Ana Ruiz");
  const auto& entities = page.group();
  const Entity* olin = named(entities, "Marc Olin");
  const Entity* ruiz = named(entities, "Ana Ruiz");
  REQUIRE(olin);
  REQUIRE(ruiz);
  CHECK(role_of(*ruiz, "son homologue chilienne") == "homologue chilienne");
  CHECK(role_of(*ruiz, "La cheffe de la diplomatie chilienne") == "cheffe de la diplomatie chilienne");
  CHECK(role_of(*olin, "le chef de la diplomatie belge") == "chef de la diplomatie belge");

  Page english_page("Foreign Minister Tom Hart met his Chilean counterpart Ana Ruiz. The foreign minister spoke first.", "en");
  english_page.person("Tom Hart").person("Ana Ruiz");
  const auto& english = english_page.group();
  REQUIRE(named(english, "Ana Ruiz"));
  CHECK(role_of(*named(english, "Ana Ruiz"), "his Chilean counterpart") == "Chilean counterpart");
  REQUIRE(named(english, "Tom Hart"));
  CHECK(count(*named(english, "Tom Hart"), "Foreign Minister Tom Hart") == 1);
  CHECK(role_of(*named(english, "Tom Hart"), "The foreign minister") == "foreign minister");
}

TEST_CASE("coref: what is not a role reference") {
  // A description after a verb like "be", and a phrase before a comma after a preposition.
  Page page("Anna Berg, the spokeswoman, left. She would be the first spokeswoman elected. Selon la ministre, Rui Tavares partira.",
            "en");
  page.person("Anna Berg").person("Rui Tavares");
  const auto& entities = page.group();
  REQUIRE(named(entities, "Anna Berg"));
  CHECK(role_of(*named(entities, "Anna Berg"), "the spokeswoman") == "spokeswoman");
  CHECK(roles(entities) == 1);

  Page french_page("Le ministre des Finances, Rui Tavares, est arrivé. Selon la ministre, Ana Roux partira. Tavares est le ministre des Finances.",
                    "fr");
  french_page.person("Rui Tavares").person("Ana Roux").person("Tavares", "", 1);
  CHECK(roles(french_page.group()) == 1);
  // ... unless a comma closes the name too: then it is an apposition.
  Page closed("Selon le porte-parole du Kremlin, Dmitri Peskov, la visite aura lieu.", "fr");
  closed.person("Dmitri Peskov");
  const auto& closed_entities = closed.group();
  REQUIRE(named(closed_entities, "Dmitri Peskov"));
  CHECK(role_of(*named(closed_entities, "Dmitri Peskov"), "le porte-parole du Kremlin") == "porte-parole du Kremlin");

  // The possessive's noun is the head: "the Prime Minister's wife" is no prime minister.
  Page wife("Jane Hale, the Prime Minister's wife, smiled.", "en");
  wife.person("Jane Hale");
  CHECK(roles(wife.group()) == 0);

  // A multi-word role is another role than its last word; a name in it must be the person's.
  Page other("Le ministre de la Défense, Paul Roux, est arrivé. Le Premier ministre et le ministre de l'Intérieur sont partis.", "fr");
  other.person("Paul Roux");
  const auto& other_entities = other.group();
  CHECK(roles(other_entities) == 1);
}

TEST_CASE("coref: a span that is all role is no name; a role inside a span is split off") {
  Page page("Prime Minister John Hale spoke. The Prime Minister left, and Disney Chief Executive Bob Iger stayed. The Prime Minister's wife waved.", "en");
  page.person("Prime Minister John Hale").person("Prime Minister", "", 1).name("Disney Chief Executive Bob Iger", EntityType::kOrganization);
  page.person("Prime Minister's");  // A role, with a possessive.
  const auto& entities = page.group();
  CHECK_FALSE(named(entities, "Prime Minister"));
  CHECK_FALSE(with_mention(entities, "Prime Minister"));
  CHECK_FALSE(with_mention(entities, "Prime Minister's"));
  const Entity* hale = named(entities, "John Hale");
  REQUIRE(hale);
  CHECK(count(*hale, "Prime Minister John Hale") == 1);
  CHECK(role_of(*hale, "The Prime Minister") == "Prime Minister");  // The title said the role.
  const Entity* iger = named(entities, "Bob Iger");
  REQUIRE(iger);
  CHECK(iger->type == EntityType::kPerson);
  CHECK(role_of(*iger, "Disney Chief Executive") == "Disney Chief Executive");
}

TEST_CASE("coref: role words are the page language's") {
  // The lists are per language: never merged across languages.
  CHECK(lang::lexicon("fr").roles.nouns.count("porte-parole"));
  CHECK_FALSE(lang::lexicon("fr").roles.nouns.count("spokesman"));
  CHECK(lang::lexicon("en").roles.nouns.count("spokesman"));
  CHECK_FALSE(lang::lexicon("en").roles.nouns.count("porte-parole"));
  // An English role phrase on a French page, a French one on an English page: no role.
  Page french_page("Le spokesman du Kremlin, Dmitri Peskov, a parlé.", "fr");
  french_page.person("Dmitri Peskov");
  CHECK(roles(french_page.group()) == 0);
  Page english_page("The porte-parole of the Kremlin, Dmitri Peskov, spoke.", "en");
  english_page.person("Dmitri Peskov");
  CHECK(roles(english_page.group()) == 0);
  // A language without role words groups names all the same.
  Page german("Der Sprecher des Kremls, Dmitri Peskov, sprach. Peskov schwieg.", "de");
  german.person("Dmitri Peskov").person("Peskov", "", 1);
  const auto& entities = german.group();
  CHECK(roles(entities) == 0);
  REQUIRE(named(entities, "Dmitri Peskov"));
  CHECK(count(*named(entities, "Dmitri Peskov"), "Peskov") == 1);
}

TEST_CASE("coref: many names, roles, references and pairs take linear time") {
  // 4000 sentences of appositions, references, lone words and pairs, each of one of 200
  // persons (about 0.4 MB): a quadratic step would take minutes; the native build takes tens
  // of milliseconds.
  constexpr int kRepeats = 4000, kPersons = 200;
  constexpr double kBoundMs = 2000;
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> names;  // Start, length.
  for (int i = 0; i < kRepeats; ++i) {
    std::string surname = "Smith" + std::to_string(i % kPersons), other = "Smith" + std::to_string((i + 1) % kPersons);
    std::string sentence = "The press secretary, Jo " + surname + ", met " + surname + " and the press secretary, in the " +
                           surname + "-" + other + " talks. ";
    names.push_back({text.size() + sentence.find("Jo "), 3 + surname.size()});
    names.push_back({text.size() + sentence.find(" " + surname + " and") + 1, surname.size()});
    text += sentence;
  }
  Page page(text, "en");
  for (const auto& [at, length] : names) page.name_at(at, length, EntityType::kPerson);
  const std::clock_t started = std::clock();
  const auto& entities = page.group();
  const double ms = 1000.0 * static_cast<double>(std::clock() - started) / CLOCKS_PER_SEC;
  MESSAGE(text.size() << " bytes, " << names.size() << " candidates: " << ms << " ms of CPU");
  CHECK(ms < kBoundMs * AA_TEST_TIME_SCALE);
  CHECK(entities.size() == static_cast<std::size_t>(kPersons));
  CHECK(roles(entities) == 2 * static_cast<std::size_t>(kRepeats));  // The apposition and the later reference.
  CHECK(entities[0].mentions.size() == 6 * static_cast<std::size_t>(kRepeats / kPersons));  // Two names, two roles, two in pairs.
}

TEST_CASE("coref: a lone word typed otherwise is the person whose family name it is") {
  Page page("Paul Pogba a marqué. Plus tard, Pogba a célébré avec Rome.", "fr");
  page.person("Paul Pogba").name("Pogba", EntityType::kLocation, "", 1).name("Rome", EntityType::kLocation);
  const auto& entities = page.group();
  REQUIRE(named(entities, "Paul Pogba"));
  CHECK(count(*named(entities, "Paul Pogba"), "Pogba") == 1);
  CHECK_FALSE(named(entities, "Pogba"));
  REQUIRE(named(entities, "Rome"));
  CHECK(named(entities, "Rome")->type == EntityType::kLocation);
}

TEST_CASE("coref: a hyphenated pair typed as a place is still a mention of each") {
  Page page("Kim Jong Un a reçu Vladimir Poutine. La rencontre Poutine-Kim a duré deux heures.", "fr");
  page.person("Kim Jong Un").person("Vladimir Poutine").name("Poutine-Kim", EntityType::kLocation);
  const auto& entities = page.group();
  CHECK_FALSE(named(entities, "Poutine-Kim"));
  REQUIRE(named(entities, "Vladimir Poutine"));
  CHECK(count(*named(entities, "Vladimir Poutine"), "Poutine") == 1);
}

TEST_CASE("coref: an organization's name with and without its article is one entity") {
  Page page("The Associated Press reported it first. Later, Associated Press editors confirmed it.", "en");
  page.name("The Associated Press", EntityType::kOrganization).name("Associated Press", EntityType::kOrganization, "", 1);
  const auto& entities = page.group();
  REQUIRE(entities.size() == 1);
  CHECK(entities[0].name == "The Associated Press");
  CHECK(entities[0].mentions.size() == 2);
}

TEST_CASE("coref: an acronym of an organization named on the page is that organization") {
  Page page("The Israel Defense Forces said on Monday that the IDF does not target journalists. The UN disagreed.", "en");
  page.name("The Israel Defense Forces", EntityType::kOrganization)
      .name("IDF", EntityType::kOrganization)
      .name("UN", EntityType::kOrganization);
  const auto& entities = page.group();
  REQUIRE(entities.size() == 2);
  CHECK(entities[0].name == "The Israel Defense Forces");
  CHECK(entities[0].mentions.size() == 2);
  CHECK(entities[1].name == "UN");  // Initials of nothing on the page: a name of its own.
}
