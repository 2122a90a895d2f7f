#include "report/project_names.hpp"

#include "text/utf8.hpp"

namespace knp {
namespace {

constexpr std::size_t kShortGoalChars = 60;

template <class Item>
void fill(std::unordered_map<std::string, std::string>& map, const std::vector<Item>& items) {
  for (const Item& item : items) {
    if constexpr (requires { item.name; }) map.emplace(item.id.value, item.name);
    else map.emplace(item.id.value, item.title);
  }
}

// The title up to a colon, without a final full stop, cut at kShortGoalChars characters.
std::string shortTitle(std::string title) {
  if (auto colon = title.find(':'); colon != std::string::npos && colon > 0) title.resize(colon);
  while (!title.empty() && (title.back() == '.' || title.back() == ' ')) title.pop_back();
  return truncateUtf8(title, kShortGoalChars);
}

}  // namespace

ProjectNames::ProjectNames(const Project& project) {
  fill(m_actors, project.actors);
  fill(m_fields, project.fields);
  fill(m_phases, project.lifePhases);
  fill(m_concepts, project.concepts);
  fill(m_activities, project.activities);
  fill(m_goals, project.goals);
  for (const Goal& goal : project.goals) m_goalItems.emplace(goal.id.value, &goal);
  std::unordered_map<std::string, std::size_t> uses;
  for (const Goal& goal : project.goals) ++uses[shortTitle(goal.title)];
  for (const Goal& goal : project.goals) {
    const std::string cut = shortTitle(goal.title);
    m_goalShort.emplace(goal.id.value, uses[cut] > 1 ? truncateUtf8(goal.title, kShortGoalChars) : cut);
  }
}

const std::string& ProjectNames::look(const Map& map, const std::string& id) {
  auto it = map.find(id);
  return it == map.end() ? id : it->second;
}

std::string goalShortName(const Goal& goal, std::size_t maxChars) {
  return goal.shortTitle.empty() ? truncateUtf8(goal.title, maxChars) : goal.shortTitle;
}

std::string ProjectNames::goalShort(const GoalId& id) const {
  auto it = m_goalShort.find(id.value);
  return it == m_goalShort.end() ? id.value : it->second;
}

const Goal* ProjectNames::findGoal(const GoalId& id) const {
  auto it = m_goalItems.find(id.value);
  return it == m_goalItems.end() ? nullptr : it->second;
}

}  // namespace knp
