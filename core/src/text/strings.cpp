#include "text/strings.h"

#include <algorithm>

namespace article_analyzer::strings {

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = std::min(text.find(separator, start), text.size());
    if (end > start) parts.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const auto& part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

std::size_t word_count(std::string_view collapsed) {
  return collapsed.empty() ? 0 : static_cast<std::size_t>(std::count(collapsed.begin(), collapsed.end(), ' ')) + 1;
}

}  // namespace article_analyzer::strings
