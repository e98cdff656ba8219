// English word lists.
#include "lang/language.h"

namespace article_analyzer::lang {
namespace {
constexpr std::string_view kStopwords[] = {
    "the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "he", "she",
    "be", "at", "by", "this", "have", "from", "or", "an", "are", "not", "but", "his", "her", "they", "has",
    "were", "which", "had", "been", "their", "will", "would", "who", "its", "we", "said", "there"};
constexpr std::string_view kUiLabels[] = {
    "search", "share", "share this", "share this article", "tweet", "print", "email", "menu", "close",
    "sign in", "log in", "login", "sign up", "subscribe", "home", "follow us", "comments", "comment",
    "read more", "see more", "show more", "load more", "advertisement", "advertising", "sponsored",
    "sponsored content", "newsletter", "facebook", "twitter", "linkedin", "whatsapp", "copy link",
    "skip to content", "skip to main content", "back to top", "related", "related articles", "listen",
    "save", "bookmark", "read next", "more stories", "trending", "most popular", "latest news", "video",
    "learn more", "table of contents", "contents", "in this article", "jump to", "book now", "view all",
    "see more", "see all", "contact us", "get a quote", "your email", "email address", "first name",
    "last name", "submit", "send", "print this page", "previous", "next", "previous article", "next article"};
constexpr std::string_view kBoilerplateStarts[] = {
    "read more", "read also", "see also", "related:", "related articles", "related stories", "more from",
    "sign up", "subscribe to", "follow us", "share on", "share this", "advertisement", "we use cookies",
    "this site uses cookies", "by continuing to use", "all rights reserved", "© ", "copyright ",
    "newsletter", "get the app", "download the app", "most read", "most popular", "recommended for you",
    "you may also like", "you might also like", "click here", "terms of use", "privacy policy",
    "this article is for subscribers", "already a subscriber", "leave a comment", "posted in", "filed under"};
constexpr std::string_view kSectionLabelStarts[] = {"latest news", "breaking news", "live", "section"};
constexpr std::string_view kCreditStarts[] = {"photo", "photograph", "credit", "image", "illustration", "video", "©", "getty images"};
constexpr std::string_view kHonorifics[] = {"Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Dr", "Prof.", "Sir", "Dame", "Lord", "Lady", "Sen.", "Rep.", "Gov.", "Gen.", "Col.", "Capt.", "Lt.", "Sgt.", "Rev.", "St."};
constexpr std::string_view kNameStopwords[] = {
    "a", "an", "the", "this", "that", "these", "those", "our", "your", "my", "his", "her", "their", "its",
    "i", "we", "you", "he", "she", "they", "it", "after", "before", "since", "during", "while", "when",
    "if", "but", "and", "or", "so", "yet", "as", "at", "in", "on", "for", "of", "by", "with", "from",
    "to", "into", "no", "not", "yes", "all", "some", "many", "most", "every", "each", "there", "here",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms",
    "president", "minister", "general", "photo", "search", "share", "according", "however", "meanwhile",
    "also", "then", "now", "today", "yesterday", "tomorrow", "what", "why", "how", "who", "where", "which", "pool"};
constexpr std::string_view kOrganizationWords[] = {
    "ministry", "department", "party", "union", "agency", "bank", "university", "institute", "committee",
    "council", "commission", "assembly", "senate", "congress", "court", "federation", "association",
    "foundation", "group", "company", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "llc",
    "plc", "co.", "office", "organization", "organisation", "authority", "board", "bureau", "service",
    "police", "army", "navy", "embassy", "center", "centre", "club", "times", "post", "news", "press",
    "network", "channel", "nations", "school", "college", "hospital", "administration"};
constexpr std::string_view kSpeechVerbs[] = {
    "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "explained", "explains",
    "noted", "notes", "wrote", "writes", "declared", "declares", "asked", "asks", "argued", "argues",
    "insisted", "insists", "warned", "warns", "claimed", "claims", "announced", "announces", "replied",
    "replies", "responded", "responds", "acknowledged", "acknowledges", "admitted", "admits", "recalled",
    "recalls", "continued", "continues", "tweeted", "tweets", "according to", "concluded", "concludes",
    "suggested", "suggests", "emphasized", "stressed", "stresses", "confirmed", "confirms", "predicted",
    "predicts", "promised", "promises", "urged", "urges", "called", "described", "describes", "joked"};
constexpr std::string_view kSpeakerPronouns[] = {"he", "she", "they"};
constexpr std::string_view kDayParts[] = {"morning", "afternoon", "evening", "night"};
constexpr std::string_view kSeasons[] = {"spring", "summer", "autumn", "fall", "winter"};
constexpr std::string_view kYearPrepositions[] = {"in", "since", "until", "by", "before", "after", "early", "late", "mid", "year"};
constexpr std::string_view kDatelineWords[] = {
    "published", "on", "updated", "posted", "last", "modified", "at", "am", "pm", "min", "mins", "minute",
    "minutes", "read", "reading", "time", "ago", "hours", "hour", "days", "day", "by", "and", "edt", "est",
    "pdt", "pst", "gmt", "utc", "bst", "cet", "st", "nd", "rd", "th", "yesterday", "today"};
constexpr std::string_view kExtraPlaces[] = {
    "Washington", "Beijing", "Brussels", "California", "Texas", "Florida", "New York", "Europe", "Africa",
    "Asia", "America", "Middle East", "Gaza", "West Bank", "Crimea", "Donbas", "Kyiv", "Kiev", "Scotland",
    "England", "Wales", "Northern Ireland", "Silicon Valley", "Nepal", "Kathmandu", "Himalayas"};
constexpr std::string_view kKnownOrganizations[] = {
    "AFP", "Reuters", "AP", "Associated Press", "Bloomberg", "UN", "United Nations", "NATO", "EU",
    "European Union", "Kremlin", "White House", "Pentagon", "Downing Street", "Congress", "Senate", "FBI",
    "CIA", "NSA", "IMF", "WHO", "World Bank", "Google", "Facebook", "Apple", "Microsoft", "Amazon",
    "Twitter", "Netflix", "BBC", "CNN", "Fox News", "The New York Times", "The Washington Post",
    "The Guardian", "Hamas", "Hezbollah", "Republican Party", "Democratic Party", "Republicans", "Democrats"};
// English news writes foreign names as they are: their particles too ("de Gaulle", "bin Salman").
constexpr std::string_view kNameConnectors[] = {"of", "the", "de", "du", "des", "la", "le", "von", "van", "der", "del", "da", "di", "y", "al", "bin", "el"};
constexpr std::string_view kCueAuxiliaries[] = {"has", "had", "have", "is", "was"};
constexpr std::string_view kOrdinalDays[] = {"1st", "2nd", "3rd"};
constexpr std::string_view kOrdinalSuffixes[] = {"th", "st", "nd", "rd"};
}  // namespace

extern const LanguageData kLanguage_en{
    .code = "en", .stopwords = kStopwords, .ui_labels = kUiLabels, .boilerplate_starts = kBoilerplateStarts,
    .section_label_starts = kSectionLabelStarts, .credit_starts = kCreditStarts, .honorifics = kHonorifics,
    .name_stopwords = kNameStopwords, .organization_words = kOrganizationWords, .speech_verbs = kSpeechVerbs,
    .speaker_pronouns = kSpeakerPronouns, .day_parts = kDayParts,
    .seasons = kSeasons, .year_prepositions = kYearPrepositions, .dateline_words = kDatelineWords, .extra_places = kExtraPlaces,
    .known_organizations = kKnownOrganizations,
    .name_connectors = kNameConnectors, .cue_auxiliaries = kCueAuxiliaries, .ordinal_days = kOrdinalDays, .ordinal_suffixes = kOrdinalSuffixes};

}  // namespace article_analyzer::lang
