// The trained tagger: labels and spans, the model format, and a tiny model trained here with the
// trainer of tools/train, read back and run through the core's decoder.
#include <doctest/doctest.h>

#include "datasets.h"
#include "nlp/tagger/tagger.h"
#include "perceptron.h"

using namespace article_analyzer;
namespace tagger = article_analyzer::nlp::tagger;
using tagger::Kind;

namespace {
train::LabeledDocument sentence(std::string language, std::vector<std::string> words, std::vector<tagger::Span> spans) {
  train::LabeledDocument d;
  d.doc.language = std::move(language);
  d.gold.push_back(tagger::labels_of(spans, words.size()));
  d.doc.sentences.push_back({std::move(words)});
  return d;
}

// Made-up news sentences: who met whom where, in English and in French.
std::vector<train::LabeledDocument> tiny_set() {
  std::vector<train::LabeledDocument> docs;
  const char* people[][2] = {{"Alice", "Martin"}, {"Bruno", "Keller"}, {"Chloe", "Dubois"}, {"David", "Novak"}};
  const char* places[] = {"Lyon", "Denver", "Oslo", "Quito"};
  for (int i = 0; i < 4; ++i)
    for (int j = 0; j < 4; ++j) {
      docs.push_back(sentence("en", {people[i][0], people[i][1], "met", "the", "mayor", "in", places[j], "."},
                              {{0, 1, Kind::kPerson}, {6, 6, Kind::kLocation}}));
      docs.push_back(sentence("fr", {"Hier", ",", people[j][0], people[j][1], "est", "arrivé", "à", places[i], "."},
                              {{2, 3, Kind::kPerson}, {7, 7, Kind::kLocation}}));
    }
  return docs;
}
}  // namespace

TEST_CASE("labels: BILOU spans round-trip, and ill-formed runs are read leniently") {
  std::vector<tagger::Span> spans = {{0, 1, Kind::kPerson}, {3, 3, Kind::kLocation}, {4, 6, Kind::kOrganization}};
  auto labels = tagger::labels_of(spans, 8);
  CHECK(tagger::label_name(labels[0]) == "B-PER");
  CHECK(tagger::label_name(labels[1]) == "L-PER");
  CHECK(tagger::label_name(labels[3]) == "U-LOC");
  CHECK(tagger::label_name(labels[5]) == "I-ORG");
  auto back = tagger::spans_of(labels);
  REQUIRE(back.size() == 3);
  CHECK(back[2].first == 4);
  CHECK(back[2].last == 6);
  // "I-PER" after O begins a span; "B-PER" then O closes one.
  std::vector<tagger::Label> odd = {tagger::make_label(tagger::Position::kInside, Kind::kPerson), tagger::kOutside,
                                    tagger::make_label(tagger::Position::kBegin, Kind::kLocation), tagger::kOutside};
  auto lenient = tagger::spans_of(odd);
  REQUIRE(lenient.size() == 2);
  CHECK(lenient[1].kind == Kind::kLocation);
  CHECK(lenient[1].first == lenient[1].last);
  CHECK_FALSE(tagger::may_follow(tagger::kOutside, tagger::make_label(tagger::Position::kLast, Kind::kPerson)));
}

TEST_CASE("model format: what is not a model is refused") {
  CHECK_FALSE(tagger::read_model(""));
  CHECK_FALSE(tagger::read_model("AANER"));
  CHECK_FALSE(tagger::read_model(std::string(1000, '\xff')));
  std::string bytes = tagger::write_model({}, tagger::Sharing::kBoth, {}, {}, "empty");
  auto model = tagger::read_model(bytes);
  REQUIRE(model);
  CHECK(model->description == "empty");
  CHECK_FALSE(tagger::read_model(bytes.substr(0, bytes.size() - 1)));
  CHECK_FALSE(tagger::read_model(bytes + "x"));
}

TEST_CASE("a tiny model trained here tags names it learned in new sentences, deterministically") {
  auto docs = tiny_set();
  tagger::Gazetteer none;
  train::TrainOptions options;
  options.epochs = 5;
  tagger::ModelRows rows = train::train_perceptron(docs, none, options, false);
  std::string bytes = tagger::write_model(rows, options.sharing, {}, {}, "tiny");
  CHECK(bytes == tagger::write_model(train::train_perceptron(docs, none, options, false), options.sharing, {}, {}, "tiny"));
  auto model = tagger::read_model(bytes);
  REQUIRE(model);
  CHECK(train::evaluate(*model, docs).f1() > 0.99);
  // A new sentence: a person met before, a place met before, in an order not seen.
  tagger::Document doc{"en", {{{"Chloe", "Dubois", "met", "the", "mayor", "in", "Quito", "."}}}};
  auto spans = tagger::spans_of(tagger::tag(*model, doc)[0]);
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].kind == Kind::kPerson);
  CHECK(spans[0].first == 0);
  CHECK(spans[0].last == 1);
  CHECK(spans[1].kind == Kind::kLocation);
  CHECK(spans[1].first == 6);
}

TEST_CASE("hostile: the tagger's features and decoder are linear in the words") {
  tagger::Document doc{"en", {{}}};
  for (int i = 0; i < 100000; ++i) doc.sentences[0].words.push_back(i % 2 ? "Capital" : std::string(200, 'A'));
  auto model = tagger::read_model(tagger::write_model({}, tagger::Sharing::kShared, {}, {}, ""));
  REQUIRE(model);
  auto labels = tagger::tag(*model, doc);
  CHECK(labels[0].size() == doc.sentences[0].words.size());
}

TEST_CASE("the beam gives well-formed label sequences where greedy decoding does not") {
  auto docs = tiny_set();
  tagger::Gazetteer none;
  train::TrainOptions options;
  options.epochs = 5;
  auto model = tagger::read_model(
      tagger::write_model(train::train_perceptron(docs, none, options, false), options.sharing, {}, {}, "tiny"));
  REQUIRE(model);
  // Words of the training sentences in orders never seen: names cut, run together, reversed.
  const std::vector<std::string> vocabulary = {"Alice", "Martin", "Keller", "Quito", "met", "in", "mayor", ",", "Dubois", "Oslo"};
  auto well_formed = [](const std::vector<tagger::Label>& labels) {
    tagger::Label previous = tagger::kOutside;
    for (tagger::Label l : labels) {
      if (!tagger::may_follow(previous, l)) return false;
      previous = l;
    }
    auto last = tagger::position_of(previous);
    return last != tagger::Position::kBegin && last != tagger::Position::kInside;
  };
  std::size_t ill_formed_greedy = 0;
  std::uint64_t state = 7;
  for (int n = 0; n < 200; ++n) {
    tagger::Document doc{n % 2 ? "fr" : "en", {{}}};
    for (int i = 0; i < 6; ++i) {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      doc.sentences[0].words.push_back(vocabulary[(state >> 33) % vocabulary.size()]);
    }
    CHECK(well_formed(tagger::tag(*model, doc)[0]));
    ill_formed_greedy += !well_formed(tagger::tag(*model, doc, 1)[0]);
  }
  CHECK(ill_formed_greedy > 0);  // Else this test would prove nothing of the beam.
}
