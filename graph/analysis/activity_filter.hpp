#pragma once
// Which activities an analysis counts: those running in a given year and with given statuses.
#include <optional>
#include <vector>

#include "model/project.hpp"

namespace knp {

struct ActivityFilter {
  // Running in this year: startYear absent or <= year, and endYear absent or >= year.
  std::optional<int> year;
  // Statuses counted; empty means every status.
  std::vector<ActivityStatus> statuses;

  // Planned and running activities: what is being done now or agreed to be done. Finished
  // activities no longer close a gap. The command line's default.
  static ActivityFilter current();
  static ActivityFilter all() { return {}; }
};

// O(number of statuses).
bool accepts(const ActivityFilter& filter, const Activity& activity);

}  // namespace knp
