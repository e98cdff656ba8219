// Portuguese word lists (detection, interface labels and quote attribution; fewer than fr/en so far).
#include "lang/language.h"

namespace article_analyzer::lang {
namespace {
constexpr std::string_view kStopwords[] = {"o", "a", "os", "as", "de", "do", "da", "dos", "das", "que", "e", "é", "um", "uma", "em", "no", "na", "para", "com", "não", "se", "por", "mais", "ao", "como", "mas", "foi", "ele", "ela", "são"};
constexpr std::string_view kUiLabels[] = {"pesquisar", "buscar", "compartilhar", "partilhar", "imprimir", "menu", "fechar", "entrar", "assine", "início", "comentários", "leia mais", "publicidade", "newsletter"};
constexpr std::string_view kBoilerplateStarts[] = {"leia também", "leia mais", "veja também", "publicidade", "assine", "todos os direitos reservados", "© "};
constexpr std::string_view kHonorifics[] = {"Sr.", "Sra.", "Dr.", "Dra."};
constexpr std::string_view kSpeechVerbs[] = {"disse", "afirmou", "declarou", "explicou", "disse", "segundo", "acrescentou"};
constexpr std::string_view kSpeakerPronouns[] = {"ele", "ela"};
constexpr std::string_view kNameConnectors[] = {"de", "da", "do", "dos", "das", "e"};
}  // namespace

extern const LanguageData kLanguage_pt{.code = "pt", .stopwords = kStopwords, .ui_labels = kUiLabels,
                                 .boilerplate_starts = kBoilerplateStarts, .honorifics = kHonorifics,
                                 .speech_verbs = kSpeechVerbs, .speaker_pronouns = kSpeakerPronouns,
    .name_connectors = kNameConnectors};

}  // namespace article_analyzer::lang
