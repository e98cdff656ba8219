// Helpers shared by the core's doctest suites.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "article_analyzer/analyzer.h"

namespace test_support {

/// A file of tests/fixtures (the build passes its directory as AA_FIXTURES).
inline std::string fixture(const std::string& relative) {
  std::ifstream in(std::string(AA_FIXTURES) + "/" + relative, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline article_analyzer::Analysis analyze_ok(std::string_view input, article_analyzer::Options options = {}) {
  auto result = article_analyzer::analyze(input, options);
  REQUIRE(result.ok());
  return result.value();
}

/// Texts of the paragraphs of one kind.
inline std::vector<std::string> paragraphs_of(const article_analyzer::Analysis& a, article_analyzer::ParagraphKind kind) {
  std::vector<std::string> out;
  for (const auto& p : a.paragraphs)
    if (p.kind == kind) out.push_back(a.text.substr(p.start, p.end - p.start));
  return out;
}

inline const article_analyzer::Entity* entity_named(const article_analyzer::Analysis& a, std::string_view name) {
  for (const auto& e : a.entities)
    if (e.name == name) return &e;
  return nullptr;
}

inline bool has_mention(const article_analyzer::Entity& e, std::string_view text) {
  for (const auto& m : e.mentions)
    if (m.text == text) return true;
  return false;
}

}  // namespace test_support
