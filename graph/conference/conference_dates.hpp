#pragma once
// Dates of conferences and comments as people type them and as the file keeps them
// (YYYY-MM-DD, model/conference.hpp), and the year a conference's agreements are for.
#include <optional>
#include <string>
#include <string_view>

#include "model/conference.hpp"

namespace knp {

// `text` as the file keeps a date: "2013-11-20" stays, the German "20.11.2013" (also
// "1.2.2013", surrounding spaces ignored) becomes "2013-11-20", an empty text stays empty (no
// date). Anything else, or a month outside 1..12 or a day outside 1..31: nullopt. O(length).
std::optional<std::string> normalizedDate(std::string_view text);

// The year of the conference's date; nullopt without a valid date. Agreements write
// priorities for this year, and the protocol lists them under it. O(1).
std::optional<int> conferenceYear(const Conference& conference);

}  // namespace knp
