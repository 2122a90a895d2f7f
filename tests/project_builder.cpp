#include "project_builder.hpp"

namespace knp::test {
namespace {

template <class IdType>
std::vector<IdType> ids(ProjectBuilder::Ids values) {
  std::vector<IdType> result;
  for (const char* value : values) result.emplace_back(value);
  return result;
}

}  // namespace

ProjectBuilder& ProjectBuilder::field(const char* id) {
  m_project.fields.push_back({FieldId(id), id, {}});
  return *this;
}

ProjectBuilder& ProjectBuilder::phase(const char* id, int order) {
  m_project.lifePhases.push_back({LifePhaseId(id), id, order * 10, order * 10 + 9, order});
  return *this;
}

ProjectBuilder& ProjectBuilder::concept_(const char* id) {
  m_project.concepts.push_back({ConceptId(id), id});
  return *this;
}

ProjectBuilder& ProjectBuilder::goal(const char* id, const char* conceptId, Ids fields, const char* parent) {
  Goal goal{GoalId(id), id, ConceptId(conceptId), parent ? GoalLevel::Sub : GoalLevel::Guiding, std::nullopt,
            ids<FieldId>(fields)};
  if (parent) goal.parent = GoalId(parent);
  m_project.goals.push_back(goal);
  return *this;
}

ProjectBuilder& ProjectBuilder::actor(const char* id, ActorType type, Ids memberships) {
  m_project.actors.push_back({ActorId(id), id, type, "", {}, ids<ActorId>(memberships)});
  return *this;
}

ProjectBuilder& ProjectBuilder::activity(const char* id, const char* lead, Ids partners, Ids fields, Ids goals,
                                         Ids phases, ActivityStatus status, std::optional<int> startYear,
                                         std::optional<int> endYear) {
  Activity activity;
  activity.id = ActivityId(id);
  activity.title = id;
  activity.lead = ActorId(lead);
  activity.partners = ids<ActorId>(partners);
  activity.fields = ids<FieldId>(fields);
  activity.goals = ids<GoalId>(goals);
  activity.lifePhases = ids<LifePhaseId>(phases);
  activity.status = status;
  activity.startYear = startYear;
  activity.endYear = endYear;
  m_project.activities.push_back(activity);
  return *this;
}

ProjectBuilder& ProjectBuilder::cooperation(const char* from, const char* to) {
  const std::string id = "coop-" + std::to_string(m_project.cooperations.size() + 1);
  m_project.cooperations.push_back({CooperationId(id), ActorId(from), ActorId(to), CooperationType::Cooperation, ""});
  return *this;
}

}  // namespace knp::test
