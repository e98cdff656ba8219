// Developer tool (native only): prints what the core makes of a file, readably.
//   build/native/aa_dump FILE [--no-clean] [--html|--text]
#include <fstream>
#include <iostream>
#include <sstream>

#include "article_analyzer/analyzer.h"

namespace aa = article_analyzer;

int main(int argc, char** argv) {
  if (argc < 2) return std::cerr << "usage: aa_dump FILE [--no-clean] [--html|--text]\n", 2;
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  aa::Options options;
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--no-clean") options.clean = false;
    if (arg == "--html") options.format = aa::InputFormat::kHtml;
    if (arg == "--text") options.format = aa::InputFormat::kText;
  }
  auto result = aa::analyze(buffer.str(), options);
  if (!result.ok()) return std::cerr << result.error().message << "\n", 1;
  const aa::Analysis& a = result.value();
  std::cout << "language=" << a.language << " dir=" << a.dir << " title=" << a.title << "\nbyline=" << a.byline
            << " published=" << a.published << " site=" << a.site << " section=" << a.section << "\n\n";
  for (const auto& p : a.paragraphs)
    std::cout << "[" << aa::to_string(p.kind) << "] " << a.text.substr(p.start, p.end - p.start) << "\n";
  std::cout << "\n";
  for (const auto& e : a.entities) {
    std::cout << aa::to_string(e.type) << " " << e.name << " :";
    for (const auto& m : e.mentions) std::cout << " | " << m.text;
    std::cout << "\n";
  }
  std::cout << "\n";
  for (const auto& q : a.quotes)
    std::cout << "QUOTE \"" << q.text << "\" speaker=" << (q.has_speaker ? q.speaker.name : "-")
              << (q.has_speaker ? " (" + std::string(to_string(q.speaker.how)) + ", from \"" +
                                      a.text.substr(q.speaker.start, q.speaker.end - q.speaker.start) + "\")"
                                : "")
              << " cue=" << (q.has_cue ? q.cue.text : "-") << "\n";
  std::cout << "\n";
  for (const auto& r : a.removed) std::cout << "REMOVED[" << r.reason << "] " << r.text.substr(0, 100) << "\n";
  std::cout << "\ntimings: total=" << a.timings.total;
  for (const auto& stage : a.timings.stages) std::cout << " " << stage.stage << "=" << stage.ms;
  std::cout << "\n";
}
