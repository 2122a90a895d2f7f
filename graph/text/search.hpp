#pragma once
// Finding names by what a user types: case-insensitive (ASCII and the German umlauts),
// ranked: names starting with the query first, then names with a word starting with it, then
// names containing it; ties in the given order.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace knp {

// Lower case for ASCII letters and Ä, Ö, Ü (UTF-8); everything else unchanged. O(n).
std::string foldCase(std::string_view text);

// Indices of `names` matching `query`, best first, at most `limit`. An empty (or all-space)
// query matches nothing. O(total length of names).
std::vector<std::size_t> searchNames(const std::vector<std::string>& names, std::string_view query,
                                     std::size_t limit = SIZE_MAX);

}  // namespace knp
