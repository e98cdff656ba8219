// Trains the core's entity tagger: `npm run train` (tools/train/train.sh) runs it.
//   aa_train_ner --data DIR --out MODEL --report JSON [--epochs N] [--max-features N] [--seed N]
//                [--train name,name...] [--sharing shared|per-language|both] [--quick]
// DIR is ../shared/data. The training mixture and the development sets are the tables below;
// --train picks a subset of the mixture (for experiments), --quick trains on a tenth of it.
// The report (JSON) lists each set's file, its use and its documents, and the development
// scores; tools/train/card.mjs writes the model card from it.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>

#include "datasets.h"
#include "perceptron.h"

using namespace article_analyzer;
using namespace article_analyzer::train;

namespace {

struct SetSpec {
  std::string_view name;
  std::string_view path;  ///< Under --data.
  Format format;
  std::string_view language;
  std::size_t sentences_per_document;  ///< For sets without documents (0: the file's own).
  bool silver;                         ///< Labels from links, not people: names_only (datasets.h).
  std::string_view licence;
};

// The sets the trainer knows. English news (CoNLL), Wikipedia (WikiANN, WikiGold) and web text
// (UNER, WNUT) in English; Wikipedia (WikiANN) and newspapers (NewsEye, OCR of 1854-1946) in
// French. WikiNEuRal (non-commercial) is never trained on. Sentence sets are one sentence a
// document: their sentences are unrelated, and the document memory must not link them.
constexpr SetSpec kTrainingSets[] = {
    {"conll-train", "ner/conll2003-en/train.txt", Format::kConll, "en", 0, false, "Reuters corpus, research use"},
    {"wikigold", "ner/wikigold-en/CONLL-format/data/wikigold.conll.txt", Format::kConll, "en", 0, false, "CC BY 4.0"},
    {"wikiann-en-train", "ner/wikiann-en/train.txt", Format::kTabbed, "en", 1, true, "Wikipedia-derived (CC BY-SA)"},
    {"wnut17-train", "ner/wnut17-en/CONLL-format/data/train/wnut17train.conll", Format::kTabbed, "en", 1, false, "CC BY 4.0"},
    {"uner-ewt-dev", "ner/uner-ewt-en/en_ewt-ud-dev.iob2", Format::kTabbed, "en", 1, false, "CC BY-SA 4.0"},
    {"wikiann-fr-train", "ner/wikiann-fr/train.txt", Format::kTabbed, "fr", 1, true, "Wikipedia-derived (CC BY-SA)"},
    {"newseye-fr-dev", "ner/newseye-fr/newseye-dev-fr.tsv", Format::kHipe, "fr", 0, false, "CC BY 4.0 (NewsEye / HIPE-2022)"},
    {"newseye-fr-dev2", "ner/newseye-fr/newseye-dev2-fr.tsv", Format::kHipe, "fr", 0, false, "CC BY 4.0 (NewsEye / HIPE-2022)"},
    {"newseye-fr-test", "ner/newseye-fr/newseye-test-fr.tsv", Format::kHipe, "fr", 0, false, "CC BY 4.0 (NewsEye / HIPE-2022)"},
};

// The development sets the trainer scores (strict micro-F1 over PER, ORG, LOC, gold words),
// whole: their silver sentences are scored as they are.
constexpr SetSpec kDevelopmentSets[] = {
    {"conll-valid", "ner/conll2003-en/valid.txt", Format::kConll, "en", 0, false, "Reuters corpus, research use"},
    {"wikiann-fr-dev", "ner/wikiann-fr/dev.txt", Format::kTabbed, "fr", 1, false, "Wikipedia-derived (CC BY-SA)"},
    {"wikiann-en-dev", "ner/wikiann-en/dev.txt", Format::kTabbed, "en", 1, false, "Wikipedia-derived (CC BY-SA)"},
};

// The shipped mixture (--train overrides it). WikiANN English, WNUT and UNER are left out: each
// lowered CoNLL valid and the English dev pages (web and Wikipedia conventions differ from news).
constexpr std::string_view kShippedMixture =
    "conll-train,wikigold,wikiann-fr-train,newseye-fr-dev,newseye-fr-dev2,newseye-fr-test";

// --quick keeps one document in this many.
constexpr std::size_t kQuickSample = 10;

std::string json_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::vector<LabeledDocument> read(const std::string& data, const SetSpec& spec) {
  return read_set(data + "/" + std::string(spec.path),
                  {spec.format, std::string(spec.language), spec.sentences_per_document, spec.silver});
}

}  // namespace

int main(int argc, char** argv) try {
  std::map<std::string, std::string> args;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--quick") args[a] = "1";
    else if (a.starts_with("--") && i + 1 < argc) args[a] = argv[++i];
    else throw std::runtime_error("unknown argument " + a);
  }
  if (!args.count("--data") || !args.count("--out") || !args.count("--report"))
    throw std::runtime_error("usage: aa_train_ner --data DIR --out MODEL --report JSON [--epochs N] [--max-features N] [--seed N] [--train a,b] [--quick]");
  const std::string data = args["--data"];
  TrainOptions options;
  if (args.count("--epochs")) options.epochs = std::stoul(args["--epochs"]);
  if (args.count("--max-features")) options.max_features = std::stoul(args["--max-features"]);
  if (args.count("--seed")) options.seed = std::stoull(args["--seed"]);
  if (args.count("--sharing")) {
    const std::string& v = args["--sharing"];
    if (v == "shared") options.sharing = tagger::Sharing::kShared;
    else if (v == "per-language") options.sharing = tagger::Sharing::kPerLanguage;
    else if (v == "both") options.sharing = tagger::Sharing::kBoth;
    else throw std::runtime_error("--sharing is shared, per-language or both");
  }
  std::string picked = "," + (args.count("--train") ? args["--train"] : std::string(kShippedMixture)) + ",";
  bool quick = args.count("--quick") > 0;
  auto start = std::chrono::steady_clock::now();

  GazetteerList gazetteer_list = build_gazetteer(data + "/lexicons");
  tagger::Gazetteer gazetteer = to_gazetteer(gazetteer_list);
  std::fprintf(stderr, "[train] gazetteer: %zu phrases\n", gazetteer_list.phrases);

  std::vector<LabeledDocument> docs;
  std::ostringstream sets_json;
  std::ostringstream description;
  description << "Averaged perceptron, BILOU over PER/ORG/LOC/MISC; trained on";
  for (const auto& spec : kTrainingSets) {
    if (picked.find("," + std::string(spec.name) + ",") == std::string::npos) continue;
    auto set = read(data, spec);
    std::size_t used = 0;
    for (std::size_t i = 0; i < set.size(); ++i)
      if (!quick || i % kQuickSample == 0) docs.push_back(std::move(set[i])), ++used;
    std::fprintf(stderr, "[train] %s: %zu documents\n", std::string(spec.name).c_str(), used);
    sets_json << (sets_json.tellp() ? ",\n" : "") << "    {\"name\": \"" << spec.name << "\", \"file\": \"" << spec.path
              << "\", \"use\": \"train\", \"documents\": " << used << ", \"licence\": \"" << json_escape(spec.licence) << "\"}";
    description << " " << spec.name;
  }
  tagger::ModelRows rows = train_perceptron(docs, gazetteer, options, true);
  std::string bytes = write_model(rows, options.sharing, gazetteer_list.keys, gazetteer_list.masks, description.str());
  auto model = tagger::read_model(bytes);
  if (!model) throw std::runtime_error("the model written cannot be read back");
  {
    std::ofstream out(args["--out"], std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error("cannot write " + args["--out"]);
  }
  std::ostringstream scores_json;
  for (const auto& spec : kDevelopmentSets) {
    auto set = read(data, spec);
    SpanScores s = evaluate(*model, set);
    SpanScores greedy = evaluate(*model, set, 1);
    std::fprintf(stderr, "[train] %-16s P %.4f R %.4f F1 %.4f (greedy %.4f; %zu gold spans)\n", std::string(spec.name).c_str(),
                 s.precision(), s.recall(), s.f1(), greedy.f1(), s.gold);
    sets_json << ",\n    {\"name\": \"" << spec.name << "\", \"file\": \"" << spec.path << "\", \"use\": \"dev\", \"documents\": "
              << set.size() << ", \"licence\": \"" << json_escape(spec.licence) << "\"}";
    char line[200];
    std::snprintf(line, sizeof line, "{\"set\": \"%s\", \"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, \"greedy_f1\": %.4f}",
                  std::string(spec.name).c_str(), s.precision(), s.recall(), s.f1(), greedy.f1());
    scores_json << (scores_json.tellp() ? ",\n    " : "") << line;
  }
  std::ostringstream lexicons_json;
  for (const auto& file : gazetteer_list.files) lexicons_json << (lexicons_json.tellp() ? ", " : "") << "\"lexicons/" << file << "\"";
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::ofstream report(args["--report"]);
  report << "{\n  \"model\": \"" << json_escape(args["--out"]) << "\",\n  \"bytes\": " << bytes.size()
         << ",\n  \"features\": " << rows.keys.size() << ",\n  \"gazetteer_phrases\": " << gazetteer_list.phrases
         << ",\n  \"max_features\": " << options.max_features << ",\n  \"beam\": " << tagger::kBeamWidth
         << ",\n  \"sharing\": \"" << (options.sharing == tagger::Sharing::kShared ? "shared" : options.sharing == tagger::Sharing::kBoth ? "both" : "per-language")
         << "\",\n  \"epochs\": " << options.epochs << ",\n  \"seed\": " << options.seed << ",\n  \"quick\": " << (quick ? "true" : "false")
         << ",\n  \"seconds\": " << static_cast<long>(seconds) << ",\n  \"lexicons\": [" << lexicons_json.str() << "]"
         << ",\n  \"sets\": [\n" << sets_json.str() << "\n  ],\n  \"dev\": [\n    "
         << scores_json.str() << "\n  ]\n}\n";
  std::fprintf(stderr, "[train] %zu bytes, %zu features, %.0f s\n", bytes.size(), rows.keys.size(), seconds);
  return 0;
} catch (const std::exception& e) {
  std::fprintf(stderr, "aa_train_ner: %s\n", e.what());
  return 1;
}
