// The lang/ folder: language data, not logic. One LanguageData per language, its word lists in
// a text file (fr.txt, en.txt, ...: one [section] per field below, which the build turns into
// C++ with core/cmake/language_data.cmake; the list of languages is languages.txt), the CLDR names generated
// from ICU (generated/cldr_lexicon.inc, by tools/lexicon), and their lookup: lang::find(code)
// here, and the hash sets of lexicon.h. A stage reads the words of the page's language; a
// merge across languages is explicit and named (lexicon.h). lang/ may use text/unicode.h and
// text/strings.h to fold and split words; it knows nothing of the stages that read it.
#pragma once

#include <span>
#include <string_view>

namespace article_analyzer::lang {

using Words = std::span<const std::string_view>;

// Every list defaults to empty: a language may fill only some (de, es... have fewer than fr, en).
struct LanguageData {
  std::string_view code;  ///< ISO 639-1.
  /// The most frequent function words: language detection counts them.
  Words stopwords = {};
  /// Whole lines that are interface labels, not text ("Rechercher", "Partager", "Menu").
  Words ui_labels = {};
  /// Starts of lines or blocks that are boilerplate ("Lire aussi", "Abonnez-vous").
  Words boilerplate_starts = {};
  /// Starts of a section label line ("Dernières infos - Diplomatie").
  Words section_label_starts = {};
  /// Words that open a photo or wire credit ("Photo", "Crédit").
  Words credit_starts = {};
  /// Honorifics before a person's name ("M.", "Mme", "Mr.").
  Words honorifics = {};
  /// Capitalized words that never begin a name: determiners, pronouns, conjunctions...
  /// (the stopwords are also used; this adds sentence starters that are not stopwords).
  Words name_stopwords = {};
  /// Words inside an organization's name that mark it as one ("ministère", "Parti", "Inc").
  Words organization_words = {};
  /// Speech verbs (any inflection listed) that attribute a quote ("déclaré", "said").
  Words speech_verbs = {};
  /// Subject pronouns that refer back to the last speaker ("il", "elle", "he", "she"); of
  /// those, the plural ones, which an organization may be the antecedent of ("ils", "they").
  Words speaker_pronouns = {};
  Words plural_pronouns = {};
  /// Of the speaker pronouns, those that say a gender ("elle", "she"; "il", "he").
  Words feminine_pronouns = {};
  Words masculine_pronouns = {};
  /// Phrases that stand, as a subject, for the person mentioned last ("ce dernier", "the latter").
  Words anaphoric_subjects = {};
  /// Prepositions that make a name after a speech verb its listener, its place or its
  /// occasion rather than its speaker ("told to", "à l'AFP", "at the conference").
  Words non_speaker_prepositions = {};
  /// Speech verbs whose object is the listener ("told the AP"): the name after them is not
  /// their speaker.
  Words listener_verbs = {};
  /// Labels of an interview's answers ("R", "A"): the interviewee's words follow.
  Words answer_labels = {};
  /// Endings of the language's participles ("ing", "ant"): a participle cue after a comma
  /// shares its sentence's subject ("…, saying, « … »").
  Words participle_endings = {};
  /// Dashes that open a paragraph of dialogue ("– Je n’ai pas d’argent, répondit-elle.").
  Words dialogue_dashes = {};
  /// Words that lead a date ("en", "le", "in", "on") are not part of it; these follow a
  /// day or a month name to make a time-of-day ("matin", "soir", "morning").
  Words day_parts = {};
  /// Season names, which make a date with a year ("automne 2022").
  Words seasons = {};
  /// Words of a dateline besides dates and numbers ("Published on", "Updated", "min read").
  Words dateline_words = {};
  /// Place names absent from CLDR's countries and time-zone cities (capitals like Washington).
  Words extra_places = {};
  /// Organizations a reader knows by name: agencies, institutions, and seats of power that
  /// stand for a government ("Kremlin", "Maison Blanche").
  Words known_organizations = {};
  /// Elided words glued to the next by an apostrophe, without it ("l" of "l'Ukraine", "qu").
  Words elisions = {};
  /// Lower-case words that may stand inside a name between capitalized ones ("Corée du Nord",
  /// "Bank of England", "Charles de Gaulle").
  Words name_connectors = {};
  /// Auxiliaries that open a cue before the participle ("a déclaré", "has said").
  Words cue_auxiliaries = {};
  /// Day numbers written as ordinals in dates ("1er", "1st"), and the suffixes that make one
  /// ("th" of "16th").
  Words ordinal_days = {};
  Words ordinal_suffixes = {};
  /// Roles, for the role mentions of persons (nlp/coref/roles.cpp). Role nouns, one or several
  /// words ("porte-parole", "press secretary"); those that name a role of the same kind as
  /// another person's ("homologue", "counterpart"); words before a role noun that belong to the
  /// role ("ancien", "former") and prefixes glued to it ("ex-").
  Words role_nouns = {};
  Words counterpart_nouns = {};
  Words role_modifiers = {};
  Words role_prefixes = {};
  /// Words that open a role phrase ("le", "son", "the", "a"); of those, the ones that refer
  /// back to a known person ("le", "the"); contractions that do so without being part of the
  /// mention ("du", "au"); words that join a complement to a role noun ("de", "of").
  Words role_determiners = {};
  Words definite_determiners = {};
  Words role_contractions = {};
  Words role_linkers = {};
  /// Words after which a role phrase describes someone rather than refers back to them ("she
  /// would be the first woman president", "named as the new leader", "il est le président").
  Words role_predicates = {};
  /// "first" (French: "le ministre russe des Affaires étrangères") or "last" (English: "White
  /// House press secretary"): where the role noun stands among its modifiers.
  Words role_head_position = {};
  /// Words that mark a person as a woman or a man (determiners, honorifics, role nouns).
  Words feminine_words = {};
  Words masculine_words = {};
  /// Endings of a possessive that are not part of the name they follow ("'s").
  Words possessive_endings = {};
};

/// The data of `code`, or nullptr for a language without data.
const LanguageData* find(std::string_view code);
/// Every language with data, for lists that apply whatever the page's language.
std::span<const LanguageData* const> all();

/// Place names from CLDR (countries, world areas, time-zone cities) in every language above.
std::span<const std::string_view> cldr_places();
/// Month names (January first) and weekday names (Sunday first) of `code`, lower case as CLDR
/// gives them; empty spans for an unknown language.
std::span<const std::string_view> month_names(std::string_view code);
std::span<const std::string_view> weekday_names(std::string_view code);

}  // namespace article_analyzer::lang
