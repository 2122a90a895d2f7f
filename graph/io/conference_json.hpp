#pragma once
// Conferences in the project file: the top-level list "conferences" (format version 3).
// Shape only (keys, types, enum names); ids, texts, dates and references are
// validateProject()'s.
#include <string>
#include <vector>

#include "io/json_reader.hpp"
#include "model/conference.hpp"

namespace knp::json_io {

// Reads the list "conferences" of `root` (absent: none). O(size of the list).
std::vector<Conference> readConferences(const json& root, JsonReader& r);

// The list as the file holds it, in the project's order.
ordered_json conferencesToJson(const std::vector<Conference>& conferences);

// How many entries the conferences hold (scenes, polls, options, comments), counted against
// limits::kProjectItems as the other lists are. O(conferences + polls).
std::size_t conferenceEntryCount(const std::vector<Conference>& conferences);

}  // namespace knp::json_io
