// Grouping of name mentions (coreference of names): every mention of one entity in one entry,
// its name the fullest form. Full names first; a lone word joins the person whose name holds it
// ("Poutine" joins "Vladimir Poutine"), as its last word before any other; otherwise one entity
// per type and folded name. Upper-case names are shown in title case ("MAXIM SHEMETOV").
#include "nlp/coref/names.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "text/strings.h"
#include "text/unicode.h"

namespace article_analyzer {
namespace {

using Candidate = nlp::NameCandidate;

class Grouper {
 public:
  explicit Grouper(const nlp::Doc& doc) : doc_(doc), m_(doc.text) {}

  // Name words as a person's name is compared: folded, one per word.
  std::vector<std::string> name_words(const Candidate& c) const {
    std::string folded = unicode::fold(m_.text.substr(c.name_start, c.end - c.name_start));
    std::vector<std::string> words;
    for (auto word : strings::split(folded, ' ')) words.emplace_back(word);
    return words;
  }

  std::vector<Entity> run() const {
    const std::vector<Candidate>& names = doc_.names;
    const std::vector<Candidate>& dates = doc_.dates;
    // Full names first: a lone word joins the person whose name holds it, as its last word
    // ("Poutine") before any other ("Kim" of "Kim Jong Un"); the last such name wins.
    std::vector<std::vector<std::string>> person_names;
    std::unordered_map<std::string, std::size_t> by_last_word, by_any_word;
    for (const auto& c : names) {
      if (!c.typed || c.type != EntityType::kPerson || c.tokens < nlp::kMinFullNameWords) continue;
      person_names.push_back(name_words(c));
      by_last_word[person_names.back().back()] = person_names.size() - 1;
      for (const auto& w : person_names.back()) by_any_word[w] = person_names.size() - 1;
    }
    std::vector<Entity> entities;
    std::map<std::pair<EntityType, std::string>, std::size_t> by_key;
    auto add = [&](EntityType type, const std::string& key, const Candidate& c, std::string name) {
      auto [it, fresh] = by_key.emplace(std::make_pair(type, key), entities.size());
      if (fresh) {
        Entity e;
        e.id = static_cast<int>(entities.size());
        e.type = type;
        e.name = std::move(name);
        entities.push_back(std::move(e));
      }
      Entity& e = entities[it->second];
      std::string text(m_.text.substr(c.start, c.end - c.start));
      e.mentions.push_back({c.start, c.end, std::move(text), {}});
    };
    auto display_name = [&](const Candidate& c) {
      std::string_view surface = m_.text.substr(c.name_start, c.end - c.name_start);
      if (!unicode::is_all_upper(surface) || c.tokens == 1) return std::string(surface);
      std::vector<std::string> words = name_words(c);  // "MAXIM SHEMETOV" -> "Maxim Shemetov".
      for (auto& w : words) w = unicode::to_title(w, m_.language);
      return strings::join(words, " ");
    };
    for (const auto& c : names) {
      std::vector<std::string> words = name_words(c);
      if (!c.typed || (c.type == EntityType::kPerson && words.size() == 1)) {
        const std::vector<std::string>* owner = nullptr;
        if (auto it = by_last_word.find(words[0]); it != by_last_word.end()) owner = &person_names[it->second];
        else if (auto any = by_any_word.find(words[0]); any != by_any_word.end()) owner = &person_names[any->second];
        if (owner) {
          add(EntityType::kPerson, strings::join(*owner, " "), c, "");
          continue;
        }
        if (!c.typed) continue;
      }
      add(c.type, strings::join(words, " "), c, display_name(c));
    }
    for (const auto& c : dates) add(EntityType::kDate, unicode::fold(m_.text.substr(c.start, c.end - c.start)), c,
                              std::string(m_.text.substr(c.start, c.end - c.start)));
    // Names of persons reached only through lone words: the fullest mention.
    for (auto& e : entities) {
      if (!e.name.empty()) continue;
      for (const auto& mention : e.mentions)
        if (mention.text.size() > e.name.size()) e.name = mention.text;
    }
    for (auto& e : entities) {
      std::sort(e.mentions.begin(), e.mentions.end(), [](const Mention& a, const Mention& b) { return a.start < b.start; });
      for (const auto& mention : e.mentions)  // The fullest form found: the longest name.
        if (e.type == EntityType::kPerson && mention.text.size() > e.name.size() && mention.text.find(". ") == std::string::npos &&
            !unicode::is_all_upper(mention.text))
          e.name = mention.text;
    }
    return entities;
  }

 private:
  const nlp::Doc& doc_;
  const TextModel& m_;
};

}  // namespace

void nlp::group_names(nlp::Doc& doc) { doc.entities = Grouper(doc).run(); }

}  // namespace article_analyzer
