#pragma once
// What changed between two states of a project (diff/project_diff.hpp), written for people:
// plain text for terminals, Markdown for documents, JSON for other tools; German or English.
//
// Sections, in this order, each only when it has something (an empty diff reads "Keine
// Unterschiede." / "No differences." after the title):
//  1. items added, removed and changed, as "Aktivität „Titel“"; a changed item lists its
//     changed fields in words ("Partner, Lebensphasen");
//  2. coverage cells (field × life phase) newly filled, emptied, and with more or fewer
//     activities, each with both counts and the change ("0 → 1, +1");
//  3. gaps closed and opened, each explained as the analysis explains it (explainGap);
//  4. support chains mended and broken, with the breaks before and after;
//  5. cooperations begun and ended, and suggestions of the old state taken up;
//  6. indicators moved towards and away from their targets: both latest values with years,
//     the unit and the target.
// Names, not ids: an item, actor, field, phase or goal is named from the state it is found in
// (removed items, closed gaps and ended cooperations from the old one, the rest from the new);
// an unknown id reads as itself. Text from the project is cleaned (report/report_markup.hpp:
// valid UTF-8, no control characters or line breaks); in Markdown every line is escaped with
// escapeMarkdown, so a name cannot start a list, a heading or a link.
// Deterministic: the same input gives the same bytes; text and Markdown end with one newline.
// O(size of the diff + items of both projects).
#include <nlohmann/json.hpp>
#include <string>
#include <vector>
#include <string_view>

#include "analysis/activity_filter.hpp"
#include "diff/project_diff.hpp"
#include "edit/item_kind.hpp"
#include "model/project.hpp"
#include "text/language.hpp"

namespace knp {

enum class DiffFormat { Text, Markdown };

struct DiffReportOptions {
  Language language = Language::German;
  // What the states are called in the heading ("hattingen-2012.json", "Stand 2012"); empty:
  // the project's title.
  std::string beforeLabel, afterLabel;
  ActivityFilter filter = ActivityFilter::current();  // the filter the diff was computed with, as stated
};

// The report as text or Markdown.
std::string writeDiffReport(const Project& before, const Project& after, const ProjectDiff& diff, DiffFormat format,
                            const DiffReportOptions& options = {});

// The report's findings, section by section and list by list, worded as the text report
// words them (cleaned, not escaped): what writeDiffReport prints and the window's Vergleich tab
// shows. List headings carry their counts ("Neu (3)"); empty sections and lists are left out
// (an empty diff has none). Each line names what it is about as item keys (edit/item_kind.hpp
// itemKeyOf), for the window to mark on the map: an item its own key (a cooperation: its two
// actors); a cell its life phase and the activities in it in either state (by
// options.filter); a gap its goal, life phase or actor; a goal's chain its goal; a pair or a
// suggestion its two actors; an indicator its key. O(size of the diff × activities for cells).
struct DiffLine {
  std::string text;
  std::vector<std::string> about;
};
struct DiffList {
  std::string heading;
  std::vector<DiffLine> lines;
};
struct DiffSection {
  std::string heading;
  std::vector<DiffList> lists;
};
std::vector<DiffSection> diffSections(const Project& before, const Project& after, const ProjectDiff& diff,
                                      const DiffReportOptions& options = {});

// The report as JSON: {"format": "knotenpunkt-diff", "version": 1, "language", "before",
// "after", "filter", "empty", "items", "cells", "gaps", "chains", "cooperations",
// "suggestionsTakenUp", "indicators"}: ids with their names and the sentences of the text
// report, every list in the diff's order. Keys keep a fixed order. O(size of the diff).
nlohmann::ordered_json diffToJson(const Project& before, const Project& after, const ProjectDiff& diff,
                                  const DiffReportOptions& options = {});

// What the old state is called when it is a project as it stood in a year
// (projectAsOfYear): "hattingen.json (Stand 2012)" / "hattingen.json (as of 2012)". O(length).
std::string asOfLabel(std::string_view label, int year, Language language);

// What users call a kind of item, as it starts a line: "Aktivität" / "Activity". O(1).
std::string_view kindWord(ItemKind kind, Language language);

// A saved field name ("partners", "lifePhases", as in ItemChange::fields) in words: "Partner",
// "Lebensphasen" / "partners", "life phases"; an unknown name reads as itself. O(fields).
std::string_view fieldWord(std::string_view savedName, Language language);

}  // namespace knp
