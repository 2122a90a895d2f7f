#include "core/map_scene.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "core/comparison_state.hpp"
#include "core/conference_marks.hpp"
#include "core/conference_session.hpp"
#include "core/ui_text.hpp"
#include "text/fit_text.hpp"

namespace knp::app {
namespace {

// Typical node spacing, in font sizes, from which labels of actors and goals (resp. activities)
// are drawn; life phases are always labelled.
constexpr float kSpacingForLabels = 1.2f;
constexpr float kSpacingForActivityLabels = 3.5f;
// More label candidates never fit on a screen.
constexpr std::size_t kMaxLabelCandidates = 1500;
constexpr Rgba kStrongLabelBackground = 0xF0FFFFFF;

std::uint8_t alphaOf(Rgba c) { return static_cast<std::uint8_t>(c >> 24); }

bool segmentMayCross(ScenePoint a, ScenePoint b, const ScreenRect& c) {
  return std::max(a.x, b.x) >= c.x && std::min(a.x, b.x) <= c.x + c.width && std::max(a.y, b.y) >= c.y &&
         std::min(a.y, b.y) <= c.y + c.height;
}

// Typical distance between neighbouring nodes in world units: the side of the bounding box's
// share per node. O(1).
double typicalSpacing(const layouts::Box& box, std::size_t count) {
  if (count < 2) return 1.0;
  const double area = std::max(box.width(), 1e-12) * std::max(box.height(), box.width() * 0.05 + 1e-12);
  return std::sqrt(area / static_cast<double>(count));
}

struct LabelBox {
  float x0, y0, x1, y1;
  bool overlaps(const LabelBox& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

// The comparison the scene draws: none while it was computed for other vertices (an edit or
// an undo rebuilt the graph this frame; refreshComparison catches up before the next one).
const Comparison* currentComparison(const AppState& s) {
  return s.comparison && s.comparison->revision == s.dataRevision ? &*s.comparison : nullptr;
}

}  // namespace

void MapSceneBuilder::refreshCaches(const AppState& s, float fontSize) {
  const std::size_t n = s.positions.size();
  if (m_revision != s.dataRevision || m_colour.size() != n || m_marksRevision != s.marksRevision) {
    m_colour = nodeColours(s);
    m_marksRevision = s.marksRevision;
  }
  if (m_revision != s.dataRevision || m_label.size() != n) {
    m_label.assign(n, {});
    m_labelWidth.assign(n, -1.0f);
    m_edgeEnds.clear();
    m_edgeLooks.clear();
    m_edgeEnds.reserve(boost::num_edges(s.view.graph));
    m_edgeLooks.reserve(boost::num_edges(s.view.graph));
    for (auto [e, end] = boost::edges(s.view.graph); e != end; ++e) {
      const Vertex a = boost::source(*e, s.view.graph), b = boost::target(*e, s.view.graph);
      if (a == b) continue;
      const Rgba colour = edgeColour(s.project, s.view.graph[*e]);
      m_edgeEnds.push_back({static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b)});
      m_edgeLooks.push_back({colour, withAlpha(colour, static_cast<std::uint8_t>(alphaOf(colour) / 4)),
                             edgeWidth(s.view.graph[*e])});
    }
    m_revision = s.dataRevision;
  }
  refreshBadges(s);
  if (m_fontSize != fontSize) {
    std::fill(m_labelWidth.begin(), m_labelWidth.end(), -1.0f);
    for (Badged& badged : m_badged) badged.width = -1;
    m_scene.gapTextWidth = 0;
    m_fontSize = fontSize;
  }
}

void MapSceneBuilder::refreshBadges(const AppState& s) {
  const Conference* conference = currentConference(s);
  const std::string conferenceId = conference ? conference->id.value : std::string();
  if (m_badgeRevision == s.dataRevision && m_badgeConference == conferenceId && m_badgePoll == s.poll) return;
  m_badgeRevision = s.dataRevision;
  m_badgeConference = conferenceId;
  m_badgePoll = s.poll;
  m_badged.clear();
  if (!conference) return;
  const ConferenceBadges badges = conferenceBadges(s.view, conference, findPoll(*conference, s.poll));
  for (Vertex v = 0; v < badges.dots.size(); ++v) {
    if (badges.dots[v] != kNotAnOption) m_badged.push_back({v, BadgeKind::Dots, std::to_string(badges.dots[v])});
    if (badges.comments[v] > 0) m_badged.push_back({v, BadgeKind::Comments, std::to_string(badges.comments[v])});
  }
}

std::string mapLabel(const AppState& s, Vertex v, float fontSize, const MeasureText& measure) {
  const double room = kMaxLabelWidth * fontSize;
  const std::string* name = &nodeName(s, v);
  if (const NodeProps& node = s.view.graph[v]; node.kind == NodeKind::Goal && measure(*name) > room &&
                                               !s.project.goals[node.index].shortTitle.empty())
    name = &s.project.goals[node.index].shortTitle;
  return fitWithEllipsis(*name, room, [&](const std::string& prefix) { return static_cast<double>(measure(prefix)); });
}

const std::string& MapSceneBuilder::shortLabel(const AppState& s, Vertex v, const MeasureText& measure) {
  if (m_labelWidth[v] < 0) {
    m_label[v] = mapLabel(s, v, m_fontSize, measure);
    m_labelWidth[v] = measure(m_label[v]);
  }
  return m_label[v];
}

const MapScene& MapSceneBuilder::build(const AppState& s, const Camera& camera, const ScreenRect& canvas, float fontSize,
                                       const MeasureText& measure) {
  refreshCaches(s, fontSize);
  m_scene.canvas = canvas;
  m_scene.fontSize = fontSize;
  placeNodes(s, camera, canvas);
  collectEdges(s, canvas);
  collectNodes(s);
  placeGhosts(s, camera, canvas);
  placeBadges(canvas, measure);
  placeGaps(s, canvas, measure);
  placeLabels(s, canvas, measure);
  return m_scene;
}

void MapSceneBuilder::placeNodes(const AppState& s, const Camera& camera, const ScreenRect& canvas) {
  const std::size_t n = s.positions.size();
  // Far out, nodes shrink with the zoom so that they do not merge into one blob.
  m_box = layouts::boundingBox(s.positions);
  m_spacingPixels = typicalSpacing(m_box, n) * camera.scale;
  m_centreX = static_cast<float>(camera.toScreen(m_box.centre(), canvas).x);
  const float shrink = static_cast<float>(zoomShrink(m_spacingPixels, m_fontSize, 0.12));

  std::vector<ScenePoint>& screen = m_scene.points;
  screen.resize(n);
  m_radius.resize(n);
  m_visibility.resize(n);
  m_onScreen.assign(n, false);
  m_fadedOnScreen = m_normalOnScreen = 0;
  m_emphasised.assign(n, false);
  m_selected.assign(n, false);
  for (Vertex v : s.selection)
    if (v < n) m_selected[v] = true;
  m_special = m_selected;
  if (s.hovered < n) m_special[s.hovered] = true;
  // World to screen as one float multiply-add per coordinate (Camera::toScreen, inlined).
  const layouts::Point origin = camera.toScreen({0.0, 0.0}, canvas);
  const auto scale = static_cast<float>(camera.scale);
  const auto ox = static_cast<float>(origin.x), oy = static_cast<float>(origin.y);
  for (Vertex v = 0; v < n; ++v) {
    const ScenePoint p{ox + static_cast<float>(s.positions[v].x) * scale, oy + static_cast<float>(s.positions[v].y) * scale};
    screen[v] = p;
    m_visibility[v] = visibilityOf(s, v);
    if (s.highlightMask[v]) m_special[v] = true;
    const bool special = m_special[v];
    m_radius[v] = std::max(1.2f, nodeBaseRadius(s, v, m_fontSize) * (special ? std::max(shrink, 0.5f) : shrink));
    const float r = m_radius[v] * 1.3f;
    m_onScreen[v] = m_visibility[v] != Visibility::Hidden && p.x + r >= canvas.x && p.x - r <= canvas.x + canvas.width &&
                    p.y + r >= canvas.y && p.y - r <= canvas.y + canvas.height;
    if (m_onScreen[v]) ++(m_visibility[v] == Visibility::Faded ? m_fadedOnScreen : m_normalOnScreen);
  }
  auto emphasise = [&](Vertex v) {
    if (v >= n) return;
    m_emphasised[v] = true;
    for (VertexIndex w : s.layoutGraph.graph.neighbours(static_cast<VertexIndex>(v))) m_emphasised[w] = true;
  };
  emphasise(s.hovered);
  for (Vertex v : s.selection) emphasise(v);
}

void MapSceneBuilder::collectEdges(const AppState& s, const ScreenRect& canvas) {
  const Graph& g = s.view.graph;
  const std::vector<ScenePoint>& screen = m_scene.points;
  // Written through a pointer into room for every edge, then cut to the count: no capacity
  // check per edge in the densest loop of a frame.
  std::vector<std::uint32_t>& edges = m_scene.edges;
  if (edges.size() < m_edgeEnds.size()) edges.resize(m_edgeEnds.size());
  std::uint32_t* out = edges.data();
  std::size_t kept = 0;
  m_scene.strongEdges.clear();
  m_scene.edgeEnds = &m_edgeEnds;
  m_scene.edgeLooks = &m_edgeLooks;
  const bool anyEmphasis = s.hovered != kNoVertex || !s.selection.empty();
  m_scene.manyEdges = m_edgesOnScreen > kSmoothEdgeLimit;  // the count changes slowly
  std::size_t onScreen = 0;
  for (std::size_t i = 0; i < m_edgeEnds.size(); ++i) {
    const SceneEdgeEnds& edge = m_edgeEnds[i];
    const Visibility va = m_visibility[edge.a], vb = m_visibility[edge.b];
    if (va == Visibility::Hidden || vb == Visibility::Hidden) continue;
    if (!segmentMayCross(screen[edge.a], screen[edge.b], canvas)) continue;
    ++onScreen;
    if (anyEmphasis && (m_special[edge.a] || m_special[edge.b]) &&
        (edge.a == s.hovered || edge.b == s.hovered || m_selected[edge.a] || m_selected[edge.b]))
      continue;  // strong, below
    const bool isFaded = va == Visibility::Faded || vb == Visibility::Faded;
    out[kept++] = static_cast<std::uint32_t>(i) | (isFaded ? MapScene::kFadedEdge : 0u);
  }
  edges.resize(kept);
  m_edgesOnScreen = onScreen;
  // The hovered and selected nodes' edges on top, strong.
  if (!anyEmphasis) return;
  auto strong = [&](Vertex v) {
    if (v >= s.positions.size() || m_visibility[v] == Visibility::Hidden) return;
    for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
      const Vertex w = boost::target(*e, g);
      if (m_visibility[w] == Visibility::Hidden || w == v) continue;
      m_scene.strongEdges.push_back(
          {screen[v], screen[w], withAlpha(edgeColour(s.project, g[*e]), 235), edgeWidth(g[*e].kind) * 2.0f});
    }
  };
  strong(s.hovered);
  for (Vertex v : s.selection) strong(v);
}

void MapSceneBuilder::collectNodes(const AppState& s) {
  const Graph& g = s.view.graph;
  const std::size_t n = s.positions.size();
  // One pass: faded nodes fill the front, matching ones follow them, each in vertex order.
  std::vector<SceneNode>& nodes = m_scene.nodes;
  nodes.resize(m_fadedOnScreen + m_normalOnScreen);
  SceneNode* nextFaded = nodes.data();
  SceneNode* nextNormal = nodes.data() + m_fadedOnScreen;
  for (Vertex v = 0; v < n; ++v) {
    if (!m_onScreen[v]) continue;
    const bool isFaded = m_visibility[v] == Visibility::Faded;
    *(isFaded ? nextFaded++ : nextNormal++) =
        SceneNode{static_cast<std::uint32_t>(v), nodeShape(g[v].kind), m_radius[v] < kDotRadius, m_scene.points[v],
                  m_radius[v], isFaded ? faded(m_colour[v]) : m_colour[v], isFaded ? faded(kNodeOutline) : kNodeOutline};
  }
  // Rings: the comparison's marks, highlighted nodes (an analysis entry), then the selection,
  // then the focus.
  std::vector<SceneRing>& rings = m_scene.rings;
  rings.clear();
  const float ring = std::max(2.0f, m_fontSize * 0.14f);
  if (const Comparison* comparison = currentComparison(s))
    for (const auto& [v, mark] : comparison->marked)
      if (v < n && m_onScreen[v])
        rings.push_back({m_scene.points[v], m_radius[v] * 1.2f + ring, ring * 1.2f,
                         mark == ChangeMark::Added ? kAddedColour : kChangedColour});
  for (Vertex v : s.highlight)
    if (v < n && m_onScreen[v]) rings.push_back({m_scene.points[v], m_radius[v] * 1.45f + ring, ring, kHighlight});
  for (Vertex v : s.selection)
    if (v < n && m_onScreen[v]) rings.push_back({m_scene.points[v], m_radius[v] * 1.45f + ring * 1.5f, ring, kSelection});
  if (s.focus && *s.focus < n && m_onScreen[*s.focus])
    rings.push_back({m_scene.points[*s.focus], m_radius[*s.focus] * 1.45f + ring * 3.0f, ring, withAlpha(kSelection, 120)});
}

void MapSceneBuilder::placeGhosts(const AppState& s, const Camera& camera, const ScreenRect& canvas) {
  m_scene.ghosts.clear();
  m_scene.begunEdges.clear();
  m_scene.endedEdges.clear();
  const Comparison* comparison = currentComparison(s);
  if (!comparison) return;
  const float width = std::max(2.5f, m_fontSize * 0.2f);
  auto lines = [&](const std::vector<std::pair<Vertex, Vertex>>& pairs, Rgba colour, std::vector<SceneEdge>& into) {
    for (const auto& [a, b] : pairs)
      if (a < m_visibility.size() && b < m_visibility.size() && m_visibility[a] != Visibility::Hidden &&
          m_visibility[b] != Visibility::Hidden && segmentMayCross(m_scene.points[a], m_scene.points[b], canvas))
        into.push_back({m_scene.points[a], m_scene.points[b], colour, width});
  };
  lines(comparison->begun, kAddedColour, m_scene.begunEdges);
  lines(comparison->ended, kGhostColour, m_scene.endedEdges);
  const float shrink = static_cast<float>(zoomShrink(m_spacingPixels, m_fontSize, 0.12));
  for (const ComparisonGhost& ghost : comparison->ghosts) {
    // Where every former neighbour is hidden (filters, focus), so is the ghost.
    if (!ghost.anchors.empty() && std::all_of(ghost.anchors.begin(), ghost.anchors.end(), [&](Vertex v) {
          return v >= m_visibility.size() || m_visibility[v] == Visibility::Hidden;
        }))
      continue;
    const std::optional<layouts::Point> at = ghostPosition(s, ghost, m_box);
    if (!at) continue;
    const layouts::Point p = camera.toScreen(*at, canvas);
    // The size of a middling node of its kind (nodeBaseRadius at weight 0.5).
    const float r = std::max(2.0f, nodeRadiusFactor(ghost.kind) * m_fontSize * shrink);
    const ScenePoint centre{static_cast<float>(p.x), static_cast<float>(p.y)};
    if (centre.x + r < canvas.x || centre.x - r > canvas.x + canvas.width || centre.y + r < canvas.y ||
        centre.y - r > canvas.y + canvas.height)
      continue;
    m_scene.ghosts.push_back({nodeShape(ghost.kind), centre, r, ghost.name});
  }
}

void MapSceneBuilder::placeBadges(const ScreenRect& canvas, const MeasureText& measure) {
  m_scene.badges.clear();
  const float pad = m_fontSize * 0.2f, height = m_fontSize * 1.1f;
  // Above the node's label line (a label is a font size high, centred on the node), so that
  // a badge never takes the place of the name the room reads.
  const float clearOfLabel = m_fontSize * 0.5f + height * 0.5f;
  for (Badged& badged : m_badged) {
    const Vertex v = badged.vertex;
    if (v >= m_onScreen.size() || !m_onScreen[v]) continue;
    if (badged.width < 0) badged.width = measure(badged.text);
    const float width = std::max(height, badged.width + pad * 2);
    const float r = m_radius[v];
    const ScenePoint p = m_scene.points[v];
    const float cy = p.y - std::max(r * 0.8f, clearOfLabel);
    const float dx = std::max(r * 0.8f, width * 0.5f);
    const float cx = badged.kind == BadgeKind::Dots ? p.x + dx : p.x - dx;
    const float x0 = std::clamp(cx - width * 0.5f, canvas.x, std::max(canvas.x, canvas.x + canvas.width - width));
    const float y0 = std::clamp(cy - height * 0.5f, canvas.y, std::max(canvas.y, canvas.y + canvas.height - height));
    const bool isFaded = m_visibility[v] == Visibility::Faded;
    const Rgba fill = badged.kind == BadgeKind::Dots ? kDotsBadgeColour : kCommentsBadgeColour;
    m_scene.badges.push_back({v,
                              badged.kind,
                              x0,
                              y0,
                              x0 + width,
                              y0 + height,
                              {x0 + (width - badged.width) * 0.5f, y0 + (height - m_fontSize) * 0.5f},
                              badged.text,
                              isFaded ? faded(fill) : fill,
                              isFaded ? faded(0xFFFFFFFF) : 0xFFFFFFFF});
  }
}

void MapSceneBuilder::placeGaps(const AppState& s, const ScreenRect& canvas, const MeasureText& measure) {
  m_scene.gaps.clear();
  m_scene.gapNotes.clear();
  m_scene.gapNoteTexts.clear();
  {
    // The gaps without a node here, one line each, from the canvas's top-left corner.
    const float pad = m_fontSize * 0.2f, room = canvas.width * 0.5f;
    float y = canvas.y + pad;
    auto note = [&](std::string whole) {
      if (y + m_fontSize + pad > canvas.y + canvas.height) return;
      std::string text =
          fitWithEllipsis(whole, room, [&](const std::string& prefix) { return static_cast<double>(measure(prefix)); });
      const float width = measure(text);
      m_scene.gapNoteTexts.push_back(std::move(whole));
      m_scene.gapNotes.push_back({0, text, canvas.x + pad, y, canvas.x + pad * 3 + width, y + m_fontSize + pad,
                                  {canvas.x + pad * 2, y + pad * 0.5f}, 0xF0FFFFFF, kGapColour, pad});
      y += m_fontSize + pad * 2;
    };
    for (std::size_t i = 0; i < s.offMapGaps.size() && i < kMaxGapNotes; ++i) {
      const auto& [kind, name] = s.offMapGaps[i];
      note(fmt::format(fmt::runtime(uiText(kind == NodeKind::Goal ? UiText::GapGoalOffMap : UiText::GapPhaseOffMap,
                                           s.language)), name));
    }
    if (s.offMapGaps.size() > kMaxGapNotes)
      note(fmt::format(fmt::runtime(uiText(UiText::GapMoreOffMap, s.language)), s.offMapGaps.size() - kMaxGapNotes));
  }
  if (s.gapMark.size() != s.positions.size()) return;
  const std::string text = uiText(UiText::GapBadge, s.language);
  if (m_scene.gapText != text || m_scene.gapTextWidth <= 0) m_scene.gapText = text, m_scene.gapTextWidth = measure(text);
  const float pad = m_fontSize * 0.2f, height = m_fontSize + pad;
  const float width = m_scene.gapTextWidth + pad * 2;
  for (Vertex v = 0; v < s.gapMark.size(); ++v) {
    if (!s.gapMark[v] || !m_onScreen[v] || m_visibility[v] == Visibility::Hidden) continue;
    const ScenePoint p = m_scene.points[v];
    const float ring = std::max(m_radius[v] * 1.35f, m_radius[v] + m_fontSize * 0.25f);
    // Above the node, else below, right or left of it (gaps often sit together at the rim:
    // goals nobody serves have no edges), each moved inside the canvas; a badge that would
    // cover another is left out (its ring still shows).
    const float gapY = pad * 0.5f;
    const ScenePoint corners[4] = {{p.x - width * 0.5f, p.y - ring - height - gapY},
                                   {p.x - width * 0.5f, p.y + ring + gapY},
                                   {p.x + ring + gapY, p.y - height * 0.5f},
                                   {p.x - ring - gapY - width, p.y - height * 0.5f}};
    SceneGap gap{p, ring, 0, 0, 0, 0, {}};
    bool placed = false;
    for (const ScenePoint& corner : corners) {
      const float x0 = std::clamp(corner.x, canvas.x, std::max(canvas.x, canvas.x + canvas.width - width));
      const float y0 = std::clamp(corner.y, canvas.y, std::max(canvas.y, canvas.y + canvas.height - height));
      const LabelBox box{x0, y0, x0 + width, y0 + height};
      const bool free = std::none_of(m_scene.gaps.begin(), m_scene.gaps.end(),
                                     [&](const SceneGap& o) {
                                       return o.x1 > o.x0 && box.overlaps(LabelBox{o.x0, o.y0, o.x1, o.y1});
                                     }) &&
                        std::none_of(m_scene.badges.begin(), m_scene.badges.end(), [&](const SceneBadge& o) {
                          return box.overlaps(LabelBox{o.x0, o.y0, o.x1, o.y1});
                        });
      if (!free) continue;
      gap.x0 = x0, gap.y0 = y0, gap.x1 = x0 + width, gap.y1 = y0 + height, gap.textAt = {x0 + pad, y0 + gapY};
      placed = true;
      break;
    }
    if (!placed) gap.x0 = gap.x1 = gap.centre.x, gap.y0 = gap.y1 = gap.centre.y;  // ring only
    m_scene.gaps.push_back(gap);
  }
}

void MapSceneBuilder::placeLabels(const AppState& s, const ScreenRect& canvas, const MeasureText& measure) {
  const Graph& g = s.view.graph;
  const std::size_t n = s.positions.size();
  m_scene.labels.clear();
  struct Candidate {
    Vertex v;
    float priority;
  };
  // A label shows when its node is drawn at a readable size, or the node matters now.
  // Activities are the most numerous and have the longest titles: their labels wait until the
  // zoom spreads the nodes apart, so that at "fit all" actors, goals and phases stay legible.
  const float spacing = static_cast<float>(m_spacingPixels) / m_fontSize;
  auto kindShown = [&](NodeKind kind) {
    switch (kind) {
      case NodeKind::LifePhase: return true;
      case NodeKind::Goal:
      case NodeKind::Actor: return spacing >= kSpacingForLabels;
      case NodeKind::Activity: return spacing >= kSpacingForActivityLabels;
    }
    return true;
  };
  std::vector<Candidate> candidates;
  const float readable = m_fontSize * 0.22f;
  for (Vertex v = 0; v < n; ++v) {
    if (!m_onScreen[v]) continue;
    const bool special = m_special[v];
    if (!special && !m_emphasised[v] &&
        (m_radius[v] < readable || m_visibility[v] == Visibility::Faded || !kindShown(g[v].kind)))
      continue;
    float priority = static_cast<float>(labelPriority(g[v].kind)) + s.sizeWeight[v];
    if (m_emphasised[v]) priority += 10;
    if (s.highlightMask[v]) priority += 20;
    if (special) priority += 40;
    candidates.push_back({v, priority});
  }
  auto byPriority = [](const Candidate& a, const Candidate& b) {
    return a.priority != b.priority ? a.priority > b.priority : a.v < b.v;
  };
  if (candidates.size() > kMaxLabelCandidates) {
    std::partial_sort(candidates.begin(), candidates.begin() + kMaxLabelCandidates, candidates.end(), byPriority);
    candidates.resize(kMaxLabelCandidates);
  } else {
    std::sort(candidates.begin(), candidates.end(), byPriority);
  }

  // Placed label boxes, bucketed by a coarse screen grid for the overlap test.
  const float cell = m_fontSize * 6.0f;
  const int columns = std::max(1, static_cast<int>(canvas.width / cell) + 1);
  const int rows = std::max(1, static_cast<int>(canvas.height / cell) + 1);
  std::vector<std::vector<LabelBox>> grid(static_cast<std::size_t>(columns * rows));
  auto cellRange = [&](const LabelBox& box, auto&& visit) {
    const int x0 = std::clamp(static_cast<int>((box.x0 - canvas.x) / cell), 0, columns - 1);
    const int x1 = std::clamp(static_cast<int>((box.x1 - canvas.x) / cell), 0, columns - 1);
    const int y0 = std::clamp(static_cast<int>((box.y0 - canvas.y) / cell), 0, rows - 1);
    const int y1 = std::clamp(static_cast<int>((box.y1 - canvas.y) / cell), 0, rows - 1);
    for (int y = y0; y <= y1; ++y)
      for (int x = x0; x <= x1; ++x)
        if (visit(grid[static_cast<std::size_t>(y * columns + x)])) return true;
    return false;
  };
  auto collides = [&](const LabelBox& box) {
    return cellRange(box, [&](const std::vector<LabelBox>& placed) {
      return std::any_of(placed.begin(), placed.end(), [&](const LabelBox& o) { return box.overlaps(o); });
    });
  };
  // Gap badges and notes come first: a label never covers one.
  for (const SceneLabel& note : m_scene.gapNotes) {
    const LabelBox box{note.x0, note.y0, note.x1, note.y1};
    cellRange(box, [&](std::vector<LabelBox>& placed) {
      placed.push_back(box);
      return false;
    });
  }
  for (const SceneBadge& badge : m_scene.badges) {
    const LabelBox box{badge.x0, badge.y0, badge.x1, badge.y1};
    cellRange(box, [&](std::vector<LabelBox>& placed) {
      placed.push_back(box);
      return false;
    });
  }
  for (const SceneGap& gap : m_scene.gaps) {
    if (!gap.hasBadge()) continue;
    const LabelBox badge{gap.x0, gap.y0, gap.x1, gap.y1};
    cellRange(badge, [&](std::vector<LabelBox>& placed) {
      placed.push_back(badge);
      return false;
    });
  }
  const float pad = m_fontSize * 0.2f;
  const float tolerance = m_fontSize * 0.15f;  // DejaVu's line box has room below the baseline
  // The ghosts' names, below their shapes where they fit: after the labels of the nodes that
  // matter now (selected, hovered, highlighted and their neighbours), before the others: while
  // comparing, what was removed is news.
  m_scene.ghostLabels.clear();
  bool ghostsLabelled = false;
  auto labelGhosts = [&] {
    ghostsLabelled = true;
    for (const SceneGhost& ghost : m_scene.ghosts) {
      const std::string text = fitWithEllipsis(ghost.name, kMaxLabelWidth * m_fontSize, [&](const std::string& prefix) {
        return static_cast<double>(measure(prefix));
      });
      const float width = measure(text);
      const float y0 = ghost.centre.y + ghost.radius + pad * 0.5f;
      const LabelBox box{ghost.centre.x - width * 0.5f - pad, y0, ghost.centre.x + width * 0.5f + pad, y0 + m_fontSize + pad};
      const bool inside = box.x0 >= canvas.x && box.x1 <= canvas.x + canvas.width && box.y0 >= canvas.y &&
                          box.y1 <= canvas.y + canvas.height;
      if (!inside || collides(box)) continue;
      cellRange(box, [&](std::vector<LabelBox>& placed) {
        placed.push_back(box);
        return false;
      });
      m_scene.ghostLabels.push_back({0, text, box.x0, box.y0, box.x1, box.y1, {box.x0 + pad, box.y0 + pad * 0.5f},
                                     kLabelBackground, kGhostColour, pad});
    }
  };

  for (const Candidate& c : candidates) {
    if (!ghostsLabelled && c.priority < 10) labelGhosts();
    const std::string& text = shortLabel(s, c.v, measure);
    const float width = m_labelWidth[c.v], height = m_fontSize;
    const ScenePoint p = m_scene.points[c.v];
    const float r = m_radius[c.v] * 1.2f + pad * 2;
    const float top = p.y - height * 0.5f - pad * 0.5f, bottom = p.y + height * 0.5f + pad * 0.5f;
    const LabelBox right{p.x + r - pad, top, p.x + r + width + pad, bottom};
    const LabelBox left{p.x - r - width - pad, top, p.x - r + pad, bottom};
    const LabelBox shrunk[2] = {{right.x0, right.y0 + tolerance, right.x1, right.y1 - tolerance},
                                {left.x0, left.y0 + tolerance, left.x1, left.y1 - tolerance}};
    // Outward first: left of the drawing's centre the label goes left, so that the outer
    // columns and rims of a layout keep their labels inside the canvas margins.
    // A side where the canvas edge would cut the label is never taken.
    const int first = p.x < m_centreX ? 1 : 0;
    auto inside = [&](const LabelBox& b) {
      return b.x0 >= canvas.x && b.x1 <= canvas.x + canvas.width && b.y0 >= canvas.y && b.y1 <= canvas.y + canvas.height;
    };
    int side = -1;
    for (int i : {first, 1 - first})
      if (side < 0 && inside(i == 0 ? right : left) && !collides(shrunk[i])) side = i;
    if (side < 0) continue;
    const LabelBox& box = side == 0 ? right : left;
    cellRange(shrunk[side], [&](std::vector<LabelBox>& placed) {
      placed.push_back(shrunk[side]);
      return false;
    });
    const bool strong = m_emphasised[c.v] || s.highlightMask[c.v];
    m_scene.labels.push_back({c.v, text, box.x0, box.y0, box.x1, box.y1, {box.x0 + pad, box.y0 + pad * 0.5f},
                              strong ? kStrongLabelBackground : kLabelBackground, kLabelText, pad});
  }
  if (!ghostsLabelled) labelGhosts();
}

}  // namespace knp::app
