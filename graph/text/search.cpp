#include "text/search.hpp"

#include <algorithm>

namespace knp {

std::string foldCase(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c - 'A' + 'a');
    } else if (c == 0xC3 && i + 1 < out.size()) {
      // Ä (C3 84), Ö (C3 96), Ü (C3 9C) to ä (C3 A4), ö (C3 B6), ü (C3 BC).
      const auto d = static_cast<unsigned char>(out[i + 1]);
      if (d == 0x84 || d == 0x96 || d == 0x9C) out[i + 1] = static_cast<char>(d + 0x20);
      ++i;
    }
  }
  return out;
}

std::vector<std::size_t> searchNames(const std::vector<std::string>& names, std::string_view query,
                                     std::size_t limit) {
  const std::size_t first = query.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  const std::size_t last = query.find_last_not_of(' ');
  const std::string needle = foldCase(query.substr(first, last - first + 1));
  std::vector<std::size_t> ranked[3];  // prefix, word start, anywhere
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string name = foldCase(names[i]);
    const std::size_t at = name.find(needle);
    if (at == std::string::npos) continue;
    if (at == 0) {
      ranked[0].push_back(i);
      continue;
    }
    bool wordStart = false;
    for (std::size_t pos = at; pos != std::string::npos && !wordStart; pos = name.find(needle, pos + 1)) {
      const char before = name[pos - 1];
      wordStart = before == ' ' || before == '-' || before == '(' || before == '/' || before == '"';
    }
    ranked[wordStart ? 1 : 2].push_back(i);
  }
  std::vector<std::size_t> result;
  for (const auto& list : ranked)
    for (std::size_t i : list) {
      if (result.size() >= limit) return result;
      result.push_back(i);
    }
  return result;
}

}  // namespace knp
