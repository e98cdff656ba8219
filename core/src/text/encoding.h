// Input decoding: whatever bytes were pasted or dropped become well-formed UTF-8.
//
// The encoding is sniffed as the HTML standard does (sniff_encoding, declared in the public
// header because the wasm bindings call it): a BOM; else a declaration in the first 1024
// bytes (an XML declaration at the very start, then the prescan's <meta charset> and
// <meta http-equiv="content-type" content="...; charset=...">); else UTF-8 if the bytes are
// valid UTF-8; else windows-1252. Labels are read with the WHATWG Encoding Standard's table.
// Sniffing is linear: one bounded prescan, one UTF-8 validation of the whole input.
//
// Three deviations, all so that no text is garbled or lost:
// - bytes that are valid UTF-8 and not all ASCII are UTF-8 whatever they declare: a page
//   re-saved as UTF-8 that kept its old <meta charset> (both such pages of the benchmark
//   corpora, readability/qq "gb2312" and wcxb/0452 "iso-8859-1"; legacy text beyond a few
//   characters is never valid UTF-8 by chance). All-ASCII bytes keep their declaration
//   (ISO-2022-JP is 7-bit);
// - a page declaring UTF-8 whose bytes are not UTF-8 is read as windows-1252 (almost always a
//   mislabelled legacy file; the standard would replace each bad byte with U+FFFD);
// - a declaration of the "replacement" encoding (the labels of ISO-2022-KR, HZ, ISO-2022-CN,
//   which the standard reads as one U+FFFD for the whole page) is ignored.
// So a JS string, which reaches the core as UTF-8, never has its <meta charset> applied again
// (an all-ASCII one reads the same in every encoding sniffed, ISO-2022-JP escapes aside).
//
// Decoding: UTF-8, UTF-16 and windows-1252 are decoded here, everywhere. Every other encoding
// goes through unicode::convert_to_utf8 (ICU's converters). The native build links the system
// ICU with its full data, so every WHATWG encoding but ISO-8859-16 (no table in ICU) converts.
// The wasm build's ICU data holds no converter tables: adding them would cost hundreds of KB
// of download for pages that browsers and Node can already decode. There the converter is
// unavailable, decode_to_utf8 falls back to windows-1252 (nothing is lost), and the JS facade
// (web/analyzer.mjs) calls sniff_encoding, decodes with the platform's TextDecoder and passes
// the decoded string instead: 0 bytes of converter data in the wasm.
#pragma once

#include <string>
#include <string_view>

namespace article_analyzer {

/// The WHATWG name of the encoding `label` names ("latin1" -> "windows-1252", " SJIS " ->
/// "Shift_JIS"), or "" when it names none. ASCII case and surrounding white space are ignored.
std::string_view encoding_for_label(std::string_view label);

/// Decodes `bytes` in the encoding sniff_encoding finds. Line ends become "\n"; NUL bytes are
/// removed. An encoding this build cannot convert is read as windows-1252.
std::string decode_to_utf8(std::string_view bytes);

}  // namespace article_analyzer
