// HTML extraction: each removal rule has a small page of its own.
#include <doctest/doctest.h>

#include <algorithm>

#include "test_support.h"

using namespace article_analyzer;
using test_support::analyze_ok;
using test_support::paragraphs_of;

namespace {
const std::string kProse =
    "<p>Les ministres russe et nord-coréen des Affaires étrangères se sont félicités mardi, avant une rencontre, "
    "du rapprochement des deux pays, qui s'est accéléré depuis l'assaut russe contre l'Ukraine, selon l'AFP.</p>"
    "<p>Aucun accord n'avait été officiellement signé à l'issue de ce sommet, mais les spéculations allaient bon "
    "train quant à l'aide militaire et humanitaire que Moscou pourrait fournir, en échange de munitions.</p>"
    "<p>Le chef de la diplomatie russe a indiqué mardi, lors de sa rencontre, que leur rencontre visait à faire un "
    "bilan de la mise en œuvre des accords conclus lors de la rencontre, sans en dire plus, ni préciser.</p>";

std::string page(const std::string& body, const std::string& head = "") {
  return "<!doctype html><html lang=\"fr\"><head><title>Le titre de l'article - Le Site</title>" + head +
         "</head><body>" + body + "</body></html>";
}

bool removed_with(const Analysis& a, std::string_view needle, std::string_view reason) {
  return std::any_of(a.removed.begin(), a.removed.end(),
                     [&](const Removed& r) { return r.reason == reason && r.text.find(needle) != std::string::npos; });
}

// Links to the site's sections: many characters, no prose.
std::string site_links(int count) {
  std::string links;
  for (int i = 0; i < count; ++i) links += "<a href=/" + std::to_string(i) + ">Une rubrique du site</a> ";
  return "<div class=\"site-links\">" + links + "</div>";
}

bool in_body(const Analysis& a, std::string_view needle) {
  for (const auto& p : a.paragraphs)
    if (is_body(p.kind) && a.text.substr(p.start, p.end - p.start).find(needle) != std::string::npos) return true;
  return false;
}
}  // namespace

TEST_CASE("the article's paragraphs are kept, in order, with the title first") {
  Analysis a = analyze_ok(page("<article>" + kProse + "</article>"));
  CHECK(a.format == InputFormat::kHtml);
  CHECK(a.language == "fr");
  CHECK(a.title == "Le titre de l'article");
  REQUIRE(a.paragraphs.size() == 4);
  CHECK(a.paragraphs[0].kind == ParagraphKind::kTitle);
  CHECK(paragraphs_of(a, ParagraphKind::kParagraph).size() == 3);
}

TEST_CASE("scripts, styles and hidden nodes never reach the text") {
  Analysis a = analyze_ok(page("<article>" + kProse + "<script>var secret = 1;</script><style>.x{}</style>"
                               "<div hidden>caché un</div><p style=\"display: none\">caché deux</p></article>"));
  CHECK(a.text.find("secret") == std::string::npos);
  CHECK(a.text.find("caché") == std::string::npos);
  CHECK(removed_with(a, "caché un", "hidden"));
}

TEST_CASE("a hidden half of the article is dropped; a page hidden whole until its scripts run is shown") {
  Analysis half = analyze_ok(page("<article><h1>Lorem</h1><div style=\"visibility: hidden\">" + kProse + "</div><h2>Suite</h2><div>" +
                                  kProse.substr(kProse.find("</p>") + 4) + "</div></article>"));
  CHECK_FALSE(in_body(half, "Les ministres russe"));
  CHECK(in_body(half, "Aucun accord"));
  Analysis whole = analyze_ok(page("<div class=\"wrapper\" style=\"opacity:0;visibility:hidden\"><article>" + kProse + "</article></div>"));
  CHECK(in_body(whole, "Les ministres russe"));
}

TEST_CASE("navigation is removed") {
  Analysis a = analyze_ok(page("<nav><a href=/>Accueil</a> <a href=/monde>Monde</a></nav><article>" + kProse + "</article>"));
  CHECK_FALSE(in_body(a, "Accueil"));
  CHECK(removed_with(a, "Accueil", "navigation"));
}

TEST_CASE("footers are removed") {
  Analysis a = analyze_ok(page("<article>" + kProse + "</article><footer>Mentions légales et contact</footer>"));
  CHECK_FALSE(in_body(a, "Mentions légales"));
  CHECK(removed_with(a, "Mentions légales", "footer"));
}

TEST_CASE("share bars are removed") {
  Analysis a = analyze_ok(page("<article><div class=\"share-buttons\">Facebook Twitter E-mail</div>" + kProse + "</article>"));
  CHECK_FALSE(in_body(a, "Facebook"));
  CHECK(removed_with(a, "Facebook", "share"));
}

TEST_CASE("comments are removed") {
  Analysis a = analyze_ok(page("<article>" + kProse + "</article><section id=\"comments\"><p>Super article, merci beaucoup pour ces informations précieuses !</p></section>"));
  CHECK_FALSE(in_body(a, "Super article"));
  CHECK(removed_with(a, "Super article", "comments"));
}

TEST_CASE("comments are removed even when the thread is longer than the article") {
  std::string thread;
  for (int i = 0; i < 4; ++i)
    thread += "<p>Commentaire " + std::to_string(i) + " : je ne suis pas d'accord avec cette analyse, qui oublie, me semble-t-il, "
              "l'essentiel de ce qui s'est joué ces derniers mois entre les deux capitales.</p>";
  // The site's links make the thread hold most of the prose, not most of the text.
  Analysis a = analyze_ok(page("<div class=\"post\">" + kProse + "</div><div id=\"comment-list\">" + thread + "</div>"
                               + site_links(60)));
  CHECK(in_body(a, "Les ministres russe"));
  CHECK_FALSE(in_body(a, "je ne suis pas d'accord"));
  CHECK(removed_with(a, "je ne suis pas d'accord", "comments"));
}

TEST_CASE("related-article lists are removed") {
  Analysis a = analyze_ok(page("<article>" + kProse + "<ul><li><a href=/a>Un autre article</a></li><li><a href=/b>Encore un autre</a></li></ul></article>"));
  CHECK_FALSE(in_body(a, "Un autre article"));
  CHECK(removed_with(a, "Un autre article", "related"));
}

TEST_CASE("read-also boxes and newsletter prompts are boilerplate") {
  Analysis a = analyze_ok(page("<article>" + kProse + "<p>Lire aussi : la suite de cette affaire</p><p>Abonnez-vous à notre newsletter</p></article>"));
  CHECK_FALSE(in_body(a, "Lire aussi"));
  CHECK(removed_with(a, "Lire aussi", "boilerplate"));
  CHECK(removed_with(a, "Abonnez-vous", "boilerplate"));
}

TEST_CASE("advertising is removed") {
  Analysis a = analyze_ok(page("<article>" + kProse + "<div class=\"advert-box\">Publicité pour un produit</div></article>"));
  CHECK_FALSE(in_body(a, "Publicité pour"));
  CHECK(removed_with(a, "Publicité pour", "advertising"));
}

TEST_CASE("the byline is kept as metadata, not as body text") {
  Analysis a = analyze_ok(page("<article><div class=\"byline\">Par Jeanne Dupont</div>" + kProse + "</article>"));
  CHECK(a.byline == "Par Jeanne Dupont");
  CHECK_FALSE(in_body(a, "Jeanne Dupont"));
  CHECK(removed_with(a, "Jeanne Dupont", "byline"));
}

TEST_CASE("blocks outside the article's container are not content") {
  Analysis a = analyze_ok(page("<div class=\"promo-box\"><p>Offre spéciale sur les abonnements cette semaine seulement.</p></div>"
                               "<div id=\"story\">" + kProse + "</div>"));
  CHECK_FALSE(in_body(a, "Offre spéciale"));
  CHECK(std::any_of(a.removed.begin(), a.removed.end(), [](const Removed& r) {
    return r.text.find("Offre spéciale") != std::string::npos && (r.reason == "not-content" || r.reason == "advertising");
  }));
}

TEST_CASE("content streamed by React is shown where its placeholder is, without the fallback") {
  // What the server sends: the placeholders and their fallbacks in place, the content hidden at
  // the end of <body>, and a script (which does not run here) to move it.
  Analysis a = analyze_ok(page("<article><h2>Premier temps</h2><!--$?--><template id=\"B:0\"></template>"
                               "<div>Chargement du paragraphe...</div><!--/$--><h2>Second temps</h2>"
                               "<template id=\"P:1\"></template></article>"
                               "<div hidden id=\"S:0\">" + kProse.substr(0, kProse.find("</p>") + 4) + "</div>"
                               "<div hidden id=\"S:1\">" + kProse.substr(kProse.find("</p>") + 4) + "</div>"
                               "<script>$RC(\"B:0\",\"S:0\")</script>"));
  CHECK(in_body(a, "Les ministres russe"));
  CHECK(in_body(a, "Aucun accord"));
  CHECK_FALSE(in_body(a, "Chargement"));
  std::string text = a.text;
  CHECK(text.find("Premier temps") < text.find("Les ministres russe"));
  CHECK(text.find("Les ministres russe") < text.find("Second temps"));
  CHECK(text.find("Second temps") < text.find("Aucun accord"));
}

TEST_CASE("a streamed part that would contain its own placeholder is left alone") {
  Analysis a = analyze_ok(page("<article>" + kProse + "<div hidden id=\"S:0\"><template id=\"B:0\"></template>"
                               "<p>Un contenu caché qui se contiendrait lui-même.</p></div></article>"));
  CHECK(in_body(a, "Les ministres russe"));
  CHECK_FALSE(in_body(a, "se contiendrait"));
}

TEST_CASE("utility classes and heading anchors do not name page chrome") {
  // "text-sm" is typography, not an article's text; "md:hidden" is a breakpoint; an id made
  // from a heading's words ("menu-...") is an anchor, not a menu.
  Analysis a = analyze_ok(page("<div class=\"text-sm text-gray-500\"><p>Une courte note de la rédaction.</p></div>"
                               "<article><div id=\"menu-des-fetes-et-idees-de-recettes\"><h2>Le menu des fêtes</h2>" + kProse +
                               "</div></article>"));
  CHECK(in_body(a, "Le menu des fêtes"));
  CHECK(in_body(a, "Les ministres russe"));
  CHECK_FALSE(in_body(a, "courte note"));
  Analysis menu = analyze_ok(page("<div id=\"site-menu\"><a href=/a>Accueil</a> <a href=/b>Monde</a></div><article>" + kProse + "</article>"));
  CHECK(removed_with(menu, "Accueil", "navigation"));
}

TEST_CASE("a layout class naming a sidebar does not remove the article it wraps") {
  // Enough text outside the wrapper that a pass without it looks complete.
  const std::string intro =
      "<div class=\"intro\"><p>Ce guide présente, pas à pas, les mesures simples qu'une petite entreprise peut "
      "prendre pour se protéger, sans expertise particulière et sans budget important, en quelques heures.</p>"
      "<p>Il a été rédigé avec des dirigeants de petites structures, des artisans et des associations, qui ont "
      "relu chaque étape, signalé ce qui manquait et proposé des exemples tirés de leur propre expérience.</p>"
      "<p>Chaque étape tient en une page, se lit en quelques minutes et renvoie, pour aller plus loin, vers des "
      "fiches pratiques que l'on peut imprimer, partager avec ses équipes ou afficher dans les locaux.</p></div>";
  Analysis a = analyze_ok(page(intro + "<div class=\"layout-sidebar-left\"><div class=\"side\"><a href=/1>Étape 1</a> "
                               "<a href=/2>Étape 2</a></div><div class=\"layout-main\">" + kProse + kProse + "</div></div>"
                               + site_links(40)));
  CHECK(in_body(a, "Les ministres russe"));
  CHECK(in_body(a, "Aucun accord"));
  Analysis side = analyze_ok(page("<div class=\"sidebar\"><p>Nos offres du moment et nos services aux abonnés.</p></div><article>" + kProse + "</article>"));
  CHECK(removed_with(side, "Nos offres", "related"));
}

namespace {
// Cards whose heading links to another page, as blogs list their other posts.
std::string teaser_cards(const std::string& card_tag, const std::string& card_class) {
  std::string cards;
  for (const char* topic : {"la réforme des retraites", "le budget de la ville", "la rentrée scolaire", "les travaux du tramway"})
    cards += "<" + card_tag + " class=\"" + card_class + "\"><h3><a href=\"/" + std::to_string(cards.size()) + "\">Tout savoir sur " +
             topic + "</a></h3><p>Ce que change " + topic + ", expliqué simplement, avec les dates à retenir, les chiffres "
             "clés, et les réponses, point par point, aux questions de nos lecteurs.</p></" + card_tag + ">";
  return cards;
}
}  // namespace

TEST_CASE("teasers of other posts do not draw the content away from the article") {
  Analysis a = analyze_ok(page("<div class=\"widget-text\">" + kProse + kProse + "</div><div class=\"widget-posts\">" +
                               teaser_cards("article", "post hentry") + "</div>"));
  CHECK(in_body(a, "Les ministres russe"));
  CHECK_FALSE(in_body(a, "Tout savoir sur"));
  CHECK_FALSE(in_body(a, "expliqué simplement"));
}

TEST_CASE("a round-up article made of linked items keeps its items") {
  Analysis a = analyze_ok(page("<article><p>Voici, pour finir l'année, une sélection des sujets que nos lecteurs ont le plus "
                               "suivis, avec pour chacun un résumé et un lien vers notre dossier complet.</p><div class=\"items\">" +
                               teaser_cards("div", "item") + "</div></article>"));
  CHECK(in_body(a, "Voici, pour finir"));
  CHECK(in_body(a, "Tout savoir sur la rentrée scolaire"));
  CHECK(in_body(a, "expliqué simplement"));
}

TEST_CASE("the page's JSON-LD articleBody trims furniture from the ends of the content") {
  // The three paragraphs of kProse, as a CMS puts them in its JSON-LD.
  std::string stated;
  for (std::size_t at = 0; (at = kProse.find("<p>", at)) != std::string::npos; at += 3)
    stated += kProse.substr(at + 3, kProse.find("</p>", at) - at - 3) + "\\n\\n";
  std::string ld = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"articleBody\": \"" + stated + "\"}</script>";
  const std::string cta = "<p>Prêt à aller plus loin ? Rejoignez les milliers de lecteurs qui reçoivent chaque matin notre sélection.</p>";
  Analysis a = analyze_ok(page("<article>" + kProse + cta + "</article>", ld));
  CHECK(in_body(a, "Les ministres russe"));
  CHECK(in_body(a, "Le chef de la diplomatie"));
  CHECK_FALSE(in_body(a, "Prêt à aller plus loin"));
  CHECK(removed_with(a, "Prêt à aller plus loin", "not-content"));
  Analysis without = analyze_ok(page("<article>" + kProse + cta + "</article>"));
  CHECK(in_body(without, "Prêt à aller plus loin"));
}

TEST_CASE("a truncated teaser of a body paragraph is dropped") {
  std::string teaser = "<p>Les ministres russe et nord-coréen des Affaires étrangères se sont félicités mardi, avant une…</p>";
  Analysis a = analyze_ok(page("<article>" + kProse + "<div class=\"encart\">" + teaser + "</div></article>"));
  CHECK(paragraphs_of(a, ParagraphKind::kParagraph).size() == 3);
  CHECK(removed_with(a, "avant une…", "teaser"));
}

TEST_CASE("interface labels inside the content are removed") {
  Analysis a = analyze_ok(page("<article>" + kProse + "<p>Partager</p><p>Share</p></article>"));
  CHECK_FALSE(in_body(a, "Partager"));
  CHECK(removed_with(a, "Partager", "ui-label"));
  CHECK(removed_with(a, "Share", "ui-label"));
}

TEST_CASE("datelines and reading times are not body text") {
  Analysis a = analyze_ok(page("<article><p>Updated: December 9, 2024</p><p>5 min read</p><p>Publié le 16 janvier 2024 à 10h32</p>" + kProse + "</article>"));
  CHECK(paragraphs_of(a, ParagraphKind::kParagraph).size() == 3);
  CHECK(removed_with(a, "December 9, 2024", "dateline"));
  CHECK(removed_with(a, "5 min read", "dateline"));
  CHECK(removed_with(a, "16 janvier 2024", "dateline"));
  // A sentence that mentions a date stays.
  Analysis b = analyze_ok(page("<article>" + kProse + "<p>Le sommet aura lieu le 16 janvier 2024 à Moscou.</p></article>"));
  CHECK(in_body(b, "Le sommet aura lieu"));
}

TEST_CASE("captions and credits are their own kinds") {
  Analysis a = analyze_ok(page("<article><figure><img src=x.jpg><figcaption>Sergueï Lavrov à Moscou. Photo MAXIM SHEMETOV / AFP</figcaption></figure>" + kProse + "</article>"));
  auto captions = paragraphs_of(a, ParagraphKind::kCaption);
  auto credits = paragraphs_of(a, ParagraphKind::kCredit);
  REQUIRE(captions.size() == 1);
  CHECK(captions[0] == "Sergueï Lavrov à Moscou.");
  REQUIRE(credits.size() == 1);
  CHECK(credits[0] == "Photo MAXIM SHEMETOV / AFP");
}

TEST_CASE("headings, lists, block quotes, tables and code keep their kinds") {
  Analysis a = analyze_ok(page("<article>" + kProse + "<h2>Un intertitre</h2><ul><li>premier point de la liste</li></ul>"
                               "<blockquote>Une citation en bloc.</blockquote><table><tr><td>a</td><td>b</td></tr></table>"
                               "<pre>int main() {\n  return 0;\n}</pre></article>"));
  CHECK(paragraphs_of(a, ParagraphKind::kHeading) == std::vector<std::string>{"Un intertitre"});
  CHECK(paragraphs_of(a, ParagraphKind::kListItem) == std::vector<std::string>{"premier point de la liste"});
  CHECK(paragraphs_of(a, ParagraphKind::kBlockquote) == std::vector<std::string>{"Une citation en bloc."});
  CHECK(paragraphs_of(a, ParagraphKind::kTable) == std::vector<std::string>{"a\tb"});
  CHECK(paragraphs_of(a, ParagraphKind::kCode) == std::vector<std::string>{"int main() {\n  return 0;\n}"});
}

TEST_CASE("metadata from the head: Open Graph, article times, canonical, JSON-LD") {
  Analysis a = analyze_ok(page("<article>" + kProse + "</article>",
                               "<meta property=\"og:title\" content=\"Le vrai titre\"><meta property=\"og:site_name\" content=\"Le Site\">"
                               "<meta property=\"article:published_time\" content=\"2024-01-16T10:00:00+01:00\">"
                               "<link rel=\"canonical\" href=\"https://example.org/a\"><meta property=\"og:image\" content=\"https://example.org/i.jpg\">"
                               "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Jeanne Dupont\"},\"articleSection\":\"Monde\"}</script>"));
  CHECK(a.title == "Le vrai titre");
  CHECK(a.site == "Le Site");
  CHECK(a.published == "2024-01-16T10:00:00+01:00");
  CHECK(a.canonical_url == "https://example.org/a");
  CHECK(a.image == "https://example.org/i.jpg");
  CHECK(a.byline == "Jeanne Dupont");
  CHECK(a.section == "Monde");
}

TEST_CASE("a paragraph repeated elsewhere in the page appears once") {
  std::string lead = kProse.substr(0, kProse.find("</p>") + 4);
  Analysis a = analyze_ok(page("<article><div class=\"chapo\">" + lead + "</div><div class=\"texte\">" + kProse + "</div></article>"));
  CHECK(paragraphs_of(a, ParagraphKind::kParagraph).size() == 3);
  CHECK(removed_with(a, "Les ministres russe", "duplicate"));
}

TEST_CASE("a paragraph the author wrote twice in the same place is kept twice") {
  std::string lead = kProse.substr(0, kProse.find("</p>") + 4);
  Analysis a = analyze_ok(page("<article>" + kProse + lead + "</article>"));
  CHECK(paragraphs_of(a, ParagraphKind::kParagraph).size() == 4);
}

TEST_CASE("a paragraph the author repeats in two sections of the article is kept twice") {
  std::string lead = kProse.substr(0, kProse.find("</p>") + 4);
  Analysis a = analyze_ok(page("<article><h1>Titre</h1><div>" + kProse + "</div><h2>Rappel</h2><div>"
                               "<p>Pour mémoire, voici ce que disait notre premier article sur le sujet, publié la veille au soir.</p>" +
                               lead + "</div></article>"));
  CHECK(paragraphs_of(a, ParagraphKind::kParagraph).size() == 5);
}

TEST_CASE("a Chinese paragraph beside the content counts as prose, as a Latin one twice its length would") {
  // 40 Chinese characters carry about what 80 Latin letters do: the paragraph after the
  // content container joins it like any paragraph of prose.
  std::string story;
  for (const char* line : {"一波波接續性低溫寒流報到，已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣，景色宜人。",
                           "玉峰道路一路上雲氣山嵐滯留山頭，順路下切蜿蜒道路後不久即抵達玉峰國小，停車休息。",
                           "美樹美如其名，偌大楓香樹早已呈現金黃，泛紅色彩也是愛攝人仕所喜愛造訪之地之一。"})
    story += std::string("<p>") + line + "</p>";
  Analysis a = analyze_ok("<html lang=\"zh-TW\"><body><div><div class=\"content\">" + story + "</div>"
                          "<p>沿著溪谷步道前行，落葉鋪滿小徑，遠山層疊，雲霧在山腰間緩緩流動，令人流連忘返，秋意正濃。</p></div></body></html>");
  CHECK(in_body(a, "新竹尖石鄉"));
  CHECK(in_body(a, "沿著溪谷步道前行"));
}

TEST_CASE("right-to-left pages report their direction and keep their text") {
  Analysis a = analyze_ok("<html dir=\"rtl\" lang=\"he\"><body><article><p>זהו משפט ארוך בעברית שמופיע בתוך המאמר, והוא ארוך מספיק כדי להיחשב כטקסט.</p></article></body></html>");
  CHECK(a.dir == "rtl");
  CHECK(a.text.find("זהו משפט") != std::string::npos);
}

TEST_CASE("bad input: empty pages, framesets, image-only pages and broken markup give a result") {
  for (const char* input : {"<html></html>", "<frameset><frame src=a.html></frameset>", "<body><img src=a.jpg></body>",
                            "<div><p>texte <b>non fermé <i>du tout</div></span></p>", "<<<>>>", "<html><body>\xff\xfe\x80</body>"}) {
    CAPTURE(input);
    auto result = analyze(input);
    CHECK(result.ok());
  }
}

TEST_CASE("100,000 nested divs neither overflow the stack nor lose the text") {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "<p>Le texte tout au fond de la page, qui doit survivre à l'imbrication.</p><p>Un second paragraphe.</p>";
  Analysis a = analyze_ok(page(deep));
  CHECK(a.text.find("Le texte tout au fond") != std::string::npos);
  CHECK(a.text.find("l'imbrication.Un second") == std::string::npos);  // Blocks stay apart.
}

TEST_CASE("a page of frames is read as its noframes text, parsed as markup") {
  const std::string page =
      "<html><head><title>Les cadres</title></head><frameset cols=\"20%,80%\"><frame src=\"menu.html\">"
      "<frame src=\"main.html\"><noframes><body><p>Ce site utilise des cadres, mais le texte de remplacement "
      "reste lisible pour tous les lecteurs qui n'en ont pas.</p></body></noframes></frameset></html>";
  Analysis a = test_support::analyze_ok(page);
  CHECK(a.text.find("Ce site utilise des cadres") != std::string::npos);
  CHECK(a.text.find("<p>") == std::string::npos);
  CHECK(a.text.find("<body>") == std::string::npos);
}

TEST_CASE("noframes outside a page of frames stays hidden, as browsers show it") {
  const std::string page =
      "<html><head><title>Un article</title></head><body><div><p>Le premier paragraphe de l'article est assez "
      "long pour compter comme de la prose, avec une phrase complète et des virgules, comme il se doit.</p>"
      "<noframes><p>Votre navigateur ne gère pas les cadres, et ce texte de remplacement, que les navigateurs ne "
      "montrent pas, ne doit pas apparaître dans l'article.</p></noframes></div></body></html>";
  Analysis a = test_support::analyze_ok(page);
  CHECK(a.text.find("Le premier paragraphe") != std::string::npos);
  CHECK(a.text.find("Votre navigateur") == std::string::npos);
}
