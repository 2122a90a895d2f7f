#pragma once
// The map nodes an analysis finding is about, so that clicking it highlights and frames them:
//   coverage cell: its activities;
//   gap: its goal, life phase or actor (an empty cell: the life phase and the field's goals);
//   support chain: its goal (or the field's goals) and the life phases where it breaks;
//   overlap: the two actors and the overlapping activities;
//   suggestion: the two actors; broker: the actor.
// Ids the view does not know are skipped; each vertex appears once, in first-seen order.
// In a view without activity nodes (view/abstraction.hpp) an activity stands for the shown
// items it links to: its lead and partners, and its goals and life phases when the view shows
// those kinds. Other items the view does not show (a goal in the actor network) are skipped.
// O(size of the finding) plus, for field-based findings, O(goals); an activity without its
// node costs O(activities) to find.
#include <vector>

#include "analysis/coverage.hpp"
#include "analysis/cooperation_suggestions.hpp"
#include "analysis/gaps.hpp"
#include "analysis/network.hpp"
#include "analysis/overlaps.hpp"
#include "analysis/support_chains.hpp"
#include "view/project_graph.hpp"

namespace knp {

std::vector<Vertex> nodesOf(const CoverageCell& cell, const Project& project, const ProjectGraph& view);
std::vector<Vertex> nodesOf(const Gap& gap, const Project& project, const ProjectGraph& view);
std::vector<Vertex> nodesOf(const SupportChain& chain, const Project& project, const ProjectGraph& view);
std::vector<Vertex> nodesOf(const Overlap& overlap, const Project& project, const ProjectGraph& view);
std::vector<Vertex> nodesOf(const CooperationSuggestion& suggestion, const ProjectGraph& view);
std::vector<Vertex> nodesOf(const Broker& broker, const ProjectGraph& view);

// The vertices of items given by their index in the project's lists (report/empty_cell.hpp
// and report/chain_cells.hpp name items so): the activities, then the actors, each in the
// order given; an activity the view does not show stands for its actors (and its goals and
// phases where shown), as in nodesOf. Indices out of range are skipped; each vertex appears once.
// O(activities + actors) × O(result) for the duplicates check.
std::vector<Vertex> nodesOfItems(const std::vector<std::size_t>& activities, const std::vector<std::size_t>& actors,
                                 const Project& project, const ProjectGraph& view);

}  // namespace knp
