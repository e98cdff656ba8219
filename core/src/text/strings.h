// Plain string helpers every stage needs, one of each: splitting and counting words.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace article_analyzer::strings {

/// The parts of `text` between `separator`s, empty parts left out.
std::vector<std::string_view> split(std::string_view text, char separator);

/// `parts` with `separator` between them.
std::string join(const std::vector<std::string>& parts, std::string_view separator);

/// The words of a line whose spaces are collapsed (unicode::collapse_space): 0 when it is empty.
std::size_t word_count(std::string_view collapsed);

}  // namespace article_analyzer::strings
