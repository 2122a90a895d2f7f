#pragma once
// Colours of the map, shared by the canvas and the legend so that the legend always matches.
#include <cstdint>
#include <vector>

#include "model/project.hpp"
#include "view/project_graph.hpp"

namespace knp::app {

using Rgba = std::uint32_t;  // ImGui's IM_COL32 layout: 0xAABBGGRR

Rgba rgba(std::uint8_t r, std::uint8_t g, std::uint8_t b, std::uint8_t a = 255);
Rgba rgba(Colour c, std::uint8_t a = 255);
Rgba withAlpha(Rgba colour, std::uint8_t a);

Rgba actorTypeColour(ActorType type);
Rgba conceptColour(std::size_t conceptIndex);                      // cycles through 8 colours
Rgba lifePhaseColour(std::size_t rank, std::size_t phaseCount);    // light to dark along the sequence
Rgba edgeColour(EdgeKind kind);

// The fill colour of every vertex of `view` (buildProjectGraph's numbering): actors by type,
// activities by their first known field (grey without one), goals by concept, life phases
// light to dark along their sequence. O(V + references · items).
std::vector<Rgba> vertexColours(const Project& project, const ProjectGraph& view);

// The colour as the model's RGB (alpha dropped).
Colour toColour(Rgba colour);
Rgba cooperationColour(CooperationType type);  // actor–actor links by the cooperation's type
// An edge of the project's graph: cooperations by their type, the other kinds by kind.
Rgba edgeColour(const Project& project, const EdgeProps& edge);
float edgeWidth(EdgeKind kind);  // in multiples of one pixel at UI scale 1
float edgeWidth(const EdgeProps& edge);  // by kind, wider with the weight of a derived edge

inline constexpr Rgba kCanvasBackground = 0xFFFAF8F6;
inline constexpr Rgba kLabelText = 0xFF202020;
inline constexpr Rgba kLabelBackground = 0xD8FFFFFF;
inline constexpr Rgba kNodeOutline = 0xFF404040;
inline constexpr Rgba kSelection = 0xFF0060FF;      // orange-red ring around selected nodes
inline constexpr Rgba kHighlight = 0xFFD07000;      // blue ring around nodes an analysis entry is about
inline constexpr std::uint8_t kFadedAlpha = 40;     // nodes that do not match the filters or focus
inline constexpr Rgba kNeutralActivity = 0xFF9A9A9A;  // an activity without a known field

// A group (Louvain community, analysis/communities.hpp) by its number: ten categorical colours
// readable on white (Tableau 10), repeating after the tenth.
Rgba groupColour(std::size_t group);
// Black or white, whichever reads better on `background`.
Rgba textColourOn(Rgba background);

}  // namespace knp::app
