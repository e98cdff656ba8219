// Input decoding: whatever bytes were pasted or dropped become well-formed UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace article_analyzer {

/// Decodes `bytes`: a BOM (UTF-8, UTF-16LE/BE) wins; then valid UTF-8 is kept as is; otherwise
/// the bytes are read as windows-1252 (the web's default legacy encoding, a superset of
/// ISO-8859-1), so no text is ever dropped. Line ends become "\n"; NUL bytes are removed.
std::string decode_to_utf8(std::string_view bytes);

}  // namespace article_analyzer
