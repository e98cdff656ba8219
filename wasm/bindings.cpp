// The wasm boundary: the only file that includes Emscripten headers. Results cross as plain
// JS values (nothing for JS to .delete()), byte offsets become UTF-16 code units, and errors
// cross as {ok: false, code, message}, which the JS facade turns into an AnalyzerError.
#include <malloc.h>

#include <emscripten/bind.h>
#include <emscripten/heap.h>
#include <emscripten/val.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>
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

std::string comma_list(std::span<const std::string_view> names) {
  std::string out;
  for (std::string_view name : names) out += (out.empty() ? "" : ", ") + std::string(name);
  return out;
}

bool read_format(const val& value, aa::Options& options, std::string& problem) {
  std::string name = value.as<std::string>();
  std::optional<aa::InputFormat> format = aa::parse_input_format(name);
  if (!format)
    return problem = "option \"format\" must be one of " + comma_list(aa::input_format_names()) + ", not \"" + name + "\"",
           false;
  options.format = *format;
  return true;
}

// The options JS may pass, each with the `typeof` its value must have and its reader, which
// stores it or says what is wrong with it.
struct OptionField {
  std::string_view name;
  std::string_view type;
  bool (*read)(const val& value, aa::Options& options, std::string& problem);
};
constexpr OptionField kOptionFields[] = {
    {"format", "string", read_format},
    {"url", "string", [](const val& v, aa::Options& o, std::string&) { return o.url = v.as<std::string>(), true; }},
    {"language", "string",
     [](const val& v, aa::Options& o, std::string&) { return o.language = v.as<std::string>(), true; }},
    {"clean", "boolean", [](const val& v, aa::Options& o, std::string&) { return o.clean = v.as<bool>(), true; }},
};

// The one validation of the options, for the in-thread analyzer and the Worker alike: unknown
// keys and wrongly typed values are refused rather than ignored, so typos fail loudly.
// Keys whose value is undefined are absent.
bool read_options(const val& js, aa::Options& options, std::string& problem) {
  if (js.isUndefined() || js.isNull()) return true;
  if (js.typeOf().as<std::string>() != "object" || val::global("Array").call<bool>("isArray", js))
    return problem = "options must be an object", false;
  val keys = val::global("Object").call<val>("keys", js);
  for (unsigned i = 0, n = keys["length"].as<unsigned>(); i < n; ++i) {
    std::string key = keys[i].as<std::string>();
    val value = js[key];
    if (value.isUndefined()) continue;
    const OptionField* field = nullptr;
    for (const auto& candidate : kOptionFields)
      if (candidate.name == key) field = &candidate;
    if (!field) return problem = "unknown option \"" + key + "\"", false;
    if (value.typeOf().as<std::string>() != field->type)
      return problem = "option \"" + key + "\" must be a " + std::string(field->type), false;
    if (!field->read(value, options, problem)) return false;
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
  r.set("format", std::string(aa::to_string(a.format)));
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
      if (!m.title.empty()) mv.set("title", m.title);
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
      s.set("start", u16(q.speaker.start));
      s.set("end", u16(q.speaker.end));
      v.set("speaker", s);
      v.set("how", std::string(aa::to_string(q.speaker.how)));
    } else {
      v.set("speaker", val::null());
      v.set("how", val::null());
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

val string_array(std::span<const std::string_view> names) {
  val out = val::array();
  for (std::string_view name : names) out.call<void>("push", std::string(name));
  return out;
}

// Every name the core may put in a result or an error, from the core's own tables.
val names() {
  val out = val::object();
  out.set("errorCodes", string_array(aa::error_code_names()));
  out.set("paragraphKinds", string_array(aa::paragraph_kind_names()));
  out.set("bodyKinds", string_array(aa::body_kind_names()));
  out.set("entityTypes", string_array(aa::entity_type_names()));
  out.set("attributions", string_array(aa::attribution_names()));
  out.set("formats", string_array(aa::input_format_names()));
  out.set("removalReasons", string_array(aa::removal_reasons()));
  out.set("version", std::string(aa::version()));
  return out;
}

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
  emscripten::function("names", &names);
  emscripten::function("sniffEncoding", &sniff_encoding);
  emscripten::function("memoryStats", &memory_stats);
}
