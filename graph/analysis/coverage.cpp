#include "analysis/coverage.hpp"

#include "analysis/project_index.hpp"

namespace knp {
namespace {

// Collects activity and actor indices per bucket, then turns them into sorted, unique ids.
struct Bucket {
  std::vector<Index> activities, actors;
  void add(const ResolvedActivity& a) {
    activities.push_back(a.activity);
    actors.insert(actors.end(), a.actors.begin(), a.actors.end());
  }
  void finish() {
    sortUnique(activities);
    sortUnique(actors);
  }
};

}  // namespace

Coverage computeCoverage(const Project& project, const ActivityFilter& filter) {
  return computeCoverage(buildProjectIndex(project, filter));
}

Coverage computeCoverage(const ProjectIndex& index) {
  const Project& project = *index.project;
  const std::size_t fieldCount = project.fields.size(), phaseCount = project.lifePhases.size();

  std::vector<Bucket> cells(fieldCount * phaseCount), goals(project.goals.size()), phases(phaseCount);
  std::vector<std::size_t> direct(project.goals.size(), 0);
  for (const ResolvedActivity& a : index.activities) {
    for (Index f : a.fields)
      for (Index p : a.phases) cells[f * phaseCount + index.phaseRank[p]].add(a);
    for (Index p : a.phases) phases[index.phaseRank[p]].add(a);
    for (Index g : a.goals) ++direct[g];
    for (Index g : a.servedGoals) goals[g].add(a);
  }

  Coverage result;
  for (const Field& field : project.fields) result.fields.push_back(field.id);
  for (std::size_t r = 0; r < phaseCount; ++r) result.phases.push_back(index.phaseAtRank(r));
  for (std::size_t f = 0; f < fieldCount; ++f)
    for (std::size_t r = 0; r < phaseCount; ++r) {
      Bucket& bucket = cells[f * phaseCount + r];
      bucket.finish();
      result.cells.push_back({project.fields[f].id, result.phases[r], idsOf<ActivityId>(bucket.activities, project.activities),
                              idsOf<ActorId>(bucket.actors, project.actors)});
    }
  for (Index g = 0; g < project.goals.size(); ++g) {
    goals[g].finish();
    result.goals.push_back({project.goals[g].id, idsOf<ActivityId>(goals[g].activities, project.activities), direct[g],
                            idsOf<ActorId>(goals[g].actors, project.actors)});
  }
  for (std::size_t r = 0; r < phaseCount; ++r) {
    phases[r].finish();
    result.lifePhases.push_back({result.phases[r], idsOf<ActivityId>(phases[r].activities, project.activities),
                                 idsOf<ActorId>(phases[r].actors, project.actors)});
  }
  for (const Concept& concept_ : project.concepts) {
    ConceptCoverage entry{concept_.id};
    for (Index g = 0; g < project.goals.size(); ++g) {
      if (project.goals[g].conceptId != concept_.id) continue;
      ++entry.goals;
      if (!goals[g].activities.empty()) ++entry.servedGoals;
    }
    entry.share = entry.goals == 0 ? 0.0 : static_cast<double>(entry.servedGoals) / static_cast<double>(entry.goals);
    result.concepts.push_back(entry);
  }
  return result;
}

}  // namespace knp
