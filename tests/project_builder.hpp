#pragma once
// Builds small projects for analysis tests in a few lines: ids double as names, and every
// list is given as ids. Order of calls is project order.
#include <initializer_list>
#include <optional>
#include <string>

#include "model/project.hpp"

namespace knp::test {

class ProjectBuilder {
 public:
  using Ids = std::initializer_list<const char*>;

  ProjectBuilder& field(const char* id);
  ProjectBuilder& phase(const char* id, int order);
  ProjectBuilder& concept_(const char* id);
  ProjectBuilder& goal(const char* id, const char* conceptId, Ids fields, const char* parent = nullptr);
  ProjectBuilder& actor(const char* id, ActorType type = ActorType::Association, Ids memberships = {});
  ProjectBuilder& activity(const char* id, const char* lead, Ids partners, Ids fields, Ids goals, Ids phases,
                           ActivityStatus status = ActivityStatus::Running, std::optional<int> startYear = std::nullopt,
                           std::optional<int> endYear = std::nullopt);
  ProjectBuilder& cooperation(const char* from, const char* to);

  Project build() const { return m_project; }

 private:
  Project m_project;
};

}  // namespace knp::test
