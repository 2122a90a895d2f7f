#pragma once
// Support chains (Förderketten): does the support for a goal, or within a field, follow people
// through the ordered life phases, or does it break off and resume later?
//
// For each goal (served through its sub-goals too, as in coverage.hpp) and each field, every
// life phase in order is Covered (some counted activity serves it there), a Break (uncovered,
// but covered phases lie before and after it) or Outside (uncovered, before the first or after
// the last covered phase). span = last covered rank − first covered rank + 1; ratio =
// covered / span, 1 for an unbroken chain and 0 when nothing is covered (span 0).
// Example: phases A B C D E covered at B, C, E gives Outside, Covered, Covered, Break, Covered;
// span 4, ratio 3/4.
// Order: goals, then fields, each in project order. O(Σ activity references × goal depth +
// (goals + fields) × phases).
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "analysis/activity_filter.hpp"
#include "model/project.hpp"

namespace knp {

enum class LinkState { Covered, Break, Outside };

struct ChainLink {
  LifePhaseId phase;
  LinkState state = LinkState::Outside;
  std::size_t activities = 0;
};

struct SupportChain {
  std::optional<GoalId> goal;    // exactly one of goal and field is set
  std::optional<FieldId> field;
  std::vector<ChainLink> links;  // one per life phase, in life-phase order
  std::size_t covered = 0;
  std::size_t breaks = 0;
  std::size_t span = 0;
  double ratio = 0.0;
};

struct SupportChains {
  std::vector<SupportChain> goals;
  std::vector<SupportChain> fields;
};

SupportChains computeSupportChains(const Project& project, const ActivityFilter& filter = {});

std::string_view toString(LinkState state);  // "covered", "break", "outside"

}  // namespace knp
