#pragma once
// The domain model: plain values, no UI, no graph library. Items refer to each other by id
// only; a Project may hold dangling references until validateProject() says so.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/conference.hpp"
#include "model/enums.hpp"
#include "model/ids.hpp"
#include "model/map_state.hpp"

namespace knp {

struct Colour {
  std::uint8_t r = 0, g = 0, b = 0;
  bool operator==(const Colour&) const = default;
};

// Handlungsfeld.
struct Field {
  FieldId id;
  std::string name;
  Colour colour;
  bool operator==(const Field&) const = default;
};

// Lebensphase. Phases form a sequence by `order`; maxAge absent means open-ended ("65+").
struct LifePhase {
  LifePhaseId id;
  std::string name;
  int minAge = 0;
  std::optional<int> maxAge;
  int order = 0;
  bool operator==(const LifePhase&) const = default;
};

// The source a goal comes from (Integrationskonzept, Strategiekonzept 2020, ...).
struct Concept {
  ConceptId id;
  std::string name;
  bool operator==(const Concept&) const = default;
};

struct Goal {
  GoalId id;
  std::string title;
  ConceptId conceptId;
  GoalLevel level = GoalLevel::Guiding;
  std::optional<GoalId> parent;
  std::vector<FieldId> fields;
  // A short name where space is short (map labels); empty: none, the title is cut instead
  // (goalShortName in report/project_names.hpp). Not longer than the title, one line.
  // `{}`: positional initializers written before it existed may leave it out without a warning.
  std::string shortTitle{};
  // The years in which the goal is a priority, agreed at a conference (Poll::agreed);
  // ascending, each once. `{}`: as for shortTitle.
  std::vector<int> priorityYears{};
  bool operator==(const Goal&) const = default;
};

// Address-directory entry of an actor.
struct Contact {
  std::string address;
  std::string person;
  std::string phone;
  std::string email;
  std::string web;
  bool operator==(const Contact&) const = default;
};

// Akteur. Steering bodies (Gremien) are actors of type Body; `memberships` names them.
struct Actor {
  ActorId id;
  std::string name;
  ActorType type = ActorType::Other;
  std::string selfDescription;
  Contact contact;
  std::vector<ActorId> memberships;
  // The conference during which the item was created ("neu aus Konferenz 2013"); empty:
  // none. `{}`: positional initializers may leave it out.
  ConferenceId fromConference{};
  bool operator==(const Actor&) const = default;
};

// Aktivität: who (lead, partners) does what, in which fields, towards which goals, for which phases.
struct Activity {
  ActivityId id;
  std::string title;
  std::string description;
  ActorId lead;
  std::vector<ActorId> partners;
  std::vector<FieldId> fields;
  std::vector<GoalId> goals;
  std::vector<LifePhaseId> lifePhases;
  ActivityStatus status = ActivityStatus::Running;
  std::optional<int> startYear;
  std::optional<int> endYear;
  // The conference during which the item was created ("neu aus Konferenz 2013"); empty:
  // none. `{}`: positional initializers may leave it out.
  ConferenceId fromConference{};
  bool operator==(const Activity&) const = default;
};

// A relation between two actors; `from` gives, funds or informs `to` where the type is directed.
struct Cooperation {
  CooperationId id;
  ActorId from;
  ActorId to;
  CooperationType type = CooperationType::Cooperation;
  std::string note;
  // The conference during which the item was created ("neu aus Konferenz 2013"); empty:
  // none. `{}`: positional initializers may leave it out.
  ConferenceId fromConference{};
  bool operator==(const Cooperation&) const = default;
};

// The value an indicator should reach by a year ("Woran merken wir es?").
struct IndicatorTarget {
  double value = 0.0;
  int year = 0;
  bool operator==(const IndicatorTarget&) const = default;
};

// Kennzahl with its values by year. A Population indicator counts the people of its life
// phase(s) (from the Demografiebericht); the needs beside coverage read those that name
// exactly one phase (analysis/indicator_progress.hpp).
struct Indicator {
  IndicatorId id;
  std::string name;
  std::string unit;
  std::string source;
  std::optional<FieldId> field;
  std::vector<GoalId> goals;
  std::map<int, double> values;
  // `{}` below: positional initializers written before these existed may leave them out.
  IndicatorKind kind{IndicatorKind::Figure};
  std::vector<LifePhaseId> lifePhases{};  // the life phases the figure is about; may be empty
  // Which way is progress; Neutral for a figure that describes, not judges (a population).
  IndicatorDirection direction{IndicatorDirection::Neutral};
  std::optional<IndicatorTarget> target{};  // needs a direction other than Neutral (validation)
  bool operator==(const Indicator&) const = default;
};

struct Project {
  std::string title;
  std::string notice;
  std::vector<Field> fields;
  std::vector<LifePhase> lifePhases;
  std::vector<Concept> concepts;
  std::vector<Goal> goals;
  std::vector<Actor> actors;
  std::vector<Activity> activities;
  std::vector<Cooperation> cooperations;
  std::vector<Indicator> indicators;
  std::vector<Conference> conferences;  // in the order they were made (usually by date)
  MapState map;  // node positions, layout choice and saved views of the map window
  bool operator==(const Project&) const = default;
};

// Linear look-ups by id; nullptr when absent. O(n) in the number of items of that kind.
const Field* findField(const Project& p, const FieldId& id);
const LifePhase* findLifePhase(const Project& p, const LifePhaseId& id);
const Concept* findConcept(const Project& p, const ConceptId& id);
const Goal* findGoal(const Project& p, const GoalId& id);
const Actor* findActor(const Project& p, const ActorId& id);
const Activity* findActivity(const Project& p, const ActivityId& id);
const Conference* findConference(const Project& p, const ConferenceId& id);
const Indicator* findIndicator(const Project& p, const IndicatorId& id);

// Life phases sorted by their `order` (stable for equal orders). O(n log n).
std::vector<const LifePhase*> lifePhasesInOrder(const Project& p);

}  // namespace knp
