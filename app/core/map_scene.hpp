#pragma once
// What the map shows, decided once for a project, its map state (positions, filters, focus,
// highlight, selection, hover), a camera, a canvas and a font size: the visible nodes with
// shape, radius, fill and outline, the edges with colour and width, the rings of selection,
// highlight and focus, and the labels chosen by priority without overlaps. The window paints
// a scene with ImGui (window/map_renderer.hpp), the poster with Cairo (print/map_export.hpp);
// neither decides anything about the map itself. UI-free: text is measured by a function the
// painter passes (its font).
//
// Level of detail: far out, nodes shrink with the zoom so that they do not merge; nodes below
// kDotRadius pixels are marked as dots (a painter may draw them as plain squares). Labels of
// actors and goals (resp. activities) show once nodes are spread apart enough, life phases
// always; selected, hovered and highlighted nodes and their neighbours always compete.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/app_state.hpp"
#include "core/camera.hpp"
#include "core/node_style.hpp"
#include "core/palette.hpp"

namespace knp::app {

// Nodes with a smaller radius (pixels) are dots.
inline constexpr float kDotRadius = 2.5f;

// 28 bytes: a dense frame writes and reads one per node on screen.
struct SceneNode {
  std::uint32_t vertex = 0;
  NodeShape shape = NodeShape::Circle;
  bool dot = false;  // radius < kDotRadius
  ScenePoint centre;
  float radius = 0;  // pixels
  Rgba fill = 0, outline = 0;
};

struct SceneEdge {
  ScenePoint a, b;
  Rgba colour = 0;
  float width = 0;  // pixels
};

// An edge's ends and its look, kept apart while the project's data do not change: choosing
// the edges on screen reads only the ends, painting them both.
struct SceneEdgeEnds {
  std::uint32_t a = 0, b = 0;  // vertices
};
struct SceneEdgeLook {
  Rgba colour = 0, fadedColour = 0;
  float width = 0;
};

struct SceneRing {
  ScenePoint centre;
  float radius = 0, thickness = 0;
  Rgba colour = 0;
};

struct SceneLabel {
  Vertex vertex = 0;
  std::string text;             // the name, cut with "…" at kMaxLabelWidth font sizes
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // the background box
  ScenePoint textAt;            // top-left corner of the text's line box
  Rgba background = 0, colour = 0;
  float rounding = 0;           // of the background box's corners
  bool operator==(const SceneLabel&) const = default;
};

// A gap on the map (AppState::gapMark): a dashed ring around the node and a badge with the
// word "Lücke" above it, both in kGapColour, in every abstraction and colour mode.
struct SceneGap {
  ScenePoint centre;
  float radius = 0;                      // of the dashed ring, pixels
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // the badge's box, inside the canvas
  ScenePoint textAt;                     // top-left corner of the badge's text
  // False when no room was left for the badge (other badges): the ring alone marks the gap.
  bool hasBadge() const { return x1 > x0; }
};
inline constexpr Rgba kGapColour = 0xFF2828D0;  // red
inline constexpr float kGapDash = 0.35f;          // dash and gap length, font sizes
inline constexpr std::size_t kMaxGapNotes = 4;

// A conference's badge (core/conference_marks.hpp) above a node: the dots its option of the
// chosen poll got (kDots, upper right, a disc or pill) or the comments of the chosen
// conference on its item (kComments, upper left, a speech bubble). Labels keep clear of them,
// gap badges give way to them.
enum class BadgeKind : std::uint8_t { Dots, Comments };
struct SceneBadge {
  Vertex vertex = 0;
  BadgeKind kind = BadgeKind::Dots;
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // the box (a disc's bounding box), inside the canvas
  ScenePoint textAt;                     // top-left corner of the count's text
  std::string text;                      // the count
  Rgba fill = 0, colour = 0;             // faded with its node
};
inline constexpr Rgba kDotsBadgeColour = 0xFF3C8C1E;      // green, as the dots stuck on the poster
inline constexpr Rgba kCommentsBadgeColour = 0xFFA03C6E;  // violet

// *Vergleichen mit …* (core/comparison_state.hpp) on the map: a ring around each added
// (kAddedColour) and changed (kChangedColour) node, drawn under the other rings; a line in
// kAddedColour for each cooperation begun, a dashed one in kGhostColour for each ended; a
// removed item as a ghost: its kind's shape outlined in dashes over a pale fill, in
// kGhostColour, where ghostPosition puts it (hidden with all its former neighbours), with its
// name as a grey label where one fits. Nothing of a comparison computed for other vertices
// (an edit rebuilt the graph this frame; comparison_state.hpp catches up before the next).
inline constexpr Rgba kAddedColour = 0xFF3CA028;    // green
inline constexpr Rgba kChangedColour = 0xFF00AAE6;  // amber
inline constexpr Rgba kGhostColour = 0xFF8A8C8E;    // grey (a shade no other mark uses: tests find it)
struct SceneGhost {
  NodeShape shape = NodeShape::Circle;
  ScenePoint centre;
  float radius = 0;
  std::string name;  // the removed item's name, for its label
};

struct MapScene {
  ScreenRect canvas;
  float fontSize = 0;
  Rgba background = kCanvasBackground;
  // Where the camera puts each vertex (hidden ones too), by vertex.
  std::vector<ScenePoint> points;
  // The edges on screen, first to last: an index into *edgeEnds and *edgeLooks, kFadedEdge set
  // when one end is faded. Four bytes per edge instead of a resolved SceneEdge keep dense
  // frames fast (bench/bench_frame.cpp); edge(i) resolves one.
  const std::vector<SceneEdgeEnds>* edgeEnds = nullptr;
  const std::vector<SceneEdgeLook>* edgeLooks = nullptr;
  std::vector<std::uint32_t> edges;
  std::vector<SceneEdge> strongEdges;  // the hovered and selected nodes' edges, drawn after the others
  bool manyEdges = false;              // over kSmoothEdgeLimit edges were on screen last time
  std::vector<SceneNode> nodes;      // faded nodes first, so that matching ones cover them
  std::vector<SceneRing> rings;      // comparison marks, highlight, then selection, then focus
  std::vector<SceneGhost> ghosts;    // removed items while comparing, drawn under the nodes
  std::vector<SceneEdge> begunEdges, endedEdges;  // cooperations begun and ended, over the edges
  std::vector<SceneLabel> ghostLabels;  // their names: after the labels of the nodes that matter now, before the rest
  std::vector<SceneBadge> badges;    // conference badges, drawn over the nodes and gaps
  std::vector<SceneGap> gaps;        // drawn over the nodes; badges never covered by labels
  std::string gapText;               // the badges' word in the UI's language
  float gapTextWidth = 0;            // its width in pixels
  // Gaps this abstraction has no node for, listed in the canvas's top-left corner (at most
  // kMaxGapNotes and a line saying how many more), red on white; labels keep clear of them.
  std::vector<SceneLabel> gapNotes;
  std::vector<std::string> gapNoteTexts;  // each note's whole text (the note may be cut with "…")
  std::vector<SceneLabel> labels;    // by priority, none overlapping, none cut by the canvas edge

  static constexpr std::uint32_t kFadedEdge = 0x80000000u;

  // The i-th edge of `edges` with its ends and colour. O(1).
  SceneEdge edge(std::size_t i) const {
    const std::uint32_t entry = edges[i];
    const std::uint32_t index = entry & ~kFadedEdge;
    const SceneEdgeEnds& ends = (*edgeEnds)[index];
    const SceneEdgeLook& look = (*edgeLooks)[index];
    return {points[ends.a], points[ends.b], (entry & kFadedEdge) ? look.fadedColour : look.colour, look.width};
  }
};

// Edges are drawn antialiased when at most this many are on screen; beyond, a painter may
// draw plain quads (an order of magnitude cheaper, indistinguishable in a dense picture).
inline constexpr std::size_t kSmoothEdgeLimit = 3000;

// Width in pixels of `text` in the painter's font at the scene's font size.
using MeasureText = std::function<float(const std::string& text)>;

// Labels longer than this many font sizes are cut with "…" (the tooltip shows them whole).
inline constexpr float kMaxLabelWidth = 15.0f;

// The label vertex `v` gets on the map: its name, or for a goal whose title is wider than
// kMaxLabelWidth font sizes its short title when it has one (the rule users can predict);
// whatever is still too wide cut with "…". `measure` is called O(log length) times.
std::string mapLabel(const AppState& s, Vertex v, float fontSize, const MeasureText& measure);

// Builds scenes and keeps what does not change from frame to frame (colours, edge styles,
// cut labels and their widths) until the project's data revision or the font size change.
class MapSceneBuilder {
 public:
  // Not copied or moved: the scene points into the builder's caches.
  MapSceneBuilder() = default;
  MapSceneBuilder(const MapSceneBuilder&) = delete;
  MapSceneBuilder& operator=(const MapSceneBuilder&) = delete;

  // The scene of `s` seen through `camera` on `canvas`, labels in a font of `fontSize` pixels
  // measured by `measure`. Only what lies on the canvas is in it. O(V + E) plus O(L log L)
  // for L label candidates; `measure` is called O(log length) times per newly labelled node.
  const MapScene& build(const AppState& s, const Camera& camera, const ScreenRect& canvas, float fontSize,
                        const MeasureText& measure);

  const MapScene& scene() const { return m_scene; }
  // Where vertex `v` was in the last scene (for hit-testing); 0 before the first.
  float radiusOf(Vertex v) const { return v < m_radius.size() ? m_radius[v] : 0.0f; }
  ScenePoint screenOf(Vertex v) const { return v < m_scene.points.size() ? m_scene.points[v] : ScenePoint{}; }

 private:
  void refreshCaches(const AppState& s, float fontSize);
  void placeNodes(const AppState& s, const Camera& camera, const ScreenRect& canvas);
  void collectEdges(const AppState& s, const ScreenRect& canvas);
  void collectNodes(const AppState& s);
  void refreshBadges(const AppState& s);
  void placeBadges(const ScreenRect& canvas, const MeasureText& measure);
  void placeGaps(const AppState& s, const ScreenRect& canvas, const MeasureText& measure);
  void placeLabels(const AppState& s, const ScreenRect& canvas, const MeasureText& measure);
  void placeGhosts(const AppState& s, const Camera& camera, const ScreenRect& canvas);
  const std::string& shortLabel(const AppState& s, Vertex v, const MeasureText& measure);

  MapScene m_scene;

  // The edges as flat arrays, valid for m_revision: walking Boost's edge list and looking up
  // each edge's style every frame cost half of a dense frame.
  std::vector<SceneEdgeEnds> m_edgeEnds;
  std::vector<SceneEdgeLook> m_edgeLooks;
  std::size_t m_edgesOnScreen = 0;  // last scene's count

  // Per vertex, valid for m_revision and m_fontSize.
  std::uint64_t m_revision = UINT64_MAX;
  std::uint64_t m_marksRevision = UINT64_MAX;  // of m_colour
  float m_fontSize = 0;
  std::vector<Rgba> m_colour;
  std::vector<std::string> m_label;  // the name cut to at most kMaxLabelWidth font sizes
  std::vector<float> m_labelWidth;   // < 0: not measured yet
  // The chosen conference's badges, valid for m_badgeRevision, conference and poll: the
  // vertices that have one with their counts' texts and widths (< 0: not measured at
  // m_fontSize yet), so that a frame walks only those.
  struct Badged {
    Vertex vertex = 0;
    BadgeKind kind = BadgeKind::Dots;
    std::string text;
    float width = -1;
  };
  std::vector<Badged> m_badged;
  std::uint64_t m_badgeRevision = UINT64_MAX;
  std::string m_badgeConference, m_badgePoll;
  // Per vertex, this scene.
  std::vector<float> m_radius;
  std::vector<Visibility> m_visibility;
  std::vector<bool> m_onScreen;
  std::size_t m_fadedOnScreen = 0, m_normalOnScreen = 0;  // counts of m_onScreen by visibility
  std::vector<bool> m_emphasised;  // hovered or selected, or a neighbour of one
  std::vector<bool> m_special;     // hovered, selected or highlighted
  std::vector<bool> m_selected;
  double m_spacingPixels = 0;      // typical node spacing on screen
  layouts::Box m_box;              // the nodes' bounding box, world units
  float m_centreX = 0;             // the drawing's centre on screen
};

}  // namespace knp::app
