#pragma once
// Gaps: what nobody covers. Goals without activity, goals resting on a single actor, life
// phases without activity, empty Field × LifePhase cells, actors without activity and actors
// working alone. Each gap names its subject; report/analysis_sentences.hpp explains it in a
// sentence.
//
// Conventions: coverage as in coverage.hpp (a goal is served through its sub-goals too; only
// filtered activities count). A cell is only a gap when some goal of the project lists the
// field (a field without goals has nothing to miss) and its life phase has activities in other
// fields (a phase without any activity is one UncoveredPhase gap, not one per field). Bodies (Gremien) are never actor gaps:
// they work through their members. An isolated actor has no cooperation and shares no
// activity with another actor (actor_network.hpp).
// Order: by kind as listed in GapKind, then project order (cells: field, then life-phase order).
// Complexity: that of computeCoverage plus O(actors + links).
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "analysis/activity_filter.hpp"
#include "model/project.hpp"

namespace knp {

enum class GapKind {
  UnservedGoal,          // goal: no activity serves it
  FragileGoal,           // goal, actor: served, but by one actor only
  UncoveredPhase,        // phase: no activity for this life phase
  EmptyCell,             // field, phase: no activity in this field for this life phase
  ActorWithoutActivity,  // actor: neither lead nor partner of any activity
  IsolatedActor,         // actor: no cooperation, no shared activity
};

struct Gap {
  GapKind kind = GapKind::UnservedGoal;
  std::optional<GoalId> goal;
  std::optional<LifePhaseId> phase;
  std::optional<FieldId> field;
  std::optional<ActorId> actor;
  std::size_t activities = 0;  // FragileGoal: the single actor's activities for the goal;
                               // IsolatedActor: its own activities
};

std::vector<Gap> findGaps(const Project& project, const ActivityFilter& filter = {});

std::string_view toString(GapKind kind);  // saved name, e.g. "unserved_goal"

}  // namespace knp
