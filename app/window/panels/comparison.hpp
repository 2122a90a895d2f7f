#pragma once
// The Vergleich tab, shown while the project is compared with another state of it
// (core/comparison_state.hpp): what it is compared with and "Vergleich beenden", then the
// findings as the diff report words them (report/diff_report.hpp diffSections), section by
// section, each list with its count. A click on a line highlights and frames what it is about
// on the map (items, a cell's activities, a gap's goal or phase, a pair's actors); a line
// about an indicator opens the Kennzahlen tab on it. The lines are rebuilt when the
// comparison is recomputed or the language changes, not every frame.
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "core/app_state.hpp"
#include "report/diff_report.hpp"

namespace knp::app {

class ComparisonPanel {
 public:
  void draw(AppState& state);
  // The tab a click asked for (the Kennzahlen tab for an indicator's line, the analyses after
  // "Vergleich beenden"), once; main_window switches after the tab bar, where a switch takes.
  std::optional<RightTab> takeTabRequest() { return std::exchange(m_tabRequest, std::nullopt); }

 private:
  std::optional<RightTab> m_tabRequest;
  std::uint64_t m_generation = UINT64_MAX;
  Language m_language = Language::German;
  std::vector<DiffSection> m_sections;
};

// What a finding's line is about, as vertices of the map (keys the map has no node for are
// left out) and the indicator it names, if any. O(keys).
struct FindingTarget {
  std::vector<Vertex> vertices;
  std::optional<IndicatorId> indicator;
};
FindingTarget findingTarget(const AppState& s, const DiffLine& line);

}  // namespace knp::app
