#pragma once
// The protocol of a conference (model/conference.hpp) as a document of plain-text blocks,
// decided once here and written by protocol_html.cpp, protocol_markdown.cpp and the PDF
// printer (app/print/protocol_pdf.hpp), which only lay the blocks out and escape their text.
// The progress report (report/progress_model.hpp) is built as the same kind of document and
// written by the same writers; it alone uses the LineChart and Heatmap blocks.
//
// Contents, in this order (German or English):
//  1. the conference's title; under it its date and, when it was run in the program, when;
//  2. Szenen: every scene in presentation order, numbered, with its caption and what its
//     highlight is about;
//  3. Abstimmungen: every poll with its question, its kind (Stimmungsbild / Vereinbarung), the
//     tables, a table of the options ranked by rankPoll (rank, option text, the dots of each
//     table, the total; ties share a rank), a bar chart of the totals in the same order, the
//     tables that placed more dots than allowed, and for an agreement the goals it chooses
//     (agreedGoalIds) and whether they were taken over;
//  4. Vereinbarte Schwerpunkte YEAR: the goals whose priorityYears contain the conference's
//     year (the year of its date), first those an agreement poll of this conference chose (in
//     poll and rank order, naming the poll, rank and dots), then the others in project order;
//  5. Kommentare: comments (CommentKind::Comment) about the map as a whole first, then grouped
//     by the item they are about, in the order each item is first commented on; the item
//     named by itemName with its kind; a comment whose item was deleted under its formerItem
//     "(gelöscht)", one whose item is just gone under its key "(nicht mehr vorhanden)";
//  6. Ideen: CommentKind::Idea, in file order, each with the item it is about;
//  7. Neu und geändert: the items whose fromConference is this conference (actors,
//     activities, cooperations, in that order and project order), then the other keys of
//     Conference::changed in their order, by kind and name, gone items said as such;
//  8. Offene Fragen: CommentKind::Question, as the ideas.
// A section with nothing to list says so in a sentence. Author and date follow a comment's
// text when given.
//
// Texts are as in the project (not cleaned or escaped: the writers do that). Deterministic.
// O(scenes + polls × options log options + comments × items + goals + changed × items).
#include <optional>
#include <string>
#include <vector>

#include "conference/conference_dates.hpp"  // conferenceYear
#include "model/project.hpp"
#include "text/language.hpp"

namespace knp {

enum class ProtocolBlockKind { Heading, Paragraph, List, Table, Chart, LineChart, Heatmap };

enum class ColumnAlign { Left, Right };

struct ProtocolBar {
  std::string label;
  int value = 0;  // >= 0
  bool operator==(const ProtocolBar&) const = default;
};

struct ProtocolBlock {
  ProtocolBlockKind kind = ProtocolBlockKind::Paragraph;
  int level = 2;                               // Heading: 2 (a section) or 3
  std::string text;                            // Heading, Paragraph; Chart: what the values count ("Punkte")
  std::vector<std::string> items;              // List
  std::vector<std::string> header;             // Table
  std::vector<ColumnAlign> align;              // Table: one per column
  std::vector<std::vector<std::string>> rows;  // Table: as many cells as the header
  std::vector<ProtocolBar> bars;               // Chart, in the order shown
  // LineChart: the indicator's values and target over the years (report/line_chart.hpp lays it
  // out in each writer's size), with a marker at each of `conferenceYears`.
  std::optional<Indicator> indicator;
  std::vector<int> conferenceYears;
  // Heatmap: rows × columns of counts (text: what the corner cell says, e.g. "Handlungsfeld");
  // counts and changes are row-major. `changes` is empty when no change is shown, else one per
  // cell: the count now minus the count before.
  std::vector<std::string> rowLabels, columnLabels;
  std::vector<int> counts;
  std::vector<int> changes;
  // Heatmap: the count coloured darkest (heatColour's `most`), so that heatmaps meant to be
  // compared (the progress report's "then" and "now") share one scale; 0: this block's own
  // largest count. Writers colour by heatmapScaleMax().
  int scaleMax = 0;
};

// The plain blocks, as every model that writes a document makes them (protocol, progress
// report): a heading of `level` (2 or 3), a paragraph, a bulleted list. O(size of the text).
ProtocolBlock headingBlock(int level, std::string text);
ProtocolBlock paragraphBlock(std::string text);
ProtocolBlock listBlock(std::vector<std::string> items);

// The `most` a heatmap block's cells are coloured by: the larger of `block.scaleMax` and its
// largest count (0 for a block without counts). O(counts).
int heatmapScaleMax(const ProtocolBlock& block);

struct ProtocolDocument {
  Language language = Language::German;
  std::string title;                  // never empty
  std::vector<std::string> subtitle;  // lines under the title: date, when it ran
  std::vector<ProtocolBlock> blocks;
};

// The document described above. `conference` need not be in `project` (its items are looked
// up in `project`). O(see the header).
ProtocolDocument buildProtocol(const Project& project, const Conference& conference, Language language);

}  // namespace knp
