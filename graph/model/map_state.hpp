#pragma once
// What the map remembers in the project file: where each node sits (and whether the user
// pinned it there), which layout was chosen, and the views saved under a name. Nodes are
// named by their key "kind:id" ("actor:awo", "activity:a12", "goal:I3", "lifePhase:kita"),
// the same names `knotenpunkt layout` writes, so the map state survives re-ordering items.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/enums.hpp"
#include "model/ids.hpp"

namespace knp {

enum class PinState { Free, Pinned };  // Pinned: layouts never move the node

struct NodePlacement {
  double x = 0.0, y = 0.0;  // world units of the layout; finite
  PinState pin = PinState::Free;
  bool operator==(const NodePlacement&) const = default;
};

// How nodes that do not match the filters are shown.
enum class FilterMode { Dim, Hide };

// The map's filters. An empty list does not filter; a non-empty one keeps activities that
// name at least one listed item (actors: of a listed type). `year`: activities running then.
struct MapFilters {
  std::vector<FieldId> fields;
  std::vector<LifePhaseId> lifePhases;
  std::vector<ConceptId> concepts;
  std::vector<ActorType> actorTypes;
  std::vector<ActivityStatus> statuses;
  std::optional<int> year;
  FilterMode mode = FilterMode::Dim;
  bool operator==(const MapFilters&) const = default;
  bool empty() const {
    return fields.empty() && lifePhases.empty() && concepts.empty() && actorTypes.empty() && statuses.empty() &&
           !year;
  }
};

struct CameraState {
  double centerX = 0.0, centerY = 0.0;  // world point at the canvas centre
  double scale = 1.0;                   // pixels per world unit at UI scale 1; > 0
  bool operator==(const CameraState&) const = default;
};

inline constexpr int kMinFocusDepth = 1, kMaxFocusDepth = 3;

// A named state of the map to return to in a workshop.
struct SavedView {
  std::string name;  // unique among the project's views, not empty
  MapFilters filters;
  std::optional<std::string> focus;  // node key of the focused node; none: no focus mode
  int focusDepth = 1;                // kMinFocusDepth..kMaxFocusDepth
  std::optional<CameraState> camera;  // none: fit everything
  std::string layout;                 // layout algorithm name ("force", ...); empty: keep the current one
  std::string graph;                  // abstraction name ("actors", ...; view/abstraction.hpp); empty: keep the current one
  bool operator==(const SavedView&) const = default;
};

struct MapState {
  std::string layout;                             // the chosen layout's name; empty: the program's default
  std::string graph;                              // the chosen abstraction's name; empty: the program's default
  std::map<std::string, NodePlacement> positions;  // by node key, for the full graph; nodes missing here get placed
  // Positions in the abstract views, by abstraction name ("actors", ...; never "full", which
  // uses `positions`), then by node key of that view.
  std::map<std::string, std::map<std::string, NodePlacement>> graphPositions;
  std::vector<SavedView> views;  // in the order the user saved them
  bool operator==(const MapState&) const = default;
  bool empty() const {
    return layout.empty() && graph.empty() && positions.empty() && graphPositions.empty() && views.empty();
  }
};

}  // namespace knp
