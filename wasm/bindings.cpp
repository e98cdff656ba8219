// The wasm boundary: the only file that includes Emscripten headers. Results cross as plain
// JS values (nothing for JS to .delete()), byte offsets become UTF-16 code units, and errors
// cross as {ok: false, code, message}, which the JS facade turns into an AnalyzerError.
#include <malloc.h>

#include <emscripten/bind.h>
#include <emscripten/heap.h>
#include <emscripten/val.h>

#include <string>
#include <vector>

#include "article_analyzer/analyzer.h"

namespace aa = article_analyzer;
using emscripten::val;

namespace {

// UTF-16 index of every byte offset of a UTF-8 string (valid at code point starts and the end).
class Utf16Offsets {
 public:
  explicit Utf16Offsets(const std::string& text) : at_(text.size() + 1, 0) {
    std::size_t units = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      at_[i] = static_cast<uint32_t>(units);
      auto byte = static_cast<unsigned char>(text[i]);
      if ((byte & 0xC0) != 0x80) units += byte >= 0xF0 ? 2 : 1;  // 4-byte sequences are surrogate pairs.
    }
    at_[text.size()] = static_cast<uint32_t>(units);
  }
  uint32_t operator()(std::size_t byte) const { return at_[byte < at_.size() ? byte : at_.size() - 1]; }

 private:
  std::vector<uint32_t> at_;
};

val error_value(std::string_view code, const std::string& message) {
  val out = val::object();
  out.set("ok", false);
  out.set("code", std::string(code));
  out.set("message", message);
  return out;
}

bool read_options(const val& js, aa::Options& options, std::string& problem) {
  if (js.isUndefined() || js.isNull()) return true;
  val format = js["format"];
  if (!format.isUndefined()) {
    std::string f = format.isString() ? format.as<std::string>() : "";
    if (f == "auto") options.format = aa::InputFormat::kAuto;
    else if (f == "html") options.format = aa::InputFormat::kHtml;
    else if (f == "text") options.format = aa::InputFormat::kText;
    else return problem = "format must be 'auto', 'html' or 'text'", false;
  }
  for (const char* name : {"url", "language"}) {
    val v = js[name];
    if (v.isUndefined() || v.isNull()) continue;
    if (!v.isString()) return problem = std::string(name) + " must be a string", false;
    (std::string(name) == "url" ? options.url : options.language) = v.as<std::string>();
  }
  val clean = js["clean"];
  if (!clean.isUndefined()) {
    if (!clean.isTrue() && !clean.isFalse()) return problem = "clean must be true or false", false;
    options.clean = clean.isTrue();
  }
  return true;
}

val span_value(const Utf16Offsets& u16, std::size_t start, std::size_t end, const std::string& text) {
  val out = val::object();
  out.set("start", u16(start));
  out.set("end", u16(end));
  out.set("text", text);
  return out;
}

val to_value(const aa::Analysis& a) {
  Utf16Offsets u16(a.text);
  val r = val::object();
  r.set("language", a.language);
  r.set("dir", a.dir);
  r.set("title", a.title);
  r.set("byline", a.byline);
  r.set("published", a.published);
  r.set("site", a.site);
  r.set("section", a.section);
  r.set("canonicalUrl", a.canonical_url);
  r.set("image", a.image);
  r.set("format", std::string(a.format == aa::InputFormat::kHtml ? "html" : "text"));
  r.set("text", a.text);
  val paragraphs = val::array();
  for (const auto& p : a.paragraphs) {
    val v = val::object();
    v.set("start", u16(p.start));
    v.set("end", u16(p.end));
    v.set("kind", std::string(aa::to_string(p.kind)));
    paragraphs.call<void>("push", v);
  }
  r.set("paragraphs", paragraphs);
  val entities = val::array();
  for (const auto& e : a.entities) {
    val v = val::object();
    v.set("id", e.id);
    v.set("type", std::string(aa::to_string(e.type)));
    v.set("name", e.name);
    val mentions = val::array();
    for (const auto& m : e.mentions) {
      val mv = span_value(u16, m.start, m.end, m.text);
      if (!m.role.empty()) mv.set("role", m.role);
      mentions.call<void>("push", mv);
    }
    v.set("mentions", mentions);
    entities.call<void>("push", v);
  }
  r.set("entities", entities);
  val quotes = val::array();
  for (const auto& q : a.quotes) {
    val v = span_value(u16, q.start, q.end, q.text);
    if (q.has_speaker) {
      val s = val::object();
      s.set("name", q.speaker.name);
      s.set("entity", q.speaker.entity >= 0 ? val(q.speaker.entity) : val::null());
      v.set("speaker", s);
    } else {
      v.set("speaker", val::null());
    }
    v.set("cue", q.has_cue ? span_value(u16, q.cue.start, q.cue.end, q.cue.text) : val::null());
    quotes.call<void>("push", v);
  }
  r.set("quotes", quotes);
  val removed = val::array();
  for (const auto& x : a.removed) {
    val v = val::object();
    v.set("text", x.text);
    v.set("reason", x.reason);
    removed.call<void>("push", v);
  }
  r.set("removed", removed);
  val timings = val::object();
  timings.set("total", a.timings.total);
  for (const auto& stage : a.timings.stages) timings.set(stage.stage, stage.ms);
  r.set("timings", timings);
  return r;
}

val run(const std::string& input, const val& js_options) {
  aa::Options options;
  std::string problem;
  if (!read_options(js_options, options, problem))
    return error_value(aa::to_string(aa::ErrorCode::kInvalidOption), problem);
  aa::AnalysisResult result = aa::analyze(input, options);
  if (!result.ok()) return error_value(aa::to_string(result.error().code), result.error().message);
  val out = val::object();
  out.set("ok", true);
  out.set("result", to_value(result.value()));
  return out;
}

val analyze(const std::string& input, const val& options) { return run(input, options); }

std::string copy_bytes(const val& bytes) {
  std::string input(bytes["length"].as<std::size_t>(), '\0');
  val(emscripten::typed_memory_view(input.size(), reinterpret_cast<unsigned char*>(input.data()))).call<void>("set", bytes);
  return input;
}

val analyze_bytes(const val& bytes, const val& options) { return run(copy_bytes(bytes), options); }

std::string sniff_encoding(const val& bytes) { return std::string(aa::sniff_encoding(copy_bytes(bytes))); }

std::string version() { return std::string(aa::version()); }

val memory_stats() {
  struct mallinfo info = mallinfo();
  val out = val::object();
  out.set("heapSize", static_cast<double>(emscripten_get_heap_size()));
  out.set("used", static_cast<double>(info.uordblks));
  return out;
}

}  // namespace

EMSCRIPTEN_BINDINGS(article_analyzer) {
  emscripten::function("analyze", &analyze);
  emscripten::function("analyzeBytes", &analyze_bytes);
  emscripten::function("sniffEncoding", &sniff_encoding);
  emscripten::function("version", &version);
  emscripten::function("memoryStats", &memory_stats);
}
