// Italian word lists (detection, interface labels and quote attribution; fewer than fr/en so far).
#include "lang/language.h"

namespace article_analyzer::lang {
namespace {
constexpr std::string_view kStopwords[] = {"il", "lo", "la", "i", "gli", "le", "di", "del", "della", "che", "e", "è", "un", "una", "per", "in", "con", "non", "si", "da", "al", "alla", "sono", "ha", "anche", "come", "ma", "più", "nel", "nella"};
constexpr std::string_view kUiLabels[] = {"cerca", "condividi", "stampa", "menu", "chiudi", "accedi", "abbonati", "home", "commenti", "leggi anche", "pubblicità", "newsletter"};
constexpr std::string_view kBoilerplateStarts[] = {"leggi anche", "potrebbe interessarti", "pubblicità", "abbonati", "tutti i diritti riservati", "© "};
constexpr std::string_view kHonorifics[] = {"Sig.", "Sig.ra", "Dott.", "Prof."};
constexpr std::string_view kSpeechVerbs[] = {"ha detto", "detto", "ha dichiarato", "dichiarato", "ha spiegato", "spiegato", "ha aggiunto", "aggiunto", "secondo"};
constexpr std::string_view kSpeakerPronouns[] = {"lui", "lei"};
constexpr std::string_view kElisions[] = {"l", "d", "un", "dell", "dall", "all", "nell", "sull"};
constexpr std::string_view kNameConnectors[] = {"di", "de", "del", "della", "da", "d'"};
}  // namespace

extern const LanguageData kLanguage_it{.code = "it", .stopwords = kStopwords, .ui_labels = kUiLabels,
                                 .boilerplate_starts = kBoilerplateStarts, .honorifics = kHonorifics,
                                 .speech_verbs = kSpeechVerbs, .speaker_pronouns = kSpeakerPronouns,
    .elisions = kElisions, .name_connectors = kNameConnectors};

}  // namespace article_analyzer::lang
