#include "analysis/gaps.hpp"

#include <algorithm>

#include "analysis/actor_network.hpp"
#include "analysis/coverage.hpp"
#include "analysis/project_index.hpp"

namespace knp {

std::string_view toString(GapKind kind) {
  switch (kind) {
    case GapKind::UnservedGoal: return "unserved_goal";
    case GapKind::FragileGoal: return "fragile_goal";
    case GapKind::UncoveredPhase: return "uncovered_phase";
    case GapKind::EmptyCell: return "empty_cell";
    case GapKind::ActorWithoutActivity: return "actor_without_activity";
    case GapKind::IsolatedActor: return "isolated_actor";
  }
  return "unknown";
}

namespace {

Gap makeGap(GapKind kind) {
  Gap gap;
  gap.kind = kind;
  return gap;
}

}  // namespace

std::vector<Gap> findGaps(const Project& project, const ActivityFilter& filter) {
  const ProjectIndex index = buildProjectIndex(project, filter);
  const Coverage coverage = computeCoverage(index);
  std::vector<Gap> gaps;

  for (const GoalCoverage& goal : coverage.goals)
    if (goal.activities.empty()) gaps.emplace_back(makeGap(GapKind::UnservedGoal)).goal = goal.goal;
  for (const GoalCoverage& goal : coverage.goals)
    if (goal.actors.size() == 1) {
      Gap& gap = gaps.emplace_back(makeGap(GapKind::FragileGoal));
      gap.goal = goal.goal;
      gap.actor = goal.actors.front();
      gap.activities = goal.activities.size();
    }
  for (const PhaseCoverage& phase : coverage.lifePhases)
    if (phase.activities.empty()) gaps.emplace_back(makeGap(GapKind::UncoveredPhase)).phase = phase.phase;

  std::vector<bool> fieldHasGoals(project.fields.size(), false);
  for (const Goal& goal : project.goals)
    for (const FieldId& field : goal.fields)
      if (auto it = index.fieldById.find(field.value); it != index.fieldById.end()) fieldHasGoals[it->second] = true;
  for (std::size_t row = 0; row < coverage.fields.size(); ++row) {
    if (!fieldHasGoals[row]) continue;
    for (std::size_t column = 0; column < coverage.phases.size(); ++column)
      if (coverage.cell(row, column).activities.empty() && !coverage.lifePhases[column].activities.empty()) {
        Gap& gap = gaps.emplace_back(makeGap(GapKind::EmptyCell));
        gap.field = coverage.fields[row];
        gap.phase = coverage.phases[column];
      }
  }

  std::vector<std::size_t> activitiesOfActor(project.actors.size(), 0);
  for (const ResolvedActivity& activity : index.activities)
    for (Index actor : activity.actors) ++activitiesOfActor[actor];
  for (Index a = 0; a < project.actors.size(); ++a)
    if (project.actors[a].type != ActorType::Body && activitiesOfActor[a] == 0)
      gaps.emplace_back(makeGap(GapKind::ActorWithoutActivity)).actor = project.actors[a].id;

  const ActorNetwork network = buildActorNetwork(index);
  for (Index a = 0; a < project.actors.size(); ++a)
    if (project.actors[a].type != ActorType::Body && network.graph.degree(static_cast<VertexIndex>(a)) == 0) {
      Gap& gap = gaps.emplace_back(makeGap(GapKind::IsolatedActor));
      gap.actor = project.actors[a].id;
      gap.activities = activitiesOfActor[a];
    }
  return gaps;
}

}  // namespace knp
