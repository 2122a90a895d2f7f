#pragma once
// Why a cell of the coverage matrix (field × life phase) is empty, in one or two sentences the
// workshop reads under the heatmap, and the work nearby that could fill it: the activities of
// the same field in the neighbouring life phases (life-phase order, i.e. the coverage's
// columns) and the activities of other fields in the same life phase, with their actors.
//
// German: „Im Handlungsfeld Bildung arbeitet niemand für Alter (65+). Nebenan: 3 Aktivitäten in
// Erwachsene (26–64). Im selben Lebensabschnitt: 2 Aktivitäten in Gesundheit.“
// The first and the last phase have one neighbour, a single phase none (the neighbour part is
// left out); a field without any activity says so instead of listing empty neighbours; other
// fields are listed in project order, those without an activity in the phase left out.
// A cell that is not empty, or a row or column out of range, gives an empty explanation.
// Complexity: O(fields + phases + Σ activities of the cells consulted + project items).
#include <cstddef>
#include <string>
#include <vector>

#include "analysis/coverage.hpp"
#include "model/project.hpp"
#include "text/language.hpp"

namespace knp {

struct EmptyCellExplanation {
  std::string text;                     // empty when the cell is not an empty cell of `coverage`
  std::vector<std::size_t> activities;  // project.activities indices, ascending: the work nearby
  std::vector<std::size_t> actors;      // project.actors indices, ascending: their leads and partners
};

EmptyCellExplanation explainEmptyCell(const Project& project, const Coverage& coverage, std::size_t field,
                                      std::size_t phase, Language language);

}  // namespace knp
