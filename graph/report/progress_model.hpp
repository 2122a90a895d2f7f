#pragma once
// The progress report (Entwicklungsbericht): what changed between an earlier and the current
// state of a project, for a city council to read in a few pages. Built once here as a document
// of blocks (report/protocol_model.hpp) and laid out by the protocol's writers: HTML and
// Markdown (report/protocol.hpp), PDF (app/print/protocol_pdf.hpp).
//
// Both states are analysed with options.filter (planned and running activities by default);
// what changed is diffProjects (diff/project_diff.hpp) with that filter. "Then" and "now" are
// named by the states' years (options.beforeYear / afterYear, else stateYear() of each state),
// or "vorher" / "jetzt" ("before" / "now") when a year is unknown or both are the same.
//
// Contents, in this order (German or English):
//  title: the project's title (now; "Entwicklungsbericht" when it has none); subtitle:
//     "Entwicklungsbericht", which states are compared, which activities were counted;
//  1. Das Jahr in Zahlen: a table of actors, counted activities, cooperations, goals served
//     ("22 von 24"), Handlungsfeld × Lebensphase cells with activity ("38 von 56") and gaps,
//     each then, now and the change ("+3", "−1", "±0"; of the first number); a sentence counting
//     what was added, removed and changed by kind (diff.added, removed, changed); the new
//     activities by title with their lead, and the removed actors and activities;
//  2. Lücken: closed (the gaps of then that are gone, said as then), opened (new now), and
//     those still open ranked by need (rankGapsByNeed with phasePopulation(now)): a sentence
//     naming the population year the ranking reads (or that there is none), a table of rank,
//     gap, people of its life phase and their share; at most options.openGaps rows (0: all)
//     and a sentence counting the rest;
//  3. Förderketten: chains mended and broken (diff), each described as it is now
//     (describeChain) with the number of its breaks then;
//  4. Kooperationen: cooperations begun ("A ↔ B", names as now), ended (names as then), and the
//     cooperation suggestions of then that were taken up (explainSuggestion, as then);
//  5. Kennzahlen: every indicator of kind Figure with values, in project order: a heading
//     (its name, its unit unless "%"), a paragraph with its latest value then and now and the
//     way it moved (towards or away from its target, as the diff judges; else up, down or
//     unchanged), its target and status as assessIndicator judges now (reached, on track or
//     not with the projection for the target year to one decimal, too few values), then its LineChart with
//     the years of now's conferences; after them "Bevölkerung nach Lebensphasen YEAR": a
//     table of each life phase's people and share (phasePopulation(now)) when it has a year;
//  6. Woran merken wir es? (left out when no goal has an indicator): for each goal of now with
//     indicators (goalCard, project order), a heading with its title, a list of its indicators
//     (describeIndicatorProgress: with a target its status and trend; without one followed by
//     "; Trend: " and trendLabel; as of the state year), and a
//     table of year, activities and actors serving the goal for the last up to 6 years of
//     projectYears(now) up to now's state year (options.afterYear, else stateYear(now), else
//     the span's last year);
//  7. Abdeckung: a sentence counting the cells filled and emptied (diff); the Handlungsfeld ×
//     Lebensphase Heatmap of then, then that of now with the change per cell (now − then, cells
//     matched by field and life phase id; a cell that did not exist then counts from 0), both
//     coloured on one scale (scaleMax: the largest count of either).
// A part with nothing to list says so in a sentence.
//
// Texts are as in the projects (not cleaned or escaped: the writers do that). Deterministic.
// O(diffProjects + the analyses of both states + indicators × values + fields × phases).
#include <cstddef>
#include <optional>

#include "analysis/activity_filter.hpp"
#include "model/project.hpp"
#include "report/protocol_model.hpp"
#include "text/language.hpp"

namespace knp {

struct ProgressOptions {
  Language language = Language::German;
  ActivityFilter filter = ActivityFilter::current();
  std::optional<int> beforeYear;  // the year "then" stands for; nullopt: stateYear(before)
  std::optional<int> afterYear;   // the year "now" stands for; nullopt: stateYear(after)
  std::size_t openGaps = 15;      // rows of the table of open gaps; 0: all
};

// The report described above of `before` (the earlier state) and `after` (the current one).
ProtocolDocument buildProgressReport(const Project& before, const Project& after, const ProgressOptions& options = {});

// The year a state of a project stands for: the latest year of its indicators' values and its
// conferences' dates (activities' years are plans, not a state); nullopt when it has none.
// O(indicators × values + conferences).
std::optional<int> stateYear(const Project& project);

}  // namespace knp
