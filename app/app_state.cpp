#include "app_state.hpp"

namespace knp::app {

AppState::AppState(Project p, std::string source, Language lang)
    : project(std::move(p)), sourceName(std::move(source)), language(lang) {
  view = buildProjectGraph(project);
  phaseRank.assign(project.lifePhases.size(), 0);
  const auto ordered = lifePhasesInOrder(project);
  for (std::size_t rank = 0; rank < ordered.size(); ++rank)
    phaseRank[static_cast<std::size_t>(ordered[rank] - project.lifePhases.data())] = rank;
}

}  // namespace knp::app
