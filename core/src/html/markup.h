// Markup preparation before parsing: one scan over the HTML source that cuts script and style
// bodies (JSON-LD kept), start tags nested deeper than dom::kMaxDepth, and the frame tags of a
// page of frames (read as its <noframes> text).
#pragma once

#include <string>
#include <string_view>

namespace article_analyzer::dom {

/// Writes into `out` the markup with what only costs parsing time cut out (text is never
/// removed). Returns false, leaving `out` untouched, when there is nothing to cut.
bool prepare_markup(std::string_view html, std::string& out);

}  // namespace article_analyzer::dom
