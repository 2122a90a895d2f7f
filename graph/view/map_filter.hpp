#pragma once
// Which nodes of the map match its filters (field, life phase, concept, actor type, status,
// year), and the node keys ("actor:awo") the project file names nodes by.
//
// Matching, for non-empty criteria (an empty list does not filter):
// - an activity matches when it names a listed field, a listed life phase, a goal of a listed
//   concept, has a listed status, runs in `year`, and its lead or a partner is of a listed
//   actor type — every given criterion must hold;
// - an actor matches when it is of a listed type (if types are given) and, if any activity
//   criterion is given, leads or partners a matching activity;
// - a goal matches when it belongs to a listed concept (if given) and, if any other criterion
//   is given, a matching activity serves it or it lists a filtered field (so an unserved goal
//   of the field stays visible: that is a gap worth seeing);
// - a life phase matches when it is listed (if phases are given) and, if any other criterion
//   is given, a matching activity targets it.
// No criteria: everything matches. Dangling references never match. Works on every view
// (view/abstraction.hpp): matches follow from the project's references, not from the view's
// edges, so an actor of the actor network matches a field filter when one of its activities
// names the field, although no activity node is shown. O(V + items + references).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/map_state.hpp"
#include "model/project.hpp"
#include "view/project_graph.hpp"

namespace knp {

enum class FilterMatch : unsigned char { Match, NoMatch };

std::vector<FilterMatch> matchFilters(const Project& project, const ProjectGraph& view, const MapFilters& filters);

// "actor:awo" for vertex `v`; the inverse of vertexOfKey. O(length of the id).
std::string nodeKey(const Project& project, const ProjectGraph& view, Vertex v);

// The vertex a node key names; nullopt for an unknown kind or id, an item the view does not
// show, or a key without ':'. O(1) average.
std::optional<Vertex> vertexOfKey(const ProjectGraph& view, std::string_view key);

}  // namespace knp
