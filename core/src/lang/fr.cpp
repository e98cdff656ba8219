// French word lists.
#include "lang/language.h"

namespace article_analyzer::lang {
namespace {
constexpr std::string_view kStopwords[] = {
    "le", "la", "les", "de", "des", "du", "un", "une", "et", "est", "en", "que", "qui", "dans", "pour",
    "pas", "sur", "au", "aux", "avec", "ce", "cette", "il", "elle", "ils", "nous", "vous", "mais", "ou",
    "par", "plus", "sont", "ont", "été", "son", "sa", "ses", "leur", "a", "à", "ne", "se", "qu", "d", "l"};
constexpr std::string_view kUiLabels[] = {
    "rechercher", "recherche", "partager", "partagez", "imprimer", "menu", "fermer", "connexion",
    "se connecter", "s'abonner", "abonnez-vous", "accueil", "suivez-nous", "envoyer", "commenter",
    "commentaires", "réagir", "lire la suite", "voir plus", "en savoir plus", "retour", "publicité",
    "newsletter", "facebook", "twitter", "linkedin", "whatsapp", "e-mail", "copier le lien", "s'inscrire",
    "mon compte", "offrir", "écouter", "sauvegarder", "ajouter à mes favoris", "lire plus tard",
    "article réservé aux abonnés", "réservé aux abonnés", "contenu sponsorisé", "dernières infos",
    "à lire aussi", "lire aussi", "voir aussi", "à voir aussi", "sur le même sujet", "vidéo",
    "sommaire", "dans cet article", "retour en haut", "voir tout", "nous contacter", "votre e-mail",
    "adresse e-mail", "prénom", "valider", "article précédent", "article suivant", "précédent", "suivant"};
constexpr std::string_view kBoilerplateStarts[] = {
    "lire aussi", "à lire aussi", "voir aussi", "à voir aussi", "sur le même sujet", "lire la suite",
    "abonnez-vous", "inscrivez-vous", "recevez", "suivez-nous", "partager sur", "partagez sur",
    "publicité", "cet article est réservé", "vous avez choisi de refuser", "en poursuivant votre navigation",
    "nous utilisons des cookies", "ce site utilise des cookies", "tous droits réservés", "© ",
    "newsletter", "pour ne rien manquer", "télécharger l'application", "les plus lus", "les plus partagés",
    "dans la même rubrique", "nos services", "mentions légales"};
constexpr std::string_view kSectionLabelStarts[] = {"dernières infos", "dernières informations", "à la une", "en direct", "rubrique"};
constexpr std::string_view kCreditStarts[] = {"photo", "photos", "crédit", "crédits", "crédit photo", "illustration", "infographie", "vidéo", "©"};
constexpr std::string_view kHonorifics[] = {"M.", "Mme", "Mmes", "MM.", "Mlle", "Me", "Mgr", "Dr", "Pr", "Sr"};
constexpr std::string_view kNameStopwords[] = {
    "aucun", "aucune", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "ton", "ta", "tes", "leurs",
    "selon", "après", "avant", "depuis", "pendant", "lors", "alors", "ainsi", "mais", "car", "donc", "or",
    "si", "quand", "comme", "tout", "tous", "toute", "toutes", "chaque", "certains", "plusieurs", "ces",
    "cet", "cette", "celui", "celle", "ceux", "on", "je", "tu", "lui", "eux", "y", "c'est", "il", "elle",
    "pour", "contre", "entre", "sans", "sous", "vers", "chez", "dont", "où", "oui", "non", "photo",
    "rechercher", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "mme", "m", "mm",
    "monsieur", "madame", "président", "présidente", "ministre", "général", "le", "la", "les", "l", "un", "une",
    "des", "du", "de", "d", "en", "et", "ou", "à", "au", "aux", "par", "sur", "dans", "avec", "ce", "cela",
    "ceci", "ça", "enfin", "encore", "aussi", "déjà", "puis", "ensuite", "hier", "aujourd'hui", "demain"};
constexpr std::string_view kOrganizationWords[] = {
    "ministère", "ministry", "parti", "union", "agence", "banque", "université", "institut", "comité",
    "conseil", "commission", "assemblée", "sénat", "tribunal", "cour", "fédération", "association",
    "fondation", "groupe", "société", "compagnie", "office", "organisation", "syndicat", "mouvement",
    "front", "rassemblement", "gouvernement", "ambassade", "police", "gendarmerie", "armée", "préfecture",
    "mairie", "région", "direction", "autorité", "haute autorité", "observatoire", "centre", "club",
    "journal", "radio", "télévision", "chaîne", "nations"};
constexpr std::string_view kSpeechVerbs[] = {
    "déclaré", "déclare", "déclarait", "indiqué", "indique", "indiquait", "affirmé", "affirme", "affirmait",
    "dit", "dit-il", "dit-elle", "a-t-il dit", "a-t-elle dit", "expliqué", "explique", "expliquait", "ajouté",
    "ajoute", "ajoutait", "souligné", "souligne", "estimé", "estime", "estimait", "jugé", "juge", "jugeait",
    "assuré", "assure", "assurait", "précisé", "précise", "précisait", "annoncé", "annonce", "confié",
    "confie", "lancé", "lance", "martelé", "martèle", "répondu", "répond", "rappelé", "rappelle", "insisté",
    "insiste", "dénoncé", "dénonce", "regretté", "regrette", "reconnu", "reconnaît", "prévenu", "prévient",
    "averti", "avertit", "écrit", "écrivait", "commenté", "commente", "raconté", "raconte", "témoigné",
    "témoigne", "déploré", "déplore", "salué", "salue", "réagi", "réagit", "confirmé", "confirme",
    "poursuivi", "poursuit", "conclu", "conclut", "s'est félicité", "s'est félicitée", "a tweeté", "tweeté",
    "selon", "d'après", "interrogé", "interrogée", "assène", "lâche", "lâché", "souffle", "soufflé",
    "s'interroge", "s'exclame", "s'est exclamé", "note", "noté", "observe", "observé", "rétorque", "rétorqué",
    "argue", "argué", "plaide", "plaidé", "résume", "résumé", "promet", "promis", "demande", "demandé"};
constexpr std::string_view kSpeakerPronouns[] = {"il", "elle", "ils", "elles"};
constexpr std::string_view kDayParts[] = {"matin", "soir", "après-midi", "midi", "soirée", "matinée", "nuit"};
constexpr std::string_view kSeasons[] = {"printemps", "été", "automne", "hiver"};
constexpr std::string_view kYearPrepositions[] = {"en", "depuis", "dès", "jusqu'en", "avant", "après", "fin", "début", "mi", "année", "l'an"};
constexpr std::string_view kDatelineWords[] = {
    "publié", "publiée", "le", "à", "mis", "jour", "modifié", "mise", "lecture", "min", "minutes", "h",
    "il", "y", "a", "par", "et", "temps", "de", "lu", "heure", "heures", "hier", "aujourd'hui"};
constexpr std::string_view kExtraPlaces[] = {
    "Washington", "Pékin", "Bruxelles", "Strasbourg", "Marseille", "Lyon", "Lille", "Toulouse", "Bordeaux",
    "Nantes", "Nice", "Rennes", "Montpellier", "Genève", "Kiev", "Kyiv", "Gaza", "Cisjordanie", "Crimée",
    "Donbass", "Europe", "Afrique", "Asie", "Amérique", "Moyen-Orient", "Proche-Orient", "Extrême-Orient",
    "Ile-de-France", "Île-de-France", "Bretagne", "Normandie", "Corse", "Alsace", "Provence", "Occitanie",
    "Népal", "Katmandou", "Everest", "Himalaya", "Méditerranée", "Atlantique", "Pacifique", "Sahel"};
constexpr std::string_view kKnownOrganizations[] = {
    "AFP", "Reuters", "AP", "Associated Press", "Bloomberg", "ONU", "OTAN", "UE", "Union européenne",
    "Kremlin", "Élysée", "Matignon", "Maison Blanche", "Quai d'Orsay", "Pentagone", "Bercy", "Beauvau",
    "Conseil constitutionnel", "Conseil d'État", "Assemblée nationale", "Sénat", "Cnil", "CNIL", "SNCF",
    "Insee", "INSEE", "FMI", "OMS", "Unesco", "Unicef", "Interpol", "Europol", "Google", "Facebook",
    "Apple", "Microsoft", "Amazon", "Twitter", "Le Monde", "Libération", "Le Figaro", "France Télévisions",
    "Radio France", "TF1", "France 2", "France 3", "Canal+", "Arte", "BFMTV", "LCI", "France Info",
    "franceinfo", "Mediapart", "Hamas", "Hezbollah"};
constexpr std::string_view kElisions[] = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"};
// French news writes foreign names as they are: their particles too ("Bank of America", "von der Leyen").
constexpr std::string_view kNameConnectors[] = {"de", "du", "des", "la", "le", "d'", "of", "the", "von", "van", "der", "del", "da", "di", "y", "al", "bin", "el"};
constexpr std::string_view kCueAuxiliaries[] = {"a", "ont", "avait", "avaient", "aurait"};
constexpr std::string_view kOrdinalDays[] = {"1er"};
}  // namespace

extern const LanguageData kLanguage_fr{
    .code = "fr", .stopwords = kStopwords, .ui_labels = kUiLabels, .boilerplate_starts = kBoilerplateStarts,
    .section_label_starts = kSectionLabelStarts, .credit_starts = kCreditStarts, .honorifics = kHonorifics,
    .name_stopwords = kNameStopwords, .organization_words = kOrganizationWords, .speech_verbs = kSpeechVerbs,
    .speaker_pronouns = kSpeakerPronouns, .day_parts = kDayParts,
    .seasons = kSeasons, .year_prepositions = kYearPrepositions, .dateline_words = kDatelineWords, .extra_places = kExtraPlaces,
    .known_organizations = kKnownOrganizations,
    .elisions = kElisions, .name_connectors = kNameConnectors, .cue_auxiliaries = kCueAuxiliaries, .ordinal_days = kOrdinalDays};

}  // namespace article_analyzer::lang
