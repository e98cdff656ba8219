// German word lists (detection, interface labels and quote attribution; fewer than fr/en so far).
#include "lang/language.h"

namespace article_analyzer::lang {
namespace {
constexpr std::string_view kStopwords[] = {"der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit", "sich", "auf", "für", "im", "dem", "auch", "es", "sie", "er", "wir", "ich", "werden", "wurde", "hat", "dass", "aus", "bei", "nach", "wie", "oder", "aber", "noch", "nur"};
constexpr std::string_view kUiLabels[] = {"suche", "suchen", "teilen", "drucken", "menü", "schließen", "anmelden", "abonnieren", "startseite", "kommentare", "mehr lesen", "weiterlesen", "anzeige", "werbung", "newsletter"};
constexpr std::string_view kBoilerplateStarts[] = {"lesen sie auch", "mehr zum thema", "anzeige", "werbung", "newsletter", "alle rechte vorbehalten", "© "};
constexpr std::string_view kHonorifics[] = {"Herr", "Frau", "Dr.", "Prof."};
constexpr std::string_view kSpeechVerbs[] = {"sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "fügte", "schrieb", "meinte", "so"};
constexpr std::string_view kSpeakerPronouns[] = {"er", "sie"};
constexpr std::string_view kNameConnectors[] = {"von", "van", "der", "den", "zu", "de"};
}  // namespace

extern const LanguageData kLanguage_de{.code = "de", .stopwords = kStopwords, .ui_labels = kUiLabels,
                                 .boilerplate_starts = kBoilerplateStarts, .honorifics = kHonorifics,
                                 .speech_verbs = kSpeechVerbs, .speaker_pronouns = kSpeakerPronouns,
    .name_connectors = kNameConnectors};

}  // namespace article_analyzer::lang
