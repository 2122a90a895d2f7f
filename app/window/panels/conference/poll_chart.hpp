#pragma once
// The polls section's pieces that are drawn apart from its state (sections.hpp).
#include <string>

#include "model/conference.hpp"
#include "text/language.hpp"

namespace knp::app {

// The poll's result as ranked bars (poll_chart.cpp): one row per option, most dots first,
// ties sharing a rank (rankPoll), each row the rank, the option's text and a bar as long as
// its share of the most dots with the count at its end. An agreement's rows within the first
// `poll.choose` ranks are drawn in the dots' green. Sizes follow the font; advances the cursor.
void drawPollChart(const Poll& poll, Language language);

// The table name of position `index` (0-based) for a poll with `count` tables: "Raum" for a
// single one, else "Tisch 1", "Tisch 2", ... in `language`. O(1).
std::string defaultTableName(int index, int count, Language language);

}  // namespace knp::app
