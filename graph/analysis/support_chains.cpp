#include "analysis/support_chains.hpp"

#include "analysis/project_index.hpp"

namespace knp {
namespace {

// Turns activity counts per phase rank into a chain with states, span and ratio.
void classify(SupportChain& chain, const std::vector<std::size_t>& counts, const ProjectIndex& index) {
  std::optional<std::size_t> first, last;
  for (std::size_t rank = 0; rank < counts.size(); ++rank)
    if (counts[rank] > 0) {
      if (!first) first = rank;
      last = rank;
    }
  for (std::size_t rank = 0; rank < counts.size(); ++rank) {
    ChainLink link{index.phaseAtRank(rank), LinkState::Outside, counts[rank]};
    if (counts[rank] > 0) {
      link.state = LinkState::Covered;
      ++chain.covered;
    } else if (first && rank > *first && rank < *last) {
      link.state = LinkState::Break;
      ++chain.breaks;
    }
    chain.links.push_back(link);
  }
  chain.span = first ? *last - *first + 1 : 0;
  chain.ratio = chain.span == 0 ? 0.0 : static_cast<double>(chain.covered) / static_cast<double>(chain.span);
}

}  // namespace

std::string_view toString(LinkState state) {
  switch (state) {
    case LinkState::Covered: return "covered";
    case LinkState::Break: return "break";
    case LinkState::Outside: return "outside";
  }
  return "unknown";
}

SupportChains computeSupportChains(const Project& project, const ActivityFilter& filter) {
  const ProjectIndex index = buildProjectIndex(project, filter);
  const std::size_t phaseCount = project.lifePhases.size();
  std::vector<std::vector<std::size_t>> byGoal(project.goals.size(), std::vector<std::size_t>(phaseCount, 0));
  std::vector<std::vector<std::size_t>> byField(project.fields.size(), std::vector<std::size_t>(phaseCount, 0));
  for (const ResolvedActivity& activity : index.activities) {
    for (Index p : activity.phases) {
      const std::size_t rank = index.phaseRank[p];
      for (Index g : activity.servedGoals) ++byGoal[g][rank];
      for (Index f : activity.fields) ++byField[f][rank];
    }
  }
  SupportChains result;
  for (Index g = 0; g < project.goals.size(); ++g) {
    SupportChain chain;
    chain.goal = project.goals[g].id;
    classify(chain, byGoal[g], index);
    result.goals.push_back(std::move(chain));
  }
  for (Index f = 0; f < project.fields.size(); ++f) {
    SupportChain chain;
    chain.field = project.fields[f].id;
    classify(chain, byField[f], index);
    result.fields.push_back(std::move(chain));
  }
  return result;
}

}  // namespace knp
