#include "model/project.hpp"

#include <algorithm>

namespace knp {
namespace {

template <class Item, class IdT>
const Item* findById(const std::vector<Item>& items, const IdT& id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const Item& item) { return item.id == id; });
  return it == items.end() ? nullptr : &*it;
}

}  // namespace

const Field* findField(const Project& p, const FieldId& id) { return findById(p.fields, id); }
const LifePhase* findLifePhase(const Project& p, const LifePhaseId& id) { return findById(p.lifePhases, id); }
const Concept* findConcept(const Project& p, const ConceptId& id) { return findById(p.concepts, id); }
const Goal* findGoal(const Project& p, const GoalId& id) { return findById(p.goals, id); }
const Actor* findActor(const Project& p, const ActorId& id) { return findById(p.actors, id); }
const Activity* findActivity(const Project& p, const ActivityId& id) { return findById(p.activities, id); }
const Conference* findConference(const Project& p, const ConferenceId& id) { return findById(p.conferences, id); }
const Indicator* findIndicator(const Project& p, const IndicatorId& id) { return findById(p.indicators, id); }

std::vector<const LifePhase*> lifePhasesInOrder(const Project& p) {
  std::vector<const LifePhase*> phases;
  phases.reserve(p.lifePhases.size());
  for (const auto& phase : p.lifePhases) phases.push_back(&phase);
  std::stable_sort(phases.begin(), phases.end(), [](auto* a, auto* b) { return a->order < b->order; });
  return phases;
}

}  // namespace knp
