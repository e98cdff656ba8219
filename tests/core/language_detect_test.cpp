#include <doctest/doctest.h>

#include "text/language_detect.h"

using article_analyzer::detect_language;

TEST_CASE("function words tell the language") {
  CHECK(detect_language("Les ministres se sont félicités du rapprochement des deux pays, qui s'est accéléré depuis l'assaut.") == "fr");
  CHECK(detect_language("The ministers welcomed the rapprochement of the two countries, which has accelerated since the war.") == "en");
  CHECK(detect_language("Die Minister begrüßten die Annäherung der beiden Länder, die sich seit dem Angriff beschleunigt hat.") == "de");
  CHECK(detect_language("Los ministros celebraron el acercamiento de los dos países, que se ha acelerado desde el ataque.") == "es");
  CHECK(detect_language("I ministri hanno accolto con favore il riavvicinamento dei due paesi, che si è accelerato con la guerra.") == "it");
  CHECK(detect_language("Os ministros saudaram a aproximação dos dois países, que se acelerou desde o ataque da Rússia.") == "pt");
}

TEST_CASE("scripts tell languages without word lists") {
  CHECK(detect_language("これは日本語の文章です。ひらがなとカタカナがあります。") == "ja");
  CHECK(detect_language("这是一个中文句子，没有假名。") == "zh");
  CHECK(detect_language("זהו משפט בעברית") == "he");
}

TEST_CASE("nothing to go on gives und") {
  CHECK(detect_language("") == "und");
  CHECK(detect_language("12345 !!!") == "und");
}
