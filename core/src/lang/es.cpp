// Spanish word lists (detection, interface labels and quote attribution; fewer than fr/en so far).
#include "lang/language.h"

namespace article_analyzer::lang {
namespace {
constexpr std::string_view kStopwords[] = {"el", "la", "los", "las", "de", "del", "que", "y", "en", "un", "una", "es", "por", "con", "para", "se", "no", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ha", "fue", "este", "esta", "son"};
constexpr std::string_view kUiLabels[] = {"buscar", "compartir", "imprimir", "menú", "cerrar", "iniciar sesión", "suscríbete", "inicio", "comentarios", "leer más", "publicidad", "newsletter"};
constexpr std::string_view kBoilerplateStarts[] = {"lee también", "leer más", "te puede interesar", "publicidad", "suscríbete", "todos los derechos reservados", "© "};
constexpr std::string_view kHonorifics[] = {"Sr.", "Sra.", "Dr.", "Dra."};
constexpr std::string_view kSpeechVerbs[] = {"dijo", "afirmó", "declaró", "explicó", "señaló", "aseguró", "añadió", "indicó", "según"};
constexpr std::string_view kSpeakerPronouns[] = {"él", "ella"};
constexpr std::string_view kNameConnectors[] = {"de", "del", "la", "las", "los", "y"};
}  // namespace

extern const LanguageData kLanguage_es{.code = "es", .stopwords = kStopwords, .ui_labels = kUiLabels,
                                 .boilerplate_starts = kBoilerplateStarts, .honorifics = kHonorifics,
                                 .speech_verbs = kSpeechVerbs, .speaker_pronouns = kSpeakerPronouns,
    .name_connectors = kNameConnectors};

}  // namespace article_analyzer::lang
