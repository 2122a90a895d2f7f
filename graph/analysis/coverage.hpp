#pragma once
// Coverage: who works where. The Field × LifePhase matrix, and per goal, life phase and
// concept the activities and actors that serve it.
//
// Conventions: an activity counts in every (field, phase) cell of its fields × its phases.
// Its actors are its lead and partners. A goal is served by the activities that name it or any
// of its sub-goals (descendants through `parent`), so a Leitziel counts as served when work on
// one of its Teilziele is under way; `direct` says which activities name the goal itself.
// Only activities accepted by the filter count; dangling and duplicated references are ignored.
// Lists are in project order (phases in life-phase order). O(items + Σ activity references ×
// goal depth + fields × phases + concepts × goals).
#include <cstddef>
#include <vector>

#include "analysis/activity_filter.hpp"
#include "model/project.hpp"

namespace knp {

struct CoverageCell {
  FieldId field;
  LifePhaseId phase;
  std::vector<ActivityId> activities;
  std::vector<ActorId> actors;  // distinct
};

struct GoalCoverage {
  GoalId goal;
  std::vector<ActivityId> activities;  // naming the goal or one of its sub-goals
  std::size_t direct = 0;              // how many of them name the goal itself
  std::vector<ActorId> actors;         // distinct
};

struct PhaseCoverage {
  LifePhaseId phase;
  std::vector<ActivityId> activities;
  std::vector<ActorId> actors;
};

struct ConceptCoverage {
  ConceptId concept_;  // `concept` is a keyword in C++20
  std::size_t goals = 0;
  std::size_t servedGoals = 0;
  double share = 0.0;  // servedGoals / goals; 0 for a concept without goals
};

struct Coverage {
  std::vector<FieldId> fields;       // matrix rows, project order
  std::vector<LifePhaseId> phases;   // matrix columns, life-phase order
  std::vector<CoverageCell> cells;   // row-major: cells[row * phases.size() + column]
  std::vector<GoalCoverage> goals;   // project order
  std::vector<PhaseCoverage> lifePhases;  // life-phase order
  std::vector<ConceptCoverage> concepts;  // project order

  const CoverageCell& cell(std::size_t row, std::size_t column) const { return cells.at(row * phases.size() + column); }
};

Coverage computeCoverage(const Project& project, const ActivityFilter& filter = {});

// The same from an index already built (findGaps shares its index this way).
struct ProjectIndex;
Coverage computeCoverage(const ProjectIndex& index);

}  // namespace knp
