#pragma once
// What users read for the ids in analysis results: names of actors, fields, phases, concepts
// and short titles of goals. Unknown ids read as themselves, so a report never fails.
#include <cstddef>
#include <string>
#include <unordered_map>

#include "model/project.hpp"

namespace knp {

// A goal's name where space is short: its shortTitle when set (as given, even if longer than
// maxChars: the user chose it), else its title cut to at most maxChars code points, "…"
// included, by the rule the map uses for labels (truncateUtf8, text/utf8.hpp). O(length).
std::string goalShortName(const Goal& goal, std::size_t maxChars);

class ProjectNames {
 public:
  explicit ProjectNames(const Project& project);  // O(items); the project must outlive this

  const std::string& actor(const ActorId& id) const { return look(m_actors, id.value); }
  const std::string& field(const FieldId& id) const { return look(m_fields, id.value); }
  const std::string& phase(const LifePhaseId& id) const { return look(m_phases, id.value); }
  const std::string& concept_(const ConceptId& id) const { return look(m_concepts, id.value); }
  const std::string& activity(const ActivityId& id) const { return look(m_activities, id.value); }
  const std::string& goal(const GoalId& id) const { return look(m_goals, id.value); }  // whole title
  // The goal's title up to a colon, or its first 60 characters with "…": fits in a sentence.
  // When two goals would read the same ("Jahresziel 2014: …" twice), both use the cut whole
  // title instead.
  std::string goalShort(const GoalId& id) const;
  const Goal* findGoal(const GoalId& id) const;

 private:
  using Map = std::unordered_map<std::string, std::string>;
  static const std::string& look(const Map& map, const std::string& id);
  Map m_actors, m_fields, m_phases, m_concepts, m_activities, m_goals;
  std::unordered_map<std::string, const Goal*> m_goalItems;
  Map m_goalShort;
};

}  // namespace knp
