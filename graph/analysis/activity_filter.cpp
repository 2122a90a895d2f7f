#include "analysis/activity_filter.hpp"

#include <algorithm>

namespace knp {

ActivityFilter ActivityFilter::current() {
  ActivityFilter filter;
  filter.statuses = {ActivityStatus::Planned, ActivityStatus::Running};
  return filter;
}

bool accepts(const ActivityFilter& filter, const Activity& activity) {
  if (!filter.statuses.empty() &&
      std::find(filter.statuses.begin(), filter.statuses.end(), activity.status) == filter.statuses.end())
    return false;
  if (filter.year) {
    if (activity.startYear && *activity.startYear > *filter.year) return false;
    if (activity.endYear && *activity.endYear < *filter.year) return false;
  }
  return true;
}

}  // namespace knp
