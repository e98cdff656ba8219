// The hostile-input corpus through the C++ API: every case gives a result or a one-line error,
// within a time bound proportional to its size, and an input holding readable text gives a
// result that keeps it. The inputs and their expectations come from tests/hostile/corpus.mjs,
// which ctest runs first to write them into AA_HOSTILE_CORPUS (see tests/CMakeLists.txt).
#include <doctest/doctest.h>

#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.h"

using namespace article_analyzer;

namespace {

#ifdef __EMSCRIPTEN__
// The wasm API test (tests/node/hostile.test.mjs) runs the biggest inputs through the same wasm
// core; this build leaves out those above this size, to keep `npm test` short.
constexpr std::size_t kMaxBytesInWasmSuite = 8u << 20;
#endif

struct HostileCase {
  std::string name, expect, needle, absent;
  double bound_ms = 0;  // Native; AA_TEST_TIME_SCALE widens it for slower builds.
};

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
    fields.push_back(line.substr(start, tab - start));
  fields.push_back(line.substr(start));
  return fields;
}

std::vector<HostileCase> read_manifest() {
  std::ifstream in(std::string(AA_HOSTILE_CORPUS) + "/manifest.tsv");
  std::vector<HostileCase> cases;
  for (std::string line; std::getline(in, line);) {
    auto f = split_tabs(line);
    REQUIRE_MESSAGE(f.size() == 5, "manifest line: " << line);
    cases.push_back({f[0], f[1], f[2], f[3], std::stod(f[4])});
  }
  return cases;
}

std::string read_input(const std::string& name) {
  std::ifstream in(std::string(AA_HOSTILE_CORPUS) + "/" + name + ".bin", std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("every hostile input gives a result or a one-line error, in time, keeping its text") {
  auto cases = read_manifest();
  REQUIRE_MESSAGE(cases.size() >= 14, "the corpus is written by ctest first (tests/hostile/corpus.mjs write " AA_HOSTILE_CORPUS ")");
  for (const auto& c : cases) {
    INFO("case ", c.name);
    std::string input = read_input(c.name);
#ifdef __EMSCRIPTEN__
    if (input.size() > kMaxBytesInWasmSuite) {
      MESSAGE(c.name << ": left to tests/node/hostile.test.mjs (" << input.size() << " bytes)");
      continue;
    }
#endif
    // CPU time: unlike the wall clock, it is not stretched by the other jobs of a loaded machine.
    std::clock_t started = std::clock();
    auto result = analyze(input);
    double ms = 1000.0 * static_cast<double>(std::clock() - started) / CLOCKS_PER_SEC;
    MESSAGE(c.name << ": " << input.size() << " bytes, " << ms << " ms of CPU");
    CHECK(ms < c.bound_ms * AA_TEST_TIME_SCALE);
    if (!result.ok()) {
      CHECK(c.expect == "any");  // An input holding readable text must give a result.
      CHECK(result.error().message.find('\n') == std::string::npos);
      CHECK_FALSE(result.error().message.empty());
      continue;
    }
    const std::string& text = result.value().text;
    if (!c.needle.empty()) CHECK_MESSAGE(text.find(c.needle) != std::string::npos, "kept: " << c.needle);
    if (!c.absent.empty()) CHECK_MESSAGE(text.find(c.absent) == std::string::npos, "absent: " << c.absent);
  }
}
